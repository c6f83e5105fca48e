package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chapterbot/chapterbot/internal/embed/embedtest"
)

// timersMD shares no word with "is there a built-in sleep I can await?";
// to the fake model, sleep, await, setTimeout and timers/promises are one
// concept.
const timersMD = `# Node.js timers

Timers schedule work for later in a Node.js program.

## Timers and promises

The timers/promises module exports a setTimeout that returns a promise, resolved after the given number of milliseconds, so an async function can pause there.
`

func bookWithTimers(t *testing.T) string {
	t.Helper()
	dir := copyBook(t)
	if err := os.WriteFile(filepath.Join(dir, "timers.md"), []byte(timersMD), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestWithoutEmbeddingsModelNothingCallsTheServer(t *testing.T) {
	fake := embedtest.New(0, nil)
	defer fake.Close()
	env := map[string]string{"EMBEDDINGS_BASE_URL": fake.BaseURL(), "EMBEDDINGS_API_KEY": "k"}
	book := []string{"--content", bookWithTimers(t), "--index", t.TempDir()}
	for _, args := range [][]string{
		append([]string{"index"}, book...),
		append([]string{"search"}, append(book, "sleep")...),
		append([]string{"ask"}, append(book, "is there a built-in sleep I can await?")...),
		append([]string{"eval", "--questions", "../../testdata/questions-hard.jsonl"}, book...),
	} {
		if r := runWith(t, t.Context(), env, "", args...); r.err != nil {
			t.Fatalf("%s: %v", args[0], r.err)
		}
	}
	if got := fake.Requests(); len(got) != 0 {
		t.Errorf("the embeddings server got %d requests", len(got))
	}
}

func TestSemanticRetrievalWiredIn(t *testing.T) {
	fake := embedtest.New(0, nil)
	defer fake.Close()
	env := map[string]string{"EMBEDDINGS_MODEL": "fake", "EMBEDDINGS_BASE_URL": fake.BaseURL()}
	book := []string{"--content", bookWithTimers(t), "--index", t.TempDir()}

	r := runWith(t, t.Context(), env, "", append([]string{"index"}, book...)...)
	if r.err != nil {
		t.Fatal(r.err)
	}
	var passages int
	for _, l := range strings.Split(r.stdout, "\n") {
		if _, rest, ok := strings.Cut(l, "passages "); ok && strings.HasPrefix(l, "chapters") {
			passages, _ = strconv.Atoi(rest)
		}
	}
	if passages == 0 || len(fake.Inputs()) != passages {
		t.Fatalf("index embedded %d inputs for %d passages:\n%s", len(fake.Inputs()), passages, r.stdout)
	}
	if want := fmt.Sprintf("vectors fake: %d of %d passages", passages, passages); !strings.Contains(r.stdout, want) {
		t.Errorf("report lacks %q:\n%s", want, r.stdout)
	}

	q := "is there a built-in sleep I can await?"
	top3 := func(r result) bool {
		t.Helper()
		var out struct{ Hits []struct{ ID string } }
		if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
			t.Fatalf("search --json: %v\n%s", err, r.stdout)
		}
		for _, h := range out.Hits {
			if h.ID == "timers#timers-and-promises" {
				return true
			}
		}
		return false
	}
	if r := runWith(t, t.Context(), env, "", append([]string{"search", "-k", "3", "--json"}, append(book, q)...)...); r.err != nil || !top3(r) {
		t.Errorf("search with embeddings: %v\n%s", r.err, r.stdout)
	}
	if r := runWith(t, t.Context(), nil, "", append([]string{"search", "-k", "3", "--json"}, append(book, q)...)...); r.err != nil || top3(r) {
		t.Errorf("search without embeddings found the section: %v\n%s", r.err, r.stdout)
	}
	// The book covers a question by meaning, without its words.
	covered := func(env map[string]string) bool {
		t.Helper()
		r := runWith(t, t.Context(), env, "", append([]string{"ask", "--json"}, append(book, "sleep or await?")...)...)
		var out struct{ Covered bool }
		if err := json.Unmarshal([]byte(r.stdout), &out); r.err != nil || err != nil {
			t.Fatalf("ask: %v %v\n%s", r.err, err, r.stdout)
		}
		return out.Covered
	}
	if !covered(env) || covered(nil) {
		t.Errorf("covered with embeddings %v, without %v; want true, false", covered(env), covered(nil))
	}
	r = runWith(t, t.Context(), env, "", append([]string{"eval", "--questions", "../../testdata/questions-hard.jsonl"}, book...)...)
	if r.err != nil || !strings.Contains(r.stdout, "== keyword only") || !strings.Contains(r.stdout, "== hybrid (keywords + fake)") {
		t.Errorf("eval with a model: %v\n%s", r.err, r.stdout)
	}

	// The server gone: search and ask answer by keywords, exit 0.
	fake.Close()
	for _, args := range [][]string{
		append([]string{"search"}, append(book, "npm registry")...),
		append([]string{"ask"}, append(book, "Who created npm?")...),
	} {
		r := runWith(t, t.Context(), env, "", args...)
		if r.err != nil || r.stdout == "" {
			t.Errorf("%s with the server gone: %v\nstdout %s\nstderr %s", args[0], r.err, r.stdout, r.stderr)
		}
		if n := strings.Count(r.stderr, "embeddings unavailable"); n != 1 {
			t.Errorf("%s: %d warnings, want 1:\n%s", args[0], n, r.stderr)
		}
	}
}

func TestIndexWithEmbeddingsServerDown(t *testing.T) {
	fake := embedtest.New(0, nil)
	fake.Close()
	env := map[string]string{"EMBEDDINGS_MODEL": "fake", "EMBEDDINGS_BASE_URL": fake.BaseURL()}
	idx := t.TempDir()
	book := []string{"--content", bookWithTimers(t), "--index", idx}
	r := runWith(t, t.Context(), env, "", append([]string{"index"}, book...)...)
	if r.err != nil {
		t.Fatalf("index with the server down: %v", r.err)
	}
	if !strings.Contains(r.stdout, "embedding failed: ") || !strings.Contains(r.stdout, "vectors fake: 0 of ") {
		t.Errorf("report does not say the vectors failed:\n%s", r.stdout)
	}
	if n := strings.Count(r.stderr, "warning: embeddings failed"); n != 1 || strings.Count(r.stderr, "\n") != 1 {
		t.Errorf("stderr, want one warning line:\n%s", r.stderr)
	}
	// The index is committed: a search without embeddings uses it as is.
	r = runWith(t, t.Context(), nil, "", append([]string{"search"}, append(book, "npm")...)...)
	if r.err != nil || strings.Contains(r.stderr, "refreshing") {
		t.Errorf("index not committed: %v\n%s", r.err, r.stderr)
	}
}
