package answer

import (
	"context"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/chapterbot/chapterbot/internal/search"
)

func TestCaseMetaRe(t *testing.T) {
	for s, want := range map[string]bool{
		"In architecture reviews, this case helps separate the real strengths of GraphQL from the belief that a single graph solves every integration problem.": true,
		"The material connects the event loop, the package ecosystem, and project governance to very practical consequences.":                                   true,
		"That makes Node.js useful for discussing not just performance, but the shape of the engineering ecosystem.":                                            true,
		"In 2012 Facebook was rebuilding its iOS and Android apps as native applications.":                                                                      false,
		"In this case the server closes the connection.":                                                                                                        false,
	} {
		if got := caseMetaRe.MatchString(s); got != want {
			t.Errorf("caseMetaRe.MatchString(%q) = %v, want %v", s, got, want)
		}
	}
}

// The chapter's overview and its "Practical value of this chapter" say
// what the chapter is good for and share the question's words by naming
// its subjects; the sections that tell the story lead.
func TestCaseMetaLead(t *testing.T) {
	graphql := []search.Hit{
		{ID: "graphql#feed", ChapterTitle: "GraphQL: The Documentary", Heading: "The 2012 mobile news feed problem", Score: 0.625,
			Text: "In 2012 Facebook was rebuilding its iOS and Android apps as native applications instead of HTML5 wrappers, and the news feed was the hardest screen to feed with data over slow mobile networks."},
		{ID: "graphql", ChapterTitle: "GraphQL: The Documentary", Score: 0.489,
			Text: "How a mobile news feed problem at Facebook became an open query language for APIs\n\nGraphQL matters not because it replaced REST everywhere, but because it moved the contract between client and server into a typed schema that both sides can read.\n\nIn architecture reviews, this case helps separate the real strengths of GraphQL for client-driven product surfaces from the belief that a single graph solves every integration problem."},
	}
	wantLead(t, graphql, "why did fb even need graphql, what problem was it solving on mobile", "In 2012 Facebook was rebuilding")
	data, err := os.ReadFile("../../testdata/s13/sqlite-documentary.txt")
	if err != nil {
		t.Fatal(err)
	}
	e := New(bookIndex(t, fstest.MapFS{"sqlite-documentary.txt": {Data: data}}), Options{})
	q := "which aviation standard is sqlite's testing modelled after"
	got, err := e.Ask(context.Background(), Question{Text: q})
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasPrefix(got.Text, "Design in practice") || !strings.Contains(got.Text, "DO-178B") {
		t.Errorf("%q: answer %q, want the DO-178B sentence in it and no practical advice leading", q, got.Text)
	}
}

func TestAboutText(t *testing.T) {
	for _, tt := range []struct {
		sentence, heading string
		want              bool
	}{
		{"This chapter covers the event loop and its phases.", "Overview", true},
		{"В этой главе — откуда взялся протокол.", "SSH", true},
		{"In architecture reviews, this case helps separate the strengths from the hype.", "What the film covers", true},
		{"Map the process model to concrete decisions.", "Practical value of this chapter", true},
		{"Igor Sysoev began writing a new server in 2002.", "Starting from scratch in 2002", false},
	} {
		if got := aboutText(tt.sentence, tt.heading); got != tt.want {
			t.Errorf("aboutText(%q, %q) = %v, want %v", tt.sentence, tt.heading, got, tt.want)
		}
	}
}
