package answer

import (
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// shareTrace is what coverage.share read on its way to the share, kept for
// the features of a retrieval: the book's counts of the question's terms
// and the best chapter's share before the rules that pass a chapter by.
type shareTrace struct {
	df  map[string]int
	raw float64
	// answerable is the best answerable score of a chapter share weighed;
	// typed whether the question asks for a typed answer.
	answerable float64
	typed      bool
}

// Features describe a retrieval for the coverage decision: the rules'
// verdict and what the passages found hold of the question, from what the
// decision computed already and the first passages' terms. eval --features
// dumps them, one line a question, so that a decision learned from them
// can be judged against the rules on question sets it was not fitted on;
// Options.Features has the engine record them.
// Shares are of the question's subject terms weighed as coverage weighs
// them; weights are general-language weights (-ln of a word's share of
// running text, about 5 to 16).
type Features struct {
	Share   float64 `json:"share"`   // the rules' share; -1 when a rule found the question off topic
	OffRule bool    `json:"offrule"` // a rule found the question off topic
	Raw     float64 `json:"raw"`     // the best chapter's share before the rules that pass a chapter by
	// Answerable is the best answerable score of a chapter the rules
	// weighed (0 when none was); Typed whether the question asks for a
	// typed answer (a person, a date, a number).
	Answerable float64 `json:"answerable"`
	Typed      bool    `json:"typed"`
	// Cov1, Cov3 and Cov8 are the shares the first 1, 3 and 8 passages
	// hold together; Best1 the most one of the first 8 holds alone.
	Cov1  float64 `json:"cov1"`
	Cov3  float64 `json:"cov3"`
	Cov8  float64 `json:"cov8"`
	Best1 float64 `json:"best1"`
	// MissN and MissMax are the count and the heaviest weight of the terms
	// none of the first 8 passages holds; Df0N, Df0W and Df0Max those of
	// the terms no passage of the book holds.
	MissN   int     `json:"missn"`
	MissMax float64 `json:"missmax"`
	Df0N    int     `json:"df0n"`
	Df0W    float64 `json:"df0w"` // their share of the question's weight
	Df0Max  float64 `json:"df0max"`
	// Df0Latin and Df0LatinMax are the count and heaviest weight of the
	// Latin terms among them, Df0Cyrillic the count of the Cyrillic ones.
	Df0Latin    int     `json:"df0latin"`
	Df0LatinMax float64 `json:"df0latinmax"`
	Df0Cyrillic int     `json:"df0cyrillic"`
	// Names is how many terms of names.txt the question asks and the book
	// never writes.
	Names int `json:"names"`
	Terms int `json:"terms"` // subject terms
	// Weight is the question's total subject weight; MaxW its heaviest
	// term's.
	Weight float64 `json:"weight"`
	MaxW   float64 `json:"maxw"`
	// Russian: the question is Cyrillic; Cross: its first passage is not
	// in the question's script.
	Russian bool   `json:"russian"`
	Cross   bool   `json:"cross"`
	Kind    string `json:"kind"` // who, when, number, which, what, how, why, where, other
	// Top is the first passage's keyword score; Gap2 and Gap5 the 2nd's and
	// 5th's over it; Chapter the share of the first 8 passages in the first
	// one's chapter.
	Top     float64 `json:"top"`
	Gap2    float64 `json:"gap2"`
	Gap5    float64 `json:"gap5"`
	Chapter float64 `json:"chapter"`
	Hits    int     `json:"hits"`
	Sim     float64 `json:"sim"` // the best passage's cosine similarity; 0 without embeddings
}

var kindNames = map[kind]string{kindOther: "other", kindWho: "who", kindWhen: "when", kindWhat: "what", kindNumber: "number",
	kindWhy: "why", kindHow: "how", kindWhere: "where", kindWhich: "which"}

// features measures a retrieval of query: hits are the keyword hits the
// share was judged on, tr what share read.
func (c coverage) features(r Retriever, query string, hits []search.Hit, share, sim float64, tr shareTrace) Features {
	k, _ := questionKind(query)
	f := Features{Share: share, OffRule: share == offTopic, Raw: tr.raw, Answerable: tr.answerable, Typed: tr.typed, Sim: sim, Kind: kindNames[k],
		Russian: scriptOf(query) == scriptCyrillic, Hits: len(hits)}
	w := map[string]float64{}
	var order []string
	for _, t := range r.Terms(query) {
		if _, ok := w[t]; ok || c.filler[t] {
			continue
		}
		w[t] = c.weight(t)
		order = append(order, t)
		f.Weight += w[t]
		f.MaxW = max(f.MaxW, w[t])
	}
	f.Terms = len(order)
	hits = hits[:min(len(hits), coverageHits)]
	if len(hits) > 0 {
		f.Cross = (scriptOf(hits[0].Text) == scriptCyrillic) != f.Russian
		f.Top = hits[0].Score
		if top := hits[0].Score; top > 0 {
			if len(hits) > 1 {
				f.Gap2 = hits[1].Score / top
			}
			if len(hits) > 4 {
				f.Gap5 = hits[4].Score / top
			}
		}
		n := 0
		for _, h := range hits {
			if h.Chapter == hits[0].Chapter {
				n++
			}
		}
		f.Chapter = float64(n) / float64(len(hits))
	}
	if f.Weight == 0 {
		return f
	}
	held := make([]map[string]bool, len(hits))
	for i, h := range hits {
		held[i] = set(r.Terms(h.ChapterTitle + "\n" + strings.Join(h.Tags, "\n") + "\n" + strings.Join(h.Trail, "\n") + "\n" + h.Text))
	}
	union := map[string]bool{}
	for i, has := range held {
		// Summed in the question's order, not a map's: the shares of
		// more passages are never below those of fewer by a rounding.
		var one float64
		for _, t := range order {
			if has[t] {
				one += w[t]
				union[t] = true
			}
		}
		f.Best1 = max(f.Best1, one/f.Weight)
		var got float64
		for _, t := range order {
			if union[t] {
				got += w[t]
			}
		}
		if i == 0 {
			f.Cov1 = got / f.Weight
		}
		if i <= 2 {
			f.Cov3 = got / f.Weight
		}
		f.Cov8 = got / f.Weight
	}
	for _, t := range order {
		if !union[t] {
			f.MissN++
			f.MissMax = max(f.MissMax, w[t])
		}
		if tr.df == nil {
			continue
		}
		if df, ok := tr.df[t]; ok && df == 0 {
			f.Df0N++
			f.Df0W += w[t]
			f.Df0Max = max(f.Df0Max, w[t])
			if c.names[t] != nil {
				f.Names++
			}
			if search.IsCyrillic(t) {
				f.Df0Cyrillic++
			} else {
				f.Df0Latin++
				f.Df0LatinMax = max(f.Df0LatinMax, w[t])
			}
		}
	}
	f.Df0W /= f.Weight
	return f
}
