package answer

import (
	"regexp"
	"strings"
)

// ruDefaultRe finds a Russian sentence that states a default: "по
// умолчанию" (or "по дефолту") with the value or the state right after
// it, whatever word that is ("по умолчанию выключен", "(по умолчанию семь
// дней)", "по умолчанию 5", "По умолчанию запросы распределяются по
// кругу"). defaultRe asks for a dash, a colon or one of a few verbs after
// it, which English needs ("default to", "default is") but a Russian
// sentence, whose words come in any order, rarely has. A preposition
// after it ("слушают по умолчанию на порту 26379") starts a phrase of
// the sentence's own, not the value (ruPrepositions, the whole class).
var ruDefaultRe = regexp.MustCompile(`(?i)(?:^|[^\pL])по (?:умолчанию|дефолту)[\s,]+([\pL\pN(]\S*)`)

// ruPrepositions are the Russian prepositions.
var ruPrepositions = set(strings.Fields("в во на с со к ко по о об обо от ото до из изо за для при под подо над надо без безо у через про между перед передо сквозь среди вокруг около возле после вместо кроме ради вдоль"))

// ruStatesDefault reports whether s, a Russian sentence, states a
// default value.
func ruStatesDefault(s string) bool {
	for _, m := range ruDefaultRe.FindAllStringSubmatch(s, -1) {
		if !ruPrepositions[strings.ToLower(strings.Trim(m[1], "(,."))] {
			return true
		}
	}
	return false
}

// defaultWords are the words a question asks for a default with.
const defaultWords = "по умолчанию дефолту дефолтный дефолтное дефолтная"

// ruAskDefaultRe finds a Russian question that asks for a default
// without naming it: what is used "если ничего не указывать" (not
// setting anything) or comes "из коробки" (out of the box).
var ruAskDefaultRe = regexp.MustCompile(`(?i)из коробки|если (?:ничего )?не (?:указ|зада|трога|меня|настраива)\pL*`)

// statesDefault reports whether s, a sentence answering question q,
// states a default value.
func statesDefault(q, s string) bool {
	return defaultRe.MatchString(s) || statesDefaultValue(s) || scriptOf(q) == scriptCyrillic && ruStatesDefault(s)
}

// asksDefault reports whether question q asks for a default value.
func asksDefault(q string) bool {
	return mentionsDefaultRe.MatchString(q) || scriptOf(q) == scriptCyrillic && ruAskDefaultRe.MatchString(q)
}

// defaultFit is how well c, a sentence that states a default, gives the
// default a question q asks for: the share of the question's subject
// (held) it holds. For a Russian question a sentence that holds none of
// the subject but the words that ask for a default ("умолчанию") and
// those of its chapter's title (title) gives none: "По умолчанию Nginx
// подменяет заголовок Host ..." is not the default "где по умолчанию
// лежит главный конфиг нджинкса" asks for.
func (e *Engine) defaultFit(q string, c *sentence, held []string, title map[string]bool) float64 {
	if scriptOf(q) != scriptCyrillic {
		return about(c, held)
	}
	asking := set(e.r.Terms(defaultWords))
	for _, t := range held {
		if !title[t] && !asking[t] && (c.terms[t] || c.stated[t] || c.heading[t]) {
			return about(c, held)
		}
	}
	return 0
}
