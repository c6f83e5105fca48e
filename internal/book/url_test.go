package book

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFrontMatterURL(t *testing.T) {
	tests := []struct {
		name, url string
		want      string // the chapter's URL
		warning   string // "" when none
	}{
		{"https", "https://example.com/book/ch1", "https://example.com/book/ch1", ""},
		{"http with port and query", "http://localhost:8080/b?x=1", "http://localhost:8080/b?x=1", ""},
		{"upper-case scheme", "HTTPS://Example.com/a", "HTTPS://Example.com/a", ""},
		{"javascript", "javascript:alert(1)", "", `c.md:3: front matter: url "javascript:alert(1)" is not an http(s) URL; the chapter is indexed without links`},
		{"not a url", "not a url", "", `c.md:3: front matter: url "not a url" is not an absolute http(s) URL; the chapter is indexed without links`},
		{"relative path", "/book/ch1", "", `c.md:3: front matter: url "/book/ch1" is not an absolute http(s) URL; the chapter is indexed without links`},
		{"data", "data:text/html,<b>x</b>", "", `c.md:3: front matter: url "data:text/html,<b>x</b>" is not an http(s) URL; the chapter is indexed without links`},
		{"no host", "https:///path", "", `c.md:3: front matter: url "https:///path" has no host; the chapter is indexed without links`},
		{"opaque", "http:example.com", "", `c.md:3: front matter: url "http:example.com" has no host; the chapter is indexed without links`},
		{"space in host", "https://exa mple.com", "", `c.md:3: front matter: url "https://exa mple.com" is not an absolute http(s) URL; the chapter is indexed without links`},
		{"space in path", "https://example.com/a b", "", `c.md:3: front matter: url "https://example.com/a b" contains spaces; the chapter is indexed without links`},
		{"fragment", "https://example.com/a#top", "", `c.md:3: front matter: url "https://example.com/a#top" has a #fragment; section links add their own; the chapter is indexed without links`},
		{"password not echoed", "https://user:s3cret@example.com/a", "", `c.md:3: front matter: url must not hold a user name or password; the chapter is indexed without links`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "---\ntitle: T\nurl: '" + tt.url + "'\n---\n# T\n\nText.\n\n## Part\n\nMore.\n"
			ch := mustParse(t, "c.md", src)
			var warnings []string
			for _, w := range ch.Warnings {
				warnings = append(warnings, w.Error())
			}
			var want []string
			if tt.warning != "" {
				want = []string{tt.warning}
			}
			if diff := cmp.Diff(want, warnings); diff != "" {
				t.Errorf("warnings (-want +got):\n%s", diff)
			}
			if ch.URL != tt.want {
				t.Errorf("URL = %q, want %q", ch.URL, tt.want)
			}
			// The chapter is indexed either way; its sections link only
			// when the URL was accepted.
			if len(ch.Sections) != 2 {
				t.Fatalf("got %d sections, want 2", len(ch.Sections))
			}
			wantSection := ""
			if tt.want != "" {
				wantSection = tt.want + "#part"
			}
			if ch.Sections[1].URL != wantSection {
				t.Errorf("section URL = %q, want %q", ch.Sections[1].URL, wantSection)
			}
			if strings.Contains(strings.Join(warnings, ""), "s3cret") {
				t.Errorf("a warning repeats the password: %q", warnings)
			}
		})
	}
}
