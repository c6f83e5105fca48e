package search

import (
	"context"
	"fmt"
	"strings"

	"github.com/blevesearch/bleve/v2"
	blevesearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Returned classes. A question often names the call it made and asks
// about the object the call returned: "i have a setInterval for metrics
// and now my cli script never exits, how do i stop a timer from keeping
// the process alive?" is answered by timeout.unref(), a member of the
// Timeout class that setInterval's entry says it returns ("Returns:
// <Timeout>"). The call's entry wins on its name, while the member shares
// few words with the question ("timer" is not "Timeout") and ranked 26th
// to 60th and below. So the class a first hit's entry returns points to
// its members, as a pointer names a member (pointed.go): the question's
// words, less those of the pointing entry's heading (the call it names
// is the reader's context, and the class's own entries name it too),
// choose among them, and the best ranks at pointedShare of the pointing
// hit's score, the others in proportion to their own scores. A member
// returning its own class (buf.slice() returns a Buffer) points nowhere
// new.

// returnedClasses are the classes the first pointedDepth hits' entries
// say they return, each with the best-scoring hit that returns it.
func returnedClasses(hits []Hit) map[string]Hit {
	var out map[string]Hit
	for _, h := range hits[:min(pointedDepth, len(hits))] {
		for _, c := range returnsOf(h.Text) {
			if className(h.Trail) == c {
				continue
			}
			if out == nil {
				out = map[string]Hit{}
			}
			if h.Score > out[c].Score {
				out[c] = h
			}
		}
	}
	return out
}

// returnsOf are the classes text says a call returns: the names in angle
// brackets after "Returns: " that begin with a capital ("<Timeout>",
// "<fs.ReadStream>"; not "<string>", nor a union "<Buffer> | <string>",
// whose first name is only one of what the call may give).
func returnsOf(text string) []string {
	var out []string
	for at := 0; ; {
		i := strings.Index(text[at:], "Returns: <")
		if i < 0 {
			return out
		}
		at += i + len("Returns: <")
		end := strings.IndexByte(text[at:], '>')
		if end < 0 {
			return out
		}
		name := text[at : at+end]
		union := strings.HasPrefix(text[at+end+1:], " |")
		if !union && classLike(name) {
			out = append(out, name)
		}
	}
}

// classLike reports whether name can be a class heading's: an identifier,
// or dotted ones, the last beginning with a capital.
func classLike(name string) bool {
	last := name[strings.LastIndexByte(name, '.')+1:]
	if last == "" || last[0] < 'A' || 'Z' < last[0] {
		return false
	}
	for i := 0; i < len(name); i++ {
		if !isNameByte(name[i]) && name[i] != '.' {
			return false
		}
	}
	return true
}

// classPrefix begins a class's heading in an API reference: "Class:
// Timeout", "Class: fs.ReadStream", "Class: BroadcastChannel extends
// EventTarget".
const classPrefix = "Class: "

// className is the class a trail's section documents a member of: the
// name of the last class heading above its own heading, read as the
// heading's API name is (headingNameRe), "" for none.
func className(trail []string) string {
	for i := len(trail) - 2; i >= 0; i-- {
		if strings.HasPrefix(trail[i], classPrefix) {
			if m := headingNameRe.FindStringSubmatch(trail[i]); m != nil {
				return m[1]
			}
			return ""
		}
	}
	return ""
}

// classMembers are the passage IDs of the sections below each class
// heading of the book, by class name (see className), read from the
// manifest once.
func (g *generation) classMembers() map[string][]string {
	g.classesOnce.Do(func() {
		g.classes = map[string][]string{}
		for _, c := range g.man.Chapters {
			for si, s := range c.Sections {
				name := className(s.Trail)
				if name == "" {
					continue
				}
				for n := range s.Passages {
					g.classes[name] = append(g.classes[name], docID(c.File, si, n))
				}
			}
		}
	})
	return g.classes
}

// withReturned ranks the members of the classes the first hits return
// (returnedClasses) by the question's terms less those of the pointing
// entry's heading, the best of them at pointedShare of the pointing
// hit's score: added to hits, or raised in place.
func (ix *Index) withReturned(ctx context.Context, g *generation, terms []string, hits []Hit, f *finder) ([]Hit, error) {
	for class, from := range returnedClasses(hits) {
		ids := g.classMembers()[class]
		if len(ids) == 0 {
			continue
		}
		named := map[string]bool{}
		for _, t := range ix.Terms(from.Heading) {
			named[t] = true
		}
		var rest []string
		for _, t := range terms {
			if !named[t] {
				rest = append(rest, t)
			}
		}
		if len(rest) == 0 {
			continue
		}
		// The members' IDs lead the conjunction, so that only their
		// postings are read; their clause's constant score is too small
		// to move the ratios of the terms' scores read below.
		members := query.NewDocIDQuery(ids)
		members.SetBoost(1e-9)
		cq := query.NewConjunctionQuery([]query.Query{members, ix.query(rest, termAlts{})})
		req := bleve.NewSearchRequestOptions(cq, len(ids), 0, false)
		req.Fields = []string{fieldText}
		req.PreSearchData = map[string]interface{}{blevesearch.BM25PreSearchDataKey: g.bm25}
		res, err := g.idx.SearchInContext(ctx, req)
		if err != nil {
			return nil, err
		}
		if len(res.Hits) == 0 {
			continue
		}
		at := passageIndex(hits)
		best := res.Hits[0].Score
		for _, m := range res.Hits {
			h, ok := g.hit(f, m)
			if !ok {
				return nil, fmt.Errorf("document %q: %w", m.ID, ErrCorrupt)
			}
			hits = raised(hits, at, h, pointedShare*from.Score*m.Score/best)
		}
	}
	return hits, nil
}
