package answer

import (
	"slices"
	"strings"

	"github.com/chapterbot/chapterbot/internal/acronym"
	"github.com/chapterbot/chapterbot/internal/search"
)

// belowFloor reports which of the first n hits scored under the hit floor
// still give sentences, those that hold what the question asks for when
// the hits above the floor may not. For a "who" question, when no hit
// above the floor names a person in full, those below it that do: the best
// sections may tell only of what was made ("Phoenix is a web framework")
// while the person is named in a lower one (the milestones: "Chris McCord
// releases Phoenix 1.0"), scored under the best for sharing fewer of the
// question's words. For a "what is" question, a section headed by the
// asked term, written out or spelled ("Multiversion concurrency control"
// for "what is mvcc?"), which defines it, when the best section only
// mentions it ("MVCC arrives"). A lower section without such a value
// stays out.
func belowFloor(k kind, hits []search.Hit, n int, floor float64, subject []string, terms func(string) []string, plain, surname func(w string) bool) map[int]bool {
	if len(hits) == 0 || hits[0].Score <= 0 {
		return nil
	}
	top := hits[0].Score
	let := map[int]bool{}
	for i, h := range hits[:min(n, len(hits))] {
		var holds bool
		switch k {
		case kindWho:
			holds = len(names(h.Text, plain, surname)) > 0
		case kindWhat:
			holds = headedBy(h.Heading, untitled(subject, terms(h.ChapterTitle)), terms)
		default:
			return nil
		}
		switch {
		case h.Score >= floor*top:
			if holds && k == kindWho {
				return nil
			}
		case holds:
			let[i] = true
		}
	}
	return let
}

// untitled returns the subject's terms the chapter's title does not
// hold: "what is mvcc in postgresql?" asks of mvcc in the PostgreSQL
// chapter.
func untitled(subject, title []string) []string {
	var out []string
	for _, t := range subject {
		if !slices.Contains(title, t) {
			out = append(out, t)
		}
	}
	return out
}

// headedBy reports whether heading names the subject and nothing else:
// its terms are the subject's, or its words spell the subject's one term
// ("Multiversion concurrency control": mvcc).
func headedBy(heading string, subject []string, terms func(string) []string) bool {
	if len(subject) == 0 || strings.TrimSpace(heading) == "" {
		return false
	}
	ht := terms(heading)
	if len(ht) > 0 && !slices.ContainsFunc(ht, func(t string) bool { return !slices.Contains(subject, t) }) &&
		!slices.ContainsFunc(subject, func(t string) bool { return !slices.Contains(ht, t) }) {
		return true
	}
	return len(subject) == 1 && acronym.Spells(subject[0], acronym.Words(strings.ToLower(heading)), true)
}

// headedWeight is the fit of the first sentence of a section headed by
// the term a "what is" question asks of: what the section says first is
// what the term is, in whatever words.
const headedWeight = 0.6

// standsFor adds to a lower section's heading terms the subject's terms
// its place stands for, which belowFloor let it in by: for a "who"
// question those its chapter's title holds (the milestone naming the
// person, "A real-time analytics problem", is of Redis in "Redis: The
// Documentary"); for a "what is" question the term its heading spells.
func standsFor(k kind, heading map[string]bool, h search.Hit, subject []string, terms func(string) []string) {
	title := terms(h.ChapterTitle)
	var stood []string
	switch k {
	case kindWho:
		stood = slices.DeleteFunc(slices.Clone(subject), func(t string) bool { return !slices.Contains(title, t) })
	case kindWhat:
		stood = untitled(subject, title)
	}
	for _, t := range stood {
		heading[t] = true
	}
}
