package search

import "strings"

// A reader's upgrade. A reader tells the version change that broke their
// code as their setup: "after upgrading to node 18 i get connect
// ECONNREFUSED ::1:5432", "upgraded 16 -> 18 and now localhost fails",
// "since i upgraded, big uploads get a 408". The verb is not what the
// question asks about, yet in an API reference it names a member: the
// http 'upgrade' event ranked in the top 3 for most of the ::1 questions,
// above dns.setDefaultResultOrder. So the term of such a verb, written
// nowhere else in the question, is not searched in a reference
// (isReference; query's moved), and coverage does not require it in any
// book (MovedTerms; a release of prose is its own word): a form of
// upgrading, updating or migrating that the reader has done ("upgraded",
// "after upgrading", "since updating"), or that goes to or from a release
// within a clause ("upgrading to node 18", "migrating our api from node
// 16", "upgraded 16 -> 18"). A question
// about upgrading itself ("how do i upgrade the http connection", "what
// does the upgrade event do", "which survives node upgrades better")
// writes the verb in no such shape and keeps it.
//
// Measured on the tuning sets (recall@5 / MRR@10 / answered): s23-nodedoc
// 0.925 / 0.703 -> 0.942 / 0.707 (the ::1 question into the top 5),
// s17-nodedoc answered 0.967 -> 0.984 (the ::1 question answered from
// dns.setDefaultResultOrder, not refused), s12-nodedoc answered 0.967 ->
// 0.983 (its ::1 question answered, though from the wrong section), s11
// and s14 MRR 0.651 -> 0.654 and 0.688 -> 0.689; nothing lower, SciFact's
// nDCG@10 0.706 as before. The ::1 questions of s11, s13, s16 and
// nodedoc-tune lose the 'upgrade' event from their top 5, yet still miss
// dns.setDefaultResultOrder ("prefer ipv4" is not "ipv4first").

// movedVerbs are the forms of a verb of moving a release told as done or
// under way; the bare verb and its noun ("upgrade", "upgrades") are what
// a question about upgrading asks.
var movedVerbs = map[string]bool{
	"upgrading": true, "upgraded": true, "updating": true, "updated": true,
	"migrating": true, "migrated": true,
}

// movedOpeners are the words before a verb of movedVerbs that make it the
// reader's past: "after upgrading", "since i upgraded", "we just migrated".
var movedOpeners = map[string]bool{
	"after": true, "since": true, "i": true, "we": true, "i've": true, "we've": true, "just": true, "recently": true,
}

// maxMovedReach is the most words after the verb to the number of the
// release it moves to or from: "upgrading to node 18", "migrated our api
// from node 16".
const maxMovedReach = 5

// movedSpans are the byte ranges of the words of q that tell a version
// change of the reader's (see above).
func movedSpans(q string) [][2]int {
	// ASCII letters alone are lowered, so that lq's offsets are q's.
	lq := strings.Map(func(r rune) rune {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, q)
	type word struct {
		text  string
		start int
	}
	var words []word
	for at := 0; at < len(lq); {
		for at < len(lq) && lq[at] == ' ' {
			at++
		}
		end := at
		for end < len(lq) && lq[end] != ' ' {
			end++
		}
		if end > at {
			words = append(words, word{lq[at:end], at})
		}
		at = end
	}
	var out [][2]int
	for i, w := range words {
		bare := strings.TrimRight(w.text, ",.;:!?")
		if !movedVerbs[bare] {
			continue
		}
		moved := i == 0 || strings.ContainsAny(words[i-1].text[len(words[i-1].text)-1:], ".!?")
		if !moved && movedOpeners[strings.Trim(words[i-1].text, ",.;:!?")] {
			moved = true
		}
		for j := i + 1; !moved && j < len(words) && j <= i+maxMovedReach; j++ {
			t := strings.Trim(words[j].text, ",.;:!?")
			if t == "->" || t == "→" || releaseNumber(t) {
				moved = true
			}
			if strings.ContainsAny(words[j].text, ",;:!?") {
				break
			}
		}
		if moved {
			out = append(out, [2]int{w.start, w.start + len(bare)})
		}
	}
	return out
}

// releaseNumber reports whether w is the number of a release: "18",
// "2.0", "v20", "7.x".
func releaseNumber(w string) bool {
	w = strings.TrimPrefix(w, "v")
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	for _, c := range w {
		if c != '.' && c != 'x' && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// MovedTerms are the terms (as terms analyses them) of the words of q
// that tell a version change of the reader's (see above) and that q
// writes nowhere else: its setup, not its subject, in coverage as in
// search.
func MovedTerms(q string, terms func(string) []string) map[string]bool {
	return spanTerms(terms, q, movedSpans(q))
}
