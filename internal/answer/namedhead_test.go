package answer

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

func TestAskedHead(t *testing.T) {
	for q, want := range map[string]string{
		"which directive do i use to forward requests from nginx to my app server": "directive",
		"which aviation standard is sqlite's testing modelled after":               "standard",
		"which code generation backend does rustc sit on top of?":                  "backend",
		"which company originally built kafka":                                     "company",
		"what db was the navy destroyer software talking to":                       "db",
		"which flag makes an unhandled promise rejection just warn":                "flag",
		"So which encodings can Buffer do?":                                        "encodings",
		"which one is faster":                                                      "",
		"what is a genserver":                                                      "",
		"how do I forward requests":                                                "",
	} {
		got := askedHead(q)
		if want == "" {
			if got != nil {
				t.Errorf("askedHead(%q) = %q, want none", q, got)
			}
			continue
		}
		if len(got) == 0 || got[0] != want {
			t.Errorf("askedHead(%q) = %q, want %q first", q, got, want)
		}
	}
}

func TestNamedHeadFit(t *testing.T) {
	plain := func(w string) bool {
		return slices.Contains([]string{"the", "a", "this", "it", "nginx", "with", "and"}, strings.ToLower(w))
	}
	for _, tc := range []struct {
		s    string
		head []string
		want float64
	}{
		{"It passes the traffic to backends with the proxy_pass directive.", []string{"directive", "directives"}, 1},
		{"The level that the DO-178B standard requires.", []string{"standard", "standards"}, 1},
		{"RFC 8441 carries WebSockets over HTTP/2.", []string{"rfc", "rfcs"}, 1},
		{"Use the --trace-warnings flag to see where it comes from.", []string{"flag", "flags"}, 1},
		{"Most deployments put nginx in front of application servers.", []string{"directive", "directives"}, 0},
		{"Using this directive changes the upstream.", []string{"directive", "directives"}, 0},
		{"Every nginx directive ends with a semicolon.", []string{"directive", "directives"}, 0},  // the question's own name
		{"Everything is written as directives, proxy_pass among them.", []string{"directive"}, 0}, // a comma parts them
		{"Buffers of the specified size are zero-filled.", []string{"size", "sizes"}, 0},          // a word, not a name
		{"Standard output is buffered.", []string{"standard", "standards"}, 0},                    // a sentence's capital
	} {
		if got := namedHeadFit(tc.s, tc.head, plain); got != tc.want {
			t.Errorf("namedHeadFit(%q, %q) = %v, want %v", tc.s, tc.head, got, tc.want)
		}
	}
}

// "which directive do i use ...?" is answered by the sentence that names
// the directive, not by the section's opening sentence that shares more
// of the question's words.
func TestNamedHeadLead(t *testing.T) {
	hits := []search.Hit{
		{ID: "nginx#reverse-proxy", ChapterTitle: "nginx: The Documentary", Heading: "Reverse proxy", Score: 0.664,
			Text: "Most deployments put nginx in front of application servers. It accepts client connections, buffers slow requests and responses, and passes the traffic to backends with the proxy_pass directive, so the application never talks to slow clients directly."},
		{ID: "nginx#directives", ChapterTitle: "nginx: The Documentary", Heading: "Directives", Score: 0.299,
			Text: "Everything is written as directives. A simple directive is a name and its parameters ending with a semicolon, such as worker_processes auto; and a block directive opens a new context in braces. Settings given in an outer context are inherited by the inner ones unless overridden."},
		{ID: "nginx#caching", ChapterTitle: "nginx: The Documentary", Heading: "Caching", Score: 0.243,
			Text: "With proxy_cache nginx stores backend responses on disk and answers repeated requests without touching the application, which can absorb traffic spikes and hide short backend outages."},
	}
	q := Question{Text: "which directive do i use to forward requests from nginx to my app server"}
	got := New(analysedRetriever{fakeRetriever{hits: hits}}, Options{}).extractive(context.Background(), q, Retrieval{Query: q.Text, Hits: hits, Covered: true})
	if lead, _, _ := strings.Cut(got.Text, "["); !strings.Contains(lead, "proxy_pass") {
		t.Errorf("answer %q, want it to lead with proxy_pass", got.Text)
	}
}
