package answer

import (
	"context"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A section that opens on the setting the question already names answers
// in its next sentence: that one leads a question of no particular kind.
// A definition question keeps its defining lead.
func TestFollowLead(t *testing.T) {
	data, err := os.ReadFile("../../content/kubernetes.md")
	if err != nil {
		t.Fatal(err)
	}
	e := New(bookIndex(t, fstest.MapFS{"kubernetes.md": {Data: data}}), Options{})
	for _, tc := range []struct {
		q, lead string
	}{
		{"is kubernetes overkill for a tiny team with two services?", "For a small team with a few services"},
		{"what is a pod in kubernetes?", "A pod is the smallest unit"},
	} {
		got, err := e.Ask(context.Background(), Question{Text: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(got.Text, tc.lead) {
			t.Errorf("%q: answer %q, want it to lead with %q", tc.q, got.Text, tc.lead)
		}
	}
}

// Past a section's first sentence, the next one leads only when it holds
// a question term the best one lacks: the enum after the example it
// answers. A "which" or "how do I" question is read alike: the tool he
// pointed to after what he wanted, the option after the default.
func TestFollowLeadPassages(t *testing.T) {
	vec := func(text string) []search.Hit {
		return []search.Hit{{ID: "ch08-01-vectors#using-an-enum-to-store-multiple-types", ChapterTitle: "ch08-01-vectors", Heading: "Using an Enum to Store Multiple Types", Score: 1, Text: text}}
	}
	for _, tc := range []struct {
		q    string
		hits []search.Hit
		want string
	}{
		{"can a spreadsheet row of integers and strings go in one vector?", vec("This section shows a way around a limit.\n\n" +
			"For example, say a spreadsheet row holds integers in some columns and strings in others. " +
			"An enum whose variants hold integers and strings puts both in one vector."),
			"An enum whose variants"},
		{"which older vcs did torvalds hold up as the example of what not to do?", []search.Hit{{ID: "git-documentary#origins", ChapterTitle: "Git: The Documentary", Heading: "Origins", Score: 1,
			Text: "Linus Torvalds wanted a distributed tool that was fast on huge patch series and that detected any corruption of history. " +
				"He pointed to CVS as an example of what not to do, and decided to write his own tool."}},
			"He pointed to CVS"},
		{"how can i make unhandled promise rejections only print a warning instead of killing the whole process", []search.Hit{{ID: "deprecations#DEP0018", ChapterTitle: "Deprecated APIs", Heading: "DEP0018: Unhandled promise rejections", Score: 1,
			Text: "By default, promise rejections that are not handled terminate the Node.js process with a non-zero exit code. " +
				"To change the way Node.js treats unhandled rejections, use the --unhandled-rejections command-line option."}},
			"use the --unhandled-rejections"},
	} {
		q := Question{Text: tc.q}
		got := New(analysedRetriever{fakeRetriever{hits: tc.hits}}, Options{}).extractive(context.Background(), q, Retrieval{Query: q.Text, Hits: tc.hits, Covered: true})
		if lead, _, _ := strings.Cut(got.Text, "["); !strings.Contains(lead, tc.want) {
			t.Errorf("%q: answer %q, want its lead to hold %q", tc.q, got.Text, tc.want)
		}
	}
}

// The sentence after the best one takes its place when it scores nearly as
// well, comes right after it in the same passage, is no list item, and
// the best one opens its passage or lacks a question term it holds.
func TestFollowLeadRule(t *testing.T) {
	qterms := map[string]float64{"agent": 1, "keepal": 1, "default": 1}
	terms := func(ts ...string) map[string]bool { return set(ts) }
	for _, tc := range []struct {
		name       string
		k          kind
		best, next sentence
		want       bool
	}{
		{"opens its passage", kindOther, sentence{pos: 0, score: 1, terms: terms("agent")}, sentence{pos: 1, joined: true, score: 0.9, terms: terms("agent")}, true},
		{"adds a term", kindOther, sentence{pos: 3, score: 1, terms: terms("agent")}, sentence{pos: 4, joined: true, score: 0.9, terms: terms("agent", "default")}, true},
		{"adds nothing past the first", kindOther, sentence{pos: 3, score: 1, terms: terms("agent", "default")}, sentence{pos: 4, joined: true, score: 0.9, terms: terms("agent")}, false},
		{"a list item", kindOther, sentence{pos: 0, score: 1, terms: terms("agent")}, sentence{pos: 1, joined: true, entry: true, score: 0.9, terms: terms("default")}, false},
		{"not joined", kindOther, sentence{pos: 0, score: 1, terms: terms("agent")}, sentence{pos: 1, score: 0.9, terms: terms("default")}, false},
		{"too far below", kindOther, sentence{pos: 0, score: 1, terms: terms("agent")}, sentence{pos: 1, joined: true, score: 0.7, terms: terms("default")}, false},
		{"which", kindWhich, sentence{pos: 0, score: 1, terms: terms("agent")}, sentence{pos: 1, joined: true, score: 0.9, terms: terms("default")}, true},
		{"how do I", kindHow, sentence{pos: 0, score: 1, terms: terms("agent")}, sentence{pos: 1, joined: true, score: 0.9, terms: terms("default")}, true},
		{"a definition", kindWhat, sentence{pos: 0, score: 1, terms: terms("agent")}, sentence{pos: 1, joined: true, score: 0.9, terms: terms("default")}, false},
	} {
		cands := []sentence{tc.best, tc.next}
		followLead(tc.k, cands, qterms)
		if got := cands[1].score > cands[0].score; got != tc.want {
			t.Errorf("%s: next leads = %v, want %v", tc.name, got, tc.want)
		}
	}
}
