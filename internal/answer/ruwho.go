package answer

import (
	"regexp"
	"strings"
)

// ruWhoVerbRe finds the verb a Russian "who" question asks the doer of:
// "кто раскритиковал алгоритм redlock?", "кто предложил ...".
var ruWhoVerbRe = regexp.MustCompile(`^кто\s+(\p{Cyrillic}+(?:л|ла|ли|ло)(?:ся|сь)?)(?:[^\pL]|$)`)

// ruWhoCue is the deed a Russian "who" question asks the doer of when its
// verb is no verb of making, as eventCue reads an English question's
// other event: "кто раскритиковал алгоритм redlock?" asks who criticised
// it, and a sentence that names the algorithm's author and not the critic
// ("antirez предложил алгоритм Redlock") answers another question. Nil
// for a question of making ("кто написал редис?") or one with no such
// verb.
func ruWhoCue(question string, cue map[string]bool, terms func(string) []string) map[string]bool {
	m := ruWhoVerbRe.FindStringSubmatch(normalQuestion(question))
	if m == nil {
		return nil
	}
	ts := terms(m[1])
	if len(ts) != 1 || cue[ts[0]] {
		return nil
	}
	return map[string]bool{ts[0]: true}
}

// handleRe finds a lower-case Latin word, a nickname such as "antirez",
// right before a Russian word.
var handleRe = regexp.MustCompile(`(?:^|[^\pL\pN_.-])([a-z][a-z0-9_]+)\s+(\p{Cyrillic}+)`)

// singularPastRe finds a Russian verb in the singular past ("предложил",
// "написала"), whose doer one person can be; "предложили" has many, or
// none named.
var singularPastRe = regexp.MustCompile(`(?:л|ла)(?:ся|сь)?$`)

// doesHandle reports whether Russian sentence s names a person by a
// nickname as the doer of a deed told holds: "antirez предложил алгоритм
// Redlock" for "кто предложил алгоритм redlock?". A lower-case Latin word
// is a command or a file as often as a person ("nginx перезапускает
// ..."), so it is one only right before the verb the question asks of,
// which plain, a question term, must not be, and in the singular.
func doesHandle(s string, told map[string]bool, plain func(string) bool, terms func(string) []string) bool {
	for _, m := range handleRe.FindAllStringSubmatch(s, -1) {
		if plain(m[1]) || strings.ContainsAny(m[1], "0123456789_") || !singularPastRe.MatchString(m[2]) {
			continue
		}
		for _, t := range terms(m[2]) {
			if told[t] {
				return true
			}
		}
	}
	return false
}

// handleFit is how well a sentence that names the doer by a nickname
// gives a person: as hasPerson scores a full name with the verb asked.
const handleFit = 0.8
