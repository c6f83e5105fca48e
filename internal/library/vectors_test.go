package library

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/chapterbot/chapterbot/internal/embed"
	"github.com/chapterbot/chapterbot/internal/embed/embedtest"
)

func embedder(t *testing.T, fake *embedtest.Server, model string) *embed.Client {
	t.Helper()
	c, err := embed.New(embed.Config{Model: model, BaseURL: fake.BaseURL(), Attempts: 1, Timeout: 5 * time.Second, RequestsPerSecond: 1000})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// changedNode is testBook with node.md changed.
func changedNode() fstest.MapFS {
	b := testBook()
	b["node.md"] = &fstest.MapFile{Data: []byte(nodeMD + "\n## Timers\n\nThe timers/promises module lets a program await a delay.\n\n## Streams\n\nA stream hands data on in chunks.\n")}
	return b
}

// passagesOf counts the passages of the live index whose chapter is title.
func passagesOf(t *testing.T, l *testLib, title string) int {
	t.Helper()
	n := 0
	for _, c := range l.Chapters() {
		if c.Title == title {
			for _, s := range c.Sections {
				n += s.Passages
			}
		}
	}
	return n
}

func TestRefreshEmbedsOnlyChangedPassages(t *testing.T) {
	fake := embedtest.New(0, nil)
	defer fake.Close()
	l := openLib(t, t.TempDir(), Options{Embedder: embedder(t, fake, "m1")})

	rep := refresh(t, l, testBook())
	v := rep.Vectors
	if v == nil || v.Model != "m1" || v.Passages != rep.Passages || v.Missing != 0 || v.Embedded != rep.Passages || v.Error != "" {
		t.Fatalf("first build: Vectors = %+v, want all %d passages embedded", v, rep.Passages)
	}
	if got := len(fake.Inputs()); got != rep.Passages {
		t.Errorf("first build sent %d inputs, want %d", got, rep.Passages)
	}
	if model, n := l.Index().VectorStatus(); model != "m1" || n != rep.Passages {
		t.Errorf("VectorStatus = %s, %d", model, n)
	}
	for _, in := range fake.Inputs() {
		if !strings.Contains(in, "\n\n") || !(strings.HasPrefix(in, "Node.js") || strings.HasPrefix(in, "React") || strings.HasPrefix(in, "Kubernetes") || strings.HasPrefix(in, "Operations")) {
			t.Errorf("input %q does not start with its heading trail", in)
		}
	}

	// Nothing changed: nothing embedded, nothing written.
	before := len(fake.Inputs())
	if rep := refresh(t, l, testBook()); !rep.Unchanged() || rep.Vectors != nil {
		t.Errorf("unchanged refresh: Unchanged %v, Vectors %+v", rep.Unchanged(), rep.Vectors)
	}
	if got := len(fake.Inputs()); got != before {
		t.Errorf("unchanged refresh sent %d inputs", got-before)
	}

	// One chapter changed: only its passages are embedded (those whose
	// text changed).
	rep = refresh(t, l, changedNode())
	node := passagesOf(t, l, "Node.js")
	sent := fake.Inputs()[before:]
	if len(sent) == 0 || len(sent) > node {
		t.Fatalf("after one chapter changed, sent %d inputs, want 1 to %d (node's passages)", len(sent), node)
	}
	for _, in := range sent {
		if !strings.HasPrefix(in, "Node.js") {
			t.Errorf("re-embedded %q, not of the changed chapter", in)
		}
	}
	if v := rep.Vectors; v.Passages != rep.Passages || v.Embedded != len(sent) || v.Reused != rep.Passages-len(sent) {
		t.Errorf("Vectors = %+v, want %d embedded, %d reused", v, len(sent), rep.Passages-len(sent))
	}
	hits, err := l.Index().SearchVector(context.Background(), "sleep", fake.Vector("sleep"), 1)
	if err != nil || len(hits) != 1 || hits[0].ID != "node#timers" {
		t.Errorf("SearchVector(sleep) = %v, %v; want node#timers", ids(hits), err)
	}
}

func TestModelChangeEmbedsAgain(t *testing.T) {
	fake := embedtest.New(0, nil)
	defer fake.Close()
	dir := t.TempDir()
	l := openLib(t, dir, Options{Embedder: embedder(t, fake, "m1")})
	total := refresh(t, l, testBook()).Passages
	l.Close()

	l2 := openLib(t, dir, Options{Embedder: embedder(t, fake, "m2")})
	before := len(fake.Inputs())
	rep := refresh(t, l2, testBook())
	v := rep.Vectors
	if v == nil || v.Model != "m2" || v.Passages != total || v.Embedded != total || !strings.Contains(v.Rebuilt, "model changed from m1 to m2") {
		t.Fatalf("Vectors = %+v, want every passage embedded afresh, saying the model changed", v)
	}
	if rep.Unchanged() {
		t.Error("a refresh that re-embedded reports itself unchanged")
	}
	if got := len(fake.Inputs()) - before; got != total {
		t.Errorf("sent %d inputs, want %d", got, total)
	}
	if model, _ := l2.Index().VectorStatus(); model != "m2" {
		t.Errorf("live vectors of %s", model)
	}
	// Once is enough.
	if rep := refresh(t, l2, testBook()); rep.Vectors != nil || !rep.Unchanged() {
		t.Errorf("second refresh: %+v", rep.Vectors)
	}
}

func TestEmbeddingFailureCommitsIndex(t *testing.T) {
	fake := embedtest.New(0, nil)
	defer fake.Close()
	l := openLib(t, t.TempDir(), Options{Embedder: embedder(t, fake, "m1")})

	// Server failing on the first build: the index is committed, no vectors.
	fake.FailNext(1, http.StatusServiceUnavailable, "") // one request: attempts 1
	rep := refresh(t, l, testBook())
	if v := rep.Vectors; v == nil || v.Passages != 0 || v.Missing != rep.Passages || !strings.Contains(v.Error, "unavailable") {
		t.Fatalf("Vectors = %+v, want none and the error", rep.Vectors)
	}
	if got := l.Status().Version; got != rep.Version || len(find(t, l, "pods", 1)) != 1 {
		t.Fatalf("index not committed: version %q, want %q", got, rep.Version)
	}
	if _, n := l.Index().VectorStatus(); n != 0 {
		t.Errorf("%d vectors live", n)
	}

	// Server back, content unchanged: the refresh embeds what is missing.
	rep = refresh(t, l, testBook())
	if v := rep.Vectors; v == nil || v.Passages != rep.Passages || v.Error != "" {
		t.Fatalf("catch-up: Vectors = %+v", rep.Vectors)
	}

	// Server down while one chapter changed: every passage whose text did
	// not change keeps its vector; the two new ones have none.
	fake.FailNext(1, http.StatusServiceUnavailable, "") // one request: attempts 1
	rep = refresh(t, l, changedNode())
	if v := rep.Vectors; v.Passages != rep.Passages-2 || v.Missing != 2 || v.Error == "" {
		t.Errorf("Vectors = %+v, want all but the 2 new passages kept", v)
	}
	if _, n := l.Index().VectorStatus(); n != rep.Passages-2 {
		t.Errorf("%d vectors live, want %d", n, rep.Passages-2)
	}
	// The next refresh fills the gap.
	if rep := refresh(t, l, changedNode()); rep.Vectors == nil || rep.Vectors.Embedded != 2 || rep.Vectors.Missing != 0 {
		t.Errorf("catch-up after a partial failure: %+v", rep.Vectors)
	}
}

func TestWrongVectorsGiveNone(t *testing.T) {
	for _, tt := range []struct {
		name   string
		break_ func(*embedtest.Server)
		want   string
	}{
		{"empty data", func(f *embedtest.Server) { f.SetEmpty(true) }, "without vectors"},
		{"dimension changed", func(f *embedtest.Server) { f.SetDim(64) }, "dimension"},
		{"vectors missing", func(f *embedtest.Server) { f.SetDrop(1) }, "wrong number"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fake := embedtest.New(0, nil)
			defer fake.Close()
			l := openLib(t, t.TempDir(), Options{Embedder: embedder(t, fake, "m1")})
			refresh(t, l, testBook())
			tt.break_(fake)
			rep := refresh(t, l, changedNode())
			if v := rep.Vectors; v == nil || v.Passages != 0 || v.Missing != rep.Passages || !strings.Contains(v.Error, tt.want) {
				t.Fatalf("Vectors = %+v, want none and an error saying %q", rep.Vectors, tt.want)
			}
			if !strings.Contains(rep.Vectors.String(), "embedding failed: ") {
				t.Errorf("report line %q", rep.Vectors)
			}
			if _, n := l.Index().VectorStatus(); n != 0 {
				t.Errorf("%d vectors live", n)
			}
			if len(find(t, l, "timers", 1)) != 1 {
				t.Error("the changed chapter is not indexed")
			}
		})
	}
}
