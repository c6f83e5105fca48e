package answer

import (
	"context"
	"slices"
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A reader names a technology by a nickname ("golang", "k8s") where the
// book writes its name ("Go", "Kubernetes"): names.txt lists both on one
// line. The keyword search knows only the words it is given, so a
// question's Latin name is searched with the line's other Latin spellings
// that the book writes, and coverage finds the name where a passage
// writes one of them (see spellingIn).

// bookSpellings returns the Latin spellings, as the book writes them, of
// the names.txt lines whose Latin names query writes, other than those
// query writes itself: "Go" for "who came up with golang" in a book on Go.
// A spelling that is a common word too the book must write with its
// capital (see commonName), and so it is returned. Nil without a
// mentioner (which reads how the book writes a word).
func (c coverage) bookSpellings(ctx context.Context, r Retriever, query string) ([]string, error) {
	m, ok := r.(mentioner)
	if !ok {
		return nil, nil
	}
	var out []string
	seen := map[string]bool{}
	for _, t := range r.Terms(query) {
		line, ok := c.nameLines[t]
		if !ok || search.IsCyrillic(t) || seen[t] || !c.writesName(query, t) || c.english.weight(t) < commonName {
			continue // a common word ("go") is searched as itself
		}
		for i, s := range line.terms {
			seen[s] = true
			w := line.words[i]
			if search.IsCyrillic(w) || search.HasWord(query, w) {
				continue
			}
			w = c.bookForm(s, w)
			found, err := m.Mentions(ctx, w)
			if err != nil {
				return nil, err
			}
			if found && !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out, nil
}

// bookForm is how a book writes spelling w (term s) of a name: capitalised
// when it is a common word too ("Go", "Express"), as listed otherwise.
func (c coverage) bookForm(s, w string) string {
	if c.english.weight(s) < commonName {
		return capitalised(w)
	}
	return w
}

// withBookSpellings returns the text searched for query: text, and the
// book's spellings of the names query writes otherwise (bookSpellings).
func (c coverage) withBookSpellings(ctx context.Context, r Retriever, query, text string) (string, error) {
	spellings, err := c.bookSpellings(ctx, r, query)
	if err != nil || len(spellings) == 0 {
		return text, err
	}
	return strings.Join(append([]string{text}, spellings...), " "), nil
}

// spellingIn reports whether a passage whose text and headings are text
// writes s, a term found among its terms as another spelling of term t's
// name, or as t itself when the question reads the common word t as a
// name (read, see goTerm): a spelling that is a common word too only with
// its capital, since "golang" is not found in "go to the settings".
func (c coverage) spellingIn(t, s, text string, read bool) bool {
	if s == t && !read {
		return true
	}
	line, ok := c.nameLines[s]
	if !ok {
		return true
	}
	i := slices.Index(line.terms, s)
	if i < 0 || search.IsCyrillic(s) || c.english.weight(s) >= commonName {
		return true
	}
	return search.HasWord(text, capitalised(line.words[i]))
}
