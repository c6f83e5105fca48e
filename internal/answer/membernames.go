package answer

import (
	"context"
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// codeWriter is a Retriever that tells whether the book writes a piece of
// code as it is (".glob" after a name, "--env-file"), not only its words,
// reading every passage that holds them; WritesBy takes a rule's own test
// of "written" ("v-model" as "v model"). *search.Index is one.
type codeWriter interface {
	Writes(ctx context.Context, code string) (bool, error)
	WritesBy(ctx context.Context, code string, writes func(text string) bool) (bool, error)
}

// unwrittenMember reports whether the question asks about a member of a
// dotted API name ("fs.glob") that the book writes as a word ("a ** glob")
// but never as a member, after a dot (see search.Index.Writes): a reference
// that documents a member writes it after its object, in its entry's
// heading at least, so one it never writes so belongs to another release or
// another library. The members are those apiNames reads of dotted names;
// those the book never writes at all are unwrittenAPIName's. Names the
// question compares with or pasted (aside) and filler are passed by; df
// holds the book's counts of the question's terms. It is false when r
// cannot tell.
func (c coverage) unwrittenMember(ctx context.Context, r Retriever, query string, w map[string]float64, aside map[string]bool, df map[string]int) (bool, error) {
	cw, ok := r.(codeWriter)
	if !ok {
		return false, nil
	}
	ran := literalCallNames(query)
	for _, span := range outsideCode(query) {
		for _, name := range search.CodeWords(span) {
			if strings.HasPrefix(name, ".") {
				continue // a member after a call: ".length"
			}
			last, dotted, ok := apiMember(name)
			if !ok || !dotted || ran[strings.ToLower(last)] {
				continue
			}
			ts := r.Terms(last)
			if len(ts) != 1 || !apiWordRe.MatchString(last) && !c.known(ts[0]) {
				continue
			}
			t := ts[0]
			if _, ok := w[t]; !ok || aside[t] || df[t] == 0 {
				continue
			}
			written, err := cw.Writes(ctx, "."+last)
			if err != nil {
				return false, err
			}
			if !written {
				return true, nil
			}
		}
	}
	return false, nil
}
