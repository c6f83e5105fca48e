package answer

import (
	"slices"
	"testing"
	"testing/fstest"
)

// dockerBook tells when Docker and Kubernetes were released, and nothing
// of Swarm.
var dockerBook = fstest.MapFS{
	"k8s.md": {Data: []byte(`# Kubernetes

## Milestones

Docker was first released in 2013 and made containers popular. Kubernetes was first released in 2014 by Google.
`)},
}

func TestPassiveSubject(t *testing.T) {
	e := New(bookIndex(t, dockerBook), Options{})
	tests := []struct {
		q    string
		want bool
	}{
		// A word of what the date is asked of that the book never writes.
		{"when was docker swarm first released", false},
		{"what year was docker swarm released?", false},
		// The book writes it.
		{"when was docker first released", true},
		{"when was kubernetes originally released?", true},
		// A common word the book never writes: the reader's wording of
		// what happened, or of a name the reader quotes.
		{"when was docker able to run containers for the first time", true},
		{"when was kubernetes 'the big one' released", true},
		// A version the book never gives is still refused.
		{"when was kubernetes 9 released", false},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}

func TestPassiveSubjectWords(t *testing.T) {
	e := New(bookIndex(t, dockerBook), Options{})
	c, r := e.cov, e.r
	tests := []struct {
		q    string
		want []string
	}{
		{"when was docker swarm first released", r.Terms("docker swarm")},
		{"who wrote npm originally and when was the npm registry started", r.Terms("npm registry")},
		{"when was the websocket rfc finaly published?", r.Terms("websocket rfc")},
		{"what year was the websocket rfc behind socket.io set up", r.Terms("websocket rfc")}, // a preposition ends it
		// Words common in English name nothing the book must write.
		{"what year was the company behind mysql set up", nil},
		{"when was rustc able to build itself", r.Terms("rustc")},
		{"when was vue 3 'one piece' released", r.Terms("vue")},
		{"when did docker ship", nil},
	}
	for _, tt := range tests {
		if got := c.passiveSubject(r, tt.q); !slices.Equal(got, tt.want) {
			t.Errorf("passiveSubject(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
