package answer

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// TestTechnicalFile checks the embedded technical weights as
// TestEnglishFile does the general ones: they parse, hold lower-case Latin
// terms of three letters or more, and were made with the index's analyser,
// so that the developer words general English lacks find their stems in
// the table. When the analyser changes, this fails until technical.txt is
// generated again.
func TestTechnicalFile(t *testing.T) {
	e, err := parseWeights(technicalFile)
	if err != nil {
		t.Fatal(err)
	}
	if len(e.lines) < 4000 || len(e.lines) > 40000 || e.floor < 12 {
		t.Errorf("%d terms, floor %.2f: not the generated file", len(e.lines), e.floor)
	}
	for _, l := range strings.Split(strings.TrimSuffix(e.text, "\n"), "\n") {
		term, v, _ := strings.Cut(l, " ")
		w, err := strconv.ParseFloat(v, 64)
		if err != nil || w <= 0 || w > e.floor || len(term) < 3 || strings.Trim(term, "abcdefghijklmnopqrstuvwxyz") != "" {
			t.Errorf("line %q: weight %v, %v", l, w, err)
			break
		}
	}
	english := englishWeights()
	for _, word := range strings.Fields("async stdout stderr mutex regex localhost segfault coroutines memoize backticks symlinks tarball") {
		for _, term := range search.Terms(word) {
			if _, ok := e.lookup(term); !ok {
				t.Errorf("%q analyses to %q, which technical.txt lacks: run go generate ./internal/answer", word, term)
			}
		}
	}
	// The names of products that one or two projects write are no words of
	// technical English; the unknown-word rule reads them as names.
	for _, word := range strings.Fields("haproxy eslint webpack netlify asyncio psql gitignore") {
		for _, term := range search.Terms(word) {
			if _, ok := e.lookup(term); ok {
				t.Errorf("%q (%q) is in technical.txt", word, term)
			}
		}
	}
	// The common words of documentation are in both lists.
	for _, word := range strings.Fields("server file function") {
		for _, term := range search.Terms(word) {
			if _, ok := e.lookup(term); !ok || english.weight(term) >= english.floor {
				t.Errorf("%q (%q): not in both lists", word, term)
			}
		}
	}
}
