package answer

import (
	"context"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A book that names a thing in a passage or two tells a fact or two of it,
// in the sentence that names it: "Its components are used by many other
// projects, including Laravel and Drupal" says nothing of when Drupal came
// out or who wrote it, though the sentence before it ("Fabien Potencier
// released Symfony in 2005") holds a name, a year and the word "released".
// The typed check reads a clause with the sentence before it, and finds
// there what the question asks of something else.

// unstatedPassingFact reports whether a typed question (wantedTypes: who,
// when, which version) asks its fact of a name the book writes in passing
// only, and no sentence of the book that names it states a fact of that
// kind: "what year was drupal first released and who wrote it", "кто
// написал CruiseControl и в каком году он вышел". A name is written in
// passing when at most maxPassing passages write it in any spelling of
// its names.txt line (df), in none of their titles or headings, always as
// a name (writesAsName: "Drupal", not "repo" nor "WAL"), and it is rare
// enough in English to be one (surnameWeight). A sentence states the fact
// when it, or the sentence right after it, holds an answer of the type
// asked (holdsType) and it holds a word of what is asked of the name (the
// relation: the ask's words that are neither filler, nor the kind of
// answer, nor the name, nor of the passage's chapter title), as
// passingRelation asks of a clause. A question that also names a word as
// rare that the book writes in more passages ("when did torvalds first
// tell usenet") asks of the book's own subject: the name in passing is its
// context, and the share decides.
func (c coverage) unstatedPassingFact(ctx context.Context, r Retriever, query string, w map[string]float64, aside map[string]bool, df map[string]int) (bool, error) {
	asks := wantedTypes(query)
	if len(asks) == 0 {
		return false, nil
	}
	var passing []string
	for t := range w {
		if aside[t] {
			continue
		}
		switch n := c.spelledDocs(t, df); {
		case c.filler[t] || isNumber(t) || c.weight(t) < surnameWeight:
		case n > maxPassing:
			return false, nil // the book's own subject: the rest is its context
		case n > 0 && !search.IsCyrillic(t):
			passing = append(passing, t)
		}
	}
	for _, t := range passing {
		hits, err := r.Search(ctx, t, maxPassing+1)
		if err != nil {
			return false, err
		}
		unstated, ok := c.statesNoFact(r, query, t, asks, hits)
		if ok && unstated {
			return true, nil
		}
	}
	return false, nil
}

// spelledDocs is the most passages df counts for term t in any spelling of
// its names.txt line.
func (c coverage) spelledDocs(t string, df map[string]int) int {
	n := df[t]
	for _, s := range c.names[t] {
		n = max(n, df[s])
	}
	return n
}

// statesNoFact reports whether none of hits that write name t states a
// fact of one of asks of it (see unstatedPassingFact); ok is false when no
// hit writes t, or one writes it in its title or headings: the name is
// then a subject of the book's, not a name in passing.
func (c coverage) statesNoFact(r Retriever, query, t string, asks []wanted, hits []search.Hit) (unstated, ok bool) {
	named := set(r.Terms(query))
	kind := set(r.Terms(typeNouns))
	one := clause{terms: map[string]bool{}}
	holdsName := func(terms map[string]bool) bool {
		one.terms = terms
		return c.holds(t, one, nil)
	}
	for _, h := range hits {
		text := set(r.Terms(h.Text))
		if !holdsName(text) {
			continue
		}
		if holdsName(set(r.Terms(h.ChapterTitle + "\n" + strings.Join(h.Tags, "\n") + "\n" + strings.Join(h.Trail, "\n")))) {
			return false, false
		}
		if !writesAsName(r, t, h.Text) {
			return false, false
		}
		ok = true
		title := set(r.Terms(h.ChapterTitle))
		us := units(h.Text)
		for i, u := range us {
			terms := set(r.Terms(u.text))
			if !holdsName(terms) {
				continue
			}
			texts := []string{u.text}
			if i+1 < len(us) && us[i+1].joined {
				texts = append(texts, us[i+1].text)
				for _, s := range r.Terms(us[i+1].text) {
					terms[s] = true
				}
			}
			for _, a := range asks {
				if !slices.ContainsFunc(texts, func(s string) bool { return holdsType(a.want, s, query, named, r, c) }) {
					continue
				}
				rel := relationTerms(r, a.part, t, kind, title, c)
				if len(rel) == 0 || slices.ContainsFunc(rel, func(s string) bool { return c.holds(s, clause{terms: terms}, nil) }) {
					return false, true
				}
			}
		}
	}
	return ok, ok
}

// relationTerms are the terms of part, the question up to what it asks,
// that say what it asks of name t: neither filler, nor the kind of answer
// asked (kind), nor t, nor of the chapter's title.
func relationTerms(r Retriever, part, t string, kind, title map[string]bool, c coverage) []string {
	var out []string
	for _, s := range r.Terms(part) {
		if s != t && !c.filler[s] && !kind[s] && !title[s] && !slices.Contains(c.names[t], s) {
			out = append(out, s)
		}
	}
	return out
}

// writesAsName reports whether text writes term t as a name wherever it
// writes it inside a sentence: with a capital, and not in capitals only
// ("Drupal", "CruiseControl"; not "WAL" or "IDs", nor "repo").
func writesAsName(r Retriever, t, text string) bool {
	seen := false
	for _, u := range units(text) {
		for i, field := range strings.Fields(u.text) {
			word := bareWord(field)
			if !slices.Contains(r.Terms(word), t) {
				continue
			}
			first, _ := utf8.DecodeRuneInString(word)
			if stem := strings.TrimSuffix(word, "s"); !unicode.IsUpper(first) || strings.ToUpper(stem) == stem {
				return false
			}
			if i > 0 {
				seen = true
			}
		}
	}
	return seen
}
