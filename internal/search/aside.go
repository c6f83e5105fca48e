package search

import (
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
)

// Words set aside. A reader asking an API reference names what they want
// to do without: "can node restart itself when i edit files, without
// installing nodemon?", "how do i step through a script in the terminal
// without opening chrome devtools", "my script exits with code 13 and no
// stack trace". The words of such a clause are not what the answer is
// about, yet they count as much as the others: "installing" found ICU's
// "Build with a pre-installed ICU" for the first question (--watch 14th),
// the inspector's sections for the second (the debugger's overview 9th),
// the pages on stack traces for the third (exit codes 4th). So a term the
// question writes only in a clause opened by "without" or "no" weighs
// asideWeight of its weight. Only in a reference (isReference): in a book
// of prose the clause is as often what the subject is about ("how does
// elixir get away without the big stop the world gc pauses", "why do some
// functions returning references need no lifetime annotations").

// asideWeight is the share of its boost a term set aside keeps. Measured
// on the Node.js reference (recall@5 / MRR@10, against no aside): at 0.25,
// s8 MRR 0.628 -> 0.641, s10 0.808 / 0.657 -> 0.825 / 0.661, s15 0.775 /
// 0.606 -> 0.792 / 0.608, s17 MRR 0.624 -> 0.638, s18 0.636 -> 0.647,
// nodedoc-heldout 0.556 -> 0.563, s6, s13, s14 and s16 0.001 or 0.002
// higher, nothing lower (s12 refuses one question more); at 0.1 and at
// 0.4 s6 lost a question from the top 5; at 0 ("without" alone) s6 too,
// and nodedoc-tune, s13 and s15 their MRR. "instead of" as an opener lowered
// nodedoc-final, s11 and s16: what the reader wants instead of is often
// the member that points to the answer (os.cpus(), pointed.go).
const asideWeight = 0.25

// asideOpeners are the words that open a clause set aside.
var asideOpeners = []string{"without", "no"}

// asideSpans are the byte ranges of q's clauses set aside: from the word
// after an opener to the clause's end (clauseEnd).
func asideSpans(q string) [][2]int {
	lq := strings.ToLower(q)
	var out [][2]int
	for at := 0; at < len(lq); {
		start, opener := -1, ""
		for _, o := range asideOpeners {
			if i := wordIndex(lq[at:], o); i >= 0 && (start < 0 || at+i < start) {
				start, opener = at+i, o
			}
		}
		if start < 0 {
			break
		}
		from := start + len(opener)
		end := clauseEnd(lq, from)
		out = append(out, [2]int{from, end})
		at = max(end, from)
	}
	return out
}

// wordIndex is the index of the first occurrence of w in s as a whole
// word, -1 for none. A flag, a path or a dotted name is one word: the "no"
// of "--no-deprecation" opens nothing.
func wordIndex(s, w string) int {
	inWord := func(c byte) bool { return isNameByte(c) || strings.IndexByte("-./'", c) >= 0 }
	for at := 0; ; {
		i := strings.Index(s[at:], w)
		if i < 0 {
			return -1
		}
		start, end := at+i, at+i+len(w)
		if (start == 0 || !inWord(s[start-1])) && (end == len(s) || !inWord(s[end])) {
			return start
		}
		at = end
	}
}

// clauseEnd is where the clause of q that goes on at from ends: at a
// question or exclamation mark, a comma, a semicolon, a bracket, a new
// line, a dash between spaces or a full stop before a space.
func clauseEnd(q string, from int) int {
	for i := from; i < len(q); i++ {
		switch q[i] {
		case '?', '!', ';', ',', '(', ')', '\n':
			return i
		case '.':
			if i+1 == len(q) || q[i+1] == ' ' {
				return i
			}
		case '-':
			if i > 0 && q[i-1] == ' ' && i+1 < len(q) && (q[i+1] == ' ' || q[i+1] == '-') {
				return i
			}
		}
		if strings.HasPrefix(q[i:], "—") {
			return i
		}
	}
	return len(q)
}

// asideTerms are the analysed terms q writes only in clauses set aside
// (asideSpans); nil when none.
func asideTerms(a analysis.Analyzer, q string) map[string]bool {
	return spanTerms(analyser(a), q, asideSpans(q))
}

// spanTerms are the terms (as terms analyses them) that q writes only in
// spans (sorted byte ranges that do not overlap); nil when none.
func spanTerms(terms func(string) []string, q string, spans [][2]int) map[string]bool {
	if len(spans) == 0 {
		return nil
	}
	var rest, aside strings.Builder
	last := 0
	for _, s := range spans {
		rest.WriteString(q[last:s[0]])
		rest.WriteByte(' ')
		aside.WriteString(q[s[0]:s[1]])
		aside.WriteByte(' ')
		last = s[1]
	}
	rest.WriteString(q[last:])
	kept := map[string]bool{}
	for _, t := range terms(rest.String()) {
		kept[t] = true
	}
	var out map[string]bool
	for _, t := range terms(aside.String()) {
		if kept[t] {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[t] = true
	}
	return out
}

// analyser is a's analysis as a function of the text.
func analyser(a analysis.Analyzer) func(string) []string {
	return func(text string) []string { return analyse(a, text) }
}

// referenceShare is the share of a book's sections that document API
// members (headingNames) from which it is a reference: 0.72 of the
// Node.js reference's are, none of a book of prose.
const referenceShare = 0.25

// isReference reports whether g's book is an API reference (see
// referenceShare), worked out once per generation.
func (g *generation) isReference() bool {
	g.referenceOnce.Do(func() {
		var n, members int
		for _, c := range g.man.Chapters {
			for _, s := range c.Sections {
				n++
				if len(s.Trail) > 1 && headingNames(s.Heading) != nil {
					members++
				}
			}
		}
		g.reference = n > 0 && float64(members) >= referenceShare*float64(n)
	})
	return g.reference
}
