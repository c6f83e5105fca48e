package answer

import (
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// "how many kinds of objects" counts objects, and the "1" of "SHA-1" is
// part of a name, no count: the sentence that gives the number of object
// types leads.
func TestAskHowManyKinds(t *testing.T) {
	hits := []search.Hit{{ID: "git#objects", ChapterTitle: "Git", Heading: "Snapshots named by their content", Score: 1,
		Text: "Git stores every version as a snapshot of objects named by a SHA-1 hash of their content. There are four object types: blob, tree, commit, and tag. Branches point at commits, so a branch costs almost nothing to make."}}
	wantLead(t, hits, "how many kinds of objects does git keep in its object store?", "There are four object types")
}

func TestNamePartNumber(t *testing.T) {
	for _, s := range []string{"objects named by a SHA-1 hash", "text in UTF-8 only", "served over HTTP/2"} {
		if f := hasNumber(s, ""); f != 0 {
			t.Errorf("hasNumber(%q) = %v, want 0: its digits end a name", s, f)
		}
	}
	for _, s := range []string{"up to 1-2 replicas", "about 16384 slots", "version 0.11"} {
		if f := hasNumber(s, ""); f != 1 {
			t.Errorf("hasNumber(%q) = %v, want 1", s, f)
		}
	}
	for q, want := range map[string]string{
		"how many kinds of objects does git keep": "objects",
		"how many replicas":                       "replicas",
		"сколько типов объектов хранит git":       "объектов",
		"сколько слотов в кластере":               "слотов",
	} {
		if m := countQRe.FindStringSubmatch(q); m == nil || m[1] != want {
			t.Errorf("countQRe(%q) = %v, want it to count %q", q, m, want)
		}
	}
}

// A sentence that names what "how many" counts and gives a number apart
// from it answers before one whose number counts it by chance.
func TestAskCountNamedApart(t *testing.T) {
	hits := []search.Hit{{ID: "nginx#workers", ChapterTitle: "Nginx", Heading: "Workers and the event loop", Score: 1,
		Text: "How many connections one worker holds is set by worker_connections in the events block, typically 1024. The rough limit of clients per worker is usually worker_processes times worker_connections; a proxied client needs two connections, one to the client and one to the backend."}}
	wantLead(t, hits, "how many connections per worker are usually set in worker_connections?", "How many connections one worker holds")
}
