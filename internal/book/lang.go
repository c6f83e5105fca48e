package book

import (
	"strings"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// baseLang reduces a language tag to its base code, lower-case: "en-US",
// "EN" and "en_GB" are all "en". ok is false when tag does not start with a
// code of two or three ASCII letters ("English", "x").
func baseLang(tag string) (base string, ok bool) {
	base, _, _ = strings.Cut(strings.TrimSpace(tag), "-")
	base, _, _ = strings.Cut(base, "_")
	base = strings.ToLower(base)
	if len(base) < 2 || len(base) > 3 {
		return "", false
	}
	for i := 0; i < len(base); i++ {
		if base[i] < 'a' || base[i] > 'z' {
			return "", false
		}
	}
	return base, true
}

// detectSample is how much of a chapter's text language detection reads:
// enough for a sure answer on a paragraph or two, and no more, because
// whatlanggo ranks trigrams by position and its confidence turns negative
// (unreliable) on texts of several thousand characters (an English chapter
// of 6,000 bytes measured -21).
const detectSample = 2000

// detectLang guesses the base language code of a chapter from its title
// and text, by script and letter trigrams (whatlanggo, which knows 84
// languages). It returns "" when the guess is not reliable (too little
// text, or text that could be one of several close languages).
func detectLang(ch *Chapter) string {
	var b strings.Builder
	b.WriteString(ch.Title)
	for _, s := range ch.Sections {
		if b.Len() >= detectSample {
			break
		}
		b.WriteString("\n\n")
		b.WriteString(s.Text)
	}
	text := b.String()
	if len(text) > detectSample {
		text = text[:detectSample]
		for !utf8.ValidString(text) { // cut inside a rune
			text = text[:len(text)-1]
		}
	}
	info := whatlanggo.Detect(text)
	if info.Lang < 0 || !info.IsReliable() {
		return ""
	}
	if code := info.Lang.Iso6391(); code != "" {
		return code
	}
	return info.Lang.Iso6393()
}
