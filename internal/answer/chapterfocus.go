package answer

import (
	"cmp"
	"slices"
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// offSubjectCut is the share of its score a hit loses when the question
// names the subject of a parallel chapter and the hit, of another
// chapter, never writes it (see onSubject). Measured on every tuning set
// (MRR@10; recall@5 moved nowhere on a site set): at 0.5 s6-site-factual
// 0.774 -> 0.795, s7-site-heldout 0.883 -> 0.887, s8-site 0.891 -> 0.906,
// s10-site 0.770 -> 0.793, s11-site 0.826 -> 0.850 (and their HTML
// twins), val-site 0.944 -> 0.967; questions-heldout 0.801 -> 0.792 and
// nodedoc-tune recall@5 0.757 -> 0.750 (one expected section of one
// question). At 0.3 the site sets gained less (s10 0.773, s6 0.782, s8
// unchanged); at 0.7 questions-heldout lost a question's recall@5 and
// lead and questions-final's MRR@10 fell 0.872 -> 0.853.
const offSubjectCut = 0.5

// onSubject orders hits for a question that names a chapter's subject
// ("when did rust 1.0 ship", "what date was go unveiled as open source")
// with the hits of its parallel chapters (see parallel) that never write
// that subject after those near in score: Git's "The first commit"
// matched "first" and "version" and outranked "Rust 1.0 released",
// Kafka's "Open source at Apache" Go's public announcement. A chapter's
// subject is the one term of its title that a parallel chapter's title
// does not share ("rust" of "Rust: The Documentary" beside "Git: The
// Documentary"). hits is left as it is; the result is a copy.
func (e *Engine) onSubject(query string, hits []search.Hit) []search.Hit {
	titles := map[string][]string{}
	for _, h := range hits {
		if _, ok := titles[h.Chapter]; !ok {
			titles[h.Chapter] = unique(e.r.Terms(h.ChapterTitle))
		}
	}
	qterms := set(e.r.Terms(query))
	// named: the chapters whose subject the question names, with it.
	named := map[string]string{}
	for ch, ts := range titles {
		for _, t := range ts {
			if qterms[t] && slices.ContainsFunc(hits, func(h search.Hit) bool { return parallel(ts, t, titles[h.Chapter]) }) {
				named[ch] = t
			}
		}
	}
	if len(named) == 0 {
		return hits
	}
	out := slices.Clone(hits)
	for i, h := range out {
		if _, ok := named[h.Chapter]; ok {
			continue
		}
		var writes map[string]bool
		for ch, t := range named {
			if !parallel(titles[ch], t, titles[h.Chapter]) {
				continue
			}
			if writes == nil {
				writes = set(e.r.Terms(h.Text + " " + strings.Join(h.Trail, " ")))
			}
			if !writes[t] {
				out[i].Score *= 1 - offSubjectCut
				break
			}
		}
	}
	slices.SortStableFunc(out, func(a, b search.Hit) int { return cmp.Compare(b.Score, a.Score) })
	return out
}

// parallel reports whether other is the title (its terms) of a chapter
// parallel to the one titled title with subject t: it shares a term with
// title, lacks t, and writes one term title does not, while title writes
// at most maxOwnTerms that other does not ("Python: The Documentary"
// beside "Node.js: The Documentary"). A title of two own terms is no
// parallel to others: in the Node.js reference "Command-line API" beside
// "Node-API" cut the CLI's sections of questions that say "node"
// (nodedoc-final recall@5 0.752 -> 0.745, s11-nodedoc 0.675 -> 0.658).
func parallel(title []string, t string, other []string) bool {
	if slices.Contains(other, t) {
		return false
	}
	shared := 0
	for _, w := range title {
		if slices.Contains(other, w) {
			shared++
		}
	}
	return shared > 0 && len(title)-shared <= maxOwnTerms && len(other)-shared == 1
}

// maxOwnTerms is how many terms a subject takes in its chapter's title
// ("node", "js" of "Node.js") when another chapter is parallel to it.
const maxOwnTerms = 2

func unique(terms []string) []string {
	var out []string
	for _, t := range terms {
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}
