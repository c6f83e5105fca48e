package answer

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

//go:generate go run english_gen.go

//go:embed english.txt
var englishFile string

// wordWeights holds the general weight of a language's terms: -ln of a
// term's share of running text in that language (see english.txt and
// russian.txt). A common word weighs little, a rare or technical one much,
// whether or not the book uses it.
type wordWeights struct {
	text  string  // the "term weight" lines, sorted by term
	lines []int32 // offset of each line in text
	floor float64 // the weight of a term in neither list
}

// parseWeights reads a weights file such as english.txt: comment lines,
// "floor W", then "term weight" lines sorted by term. It indexes line
// starts only, so that opening costs one pass over the text and a lookup a
// binary search.
func parseWeights(file string) (wordWeights, error) {
	var e wordWeights
	for strings.HasPrefix(file, "#") {
		_, file, _ = strings.Cut(file, "\n")
	}
	first, rest, _ := strings.Cut(file, "\n")
	f, ok := strings.CutPrefix(first, "floor ")
	w, err := strconv.ParseFloat(f, 64)
	if !ok || err != nil {
		return wordWeights{}, fmt.Errorf("word weights: want \"floor W\" first, got %q", first)
	}
	e.floor, e.text = w, rest
	prev := ""
	for off := 0; off < len(rest); {
		end := strings.IndexByte(rest[off:], '\n')
		if end < 0 {
			end = len(rest) - off
		}
		line := rest[off : off+end]
		term, _, ok := strings.Cut(line, " ")
		if !ok || term <= prev {
			return wordWeights{}, fmt.Errorf("word weights: line %q is not \"term weight\" in term order", line)
		}
		prev = term
		e.lines = append(e.lines, int32(off))
		off += end + 1
	}
	return e, nil
}

// term returns the term of line i.
func (e wordWeights) term(i int) string {
	l := e.text[e.lines[i]:]
	if end := strings.IndexAny(l, " \n"); end >= 0 {
		l = l[:end]
	}
	return l
}

// weight returns the weight of an analysed term: the floor for a term
// not in the list.
func (e wordWeights) weight(term string) float64 {
	w, _ := e.lookup(term)
	return w
}

// lookup returns the weight of an analysed term and whether the list
// holds it.
func (e wordWeights) lookup(term string) (float64, bool) {
	line := func(i int) string {
		l := e.text[e.lines[i]:]
		if end := strings.IndexByte(l, '\n'); end >= 0 {
			l = l[:end]
		}
		return l
	}
	i := sort.Search(len(e.lines), func(i int) bool {
		t, _, _ := strings.Cut(line(i), " ")
		return t >= term
	})
	if i < len(e.lines) {
		if t, w, _ := strings.Cut(line(i), " "); t == term {
			if x, err := strconv.ParseFloat(w, 64); err == nil {
				return x, true
			}
		}
	}
	return e.floor, false
}
