package answer

import (
	"strings"
	"unicode"
)

// script is a writing system, as far as telling languages apart by their
// letters goes.
type script string

const (
	scriptNone       script = ""
	scriptLatin      script = "Latin"
	scriptCyrillic   script = "Cyrillic"
	scriptGreek      script = "Greek"
	scriptHan        script = "Han"
	scriptKana       script = "Kana"
	scriptHangul     script = "Hangul"
	scriptArabic     script = "Arabic"
	scriptHebrew     script = "Hebrew"
	scriptThai       script = "Thai"
	scriptDevanagari script = "Devanagari"
)

var scriptTables = []struct {
	s script
	t *unicode.RangeTable
}{
	{scriptLatin, unicode.Latin}, {scriptCyrillic, unicode.Cyrillic}, {scriptGreek, unicode.Greek},
	{scriptKana, unicode.Hiragana}, {scriptKana, unicode.Katakana}, {scriptHan, unicode.Han},
	{scriptHangul, unicode.Hangul}, {scriptArabic, unicode.Arabic}, {scriptHebrew, unicode.Hebrew},
	{scriptThai, unicode.Thai}, {scriptDevanagari, unicode.Devanagari},
}

// scriptOf is the script text is written in, counted by words: another
// script than Latin when at least a third of the words are in it (code,
// identifiers and product names in Latin letters are common in a Russian
// question: "Как работает Kubernetes ReplicaSet?" is Russian), else Latin
// when any word is. Japanese kana count with the Han they are mixed with.
func scriptOf(text string) script {
	n := map[script]int{}
	words := 0
	for _, w := range letterWords(text) {
		for _, r := range w {
			for _, st := range scriptTables {
				if unicode.Is(st.t, r) {
					n[st.s]++
					words++
					break
				}
			}
			break
		}
	}
	if n[scriptKana] > 0 {
		n[scriptKana] += n[scriptHan]
		n[scriptHan] = 0
	}
	best := scriptNone
	for _, st := range scriptTables {
		if st.s != scriptLatin && n[st.s] > n[best] {
			best = st.s
		}
	}
	switch {
	case best != scriptNone && 3*n[best] >= words:
		return best
	case n[scriptLatin] > 0:
		return scriptLatin
	}
	return best
}

// isCyrillicRune reports whether r is a Cyrillic letter: a line or a word
// with one is the reader's Russian, whatever Latin it quotes.
func isCyrillicRune(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }

// scriptLangs are the language a script most likely means, for a question
// without a locale (a mention) and for the book's passages; Latin is
// English, the language of most books and the analyser's default.
var scriptLangs = map[script]string{
	scriptLatin: "en", scriptCyrillic: "ru", scriptGreek: "el", scriptHan: "zh", scriptKana: "ja",
	scriptHangul: "ko", scriptArabic: "ar", scriptHebrew: "he", scriptThai: "th", scriptDevanagari: "hi",
}

// ReaderLang is the language to answer text in, given the reader's locale
// (a Discord locale such as "de" or "pt-BR"; may be empty): the locale,
// unless the question is written in another script than the locale's
// language (a Russian question from an English client), in which case the
// question's language as its script tells.
func ReaderLang(text, locale string) string {
	locale = strings.TrimSpace(locale)
	detected := scriptOf(text)
	if locale == "" {
		return scriptLangs[detected]
	}
	if detected != scriptNone && detected != localeScript(locale) {
		return scriptLangs[detected]
	}
	return locale
}

// localeScript is the script a locale's language is written in.
func localeScript(locale string) script {
	base, _, _ := strings.Cut(strings.ToLower(locale), "-")
	base, _, _ = strings.Cut(base, "_")
	switch base {
	case "ru", "uk", "bg", "be", "sr", "mk", "kk":
		return scriptCyrillic
	case "el":
		return scriptGreek
	case "zh":
		return scriptHan
	case "ja":
		return scriptKana
	case "ko":
		return scriptHangul
	case "ar", "fa", "ur":
		return scriptArabic
	case "he":
		return scriptHebrew
	case "th":
		return scriptThai
	case "hi", "mr", "ne":
		return scriptDevanagari
	}
	return scriptLatin
}

// langNames are the English names of the languages of Discord's locales,
// for prompts: a model follows "Answer in Russian" more surely than
// "Answer in ru".
var langNames = map[string]string{
	"id": "Indonesian", "da": "Danish", "de": "German", "en": "English", "es": "Spanish", "fr": "French",
	"hr": "Croatian", "it": "Italian", "lt": "Lithuanian", "hu": "Hungarian", "nl": "Dutch", "no": "Norwegian",
	"pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "fi": "Finnish", "sv": "Swedish", "vi": "Vietnamese",
	"tr": "Turkish", "cs": "Czech", "el": "Greek", "bg": "Bulgarian", "ru": "Russian", "uk": "Ukrainian",
	"hi": "Hindi", "th": "Thai", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "ar": "Arabic", "he": "Hebrew",
	"be": "Belarusian", "sr": "Serbian", "kk": "Kazakh", "fa": "Persian",
}

// langName is the English name of a language tag ("ru", "pt-BR":
// "Russian", "Portuguese"), or tag itself when it is not a known code (it
// may already be a name, "Deutsch").
func langName(tag string) string {
	tag = strings.TrimSpace(tag)
	lower := strings.ToLower(tag)
	if lower == "zh-tw" {
		return "Traditional Chinese"
	}
	base, _, _ := strings.Cut(lower, "-")
	base, _, _ = strings.Cut(base, "_")
	if name, ok := langNames[base]; ok {
		return name
	}
	return tag
}

// letterRuns splits s into its runs of letters and digits: the words of a
// text with their punctuation, spaces and symbols gone.
func letterRuns(s string) []string {
	return strings.FieldsFunc(s, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) })
}

// letterWords splits s into its runs of letters alone: a digit parts words
// too ("esp32": esp).
func letterWords(s string) []string {
	return strings.FieldsFunc(s, func(c rune) bool { return !unicode.IsLetter(c) })
}
