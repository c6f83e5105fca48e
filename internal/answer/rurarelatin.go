package answer

import (
	"context"
	"slices"
	"strings"
	"unicode"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A Russian question writes in Latin letters, alone among its Russian
// words, the names and terms it asks about ("настроить cron", "ULE во
// freebsd"). One that general English holds rare is what the question is
// about as much as a name of names.txt is: a chapter that never writes it
// does not answer the question ("как настроить cron чтобы скрипт
// запускался каждые 5 минут" of an SSH chapter on client settings and
// scripts), however many of the question's Russian words it shares.

// minRareLatin is the least general English weight of a Latin word that
// names what a Russian question asks about: a commoner one ("author",
// "bulk", "insert") is as often the reader's English for an idea the book
// says in Russian.
const minRareLatin = 14.0

// rareLatin returns the Latin terms of Russian question query, among the
// terms w weighs, that general English holds rare (minRareLatin) and that
// found lacks, each of a word of letters alone among other words (not of
// code, a version or a Latin line). Names of names.txt are missesName's.
func (c coverage) rareLatin(r Retriever, query string, w map[string]float64, found map[string]string, aside map[string]bool) []string {
	if scriptOf(query) != scriptCyrillic {
		return nil
	}
	var out []string
	for _, span := range outsideCode(query) {
		fields := strings.Fields(span)
		for i, field := range fields {
			word := bareWord(field)
			if strings.ContainsFunc(word, isCodePunct) || strings.ContainsFunc(word, unicode.IsDigit) {
				continue // code, a file, a version: "package.json", "9.6p1"
			}
			// A word of a Latin line is the reader's pasted output or
			// English phrase ("Login was refused"), not a name the Russian
			// sentence asks about.
			if i > 0 && latinWord(bareWord(fields[i-1])) || i+1 < len(fields) && latinWord(bareWord(fields[i+1])) {
				continue
			}
			for _, t := range r.Terms(word) {
				if _, ok := w[t]; !ok || search.IsCyrillic(t) || aside[t] || found[t] != "" || c.names[t] != nil {
					continue
				}
				if c.english.weight(t) >= minRareLatin && !slices.Contains(out, t) {
					out = append(out, t)
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

// writesTerms reports whether chapter ch writes each of terms in one of
// its passages at least (see search.Index.ChapterWrites). It is true when
// r cannot tell.
func writesTerms(ctx context.Context, r Retriever, ch string, terms []string) (bool, error) {
	cw, ok := r.(chapterWriter)
	if !ok {
		return true, nil
	}
	for _, t := range terms {
		n, err := cw.ChapterWrites(ctx, ch, []string{t})
		if err != nil {
			return false, err
		}
		if n == 0 {
			return false, nil
		}
	}
	return true, nil
}
