package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// "in the first place" asks of an origin: the sentence that says who
// started the subject leads, not one of a lower section that calls
// something else "the first" beside the subject's name.
func TestAskInTheFirstPlace(t *testing.T) {
	hits := []search.Hit{
		{ID: "rust#a-personal-project", ChapterTitle: "Rust", Heading: "A personal project", Score: 4,
			Text: "Graydon Hoare started Rust in 2006 as a personal project, and Mozilla began sponsoring it in 2009 as a safer foundation for a browser engine."},
		{ID: "rust#rust-in-the-linux-kernel", ChapterTitle: "Rust", Heading: "Rust in the Linux kernel", Score: 3,
			Text: "Linux 6.1, released in December 2022, is the first kernel with initial support for writing kernel code in Rust, the result of the Rust for Linux project led by Miguel Ojeda."},
	}
	q := Question{Text: "who actually came up with rust in the first place?"}
	got := New(analysedRetriever{fakeRetriever{hits: hits}}, Options{}).extractive(context.Background(), q, Retrieval{Query: q.Text, Hits: hits, Covered: true})
	if lead, _, _ := strings.Cut(got.Text, "["); !strings.Contains(lead, "Graydon Hoare") {
		t.Errorf("answer %q, want it to lead with Graydon Hoare", got.Text)
	}
}

func TestWithoutFirstPlace(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"who made npm in the first place?", "who made npm  ?"},
		{"Why did io.js split off In The First Place", "Why did io.js split off  "},
		{"which place came first?", "which place came first?"},
		{"the first place to look", "the first place to look"},
	} {
		if got := withoutFirstPlace(tc.q); got != tc.want {
			t.Errorf("withoutFirstPlace(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
	if got, want := searchText("who actually wrote redis in the first place?"), "who actually wrote redis originally?"; got != want {
		t.Errorf("searchText = %q, want %q", got, want)
	}
}
