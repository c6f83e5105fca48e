package search

import (
	"context"
	"regexp"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2/analysis"
)

// Whole versions. A book numbers a major release with its zero ("SQLite
// 3.0 with AOL support", "MySQL 8.0"), which the analyser keeps as the
// term "3.0"; a reader asks for "version 3", "mysql 8" or "sqlite3". The
// bare number matches every date and count of the book ("December 3") and
// never the release's "3.0", so "which company sponsored the version 3
// rewrite" ranked SQLite's 3.0 section 4th behind sections that say
// "version" more, and "what year was sqlite3 released" ranked the
// amalgamation's "sqlite3.c" first and the release nowhere. A whole number
// that names a version (after "version" or "release", or after a chapter's
// subject, see subjectTerms) is therefore also searched as its ".0"
// release, as one clause with the number itself (see Index.query); a
// number glued to the subject ("sqlite3") is searched as the name and the
// number too, the word itself kept ("sqlite3.c" is the book's). Both only
// when a heading writes that release: a reader's "fox0" or "ssh2" is
// another thing, and a ".0" of the book's prose is some other number.
//
// Measured on every tuning set (recall@5 / MRR@10): s13-site 0.880 /
// 0.715 -> 0.920 / 0.785 (both questions above: 4th -> 1st, outside the
// top 10 -> 1st), s9-site MRR 0.920 -> 0.940 ("when was mysql 8 released
// as ga": MySQL 8.0 2nd -> 1st), their HTML copies the same. Without the
// heading test, numbers after any word: scifact-train nDCG@10 0.706 ->
// 0.7055, s16-ru MRR 0.973 -> 0.957, s19-ru recall 0.933 -> 0.917 ("в
// каких рфц описан ssh2"), s14-ru one answer refused.

// wholeVersionRe is a number a major version may be written as.
var wholeVersionRe = regexp.MustCompile(`^[1-9][0-9]?$`)

// versionWords are the words after which a number is a version.
var versionWords = map[string]bool{"version": true, "versions": true, "release": true, "releases": true, "v": true,
	"версия": true, "версии": true, "версию": true, "версией": true, "релиз": true, "релиза": true}

// askedWholeVersions are the whole numbers of q (see wholeVersionRe) that
// name a version: after a word of versionWords or a chapter's subject
// ("version 3", "kafka 4"), or glued to the subject ("sqlite3").
func (g *generation) askedWholeVersions(a analysis.Analyzer, q string) []string {
	var out []string
	prev := ""
	for _, field := range strings.Fields(q) {
		w := strings.ToLower(strings.TrimFunc(field, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
		if !strings.ContainsAny(w, "123456789") {
			prev = w
			continue
		}
		switch {
		case wholeVersionRe.MatchString(w) && prev != "":
			if versionWords[prev] {
				out = append(out, w)
			} else if pt := analyse(a, prev); len(pt) == 1 && g.isSubject(a, pt[0]) {
				out = append(out, w)
			}
		default:
			if m := numberedNameRe.FindStringSubmatch(w); m != nil {
				if nt := analyse(a, m[1]); len(nt) == 1 && g.isSubject(a, nt[0]) {
					out = append(out, m[2])
				}
			}
		}
		prev = w
	}
	return out
}

// zeroVersions adds to latin, for each whole version q asks (see
// askedWholeVersions) that the book also writes with ".0", that term, and
// marks the number in own, so that both are searched.
func (g *generation) zeroVersions(ctx context.Context, a analysis.Analyzer, q string, latin map[string][]string, own map[string]bool) (map[string][]string, map[string]bool, error) {
	for _, t := range g.askedWholeVersions(a, q) {
		if len(latin[t]) > 0 {
			continue
		}
		headed, err := g.headedRelease(ctx, t)
		if err != nil {
			return nil, nil, err
		}
		if !headed {
			continue
		}
		if latin == nil {
			latin = map[string][]string{}
		}
		if own == nil {
			own = map[string]bool{}
		}
		latin[t] = []string{t + ".0"}
		own[t] = true
	}
	return latin, own, nil
}

// numberedNameRe is a name and a whole number written as one word.
var numberedNameRe = regexp.MustCompile(`^([a-z]{2,})([1-9][0-9]?)$`)

// numberedNames returns terms with the name and the number of each word
// of q that glues a whole number to a chapter's subject added, when a
// heading writes the number's ".0" release (see headedRelease).
func (g *generation) numberedNames(ctx context.Context, a analysis.Analyzer, q string, terms []string) ([]string, error) {
	for _, field := range strings.Fields(q) {
		w := strings.ToLower(strings.TrimFunc(field, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
		if !strings.ContainsAny(w, "123456789") {
			continue
		}
		m := numberedNameRe.FindStringSubmatch(w)
		if m == nil {
			continue
		}
		nt := analyse(a, m[1])
		if len(nt) != 1 || !g.isSubject(a, nt[0]) {
			continue
		}
		headed, err := g.headedRelease(ctx, m[2])
		if err != nil {
			return nil, err
		}
		if headed {
			terms = unique(append(terms, nt[0], m[2]))
		}
	}
	return terms, nil
}

// headedRelease reports whether a heading of the book writes whole number
// n as its ".0" release ("SQLite 3.0 with AOL support").
func (g *generation) headedRelease(ctx context.Context, n string) (bool, error) {
	c, err := g.fieldDF(ctx, n+".0", fieldTrail)
	return c > 0, err
}
