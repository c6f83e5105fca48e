package answer

import (
	"testing"
	"testing/fstest"
)

func TestEnPronounRe(t *testing.T) {
	for s, want := range map[string]bool{
		"In January 2014 they gave up the title.":                  true,
		"It took three weeks, but the new version was shorter.":    true,
		"He later left the company.":                               true,
		"Their first release came out in 2009.":                    true,
		"Then, she rewrote the parser.":                            true,
		"Itself a fork, the project grew.":                         false,
		"Hevery bet his manager that he could rewrite it.":         false,
		"In 2014 Dmitry Stogov published a refactoring.":           false,
		"The team had written about 17,000 lines of code by then.": false,
	} {
		if got := enPronounRe.MatchString(s); got != want {
			t.Errorf("enPronounRe.MatchString(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"It is also possible to supply a custom port.": true,
		"It's common for a server to restart.":         true,
		"It was released in May 2012.":                 false,
		"It took three weeks.":                         false,
	} {
		if got := expletiveRe.MatchString(s); got != want {
			t.Errorf("expletiveRe.MatchString(%q) = %v, want %v", s, got, want)
		}
	}
}

// leadersBook names two leaders in one sentence and gives the date they
// stepped down in the next, which names them only by "they"; a section
// on the project's start names them with another date.
var leadersBook = fstest.MapFS{
	"loom.md": {Data: []byte(`---
title: "Loom: The Documentary"
---

# Loom: The Documentary

## How Loom began

Ann Quillfeather and Bo Marrowdale wrote the first Loom scheduler in 2009 at a small hosting company.

## The stewards step down

Quillfeather and Marrowdale were the project's two stewards for life. In January 2016 they gave up the title, and decisions moved to an elected board.
`)},
}

// An English "when" question about two people leads with the sentence
// that gives the date of what they did by "they", not with the sentence
// before it, which names them but gives no date.
func TestAskEnglishPronounLead(t *testing.T) {
	e := New(bookIndex(t, leadersBook), Options{})
	askLeads(t, e, []struct{ q, want string }{{"when did quillfeather and marrowdale quit being the stewards", "The stewards step down: In January 2016 they"}})
}
