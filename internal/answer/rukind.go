package answer

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Russian orders a question's words freely: the topic often comes first
// and the question word after it ("сентинел на каком порту висит?",
// "автокомит оффсетов как часто срабатывает?"), and "how do I" has no
// fixed words ("как его почистить?", "как в HashMap вставить значение?").
// ruKind reads the kind of such a question, which wordKind, reading a
// clause's first words, leaves as no kind.
func ruKind(s string) kind {
	for _, c := range questionClauses(s) {
		if ruHowTo(c) || ruWhatToRe.MatchString(c) {
			return kindHow
		}
		if k := ruInnerKind(c); k != kindOther {
			return k
		}
	}
	return kindOther
}

// ruInnerKind is the kind a Russian question word inside clause c gives
// it: one that can stand only in a question ("на каком порту",
// "с какой версии", "как часто", "за сколько", "чей", "из-за чего"), not
// "кто", "где" or "когда", which also open a relative clause ("редис
// тормозит, когда дёргаю keys").
func ruInnerKind(c string) kind {
	words := strings.Fields(c)
	for i := range words {
		rest := strings.Join(words[i:], " ")
		if r, _ := utf8.DecodeRuneInString(words[i]); !isCyrillicRune(r) || indefiniteRe.MatchString(rest) {
			continue
		}
		switch {
		case ruWhyRe.MatchString(rest):
			return kindWhy
		case ruWhoseRe.MatchString(rest):
			return kindWho
		}
		switch k, _ := wordKind(rest); k {
		case kindNumber, kindWhich, kindWhy:
			return k
		case kindWhen:
			if !strings.HasPrefix(rest, "когда") {
				return k // "в каком году", "какого числа"
			}
		}
	}
	return kindOther
}

var (
	// indefiniteRe finds an indefinite pronoun, which asks nothing:
	// "какой-то установщик", "как-нибудь", "какой то bookkeeper".
	indefiniteRe = regexp.MustCompile(`^\pL+[- ](?:то|нибудь|либо)(?:[^\pL]|$)`)
	// ruWhyRe finds the Russian question words for a reason or a purpose
	// that wordKind's whyRe lacks: "из-за чего", "для чего", "отчего", "с
	// чего", "за счёт чего", "ради чего".
	ruWhyRe = regexp.MustCompile(`^(?:из-за чего|для чего|отчего|с чего|за сч[её]т чего|ради чего)(?:[^\pL]|$)`)
	// ruWhoseRe finds "whose": "valkey это чей форк?".
	ruWhoseRe = regexp.MustCompile(`^(?:чей|чья|чь[её]|чьи|чьего|чьей|чьих)(?:[^\pL]|$)`)
	// ruWhatToRe finds "what" that opens a clause followed by the
	// infinitive, which asks what to do: "что делать?", "что добавить в
	// конфиг?", "что мне проверить первым делом?"; "что" as it is also
	// spoken and written in chat: "чё", "че", "чо", "шо".
	ruWhatToRe = regexp.MustCompile(`^(?:(?:а|и|но|так) )?(?:что|чё|че|чо|шо|чего)(?: (?:мне|нам|ещё|еще|же|бы|тогда|теперь))* \p{Cyrillic}+(?:ть|чь)(?:ся)?(?:[^\pL\pN]|$)`)
)

// ruHowTo reports whether clause c asks how to do something: "как" or
// "чем" followed, within three words none of which is a finite verb, by
// a verb in the infinitive ("как его почистить", "как в topic exchange
// подписаться", "как из дочернего модуля вызвать"). A finite verb between
// ("как redis хранит путь") asks how something works.
func ruHowTo(c string) bool {
	words := strings.FieldsFunc(c, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(`"'«»()[]!.`, r) })
	for i, w := range words {
		if w != "как" && w != "чем" || w == "чем" && i+1 < len(words) && judgement[words[i+1]] {
			continue
		}
		for j := i + 1; j < len(words) && j <= i+4; j++ {
			if infinitive(words[j]) {
				return true
			}
			if finite(words[j]) {
				break
			}
		}
	}
	return false
}

// judgement holds the adverbs that judge: "чем плохо объявлять все
// колонки nullable?" asks what is bad about it, not how to do it.
var judgement = map[string]bool{"плохо": true, "хорошо": true, "лучше": true, "хуже": true}

// infinitive reports whether w is shaped as a Russian verb in the
// infinitive: "-ть", "-чь", with "-ся"; not a noun in "-ость" or "есть".
func infinitive(w string) bool {
	w = strings.TrimSuffix(w, "ся")
	return isCyrillicWord(w) && (strings.HasSuffix(w, "ть") || strings.HasSuffix(w, "чь")) &&
		!strings.HasSuffix(w, "ость") && w != "есть"
}

// finite reports whether w is shaped as a Russian finite verb: present
// "-ет", "-ит", "-ют", "-ут", "-ат", "-ят", "-ёт" (with "-ся"), past "-л",
// "-ла", "-ли", "-ло".
func finite(w string) bool {
	if !isCyrillicWord(w) {
		return false
	}
	w = strings.TrimSuffix(strings.TrimSuffix(w, "ся"), "сь")
	for _, e := range []string{"ет", "ит", "ют", "ут", "ат", "ят", "ёт", "л", "ла", "ли", "ло"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// isCyrillicWord reports whether w is written in Cyrillic letters only.
func isCyrillicWord(w string) bool {
	return w != "" && !strings.ContainsFunc(w, func(r rune) bool { return !isCyrillicRune(r) })
}
