package search

import (
	"regexp"

	"github.com/blevesearch/bleve/v2/search/query"
)

// Event words. A reader asks of an event in a project's history in the
// words of speech, a book tells it in the words of writing: "why did io.js
// split off from node" is answered under "io.js fork", "what year was rust
// first revealed to the world" under "Mozilla sponsorship and public
// announcement". No question word is in the heading, and stemming joins
// none of them. So a question that names an event in one of the spoken
// verbs of eventSpoken also searches the book's words for that event, at
// eventWeight of a question term: enough to lift the section that tells of
// it among those the question's nouns find, too little to find one alone.
// A question naming no such event searches nothing more.

// eventWeight is the weight of an event's book words against a question
// term's.
const eventWeight = 0.3

// eventSpoken are the kinds of event a question asks of in spoken verbs:
// the verbs (a pattern over the question), and the words a book tells the
// event with.
var eventSpoken = []struct {
	verbs *regexp.Regexp
	words string
}{
	// A project's copy going its own way.
	{regexp.MustCompile(`(?i)\b(?:split(?:s|ting)? (?:off|away)|sp(?:un|in|ins|inning) off|br(?:oke|eak|eaks|eaking) (?:off|away))\b`), "fork forked"},
	// A project first shown to the public.
	{regexp.MustCompile(`(?i)\b(?:reveal(?:s|ed|ing)?|unveil(?:s|ed|ing)?)\b`), "announced announcement"},
}

// eventQueries are the clauses searching the book's words of each event q
// names in a spoken verb (eventSpoken), less the query's terms, each at
// eventWeight.
func (ix *Index) eventQueries(q string, terms []string) []query.Query {
	var out []query.Query
	has := map[string]bool{}
	for _, t := range terms {
		has[t] = true
	}
	for _, e := range eventSpoken {
		if !e.verbs.MatchString(q) {
			continue
		}
		var words []string
		for _, t := range unique(ix.Terms(e.words)) {
			if !has[t] {
				words = append(words, t)
			}
		}
		if len(words) == 0 {
			continue
		}
		dq := ix.query(words, termAlts{})
		dq.SetBoost(eventWeight)
		out = append(out, dq)
	}
	return out
}
