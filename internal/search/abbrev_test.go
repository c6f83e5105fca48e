package search

import (
	"slices"
	"testing"
	"testing/fstest"
)

func TestAbbreviationsTerms(t *testing.T) {
	for short, long := range map[string]string{"k8s": "Kubernetes", "K8s's": "kubernetes", "i18n": "internationalization", "DBs": "databases"} {
		if got, want := Terms(short), Terms(long); !slices.Equal(got, want) {
			t.Errorf("Terms(%q) = %q, want %q (as %q)", short, got, want, long)
		}
	}
	// A longer word holding one is left alone.
	if got := Terms("k8smeta"); slices.Equal(got, Terms("kubernetes")) {
		t.Errorf("Terms(k8smeta) = %q", got)
	}
}

func TestAbbreviationsSearch(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, fstest.MapFS{
		"cluster.md": {Data: []byte("# Clusters\n\nKubernetes restarts pods that fail their probes.\n")},
		"garden.md":  {Data: []byte("# Gardens\n\nTomatoes want water.\n")},
	})
	hits := search(t, ix, "does k8s restart pods?", 5)
	if len(hits) == 0 || hits[0].Chapter != "cluster" {
		t.Fatalf("k8s: got %v, want the cluster chapter first", ids(hits))
	}
	if !HasWord(hits[0].Snippet, "Kubernetes") {
		t.Errorf("snippet %q does not show Kubernetes", hits[0].Snippet)
	}
}
