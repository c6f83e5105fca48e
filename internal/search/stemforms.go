package search

import (
	"context"
	"strings"
	"unicode/utf8"
)

// Snowball's Russian stemmer cuts the forms of one word at different
// letters: "ускорить" stems to ускор, "ускоряют" to ускоря; "ограничить"
// to огранич, "ограничение" to ограничен. A question then asks with a stem
// the book never writes while the section that answers writes the other,
// and the search loses the question's word. A Cyrillic query term that no
// passage has is therefore looked for as the book's terms that are the
// same word stemmed otherwise: one the other's beginning, the shorter of
// MinStemForm letters at least, the longer at most MaxStemTail letters
// longer. Coverage reads "the same Russian word" within the same bounds
// (answer.related). A term the book has is searched as itself only: its
// other stems ("процесс", процессор) would add as much noise as they find.
const (
	MinStemForm = 5
	MaxStemTail = 3
)

// stemForms maps each Cyrillic term of terms that no passage has to the
// book's terms (in the text field) that are it stemmed otherwise (see
// MinStemForm) or, for a spoken loan, its usual translation (see
// slangNative); a term without any is left out, and the map is nil when
// none has any.
func (g *generation) stemForms(ctx context.Context, terms []string) (map[string][]string, error) {
	var out map[string][]string
	for _, t := range terms {
		short := utf8.RuneCountInString(t) < MinStemForm
		if short && SlangForms(t) == nil || !IsCyrillic(t) {
			continue
		}
		n, err := g.docFreq(ctx, t)
		if err != nil {
			return nil, err
		}
		if n > 0 {
			continue
		}
		forms, err := g.nativeStems(t)
		if err != nil {
			return nil, err
		}
		if !short {
			if forms, err = g.longerStemsOf(t, forms); err != nil {
				return nil, err
			}
			if forms, err = g.shorterStems(ctx, t, forms); err != nil {
				return nil, err
			}
		}
		if len(forms) == 0 {
			continue
		}
		if out == nil {
			out = map[string][]string{}
		}
		out[t] = forms
	}
	return out, nil
}

// longerStemsOf appends to forms the terms of the book's text that t
// begins, at most MaxStemTail letters longer.
func (g *generation) longerStemsOf(t string, forms []string) ([]string, error) {
	return g.stemsBeginning(t, false, forms)
}

// stemsBeginning appends to forms the terms of the book's text that b
// begins, at most MaxStemTail letters longer, b itself when self is set and
// the book has it.
func (g *generation) stemsBeginning(b string, self bool, forms []string) ([]string, error) {
	d, err := g.reader.FieldDictPrefix(fieldText, []byte(b))
	if err != nil {
		return nil, err
	}
	defer d.Close()
	out := forms
	for {
		e, err := d.Next()
		if err != nil {
			return nil, err
		}
		if e == nil {
			return out, nil
		}
		if e.Count > 0 && (self || e.Term != b) && IsStemForm(e.Term, b) {
			out = append(out, e.Term)
		}
	}
}

// IsStemForm reports whether term is a form of the beginning b as the
// search reads it: term begins with b and is at most MaxStemTail letters
// longer.
func IsStemForm(term, b string) bool {
	return strings.HasPrefix(term, b) && utf8.RuneCountInString(term)-utf8.RuneCountInString(b) <= MaxStemTail
}

// shorterStems appends to forms the beginnings of t that the book has, of
// MinStemForm letters at least and at most MaxStemTail letters shorter.
func (g *generation) shorterStems(ctx context.Context, t string, forms []string) ([]string, error) {
	runes := []rune(t)
	for k := max(MinStemForm, len(runes)-MaxStemTail); k < len(runes); k++ {
		p := string(runes[:k])
		n, err := g.docFreq(ctx, p)
		if err != nil {
			return nil, err
		}
		if n > 0 {
			forms = append(forms, p)
		}
	}
	return forms, nil
}
