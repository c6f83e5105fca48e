package answer

import (
	"math"

	"github.com/chapterbot/chapterbot/internal/search"
)

// dominantLead lets a sentence of another section lead over the best one
// when it holds every question term the best holds and more (a term of a
// sentence's chapter title counting as held by it), matches better (its
// base, which weighs the match by its passage's rank already) and gives
// more of what the question asks for (its fit): the best then leads only
// by the weight its section's rank gives its fit and by the trust in the
// top section (topWeight), there to break ties between sentences that
// match about as well, not to overrule one that is better on every count
// ("с какой версии в редисе есть стримы?": "Тип Stream появился в версии
// 5.0 в 2018 году" of the section on streams, over Redis Cluster's "вышел
// в версии 3.0" of the top section). Without the terms held, a sentence
// of another subject that shares a heavier term would lead ("кто сделал
// форк freenginx": Angie's "форк"). The extractive engine asks it of
// Russian questions only: on the Node.js reference, change-history rows
// of other functions and sentences beside a bare "Added in" line passed
// it (s13-nodedoc and s17-nodedoc lead (factual) one question each).
func dominantLead(cands []sentence, hits []search.Hit, qterms map[string]float64, titles []map[string]bool) {
	b := -1
	for i := range cands {
		if b < 0 || cands[i].score > cands[b].score {
			b = i
		}
	}
	if b < 0 || cands[b].score <= 0 {
		return
	}
	best := cands[b]
	d := -1
	for i, c := range cands {
		if hits[c.hit].ID == hits[best.hit].ID || c.base <= best.base || c.fit <= best.fit || !holdsMore(&c, &best, qterms, titles) {
			continue
		}
		if d < 0 || c.score > cands[d].score {
			d = i
		}
	}
	if d >= 0 {
		cands[d].score = math.Nextafter(best.score, math.Inf(1))
	}
}

// holdsMore reports whether c holds every question term that b holds and
// one more, a term of a sentence's chapter title counting as held by it.
func holdsMore(c, b *sentence, qterms map[string]float64, titles []map[string]bool) bool {
	more := false
	for t, w := range qterms {
		if w <= 0 {
			continue
		}
		hc := c.terms[t] || titles[c.hit][t]
		hb := b.terms[t] || titles[b.hit][t]
		if hb && !hc {
			return false
		}
		if hc && !hb {
			more = true
		}
	}
	return more
}
