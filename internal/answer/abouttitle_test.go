package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A sentence whose chapter title names the question's subject ("nginx:
// The Documentary") is about it, though the sentence leaves the name out:
// a sentence of another chapter that shares the question's other words
// is about something else.
func TestAboutTitledLeads(t *testing.T) {
	hits := []search.Hit{
		{ID: "vue#first-public-release", Chapter: "vue", ChapterTitle: "Vue.js: The Documentary", Heading: "First public release", Score: 4,
			Text: "Vue is publicly released in February 2014 and gets its first wave of attention after a post on Hacker News."},
		{ID: "nginx#first-public-release", Chapter: "nginx", ChapterTitle: "nginx: The Documentary", Heading: "First public release", Score: 3.8,
			Text: "The first public version, 0.1.0, comes out on October 4, 2004 under a BSD-style licence."},
	}
	q := Question{Text: "when did nginx get its first public release"}
	got := New(analysedRetriever{fakeRetriever{hits: hits}}, Options{}).extractive(context.Background(), q, Retrieval{Query: q.Text, Hits: hits, Covered: true})
	if lead, _, _ := strings.Cut(got.Text, "["); !strings.Contains(lead, "October 4, 2004") {
		t.Errorf("%q: answer %q, want its lead to hold %q", q.Text, got.Text, "October 4, 2004")
	}
}

// Only the names of a title count: "Advanced Types" is no subject.
func TestTitleNames(t *testing.T) {
	e := New(analysedRetriever{fakeRetriever{}}, Options{})
	r := e.r
	got := e.titleNames([]map[string]bool{set(r.Terms("nginx: The Documentary")), set(r.Terms("Advanced Types")), nil})
	if len(got) != 3 || !got[0]["nginx"] || len(got[0]) != 1 || len(got[1]) != 0 || len(got[2]) != 0 {
		t.Errorf("titleNames = %v, want [map[nginx:true] map[] map[]]", got)
	}
}
