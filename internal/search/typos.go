package search

import (
	"context"

	index "github.com/blevesearch/bleve_index_api"
)

// Typos. A reader typing fast writes "requrie", "domian", "conect",
// "wihtout": the analysed term is in no passage, so the word counts for
// nothing and the rest of the question decides alone. A Latin question
// term of minTypo letters or more that no passage holds (in its text,
// title or trail) and that general English does not write
// (Options.KnownWord: "invent", "place", "there" are words, which a book
// may lack, not typos of "indent", "pace" and "three") is therefore
// searched as the text's term one edit away (a letter changed, added or
// dropped, or two neighbours swapped) with the same first letter, the one
// the most passages hold. A term with no such neighbour stays as it is.

// minTypo is the fewest letters of an analysed term read as a possible
// typo: shorter ones have too many neighbours one edit away. (At 6,
// "mesure" is left out: s8-nodedoc's question on measuring event-loop lag
// stays outside the top 5.)
const minTypo = 5

// typoFixes maps the terms among terms that are typos (see above) to
// their fixes; nil when known is nil.
func (g *generation) typoFixes(ctx context.Context, terms []string, known func(string) bool) (map[string]string, error) {
	fr, ok := g.reader.(index.IndexReaderFuzzy)
	if !ok || known == nil {
		return nil, nil
	}
	var fixes map[string]string
	for _, t := range terms {
		if len(t) < minTypo || !asciiLower(t) || known(t) {
			continue
		}
		held, err := g.anyFieldHolds(ctx, t)
		if err != nil {
			return nil, err
		}
		if held {
			continue
		}
		fix, err := g.typoFix(ctx, fr, t)
		if err != nil {
			return nil, err
		}
		if fix != "" {
			if fixes == nil {
				fixes = map[string]string{}
			}
			fixes[t] = fix
		}
	}
	return fixes, nil
}

// typoFix is the text's term one edit from t, with its first letter, that
// the most passages hold; "" when there is none.
func (g *generation) typoFix(ctx context.Context, fr index.IndexReaderFuzzy, t string) (string, error) {
	// Levenshtein distance 2 takes in a swap of two neighbours; OneEdit
	// keeps the one-edit terms. The fuzzy dictionary carries no counts.
	d, err := fr.FieldDictFuzzy(fieldText, t, 2, t[:1])
	if err != nil {
		return "", err
	}
	var near []string
	for e, err := d.Next(); e != nil && err == nil; e, err = d.Next() {
		if OneEdit(t, e.Term) {
			near = append(near, e.Term)
		}
	}
	if err := d.Close(); err != nil {
		return "", err
	}
	best, bestDF := "", uint64(0)
	for _, n := range near {
		df, err := g.textDF(ctx, n)
		if err != nil {
			return "", err
		}
		if df > bestDF {
			best, bestDF = n, df
		}
	}
	return best, nil
}

// withTypoFixes adds the fixes of terms' typos to latin, the terms a
// question term is searched as (see Index.query), where it has none.
func (g *generation) withTypoFixes(ctx context.Context, terms []string, latin map[string][]string, known func(string) bool) (map[string][]string, error) {
	fixes, err := g.typoFixes(ctx, terms, known)
	if err != nil || len(fixes) == 0 {
		return latin, err
	}
	if latin == nil {
		latin = make(map[string][]string, len(fixes))
	}
	for t, fix := range fixes {
		if len(latin[t]) == 0 {
			latin[t] = []string{fix}
		}
	}
	return latin, nil
}

// anyFieldHolds reports whether any passage holds term t in its text,
// its chapter's title or its heading trail: a term that only headings
// write ("Backpressure") is the book's, not a typo.
func (g *generation) anyFieldHolds(ctx context.Context, t string) (bool, error) {
	for _, f := range textFields {
		n, err := g.fieldDF(ctx, t, f)
		if err != nil {
			return false, err
		}
		if n > 0 {
			return true, nil
		}
	}
	return false, nil
}

// textDF is how many passages' text holds term t.
func (g *generation) textDF(ctx context.Context, t string) (uint64, error) {
	return g.fieldDF(ctx, t, fieldText)
}

// fieldDF is how many passages hold term t in field f.
func (g *generation) fieldDF(ctx context.Context, t, f string) (uint64, error) {
	r, err := g.reader.TermFieldReader(ctx, []byte(t), f, false, false, false)
	if err != nil {
		return 0, err
	}
	defer r.Close()
	return r.Count(), nil
}

// asciiLower reports whether t is all lower-case ASCII letters.
func asciiLower(t string) bool {
	for i := 0; i < len(t); i++ {
		if t[i] < 'a' || t[i] > 'z' {
			return false
		}
	}
	return true
}

// OneEdit reports whether words a and b differ by one edit, letter by
// letter (Cyrillic too): a letter changed, added or dropped, or two
// neighbouring letters swapped. Equal words do not.
func OneEdit(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	switch len(rb) - len(ra) {
	case 0:
		if i == len(ra) {
			return false // the same
		}
		if string(ra[i+1:]) == string(rb[i+1:]) {
			return true // changed
		}
		return i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:]) // swapped
	case 1:
		return string(ra[i:]) == string(rb[i+1:]) // added
	}
	return false
}
