package search

import (
	"strconv"
	"strings"

	"github.com/chapterbot/chapterbot/internal/book"
)

// Citations across pages (book.Chapter.Cites): the paragraphs of a page
// that link to a section of another page. They belong to the linking
// page, the source, not to the section they name: each source page has
// one citation document per section it cites, indexed in fieldCited only
// (no field the query searches) under citeDocID, with the sections it
// names listed in the source's manifest entry (fileEntry.Cites). A
// refresh that changes only the source deletes and adds the source's
// documents, and the target's citations follow without the target being
// read again. At search time citedScores spreads a citation document's
// score over the passages of the section it names, if the book has it.

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

// addCites adds the citation documents of ch to w and lists their targets
// in its manifest entry (which addChapter has made).
func addCites(w writer, nm *manifest, ch book.Chapter) error {
	to, text := citeGroups(ch)
	for n := range to {
		if err := w.add(passage{file: ch.File, id: citeDocID(ch.File, n), cited: text[n], citeOnly: true}); err != nil {
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
		id := citeDocID(file, n)
		_, cited, err := storedText(base, id)
		if err != nil {
			return err
		}
		if err := w.add(passage{file: file, id: id, cited: cited, citeOnly: true}); err != nil {
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

// spreadCite adds score, a citation document's, to the passages of the
// section it cites (none when the book has no such section).
func (g *generation) spreadCite(scores map[string]float64, id string, score float64) {
	file, n, ok := parseCiteDocID(id)
	if !ok {
		return
	}
	cites := g.man.Files[file].Cites
	if n >= len(cites) {
		return
	}
	at, ok := g.sectionOf[cites[n]]
	if !ok {
		return
	}
	c := g.man.Chapters[at[0]]
	for p := range c.Sections[at[1]].Passages {
		scores[docID(c.File, at[1], p)] += score
	}
}
