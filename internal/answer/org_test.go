package answer

import (
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// "who hired ..." asks for an organisation: the sentence that names a
// company next to the word "company" answers, not one that names another
// pair of capitalised words.
func TestAskWhoHired(t *testing.T) {
	hits := []search.Hit{{ID: "redis#people", ChapterTitle: "Redis", Heading: "People behind the project", Score: 1,
		Text: "In March 2010 the company VMware hired Sanfilippo to work on Redis full time. In 2013 Pivotal became the sponsor, and from 2015 development was backed by Redis Labs, renamed Redis Ltd in 2021."}}
	wantLead(t, hits, "who hired antirez in 2010?", "In March 2010 the company VMware")
}

// "which company ...?" is answered by a sentence that names a company
// next to that word before one that names other things.
func TestAskWhichCompanyNamed(t *testing.T) {
	hits := []search.Hit{{ID: "git#licence", ChapterTitle: "Git", Heading: "The BitKeeper licence is withdrawn", Score: 1,
		Text: "From 2002 the Linux kernel was managed with BitKeeper, a proprietary tool offered to kernel developers free of charge. In April 2005 BitMover, the company of Larry McVoy, withdrew that free licence after a developer reverse-engineered the protocol."}}
	wantLead(t, hits, "which company withdrew the free bitkeeper licence from the kernel developers?", "In April 2005 BitMover")
}

func TestNamesOrg(t *testing.T) {
	// Stop words and the question's own words are plain, as in extractive.
	plain := func(w string) bool { return w == "In" || w == "The" || w == "Redis" }
	for s, want := range map[string]bool{
		"In March 2010 the company VMware hired him.":          true,
		"В марте 2010 года компания VMware наняла Санфилиппо.": true,
		"BitMover, the company of Larry McVoy, withdrew it.":   true,
		"In response the Linux Foundation started a fork.":     true,
		"The company grew fast in those years.":                false,
		"The Redis company grew fast.":                         false,
	} {
		if got := namesOrg(s, plain); got != want {
			t.Errorf("namesOrg(%q) = %v, want %v", s, got, want)
		}
	}
}
