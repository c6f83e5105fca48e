package answer

import (
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A typed question whose whole subject is something the book names only in
// passing ("кто основал компанию vmware?" where the Redis chapter says
// once that VMware hired its author) finds a clause holding the name and a
// name or a date beside it ("компания VMware наняла Санфилиппо"); the
// question's relation (основал) is a cue word, never checked, and the
// clause passes. A book that names a thing in a passage or two, in no
// heading, tells only a fact or two of it: the clause answers only when it also
// holds some of what the question asks of it (one word of the relation
// is enough: "who took over when antirez stepped down" is told by "antirez
// stepped down. The code passed to ...").

// maxPassing is the most passages of the book that may write a term for it
// to be named in passing: with 2, "which company did the kafka creators
// found after leaving linkedin" (LinkedIn in two passages) is refused as
// well as "кто основал компанию vmware?" (VMware in one).
const maxPassing = 2

// typeNouns name the kind of answer asked ("компания", "версия", "автор"):
// every clause of the kind answers them, so a clause need not write them.
const typeNouns = questionWords + "\n" + nameWords + "\n" + personWords + "\n" + numberWords + "\n" + firstWords

// passingRelation returns the terms of part, the question up to what it
// asks, of which a clause must hold one besides its subject w when w is
// one term, a thing named in passing: written in at most maxPassing
// passages of the book (df), in none of the headings of passages, and
// rare enough in its language to be a name (surnameWeight: "снова",
// written once, is no name); nil otherwise. They are the terms of part
// that are neither filler, nor a question word or the kind of answer
// asked, nor the subject, nor of the chapter's title; when the chapter is
// in another script (cross), only those it can write.
func (c coverage) passingRelation(r Retriever, part string, w map[string]float64, df map[string]int, passages []search.Hit, title clause, latin map[string][]string, cross bool) []string {
	if len(w) != 1 || df == nil {
		return nil
	}
	var heads []string
	for _, h := range passages {
		heads = append(heads, h.ChapterTitle, strings.Join(h.Tags, "\n"), strings.Join(h.Trail, "\n"))
	}
	head := newClause(r, strings.Join(heads, "\n"))
	for t := range w {
		if n := df[t]; n == 0 || n > maxPassing || c.weight(t) < surnameWeight || c.holds(t, head, latin) {
			return nil
		}
	}
	kind := set(r.Terms(typeNouns))
	var out []string
	for _, t := range r.Terms(part) {
		if cross && !c.checkable(t) {
			continue // a Russian word an English chapter cannot write
		}
		if _, subject := w[t]; !subject && !c.filler[t] && !kind[t] && !c.holds(t, title, latin) {
			out = append(out, t)
		}
	}
	return out
}
