package answer_test

import (
	"bytes"
	"context"
	"io/fs"
	"log/slog"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"

	"github.com/chapterbot/chapterbot/content"
	"github.com/chapterbot/chapterbot/internal/answer"
	"github.com/chapterbot/chapterbot/internal/embed"
	"github.com/chapterbot/chapterbot/internal/embed/embedtest"
	"github.com/chapterbot/chapterbot/internal/library"
	"github.com/chapterbot/chapterbot/internal/search"
)

// timersMD is a chapter whose section on timers/promises shares no word
// with "is there a built-in sleep I can await?"; to the fake model,
// sleep, await, setTimeout and timers/promises are one concept.
const timersMD = `---
title: Node.js timers
slug: timers
---

Timers schedule work for later in a Node.js program.

## Timers and promises

The timers/promises module exports a setTimeout that returns a promise, resolved after the given number of milliseconds, so an async function can pause there.

## Intervals

setInterval repeats a callback every few milliseconds until clearInterval stops it.
`

// sampleWithTimers is the sample book plus timersMD.
func sampleWithTimers(t *testing.T) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{"timers.md": {Data: []byte(timersMD)}}
	err := fs.WalkDir(content.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(content.FS, p)
		m[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func embedClient(t *testing.T, fake *embedtest.Server) *embed.Client {
	t.Helper()
	c, err := embed.New(embed.Config{Model: "fake", BaseURL: fake.BaseURL(), Attempts: 1, Timeout: 5 * time.Second, RequestsPerSecond: 1000})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// indexWithVectors indexes fsys with the fake model's vectors.
func indexWithVectors(t *testing.T, fsys fs.FS, fake *embedtest.Server) *search.Index {
	t.Helper()
	lib, err := library.Open(library.Options{IndexDir: t.TempDir(), ContentFS: fsys, Embedder: embedClient(t, fake)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Close() })
	rep, err := lib.Refresh(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Vectors == nil || rep.Vectors.Missing != 0 {
		t.Fatalf("vectors: %+v", rep.Vectors)
	}
	return lib.Index()
}

func rank(hits []search.Hit, id string) int {
	for i, h := range hits {
		if h.ID == id {
			return i + 1
		}
	}
	return 0
}

func TestSemanticFindsWithoutSharedWords(t *testing.T) {
	fake := embedtest.New(0, nil)
	defer fake.Close()
	ix := indexWithVectors(t, sampleWithTimers(t), fake)
	q := answer.Question{Text: "is there a built-in sleep I can await?"}
	const want = "timers#timers-and-promises"

	plain, err := answer.New(ix, answer.Options{}).Retrieve(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	if r := rank(plain.Hits, want); r >= 1 && r <= 3 {
		t.Fatalf("keywords alone rank %s at %d: the test shows nothing", want, r)
	}
	before := len(fake.Inputs())
	hybrid, err := answer.New(ix, answer.Options{Embedder: embedClient(t, fake)}).Retrieve(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	if r := rank(hybrid.Hits, want); r < 1 || r > 3 {
		t.Errorf("with embeddings, %s ranks %d in %v; want the top 3", want, r, ids(hybrid.Hits))
	}
	if got := fake.Inputs()[before:]; len(got) != 1 || got[0] != q.Text {
		t.Errorf("the question was embedded as %q, want once", got)
	}
	if hybrid.Similarity <= 0 {
		t.Errorf("Similarity = %v", hybrid.Similarity)
	}
	for _, h := range hybrid.Hits {
		if h.Text == "" || h.Trail == nil || h.Passage == "" {
			t.Errorf("incomplete hit %+v", h)
		}
	}
}

func ids(hits []search.Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.ID)
	}
	return out
}

// A passage close in meaning covers a question it shares no word with;
// an unrelated question, or one naming a technology the book never
// mentions, stays uncovered.
func TestSemanticCoverage(t *testing.T) {
	fake := embedtest.New(0, nil)
	defer fake.Close()
	book := fstest.MapFS{
		"node.md": {Data: []byte("# Node.js\n\nNode.js runs JavaScript on servers.\n\n## Timers\n\nsetTimeout from timers/promises gives a delay. An await expression waits for it.\n")},
		"kube.md": {Data: []byte("# Kubernetes\n\nKubernetes schedules containers onto machines.\n")},
	}
	ix := indexWithVectors(t, book, fake)
	for _, tt := range []struct {
		q                    string
		keywords, withVector bool
	}{
		{"sleep or await?", false, true},
		{"best pizza in naples", false, false},
		{"does deno sleep and await?", false, false},             // names.txt: deno, never in the book
		{"does express sleep and await?", false, false},          // the book's "expression" is not Express
		{"can node sleep and await like deno does?", true, true}, // a comparison is passed by
		{"how does setTimeout give a delay?", true, true},
		// The other rules that find a question about something else hold
		// with embeddings too: a word no English and no passage knows, an
		// API name the book never writes.
		{"does haproxy sleep and await?", false, false},
		{"does requestAnimationFrame sleep and await?", false, false},
	} {
		for _, withEmb := range []bool{false, true} {
			opts := answer.Options{}
			want := tt.keywords
			if withEmb {
				opts.Embedder, want = embedClient(t, fake), tt.withVector
			}
			r, err := answer.New(ix, opts).Retrieve(context.Background(), answer.Question{Text: tt.q})
			if err != nil {
				t.Fatal(err)
			}
			if r.Covered != want {
				t.Errorf("%q (embeddings %v): covered %v (share %.2f, similarity %.2f), want %v", tt.q, withEmb, r.Covered, r.Coverage, r.Similarity, want)
			}
		}
	}
}

type failCounter struct{ n atomic.Int64 }

func (c *failCounter) Retrieval(time.Duration)     {}
func (c *failCounter) LLM(time.Duration, int, int) {}
func (c *failCounter) EmbeddingFailure()           { c.n.Add(1) }

// A failing, slow or vanished server leaves the keyword ranking: no
// error, one warning per streak of failures, each failure counted.
func TestEmbeddingFailureFallsBack(t *testing.T) {
	fake := embedtest.New(0, nil)
	defer fake.Close()
	ix := indexWithVectors(t, sampleWithTimers(t), fake)
	q := answer.Question{Text: "How does Node.js handle slow I/O?"}
	plain, err := answer.New(ix, answer.Options{}).Retrieve(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	rec := &failCounter{}
	eng := answer.New(ix, answer.Options{Embedder: embedClient(t, fake), EmbedTimeout: 200 * time.Millisecond, Recorder: rec,
		Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	ask := func(wantFallback bool) {
		t.Helper()
		r, err := eng.Retrieve(context.Background(), q)
		if err != nil {
			t.Fatalf("Retrieve: %v", err)
		}
		if fallback := strings.Join(ids(r.Hits), " ") == strings.Join(ids(plain.Hits), " ") && r.Similarity == 0; fallback != wantFallback {
			t.Errorf("fallback %v, want %v: %v", fallback, wantFallback, ids(r.Hits))
		}
	}
	fake.FailNext(2, http.StatusInternalServerError, "")
	ask(true)
	ask(true)
	ask(false)
	fake.SetDelay(2 * time.Second)
	start := time.Now()
	ask(true)
	if took := time.Since(start); took > time.Second {
		t.Errorf("a slow server held the question %s", took)
	}
	fake.SetDelay(0)
	fake.Close()
	ask(true)
	if got := rec.n.Load(); got != 4 {
		t.Errorf("%d failures counted, want 4", got)
	}
	if got := strings.Count(logs.String(), "embeddings unavailable"); got != 2 {
		t.Errorf("%d warnings for 2 streaks of failures:\n%s", got, logs.String())
	}
}

// TestDateQuestionEmbeddedOnce: a question that asks for a date is
// ranked by its words without the date's unit (withoutDateUnits), a second
// keyword search, but embedded once, as it is asked.
func TestDateQuestionEmbeddedOnce(t *testing.T) {
	fake := embedtest.New(0, nil)
	defer fake.Close()
	ix := indexWithVectors(t, sampleWithTimers(t), fake)
	q := answer.Question{Text: "in what year was kafka open sourced?"}
	before := len(fake.Inputs())
	r, err := answer.New(ix, answer.Options{Embedder: embedClient(t, fake)}).Retrieve(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Hits) == 0 {
		t.Fatal("no hits")
	}
	if got := fake.Inputs()[before:]; len(got) != 1 || got[0] != q.Text {
		t.Errorf("the question was embedded as %q, want once", got)
	}
}
