package search

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Pointed members. A reference often answers a question in the entry of
// the member that a better-matching passage points to: os.cpus() says
// "os.cpus().length should not be used to calculate the amount of
// parallelism available to an application. Use os.availableParallelism()
// for this purpose.", while os.availableParallelism's own entry shares no
// word with "how many workers should I spawn, something better than
// os.cpus().length?". So the members the first hits name as calls
// ("x.y()") or as flags ("--max-old-space-size", which the entry of
// --heapsnapshot-near-heap-limit names for "JavaScript heap out of
// memory"), that the question does not write and no hit's heading names,
// are looked up in fieldNames and ranked pointedShare of the pointing
// hit's score, split among the members that hit names: a passage pointing
// to one member points the reader there, one naming several is listing
// them (cluster's "How it works" names child_process.fork() and
// server.listen(), and put them above cluster's own entries).

// pointedDepth is how many of the first hits are read for pointers, and
// pointedShare the share of its score a pointed member gets. Measured on
// the Node.js reference (against the overview rule alone): at 5 and 0.65,
// recall@5 s8-nodedoc 0.800 -> 0.817, s10 0.758 -> 0.792, s11 0.708 ->
// 0.725, s12 0.733 -> 0.750 (os.availableParallelism four times,
// module.createRequire once), MRR@10 s6 and nodedoc-heldout 0.003 lower,
// nothing else moved; at 0.5 the same without createRequire; at 0.8,
// or without splitting the share, cluster, dns.lookup and server.listen
// questions lost their entries from the top 5. Flags, read after that:
// recall@5 nodedoc-heldout 0.686 -> 0.700, s6 0.733 -> 0.750, s11 0.725
// -> 0.742, s12 0.750 -> 0.767 (--max-old-space-size each time), s10
// MRR@10 0.653 -> 0.650; a variant of a flag the question writes
// ("--inspect-brk" for "--inspect") put the cli entry above
// inspector.open() on s11.
const (
	pointedDepth = 5
	pointedShare = 0.65
)

// pointedCalls are the members text names as calls without arguments: the
// dotted names right before a "()" ("os.availableParallelism()"), in
// lower case. (Found from each "()" backwards: a regular expression
// without a literal to start from scanned every passage's whole text and
// made the search half a millisecond slower.)
func pointedCalls(text string) []string {
	var out []string
	for at := 0; ; {
		i := strings.Index(text[at:], "()")
		if i < 0 {
			return out
		}
		end := at + i
		at = end + 2
		start := end
		for start > 0 && (isNameByte(text[start-1]) || text[start-1] == '.') {
			start--
		}
		if n := text[start:end]; dottedName(n) {
			out = append(out, strings.ToLower(n))
		}
	}
}

// dottedName reports whether n is two or more identifiers joined by dots.
func dottedName(n string) bool {
	parts := strings.Split(n, ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if p == "" || '0' <= p[0] && p[0] <= '9' {
			return false
		}
	}
	return true
}

func isNameByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '$'
}

// pointedFlags are the command-line flags text names ("--max-old-space-size"):
// the names of the flags' own entries.
func pointedFlags(text string) []string {
	var out []string
	for at := 0; ; {
		i := strings.Index(text[at:], "--")
		if i < 0 {
			return out
		}
		start := at + i
		at = start + 2
		if start > 0 && (isNameByte(text[start-1]) || text[start-1] == '-') {
			continue
		}
		end := at
		for end < len(text) && isFlagByte(text[end]) {
			end++
		}
		for end > at && text[end-1] == '-' {
			end--
		}
		if end > at && 'a' <= text[at] && text[at] <= 'z' {
			out = append(out, text[start:end])
		}
		at = max(at, end)
	}
}

func isFlagByte(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-'
}

