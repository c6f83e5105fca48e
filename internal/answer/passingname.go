package answer

import (
	"context"
	"regexp"
	"slices"
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// maxPassingShare is the largest share of a book's passages that may write
// a name of names.txt for the book to name it in passing only: npm in 19 of
// the Node.js reference's 4,502 passages.
const maxPassingShare = 0.01

// minUnwrittenAsk is the least general-English weight of a word the book
// never writes for it to say what a question asks of a name the book names
// in passing ("unpublishing" 12.8, "dispute" 10.3, "incident" 9.9): a
// common word ("week" 8.1) says when or how, not what.
const minUnwrittenAsk = 9.5

// askedOfPassingName reports whether an English question asks about a
// product the book names in passing only, with a word the book never
// writes: "what's npm's policy for unpublishing a package", "how do i file
// a name dispute with npm support". A reference that mentions npm where it
// installs packages says nothing of npm's own policies, disputes or
// incidents, and the name's weight, with the book's own words beside it
// ("package"), carried such questions over the share. A name is named in
// passing when fewer than maxPassingShare of the book's passages write it
// and no chapter title among the hits holds a spelling of it (a longer one
// too: "postgres" of "PostgreSQL"); a question that names the subject of a
// chapter found ("redis" beside "apache 2.0") is about that chapter, the
// other name its context. The word asked must weigh minUnwrittenAsk at
// least, be a word general or technical English knows (an unknown one is
// unknownTerms', a typo the share's), no name, not aside, and not a word
// of the reader's setup (see setupWords: "on a fresh node install").
//
// A word the book does write says no more when no passage found that
// writes the name writes it too: "what license is react released under"
// of a book whose React is a conference and a framework built for it, its
// licences those of other projects. That holds when such words are the
// whole of what the question asks beside the name: a name of another
// subject, or a word no English knows ("wasi", "corepack"), is the
// question's subject, the name in passing its context ("how to run a
// .wasm file that targets wasi"). Site tuning set s23 and nodedoc-heldout,
// coverage: +1 each ("what license is react released under", "whats the
// python equivalent of npm scripts").
// n is the book's passage count (0: unknown, the rule is off).
func (c coverage) askedOfPassingName(r Retriever, query string, w map[string]float64, aside map[string]bool, df map[string]int, hits []search.Hit, n int) bool {
	if n == 0 {
		return false
	}
	titles := map[string]bool{}
	for _, h := range hits {
		for _, t := range r.Terms(h.ChapterTitle) {
			titles[t] = true
		}
	}
	inTitle := func(t string) bool {
		return slices.ContainsFunc(c.names[t], func(s string) bool {
			for u := range titles {
				if u == s || len(s) >= minWithin && strings.HasPrefix(u, s) {
					return true
				}
			}
			return false
		})
	}
	var passing []string
	for t := range w {
		if c.names[t] == nil || aside[t] || !c.writesName(query, t) {
			continue
		}
		if inTitle(t) {
			return false
		}
		if df[t] > 0 && float64(df[t]) < maxPassingShare*float64(n) {
			passing = append(passing, t)
		}
	}
	if len(passing) == 0 {
		return false
	}
	setup := setupWords(r, query)
	var asked []string // the words asked that the book writes
	other := false     // a word of another subject: a name, an unknown word
	for t, x := range w {
		if x < minUnwrittenAsk || aside[t] || setup[t] || slices.Contains(passing, t) {
			continue
		}
		if c.names[t] != nil || search.IsCyrillic(t) || !c.known(t) {
			other = true
			continue
		}
		if df[t] == 0 {
			return true
		}
		asked = append(asked, t)
	}
	if len(asked) == 0 || other {
		return false
	}
	// A word the book writes, but never beside the name (passingBeside):
	// what it says of it is said of something else.
	beside := passingBeside(r, passing, hits, c)
	return !slices.ContainsFunc(asked, func(t string) bool {
		return slices.ContainsFunc(beside, func(terms map[string]bool) bool { return terms[t] })
	})
}

// passingBeside returns the terms of each of hits (title, headings and
// text) that writes one of the names passing, in any spelling of its line.
func passingBeside(r Retriever, passing []string, hits []search.Hit, c coverage) []map[string]bool {
	var out []map[string]bool
	for _, h := range hits {
		terms := set(r.Terms(h.ChapterTitle + "\n" + strings.Join(h.Trail, "\n") + "\n" + h.Text))
		if slices.ContainsFunc(passing, func(t string) bool {
			return slices.ContainsFunc(c.names[t], func(s string) bool { return terms[s] })
		}) {
			out = append(out, terms)
		}
	}
	return out
}

// setupWords returns the terms of the words that describe the reader's
// setup: the word after a place and a determiner or owner ("on a fresh
// install", "in my slim image"; see setupPlaces), which tells where the
// question arises, not what it asks.
func setupWords(r Retriever, query string) map[string]bool {
	words := chatWords(query)
	out := map[string]bool{}
	for i := 2; i < len(words); i++ {
		if slices.Contains(setupPlaces, words[i-2]) && (slices.Contains(setupDeterminers, words[i-1]) || slices.Contains(setupOwners, words[i-1])) {
			for _, t := range r.Terms(words[i]) {
				out[t] = true
			}
		}
	}
	return out
}

// howInToolRe finds a Russian question that asks how to do something in a
// tool it names in Latin letters, a Russian word after the name: "как в
// kazoo на питоне взять лок", "как в alertmanager сделать шаблон". A name
// followed by another Latin word is a phrase of the book's own ("как в
// topic exchange подписаться"), not a tool.
var howInToolRe = regexp.MustCompile(`(?:^|[,.?!;:]\s*|\s(?:а|и|но)\s)как (?:в|во) ([a-z][a-z0-9_.-]*[a-z0-9]) \p{Cyrillic}`)

// howInPassingTool reports whether a Russian question asks how to do
// something in a tool the book names in passing only (see
// askedOfPassingName: fewer than maxPassingShare of its n passages write
// it, and no chapter title among the hits): a ZooKeeper chapter that names
// Kazoo among the clients says nothing of how to take a lock in Kazoo, a
// Prometheus chapter that names Alertmanager nothing of its templates. A
// tool the book never writes is off topic already (unknownTerms and the
// name rules); one it writes throughout, or that a chapter is about, is
// the book's subject. As with askedOfPassingName, what is asked of the
// tool must hold a word the book never writes in any spelling (df, latin):
// a subject term of w, not aside.
func howInPassingTool(ctx context.Context, r Retriever, query string, w map[string]float64, aside map[string]bool, df map[string]int, latin map[string][]string, hits []search.Hit, n int) (bool, error) {
	if n == 0 {
		return false, nil
	}
	m := howInToolRe.FindStringSubmatch(strings.ToLower(query))
	if m == nil {
		return false, nil
	}
	unwritten := false
	for t := range w {
		if df[t] == 0 && !aside[t] && !slices.ContainsFunc(latin[t], func(s string) bool { return df[s] > 0 }) {
			unwritten = true
			break
		}
	}
	if !unwritten {
		return false, nil
	}
	ts := r.Terms(m[1])
	if !slices.Contains(ts, m[1]) && len(ts) != 1 {
		return false, nil
	}
	t := ts[0]
	if slices.Contains(ts, m[1]) {
		t = m[1]
	}
	if aside[t] {
		return false, nil
	}
	for _, h := range hits {
		if slices.Contains(r.Terms(h.ChapterTitle), t) {
			return false, nil
		}
	}
	tf, err := r.DocFreqs(ctx, []string{t})
	if err != nil {
		return false, err
	}
	return tf[t] > 0 && float64(tf[t]) < maxPassingShare*float64(n), nil
}
