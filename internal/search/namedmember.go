package search

import (
	"slices"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2/analysis"
)

// The member a question names. A reference documents a function beside
// its variants, members of the same object whose names are its own with
// words glued on: child_process.exec beside child_process.execSync,
// execFile and execFileSync, crypto.scrypt beside crypto.scryptSync. A
// variant's entry has every word of the function's (its name's parts are
// indexed too, see identifierParts) and mostly the same options, written
// the same way, so a question on the function ("stdout maxBuffer length
// exceeded with exec(), whats the default limit?") ranked execSync,
// execFileSync and spawnSync above exec(). A question that writes a
// member's name as a word ("exec", "exec()") asks about that member, not
// about one that glues to it words the question does not write ("Sync",
// "File"). So when the section of a member the question names ranks below
// a variant of it, the two trade places and scores: the named member
// takes the place of its first variant above it. A variant whose glued
// words are all the question's ("read a file": fs.readFile beside
// fs.read) is what the question names, and keeps its place; so does a
// member of another object whose name starts with the word, which is no
// variant ("request": http.request and server.requestTimeout; "worker":
// new Worker and worker.workerData), where the word is mostly an
// ordinary word of the question.
//
// Measured on the Node.js reference (recall@5 / MRR@10): s10 0.833 /
// 0.693 -> 0.850 / 0.695, s14 0.825 / 0.677 -> 0.842 / 0.680, s21 0.817 /
// 0.666 -> 0.833 / 0.669, s22 0.833 / 0.687 -> 0.850 / 0.690, s12, s13,
// s15, s16, s17 one question each into the top 5. Read across objects (a
// word matching the start of any member's name), it also traded
// server.requestTimeout for http.request on "the default time limit for
// receiving a whole request" and timersPromises.setImmediate for
// mimeParams.set, and lost s12 a question.

// namedFirst lets the best hit of each member q names take the place of
// its first variant above it (see above), and orders the hits again
// (rankOrder). Hits must be in rank order.
func namedFirst(a analysis.Analyzer, q string, hits []Hit) {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && r != '$' }) {
		words[strings.ToLower(w)] = true
	}
	var terms []string          // q's terms, read at the first variant
	named := map[string]int{}   // the best hit of each member q names, by owner.name
	variant := map[string]int{} // the best hit of a variant of a name q writes, by owner.name
	for i, h := range hits {
		owner, last := memberName(h.Heading)
		if last == "" {
			continue
		}
		lower := strings.ToLower(last)
		if words[lower] {
			if _, ok := named[owner+"."+lower]; !ok && len(analyse(a, lower)) > 0 {
				named[owner+"."+lower] = i
			}
			continue
		}
		parts := identifierSplit([]byte(last), nil)
		if len(parts) < 2 {
			continue
		}
		key := owner + "." + strings.ToLower(last[parts[0][0]:parts[0][1]])
		if _, ok := variant[key]; ok || !words[key[len(owner)+1:]] {
			continue
		}
		if terms == nil {
			terms = analyse(a, q)
		}
		for _, p := range parts[1:] {
			if pt := analyse(a, last[p[0]:p[1]]); len(pt) > 0 && !slices.Contains(terms, pt[0]) {
				variant[key] = i
				break
			}
		}
	}
	swapped := false
	for n, ni := range named {
		if vi, ok := variant[n]; ok && vi < ni {
			hits[vi].Score, hits[ni].Score = hits[ni].Score, hits[vi].Score
			swapped = true
		}
	}
	if swapped {
		rankOrder(hits)
	}
}

// memberName splits the API name heading h starts with into its owner
// and its last part, as written: "child_process" and "exec" for
// "child_process.exec(command[, options][, callback])", "" and "Worker"
// for "Class: Worker"; "", "" when h names no API (headingNames).
func memberName(h string) (owner, last string) {
	if headingNames(h) == nil {
		return "", ""
	}
	m := headingNameRe.FindStringSubmatch(strings.TrimSpace(h))
	if m == nil {
		return "", ""
	}
	dot := strings.LastIndexByte(m[1], '.')
	if dot < 0 {
		return "", m[1]
	}
	return m[1][:dot], m[1][dot+1:]
}