// pointedNames are the fieldNames values of the members the first
// pointedDepth hits point to (see above), each with its score: the best
// of the pointing hits' scores, each split among the members it names;
// quotedShare of it for the flags of a command whose output quotes the
// question (quoted.go), urgedShare for the members a sentence tells the
// reader to use (urged.go) or gives as the means of what can be done
// (means.go).
func pointedNames(q string, hits []Hit) map[string]float64 {
	lq := strings.ToLower(q)
	have := map[string]bool{}
	for _, h := range hits {
		for _, n := range headingNames(h.Heading) {
			have[n] = true
		}
	}
	var written []string // the flags q writes
	for _, m := range queryFlagRe.FindAllStringSubmatch(lq, -1) {
		written = append(written, m[1])
	}
	qWords := quoteTokens(lq)
	var change, asked bool // whether q asks for a change (changeAsk), read once a hit needs it
	var out map[string]float64
	for _, h := range hits[:min(pointedDepth, len(hits))] {
		calls, flags := pointedCalls(h.Text), pointedFlags(h.Text)
		if len(calls) == 0 && len(flags) == 0 {
			continue // names no member: nothing below can point anywhere
		}
		var replacing map[string]bool // handed on even when they rank
		if len(headingNames(h.Heading)) == 0 {
			replacing = replacingNames(h.Text)
		}
		configured := configurableNames(h.Text) // handed on even when they rank, unsplit
		variants := variantNames(h.Text, lq)    // handed on even when they rank or q writes them, unsplit
		if configured != nil {
			if !asked {
				change, asked = changeAsk.MatchString(q), true
			}
			if !change {
				configured = nil
			}
		}
		named := map[string]bool{}
		for _, n := range calls {
			if !variants[n] && (have[n] && !replacing[n] && !configured[n] || strings.Contains(lq, n[strings.LastIndexByte(n, '.')+1:])) {
				continue
			}
			named[n] = true
		}
		for _, n := range flags {
			if (!have[n] || replacing[n] || configured[n]) && !variantOf(n, written) {
				named[n] = true
			}
		}
		if len(named) == 0 {
			continue
		}
		if out == nil {
			out = map[string]float64{}
		}
		var run map[string]bool
		if quotes(qWords, h.Text) {
			run = commandFlags(h.Text)
		}
		urged, means := urgedNames(h.Text), meansNames(h.Text)
		for n := range named {
			if configured[n] || variants[n] {
				out[n] = max(out[n], urgedShare*h.Score)
				continue
			}
			share := pointedShare
			switch {
			case run[n]:
				share = quotedShare
			case urged[n], means[n]:
				share = urgedShare
			}
			out[n] = max(out[n], share*h.Score/float64(len(named)))
		}
	}
	return out
}

// withPointed ranks the sections of the members that hits point to
// (pointedNames) at their pointed score, when it is above their own: added
// to hits, or raised in place.
func (g *generation) withPointed(ctx context.Context, f *finder, q string, hits []Hit) ([]Hit, error) {
	names := pointedNames(q, hits)
	if len(names) == 0 {
		return hits, nil
	}
	values := slices.Sorted(maps.Keys(names))
	byName := query.NewDisjunctionQuery(termClauses(values, fieldNames, 1))
	return g.raiseFound(ctx, f, byName, 3*len(values), hits, func(h Hit) float64 {
		var score float64
		for _, n := range headingNames(h.Heading) {
			score = max(score, names[n])
		}
		return score
	})
}

// raiseFound fetches up to size passages q finds, in ID order, and gives
// each the score score tells for it in hits (see raised): the passages a
// better hit points to or links to.
func (g *generation) raiseFound(ctx context.Context, f *finder, q query.Query, size int, hits []Hit, score func(Hit) float64) ([]Hit, error) {
	req := bleve.NewSearchRequestOptions(q, size, 0, false)
	req.Fields = []string{fieldText}
	req.SortBy([]string{"_id"})
	res, err := g.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	at := passageIndex(hits)
	for _, m := range res.Hits {
		h, ok := g.hit(f, m)
		if !ok {
			return nil, fmt.Errorf("document %q: %w", m.ID, ErrCorrupt)
		}
		hits = raised(hits, at, h, score(h))
	}
	return hits, nil
}

// passageIndex is where each passage stands in hits, by passage ID.
func passageIndex(hits []Hit) map[string]int {
	at := make(map[string]int, len(hits))
	for i, h := range hits {
		at[h.Passage] = i
	}
	return at
}

// raised gives h, a passage that a better hit points to, its pointed
// score in hits: raised in place when hits hold it already (at, see
// passageIndex) and the score is above its own, added when not and the
// score is above 0.
func raised(hits []Hit, at map[string]int, h Hit, score float64) []Hit {
	if i, ok := at[h.Passage]; ok {
		hits[i].Score = max(hits[i].Score, score)
		return hits
	}
	if score > 0 {
		h.Score = score
		hits = append(hits, h)
	}
	return hits
}

// variantOf reports whether flag is one of the flags written or a variant
// of one ("--inspect-brk" of "--inspect"): the reader named the flag they
// mean, and its variants' entries are no better pointed to than its own.
func variantOf(flag string, written []string) bool {
	for _, w := range written {
		if strings.HasPrefix(flag, w) {
			return true
		}
	}
	return false
}
