package answer

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// leadDepth is how many of the rules' best candidates Options.Leads
// describes.
const leadDepth = 15

// Lead is one candidate for an answer's first sentence, as eval --leads
// dumps it: the answer's text had it led (its first sentence is the lead
// as the reader would see it, heading or sentence before it included),
// the rules' score and rank, and generic facts of the sentence and its
// match, so that a lead chosen by a model learned over many books can be
// judged against the rules' on books it was not fitted on. Options.Leads
// has the engine record them; off, an answer pays nothing for them.
type Lead struct {
	Text  string  `json:"text"`
	Score float64 `json:"score"` // the rules' final score
	Rank  int     `json:"rank"`  // 0 for the rules' lead
	Rel   float64 `json:"rel"`   // Score over the best candidate's
	Fit   float64 `json:"fit"`   // how well it gives what the question's kind asks for
	Base  float64 `json:"base"`  // the score before the entry, history and kind weighing
	// Hit is the rank of its passage, HitScore that passage's score over
	// the best's; Top whether it is of the best passage's section.
	Hit      int     `json:"hit"`
	HitScore float64 `json:"hitscore"`
	Top      bool    `json:"top"`
	First    bool    `json:"first"` // the first sentence of its passage
	Entry    bool    `json:"entry"` // a list item or table row
	History  bool    `json:"history"`
	Words    int     `json:"words"`
	// What the sentence holds: a year, a full date (a month and a year),
	// a version ("v18.2", "3.0"), any digits, a pair of capitalised words
	// (a name), a code token (a flag, a path, key=value, a call, an
	// identifier).
	Year     bool `json:"year"`
	Date     bool `json:"date"`
	Version  bool `json:"version"`
	Number   bool `json:"number"`
	NamePair bool `json:"namepair"`
	Code     bool `json:"code"`
	// Match is its share of the question's weighted terms (local IDF, as
	// the rules weigh them), heading terms at half; Terms the share its
	// own words hold; Rare the share of the question's two heaviest terms
	// it holds; Heading the share its section's heading holds.
	Match   float64 `json:"match"`
	Terms   float64 `json:"terms"`
	Rare    float64 `json:"rare"`
	Heading float64 `json:"heading"`
	// Kind is the question's kind (who, when, ...: see Features.Kind);
	// Russian whether it is written in Cyrillic.
	Kind    string `json:"kind"`
	Russian bool   `json:"russian"`
	// Sentence is the candidate's own text, without the heading or the
	// sentences before it that the answer may print; Pos its place in its
	// passage; Block whether it introduces a code example (quoted or too
	// long to quote); Joined whether it goes on from the sentence before.
	Sentence string `json:"sentence"`
	Pos      int    `json:"pos"`
	Block    bool   `json:"block"`
	Joined   bool   `json:"joined"`
}

var (
	leadVersionRe = regexp.MustCompile(`\bv?\d+\.\d+(?:\.\d+)*\b`)
	leadCodeRe    = regexp.MustCompile("`|(?:^|\\s)--?[a-zA-Z][\\w-]*|\\b\\w+=\\S|\\w\\(|\\b[\\pL\\pN]+_[\\pL\\pN_]+\\b|\\w::\\w|(?:^|\\s)/\\w+/|\\b[a-z]+\\.[a-z]\\w*\\b")
)

// namePair reports whether s holds two capitalised words in a row.
func namePair(s string) bool {
	prev := false
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, `"'“”«»(),.;:!?`)
		r := []rune(w)
		upper := len(r) > 1 && unicode.IsUpper(r[0]) && unicode.IsLower(r[1])
		if upper && prev {
			return true
		}
		prev = upper
	}
	return false
}

// leads describes the rules' best candidates (see Lead): each is made the
// best in turn and the answer composed as it would be then.
func (e *Engine) leads(q Question, r Retrieval, cands []sentence, qterms map[string]float64, cue map[string]bool, k kind, runs []string, titles []map[string]bool, own []float64, total float64, russian bool) []Lead {
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return cands[order[i]].score > cands[order[j]].score })
	if len(order) == 0 || cands[order[0]].score <= 0 {
		return nil
	}
	best := cands[order[0]].score
	// The question's two heaviest terms.
	qlist := make([]string, 0, len(qterms))
	for t := range qterms {
		qlist = append(qlist, t)
	}
	slices.Sort(qlist)
	sort.SliceStable(qlist, func(i, j int) bool { return qterms[qlist[i]] > qterms[qlist[j]] })
	rare := qlist[:min(2, len(qlist))]
	var rareW float64
	for _, t := range rare {
		rareW += qterms[t]
	}
	var out []Lead
	for rank, i := range order {
		if rank == leadDepth || cands[i].score <= 0 {
			break
		}
		c := &cands[i]
		tried := slices.Clone(cands)
		tried[i].score = best + 1
		a := e.compose(q, r, tried, qterms, cue, k, runs, titles)
		l := Lead{Text: a.Text, Score: c.score, Rank: rank, Fit: c.fit, Base: c.base,
			Hit: c.hit, HitScore: r.Hits[c.hit].Score / r.Hits[0].Score, Top: r.Hits[c.hit].ID == r.Hits[0].ID,
			First: c.pos == 0, Entry: c.entry, History: c.history, Words: len(strings.Fields(c.text)),
			Year: yearRe.MatchString(c.text), Date: hasDate(c.text) == 1, Version: leadVersionRe.MatchString(c.text),
			Number: hasDigit(c.text), NamePair: namePair(c.text), Code: leadCodeRe.MatchString(c.text),
			Kind: kindNames[k], Russian: russian,
			Sentence: c.text, Pos: c.pos, Block: c.code != "" || c.example, Joined: c.joined}
		if best > 0 {
			l.Rel = c.score / best
		}
		// Summed in qlist's order, not the map's: a float sum in a random
		// order differs in its last digits from run to run.
		var terms, heading, held float64
		for _, t := range qlist {
			w := qterms[t]
			if c.terms[t] {
				terms += w
			}
			if c.heading[t] {
				heading += w
			}
		}
		for _, t := range rare {
			if c.terms[t] {
				held += qterms[t]
			}
		}
		if total > 0 {
			l.Match, l.Terms, l.Heading = own[i]/total, terms/total, heading/total
		}
		if rareW > 0 {
			l.Rare = held / rareW
		}
		out = append(out, l)
	}
	return out
}
