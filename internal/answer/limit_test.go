package answer

import (
	"testing"
	"testing/fstest"
)

// podsBook tells how pods run on nodes, and gives no limit to them;
// boundBook gives one.
var (
	podsBook = fstest.MapFS{
		"pods.md": {Data: []byte(`# Kubernetes

## Pods on nodes

The scheduler places each pod on a node with enough memory. A node runs 30 pods in a typical cluster of 12 nodes.
`)},
	}
	boundBook = fstest.MapFS{
		"pods.md": {Data: []byte(`# Kubernetes

## Pods on nodes

The scheduler places each pod on a node with enough memory. A node runs at most 110 pods by default.
`)},
	}
)

func TestAskedBound(t *testing.T) {
	pods := New(bookIndex(t, podsBook), Options{})
	bound := New(bookIndex(t, boundBook), Options{})
	tests := []struct {
		e    *Engine
		q    string
		want bool
	}{
		// A number is no limit: the book does not say how many at most.
		{pods, "whats the max number of pods a node runs in a cluster?", false},
		{pods, "how many pods can a node run at most?", false},
		{pods, "how many pods does a node run in a typical cluster?", true},
		{bound, "whats the max number of pods a node runs in a cluster?", true},
		{bound, "how many pods can a node run at most?", true},
		// "Is there a limit" asks for one too.
		{pods, "is there a limit on the number of pods a node runs?", false},
		{bound, "is there a limit on the number of pods a node runs?", true},
	}
	for _, tt := range tests {
		wantCovered(t, tt.e, tt.q, tt.want)
	}
}
