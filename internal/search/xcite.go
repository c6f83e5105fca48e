package search

import (
	"strconv"
	"strings"

	blevesearch "github.com/blevesearch/bleve/v2/search"

	"github.com/chapterbot/chapterbot/internal/book"
)

// Citations across pages (book.Chapter.Cites): the paragraphs of a page
// that link to a section of another page ("a require function can be
// constructed within an ES module using module.createRequire()", on the
// ES modules page). They belong to the linking page, the source, not to
// the section they name: each source page has one citation document per
// section it cites, under citeDocID, with the sections it names listed in
// the source's manifest entry (fileEntry.Cites). A refresh that changes
// only the source deletes and adds the source's documents, and the
// target's citations follow without the target being read again.
//
// A citation document holds its text in fieldCited and in fieldText (no
// title, trail or names), and counts in no BM25 statistic (the
// manifest's are the passages'). It works twice at search time:
//   - citedScores spreads its fieldCited score, times crossWeight, over
//     the passages of the section it names, as a section's own-page
//     citations count for it (cited.go);
//   - when the query itself ranks it among its first hits, proxyHits puts
//     the section it names there in its place, at proxyWeight times its
//     score: the section is found by the other page's words for it.
//
// Measured on the six Node sets (recall@5 / MRR@10, base: same-page
// citations only): crossWeight 0.3 and proxyWeight 0.5 raise MRR on all
// six and recall@5 on s8 and s10 by one question each; see the commit
// for the variants dropped.
const (
	crossWeight = 0.3
	proxyWeight = 0.5
)

// citeDocID names the n-th citation document of file (fileEntry.Cites[n]
// is the section it cites). parseDocID takes it for no passage.
func citeDocID(file string, n int) string {
	return file + "|cite|" + strconv.Itoa(n)
}

// parseCiteDocID undoes citeDocID.
func parseCiteDocID(id string) (file string, n int, ok bool) {
	i := strings.LastIndex(id, "|cite|")
	if i < 0 {
		return "", 0, false
	}
	n, err := strconv.Atoi(id[i+len("|cite|"):])
	if err != nil {
		return "", 0, false
	}
	return id[:i], n, true
}

// citeGroups are the citations of ch grouped by the section they name, in
// the order each section is first cited, the texts of one group joined as
// a section's own-page citations are.
func citeGroups(ch book.Chapter) (to, text []string) {
	at := map[string]int{}
	var parts [][]string
	for _, c := range ch.Cites {
		i, ok := at[c.To]
		if !ok {
			i = len(to)
			at[c.To] = i
			to = append(to, c.To)
			parts = append(parts, nil)
		}
		parts[i] = append(parts[i], c.Text)
	}
	text = make([]string, len(parts))
	for i, p := range parts {
		text[i] = strings.Join(p, "\n\n")
	}
	return to, text
}

// citePassage is citation document n of file, of text.
func citePassage(file string, n int, text string) passage {
	return passage{file: file, id: citeDocID(file, n), text: text, cited: text, citeOnly: true}
}

// addCites adds the citation documents of ch to w and lists their targets
// in its manifest entry (which addChapter has made).
func addCites(w writer, nm *manifest, ch book.Chapter) error {
	to, text := citeGroups(ch)
	for n := range to {
		if err := w.add(citePassage(ch.File, n, text[n])); err != nil {
			return err
		}
	}
	e := nm.Files[ch.File]
	e.Cites = to
	nm.Files[ch.File] = e
	return nil
}

// carryCites indexes again the citation documents file has in base.
func carryCites(w writer, base *generation, file string) error {
	for n := range base.man.Files[file].Cites {
		_, cited, err := storedText(base, citeDocID(file, n))
		if err != nil {
			return err
		}
		if err := w.add(citePassage(file, n, cited)); err != nil {
			return err
		}
	}
	return nil
}

// unindexCites deletes the citation documents of file entry e.
func unindexCites(w writer, file string, e fileEntry) {
	for n := range e.Cites {
		w.delete(citeDocID(file, n))
	}
}

// citeDocs is the number of citation documents m lists.
func citeDocs(m *manifest) int {
	n := 0
	for _, e := range m.Files {
		n += len(e.Cites)
	}
	return n
}

// citedSection is the chapter and section that citation document id
// cites, when id is one and the book has that section with text.
func (g *generation) citedSection(id string) (ci, si int, ok bool) {
	file, n, ok := parseCiteDocID(id)
	if !ok {
		return 0, 0, false
	}
	cites := g.man.Files[file].Cites
	if n >= len(cites) {
		return 0, 0, false
	}
	at, ok := g.sectionOf[cites[n]]
	if !ok || g.man.Chapters[at[0]].Sections[at[1]].Passages == 0 {
		return 0, 0, false
	}
	return at[0], at[1], true
}

// spreadCite reports whether m is a citation document; if so, and the
// book has the section it cites, crossWeight times its score is added to
// the section's passages in scores.
func (g *generation) spreadCite(scores map[string]float64, m *blevesearch.DocumentMatch) bool {
	if _, _, ok := parseCiteDocID(m.ID); !ok {
		return false
	}
	ci, si, ok := g.citedSection(m.ID)
	if !ok {
		return true
	}
	c := g.man.Chapters[ci]
	for p := range c.Sections[si].Passages {
		scores[docID(c.File, si, p)] += crossWeight * m.Score
	}
	return true
}

// proxyHits replaces each citation document among hits by the first
// passage of the section it cites, at proxyWeight times its score; a
// passage already among hits keeps the larger of the two scores, and a
// citation of no section of the book is dropped.
func (g *generation) proxyHits(hits blevesearch.DocumentMatchCollection) blevesearch.DocumentMatchCollection {
	at := make(map[string]*blevesearch.DocumentMatch, len(hits))
	out := make(blevesearch.DocumentMatchCollection, 0, len(hits))
	var proxies []*blevesearch.DocumentMatch
	for _, m := range hits {
		if _, _, ok := parseCiteDocID(m.ID); ok {
			proxies = append(proxies, m)
			continue
		}
		at[m.ID] = m
		out = append(out, m)
	}
	for _, m := range proxies {
		ci, si, ok := g.citedSection(m.ID)
		if !ok {
			continue
		}
		id := docID(g.man.Chapters[ci].File, si, 0)
		score := proxyWeight * m.Score
		if h, ok := at[id]; ok {
			h.Score = max(h.Score, score)
			continue
		}
		h := &blevesearch.DocumentMatch{ID: id, Score: score}
		at[id] = h
		out = append(out, h)
	}
	return out
}
