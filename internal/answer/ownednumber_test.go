package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

func TestNumberOwner(t *testing.T) {
	e := New(analysedRetriever{}, Options{})
	for _, tc := range []struct{ q, want string }{
		{"which git version first let you create a sha256 repo", "git"},
		{"Which node versions support Node-API version 9?", "node"},
		{"which rfc lets ws run over http2", "rfc"},
		// No owner named: any name's version may answer.
		{"which version first let you load your own C extensions", ""},
		{"what version number did the very first public python release have", ""},
		{"how many kinds of objects does git keep", ""},
		{"which company sponsored the version 3 rewrite", ""},
	} {
		if got := e.numberOwner(tc.q); got != tc.want {
			t.Errorf("numberOwner(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

func TestOwnsNumber(t *testing.T) {
	e := New(analysedRetriever{}, Options{})
	for _, tc := range []struct {
		s, owner string
		want     bool
	}{
		{"Git 2.29, released in October 2020, added SHA-256 repositories.", "git", true},
		{"Linux 2.6.12, released in June 2005, was the first kernel version tracked in Git.", "git", false},
		{"Added in: v15.6.0, v14.17.0", "node", true},
		{"Node.js generates and caches enough random data to generate up to 128 random UUIDs.", "node", false},
		{"Generates a random RFC 4122 version 4 UUID.", "node", false},
		{"It continued to evolve until Node.js 8.6.0.", "node", true},
		{"RFC 8441 (2018) carries WebSockets over HTTP/2 streams.", "rfc", true},
		{"Plain ws:// URLs use port 80 by default, and wss:// runs over TLS on port 443.", "rfc", false},
		{"TypeScript 2.0 added strict null checks.", "ts", true},
		{"Git stores objects named by a SHA-1 hash.", "git", false},
	} {
		if got := e.ownsNumber(tc.s, "which version", tc.owner); got != tc.want {
			t.Errorf("ownsNumber(%q, %q) = %v, want %v", tc.s, tc.owner, got, tc.want)
		}
	}
	// A number the question writes is skipped; digits that end one of its
	// names ("sha256") are no number it writes (writesNumber).
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"which git version made 256 the default?", false},
		{"which git version first let you create a sha256 repo", true},
	} {
		if got := e.ownsNumber("Git 256 is no release, but it makes the point.", tc.q, "git"); got != tc.want {
			t.Errorf("ownsNumber(…, %q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// "which git version ..." asks for git's number: a sentence of a higher
// section that numbers Linux's release does not lead.
func TestAskOwnedVersion(t *testing.T) {
	hits := []search.Hit{
		{ID: "git#first-kernel-release", ChapterTitle: "Git", Heading: "First kernel release managed by Git", Score: 4,
			Text: "Linux 2.6.12, released in June 2005, was the first kernel version whose development was tracked in Git."},
		{ID: "git#sha-256-repositories", ChapterTitle: "Git", Heading: "SHA-256 repositories", Score: 3,
			Text: "Git 2.29, released in October 2020, added experimental support for SHA-256 repositories through git init --object-format=sha256."},
	}
	q := Question{Text: "which git version first let you create a sha256 repo"}
	got := New(analysedRetriever{fakeRetriever{hits: hits}}, Options{}).extractive(context.Background(), q, Retrieval{Query: q.Text, Hits: hits, Covered: true})
	if lead, _, _ := strings.Cut(got.Text, "["); !strings.Contains(lead, "2.29") {
		t.Errorf("answer %q, want it to lead with Git 2.29", got.Text)
	}
}
