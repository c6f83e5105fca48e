package answer

import (
	"regexp"
	"slices"
	"strings"
)

// objectQRe finds a question that asks who or which did something to a
// thing it names after the verb: "who created mercurial", "which company
// bought plataformatec", "which typescript version added the satisfies".
var objectQRe = regexp.MustCompile(`^(?:who|(?:which|what) \S+(?: version| release)?)\s+(\S+)\s+(?:(?:the|a|an)\s+)?(\S+)`)

// particles end a phrasal verb ("who took over", "who came up with") and
// follow the verb "go" ("or go through getaddrinfo", see writesGo):
// English's prepositions and adverb particles, the closed class listed
// whole.
var particles = set(strings.Fields(`about above across after against ahead along among around as at away back before behind
below beneath beside between beyond by down during except for from in inside into like near of off on onto out outside
over past round since through throughout till to toward towards under until up upon with within without`))

// modalAuxiliaries are English's modal auxiliaries, which take a bare
// verb after them ("will go"), the closed class listed whole.
const modalAuxiliaries = "will would can could shall should may might must"

// negatedAuxiliaries are the negated forms of the auxiliaries that take a
// bare verb (do and the modals), with and without the apostrophe a chat
// drops.
const negatedAuxiliaries = `dont doesnt didnt wont cant couldnt wouldnt shouldnt don't doesn't didn't won't can't couldn't
wouldn't shouldn't cannot`

// auxiliaryWords are English's auxiliaries, the closed class listed whole.
const auxiliaryWords = "do does did is are was were has have had " + modalAuxiliaries

// auxiliaries are auxiliaryWords and the clitic "'s".
var auxiliaries = set(strings.Fields(auxiliaryWords + " 's"))

// subjectQRe finds a question that puts an auxiliary between what it asks
// and its subject: "what year did microsoft ship", "how much did oracle
// pay", "when was perforce released". The auxiliaries are
// auxiliaryWords; "which node version was nicknamed" and
// "how many colors does the terminal" name their subject before it or
// count something (see countedTerms), and after "who is" stands the role
// asked ("who is the current lead").
var subjectQRe = regexp.MustCompile(`^(?:when|how much|(?:in |since )?(?:what|which) \S+)\s+(?:` +
	strings.ReplaceAll(auxiliaryWords, " ", "|") + `)\s+(?:(?:the|a|an)\s+)?(\S+)`)

// subjectTerm returns the term of the subject of a typed question's part,
// the word after the auxiliary of its last question ("i was reading
// about the fork, when did io.js ship": io.js), or, in a question that asks
// who or which did something, the name it was done to (objectQRe; a word
// rare enough in English to be a name: surnameWeight), when the book
// names it in passing only: in at most maxPassing passages (df), or in none at all. The clause that answers must then name
// it: the price Sun paid for MySQL does not say what Oracle paid for Sun,
// nor the year Microsoft bought GitHub when it shipped SQL Server. A
// subject the book tells much of (Linus in a Linux chapter) may be left
// out by the sentence that answers. "" when there is none: a pronoun or
// another stop word ("did it ship"), filler, or a cue word (in cue).
func (c coverage) subjectTerm(r Retriever, part string, cue map[string]bool, df map[string]int) string {
	q := lastQuestion(part)
	m := subjectQRe.FindStringSubmatch(q)
	// "who created mercurial", "which company bought plataformatec": the
	// thing done, when it is a name (rare enough in English to be one).
	object := false
	if m == nil {
		if o := objectQRe.FindStringSubmatch(q); o != nil && !auxiliaries[o[1]] && !particles[o[2]] {
			m, object = []string{o[0], o[2]}, true
		}
	}
	if m == nil {
		return ""
	}
	ts := r.Terms(m[1])
	if len(ts) == 0 || c.filler[ts[0]] || cue[ts[0]] || df[ts[0]] > maxPassing || object && c.weight(ts[0]) < surnameWeight {
		return ""
	}
	return ts[0]
}

// maxPhrase is the most words after the subject's first that its phrase
// runs on: "native sharding", "css style code".
const maxPhrase = 2

// subjectPhrase returns the terms of the rest of the noun phrase that
// subjectTerm's word opens, any of which names the subject: "when did
// native sharding ship" asks of sharding, "which firefox release got the
// css style code from servo" of the style code, and a clause that says
// "shards" or "style system" names it. After an auxiliary the phrase runs
// up to a cue word, the verb ("ship"), and is none without one: "when did
// oracle buy sun" may end in its verb, whose word tells nothing.
// After the verb of "who" or "which" it runs to a particle, an
// auxiliary or a stop word ("from servo"). At most maxPhrase words.
func subjectPhrase(r Retriever, part string, cue map[string]bool) []string {
	q := lastQuestion(part)
	object := false
	m := subjectQRe.FindStringSubmatchIndex(q)
	if m == nil {
		if m = objectQRe.FindStringSubmatchIndex(q); m == nil {
			return nil
		}
		m, object = m[4:], true
	} else {
		m = m[2:]
	}
	if strings.ContainsAny(q[m[0]:m[1]], ",;") {
		return nil
	}
	var out []string
	for _, w := range strings.Fields(q[m[1]:]) {
		ts := r.Terms(w)
		switch {
		case len(ts) == 0 || particles[w] || auxiliaries[w]:
			if object {
				return out
			}
			return nil
		case slices.ContainsFunc(ts, func(t string) bool { return cue[t] }):
			return out
		case len(out) == maxPhrase:
			if object {
				return out
			}
			return nil
		}
		out = append(out, ts...)
		if strings.ContainsAny(w, ",;") {
			if object {
				return out
			}
			return nil
		}
	}
	if object {
		return out
	}
	return nil
}
