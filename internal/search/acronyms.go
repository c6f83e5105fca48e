package search

import (
	"context"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Acronyms. A reader writes the short form of a subject that the book's
// headings spell out: "WAL" for the section "Write-ahead logging", "MVCC"
// for "Multiversion concurrency control", "PITR" for "point-in-time
// recovery". The book itself may never write the short form, or only once
// in passing, so the term alone finds nothing or the wrong passage. A
// question term that no heading holds and few passages use is therefore
// also searched as the words of each heading run it abbreviates, all of
// them together (see acronymOf).

// Bounds of a term read as an acronym: shorter ones abbreviate too many
// word pairs; a term many passages use is the book's own word.
const (
	minAcronym     = 3
	maxAcronym     = 5
	maxAcronymDF   = 2
	maxAcronymRun  = 5 // the most heading words one acronym spells
	maxLongForms   = 4 // headings' runs searched for one acronym
	minAcronymRuns = 2 // an acronym spells at least two words
)

// acronymOf reports whether acronym a (lower case) abbreviates words (lower
// case), all of them: each word gives its first letter, in order, and a
// long word (minCompound letters or more: a compound) may give one more
// letter of its own after its first ("multiversion concurrency control":
// mvcc; "write-ahead log": wal). Letters from inside short words would let
// any short word abbreviate something ("quick": queueMicrotask callback).
func acronymOf(a string, words []string) bool {
	if len(words) == 0 {
		return a == ""
	}
	w := words[0]
	if a == "" || a[0] != w[0] {
		return false
	}
	if acronymOf(a[1:], words[1:]) {
		return true
	}
	if len(w) < minCompound || len(a) < 2 {
		return false
	}
	i := strings.IndexByte(w[1:], a[1])
	return i >= 0 && acronymOf(a[2:], words[1:])
}

// minCompound is the fewest letters of a word that may give an acronym two
// letters.
const minCompound = 8

// headingWords splits a heading into its lower-case words of ASCII
// letters and digits ("Write-ahead logging": write, ahead, logging); nil
// when it has a word of other letters.
func headingWords(h string) []string {
	words := strings.FieldsFunc(strings.ToLower(h), func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) })
	for _, w := range words {
		for _, c := range w {
			if c > unicode.MaxASCII {
				return nil
			}
		}
	}
	return words
}

// maybeAcronym reports whether term may be an acronym: minAcronym to
// maxAcronym ASCII letters.
func maybeAcronym(term string) bool {
	if len(term) < minAcronym || len(term) > maxAcronym {
		return false
	}
	for i := 0; i < len(term); i++ {
		if term[i] < 'a' || term[i] > 'z' {
			return false
		}
	}
	return true
}

// longForms returns, for each term of terms that may be an acronym, at
// most maxAcronymDF passages use, the analysed words
// of the heading runs it abbreviates (at most maxLongForms, in book
// order, each once). The term must be a word of q as written (lower
// case): a stem ("dai" of "days") is no acronym.
func (g *generation) longForms(ctx context.Context, a analysis.Analyzer, q string, terms []string) (map[string][][]string, error) {
	var out map[string][][]string
	written := map[string]bool{}
	for _, w := range headingWords(q) {
		written[w] = true
	}
	for _, t := range terms {
		if !maybeAcronym(t) || !written[t] {
			continue
		}
		df, err := g.docFreq(ctx, t)
		if err != nil {
			return nil, err
		}
		if df > maxAcronymDF {
			continue
		}
		if forms := g.spelledOut(a, t); len(forms) > 0 {
			if out == nil {
				out = map[string][][]string{}
			}
			out[t] = forms
		}
	}
	return out, nil
}

// spelledOut lists the analysed words of the section heading runs that t
// abbreviates.
func (g *generation) spelledOut(a analysis.Analyzer, t string) [][]string {
	var forms [][]string
	seen := map[string]bool{}
	for _, c := range g.man.Chapters {
		for _, s := range c.Sections {
			words := headingWords(s.Heading)
			for i := range words {
				if words[i][0] != t[0] || len(analyse(a, words[i])) == 0 {
					continue
				}
				for n := minAcronymRuns; n <= maxAcronymRun && i+n <= len(words); n++ {
					if !acronymOf(t, words[i:i+n]) || len(analyse(a, words[i+n-1])) == 0 {
						continue
					}
					form := analyse(a, strings.Join(words[i:i+n], " "))
					key := strings.Join(form, " ")
					if len(form) < minAcronymRuns || seen[key] {
						continue
					}
					seen[key] = true
					forms = append(forms, form)
					if len(forms) == maxLongForms {
						return forms
					}
				}
			}
		}
	}
	return forms
}

// longFormQuery matches a passage of field f holding all the words of one
// of forms.
func longFormQuery(forms [][]string, f string, boost float64) query.Query {
	var any []query.Query
	for _, form := range forms {
		var all []query.Query
		for _, w := range form {
			tq := query.NewTermQuery(w)
			tq.SetField(f)
			tq.SetBoost(boost)
			all = append(all, tq)
		}
		any = append(any, query.NewConjunctionQuery(all))
	}
	if len(any) == 1 {
		return any[0]
	}
	return query.NewDisjunctionQuery(any)
}
