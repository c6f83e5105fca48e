package answer

import (
	"slices"
	"strings"
	"unicode"
)

// russianLikeWords liken what comes after them to the question's subject
// when they stand inside a question, not at the start of one of its
// parts: "наследование как в джаве", "быстрее, чем у го" ("как" and
// "чем" that start a part ask: "как в расте ...", "чем в кафке ...").
var russianLikeWords = strings.Fields("как чем")

// russianLikePreps are the prepositions between such a word and the name
// it likens to: "как в джаве", "как у питона", "как на го".
var russianLikePreps = strings.Fields("в во у на")

// partOpeners are the Russian conjunctions after which a question's new
// part starts: "а как в расте ...", "и как в джаве ...".
var partOpeners = strings.Fields("а и но или да")

// russianAside returns the terms of the names a Russian question likens
// its subject to ("есть ли в расте наследование как в джаве?": джава) or
// sets against it ("на эрланге, а не на джаве": джава); nil when none.
// The likened name ends its clause (the question's end, a comma, "или",
// "например"): a "как в X" followed by what X does ("понять, как в кафке
// работает ребаланс") asks how X does it.
func russianAside(r Retriever, query string) map[string]bool {
	var out map[string]bool
	fields := strings.Fields(strings.ToLower(query))
	for i := 1; i+2 < len(fields); i++ {
		prev, word := fields[i-1], fields[i]
		if !slices.Contains(russianLikeWords, word) || !slices.Contains(russianLikePreps, fields[i+1]) {
			continue
		}
		if strings.ContainsFunc(prev, unicode.IsPunct) || slices.Contains(partOpeners, prev) {
			continue // a part starts at word: it asks
		}
		if endsClause(fields, i+2) {
			out = addAside(out, r, strings.TrimFunc(fields[i+2], isEdgePunct))
		}
	}
	// "а не на джаве": what the question sets against its subject.
	for i := 0; i+2 < len(fields); i++ {
		if fields[i] != "а" || fields[i+1] != "не" {
			continue
		}
		j := i + 2
		if slices.Contains(russianLikePreps, fields[j]) {
			j++
		}
		if j < len(fields) {
			out = addAside(out, r, strings.TrimFunc(fields[j], isEdgePunct))
		}
	}
	return out
}

// clauseEnders may follow a likened name in its clause: "как в джаве,
// например", "как в джаве или в шарпе".
var clauseEnders = strings.Fields("например или и вроде")

// endsClause reports whether fields[j] ends its clause: the last word, one
// with punctuation after it, or one before a word of clauseEnders.
func endsClause(fields []string, j int) bool {
	if j == len(fields)-1 || strings.TrimRightFunc(fields[j], isEdgePunct) != fields[j] {
		return true
	}
	return slices.Contains(clauseEnders, strings.TrimFunc(fields[j+1], isEdgePunct))
}

// isEdgePunct is the punctuation around a word: "джаве?", "(джаве)".
func isEdgePunct(c rune) bool {
	return unicode.IsPunct(c) || unicode.IsSymbol(c)
}
