package search

import (
	"context"
	"regexp"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/chapterbot/chapterbot/internal/acronym"
)

// Acronyms. A reader writes the short form of a subject that the book's
// headings spell out: "WAL" for the section "Write-ahead logging", "MVCC"
// for "Multiversion concurrency control". The book writes the short form
// only once or twice in passing ("archived WAL", "storage internals such as
// MVCC"), so the term alone finds those passages, not the section on the
// subject. A question word of three to five letters that one or two
// passages use is therefore also searched as the words of each run of a
// prose heading it abbreviates, all of them together (see acronymOf and
// spelledOut). A word the book never uses is not read as an acronym: with
// nothing to tell that it is one in this book, too many common words spell
// a heading run ("ram": "renegotiation attack mitigation"), unless the
// reader writes it in capitals ("CRDs" for the section "Custom resource
// definitions", whose text writes CustomResourceDefinitions as one word;
// see capitalAcronyms). A run holds content words only: through "and" or
// "at" many common words would spell something ("cap": "Callback and
// promise").

// Bounds of a term read as an acronym: shorter ones abbreviate too many
// word pairs; a term many passages use is the book's own word, found as
// such.
const (
	minAcronym     = 3
	maxAcronym     = 5
	maxAcronymDF   = 2
	maxAcronymRun  = 5 // the most heading words one acronym spells
	maxLongForms   = 4 // headings' runs searched for one acronym
	minAcronymRuns = 2 // an acronym spells at least two words
)

// acronymOf reports whether acronym a (lower case) abbreviates words (lower
// case), all of them (see acronym.Spells). An acronym of four letters or
// more may take one letter more from inside a long word ("multiversion
// concurrency control": mvcc); in a shorter one, an inner letter would let
// many common words abbreviate something ("pad": performance data).
func acronymOf(a string, words []string) bool {
	return acronym.Spells(a, words, len(a) >= 4)
}

// headingWords splits a heading of prose into its lower-case words of
// ASCII letters and digits ("Write-ahead logging": write, ahead, logging);
// nil for a heading of code ("fs.watch(filename[, options])", "Class:
// stream.Readable", "--max-old-space-size"), whose words are an API's, or
// with a word of other letters or of one letter ("Rust's": s).
func headingWords(h string) []string {
	if strings.ContainsAny(h, "()[]{}<>=_.:`") || strings.HasPrefix(strings.TrimSpace(h), "-") {
		return nil
	}
	words := strings.FieldsFunc(strings.ToLower(h), func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) })
	for _, w := range words {
		if len(w) < 2 {
			return nil
		}
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
	return len(term) >= minAcronym && len(term) <= maxAcronym && asciiLower(term)
}

// longForms returns, for each term of terms that may be an acronym and
// that one to maxAcronymDF passages use, the analysed words
// of the heading runs it abbreviates (at most maxLongForms, in book
// order, each once). The term must be a word of q as written (lower
// case): a stem ("dai" of "days") is no acronym.
func (g *generation) longForms(ctx context.Context, a analysis.Analyzer, q string, terms []string) (map[string][][]string, error) {
	var out map[string][][]string
	written := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(q), func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) }) {
		written[w] = true
	}
	capital := capitalAcronyms(q)
	for _, t := range terms {
		if !maybeAcronym(t) || !written[t] && !capital[t] {
			continue
		}
		df, err := g.docFreq(ctx, t)
		if err != nil {
			return nil, err
		}
		if df == 0 && !capital[t] || df > maxAcronymDF {
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
	for _, words := range g.proseHeadings() {
		for i := range words {
			if words[i][0] != t[0] {
				continue
			}
			for n := minAcronymRuns; n <= maxAcronymRun && i+n <= len(words); n++ {
				if !acronymOf(t, words[i:i+n]) {
					continue
				}
				// Every word a content word: a run through "and" or
				// "at" ("callback and promise": cap) is no name.
				form, ok := contentWords(a, words[i:i+n])
				key := strings.Join(form, " ")
				if !ok || seen[key] {
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
	return forms
}

// proseHeadings returns the words of every prose heading of the book, in
// book order (see headingWords): split once per generation, when a
// question first needs them, not on every question with a short word.
func (g *generation) proseHeadings() [][]string {
	g.headingsOnce.Do(func() {
		for _, c := range g.man.Chapters {
			for _, s := range c.Sections {
				if words := headingWords(s.Heading); len(words) > 0 {
					g.headings = append(g.headings, words)
				}
			}
		}
	})
	return g.headings
}

// contentWords returns the analysed terms of words, and false when one of
// them analyses to nothing (a stop word).
func contentWords(a analysis.Analyzer, words []string) ([]string, bool) {
	var out []string
	for _, w := range words {
		ts := analyse(a, w)
		if len(ts) == 0 {
			return nil, false
		}
		out = append(out, ts...)
	}
	return out, true
}

// longFormQuery matches a passage of field f holding all the words of one
// of forms.
func longFormQuery(forms [][]string, f string, boost float64) query.Query {
	var any []query.Query
	for _, form := range forms {
		any = append(any, query.NewConjunctionQuery(termClauses(form, f, boost)))
	}
	if len(any) == 1 {
		return any[0]
	}
	return query.NewDisjunctionQuery(any)
}

// capitalAcronymRe is a word written in capitals, with a plural's "s"
// after them or not: "CRDs", "WAL".
var capitalAcronymRe = regexp.MustCompile(`^(\p{Lu}{3,5})s?$`)

// capitalAcronyms are the words of q a reader wrote in capitals, lower
// case and without their plural's "s" ("CRDs": crd). Written so, a word is
// an acronym even where the book never uses it: the book may write only
// its long form ("Custom resource definitions"), and capitals are no
// common word's ("ram" spells a heading run too).
func capitalAcronyms(q string) map[string]bool {
	var out map[string]bool
	for _, w := range strings.FieldsFunc(q, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) }) {
		if m := capitalAcronymRe.FindStringSubmatch(w); m != nil {
			if out == nil {
				out = map[string]bool{}
			}
			out[strings.ToLower(m[1])] = true
		}
	}
	return out
}
