package answer

import (
	"regexp"
	"strconv"
	"strings"
)

// A "who made X" question asks for the people who made X first, and the
// sentence that names them often names neither X nor the question's verb:
// "In 2003 two web developers at the paper, Adrian Holovaty and Simon
// Willison, grew tired of building every site in PHP by hand" (Django),
// "Misko Hevery and Adam Abrons started GetAngular in 2009" (Angular),
// "In 1994 Rasmus Lerdorf ... wrote a small set of CGI programs" (PHP),
// "Весной 1991 года Линус Торвальдс, студент Хельсинкского университета,
// купил ПК" (Linux). Sentences that name X and a person of its later
// story outscored them: its name's namesake ("The framework is named
// after Django Reinhardt"), its later team ("Google started funding a
// small team around Hevery, Brad Green, and Igor Minar" in 2010), the
// company its author founded later in the year. Like the first release
// of a "when" question (earliest), the first makers are the ones of the
// subject's chapter dated first.

// firstMakerLead raises, for a question on who made its subject, the
// sentence of the subject's chapter (title: the terms of each hit's
// chapter title) that opens with a person named in full (agentOpens)
// and dates them earliest, just above the best sentence, when no
// sentence of the chapter that fits a person dates anything earlier. A
// sentence that fits no person (fit 0) is no candidate; of two of one
// year the better scored is.
func firstMakerLead(cands []sentence, subject []string, titles []map[string]bool, pairs func(words []string) []int) {
	year := func(s string) int {
		y, _ := strconv.Atoi(yearRe.FindString(s))
		return y
	}
	first, best, earliest := -1, -1, 0
	for i := range cands {
		c := &cands[i]
		if best < 0 || c.score > cands[best].score {
			best = i
		}
		y := year(c.text)
		if c.fit <= 0 || y == 0 || c.hit >= len(titles) || !titledSubject(subject, titles[c.hit]) {
			continue
		}
		if earliest == 0 || y < earliest {
			earliest = y
		}
		if !agentOpens(c.text, pairs) {
			continue
		}
		if first < 0 || y < year(cands[first].text) || y == year(cands[first].text) && c.score > cands[first].score {
			first = i
		}
	}
	// "Митчелл Хашимото к тому времени уже ушёл из компании — в конце 2023
	// года" opens with a person, but the chapter dates its founders in
	// 2012 in a sentence that names them later: 2023 is no first year.
	if first < 0 || first == best || year(cands[first].text) != earliest {
		return
	}
	cands[first].score = max(cands[first].score, cands[best].score*firstMakerGain)
}

// firstMakerGain puts the first maker's sentence just above the best one.
const firstMakerGain = 1.01

// agentOpenRe is what may come before the person a sentence makes its
// subject: a date ("In 1994 ", "Весной 1991 года ") and a phrase set off
// by a comma that the name stands beside ("two web developers at the
// paper, Adrian Holovaty and Simon Willison"). A name later in the
// sentence is no maker of the sentence's deed: "Erlang had been created
// at Ericsson in 1986 by Joe Armstrong" (another language, before Elixir),
// "в романе Урсулы Ле Гуин «Мир Роканнона» (1966)" (the book Ansible's
// name comes from), "В 2011 году Сысоев ушёл из Rambler и вместе с
// Максимом Коноваловым ... основал компанию".
var agentOpenRe = regexp.MustCompile(`^(?:[^,\d]{0,20}?\d{4}(?:\s+(?:года|году|г\.))?,?\s+)?(?:[^,]{1,40},\s+)?$`)

// agentOpens reports whether s opens with a person named in full (the
// first pair pairs finds among its words), after agentOpenRe's words at
// most.
func agentOpens(s string, pairs func(words []string) []int) bool {
	words := strings.Fields(s)
	p := pairs(words)
	if len(p) == 0 {
		return false
	}
	prefix := strings.Join(words[:p[0]], " ")
	if prefix != "" {
		prefix += " "
	}
	return agentOpenRe.MatchString(prefix)
}

// titledSubject reports whether a chapter's title (its terms) holds the
// question's subject, all its words but one at most: "who actually wrote
// django originally" asks of the Django chapter's subject, "who came up
// with the zen of python aphorisms" of a part of the Python chapter's,
// whose first makers are not the aphorisms' author.
func titledSubject(subject []string, title map[string]bool) bool {
	held := 0
	for _, t := range subject {
		if title[t] {
			held++
		}
	}
	return held > 0 && held >= len(subject)-1
}
