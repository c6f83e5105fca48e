package answer

import (
	"testing"
	"testing/fstest"
)

// TestCoverageNameAsWord checks that a name of names.txt counts as itself
// only, in the question and in the book: stems make "express" of
// "expression" and "excel" of "excellent".
func TestCoverageNameAsWord(t *testing.T) {
	patterns := fstest.MapFS{"patterns.md": {Data: []byte(`# Patterns

## Matching request paths

A regular expression can express the pattern of a request path. Servers match such expressions against every request path, which is excellent for routing.
`)}}
	framework := fstest.MapFS{"framework.md": {Data: []byte(`# Routing

## Matching request paths

Express servers match the pattern of a request path against each route in turn.
`)}}
	tests := []struct {
		book fstest.MapFS
		q    string
		want bool
	}{
		// The book writes "expression", "express" as a verb and
		// "excellent": no word names the products.
		{patterns, "how do express servers match request paths?", false},
		{patterns, "can excel match the pattern of a request path?", false},
		// A short name of names.txt, which the unknown-word rule leaves
		// to the list.
		{patterns, "how do servers match a jwt against the pattern of a request path?", false},
		// The question's own "expression" names nothing.
		{patterns, "how do servers match a regular expression against request paths?", true},
		// Nor does "excellent", in a book without the stem "excel".
		{framework, "is matching each route in turn excellent for request paths?", true},
		// A book on the framework writes its name with the capital.
		{framework, "how do express servers match request paths?", true},
	}
	for _, tt := range tests {
		e := New(bookIndex(t, tt.book), Options{})
		wantCovered(t, e, tt.q, tt.want)
	}
}

func TestCapitalised(t *testing.T) {
	for w, want := range map[string]string{"express": "Express", "windows": "Windows", "питон": "Питон", "": ""} {
		if got := capitalised(w); got != want {
			t.Errorf("capitalised(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestCoveragePassingName: a name of names.txt that the book writes only
// in passing (alone among the question's words in each passage naming
// it, never in a heading) does not cover a question about it, however
// many passages so mention it; a passage that says more about it does.
// Russian spellings of names.txt ("кафка", "мемкеш") are the names too.
func TestCoveragePassingName(t *testing.T) {
	book := fstest.MapFS{"streams.md": {Data: []byte(`# Streams

## Stream type

A stream is an append-only log, like the log of Kafka. Readers in groups acknowledge each entry they process.

## Relaying

A message for a user connected elsewhere is relayed through a pub/sub layer such as NATS or Kafka.

## Cluster

A cluster spreads keys across several primary nodes. Разные серверы держат разные ключи, и кластер настраивают на нескольких серверах.
`)}}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"how to run kafka with several consumers?", false},
		{"как норм юзать кафку с несколькими консьюмерами?", false},
		{"как настроить мемкеш на нескольких серверах?", false},
		{"is a stream an append-only log like kafka?", true},
		{"как настроить кластер на нескольких серверах?", true},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}

// TestNamesCyrillicSpellings: the Russian spellings names.txt gives a
// name stand for it, so a Russian question naming a technology the book
// never mentions is refused, and one the book writes in Latin is not.
func TestNamesCyrillicSpellings(t *testing.T) {
	book := fstest.MapFS{"deploy.md": {Data: []byte(`# Deploys

## Rolling restarts

A rolling restart replaces the servers one at a time, so that clients keep a server to talk to. Nginx drains each server before it stops.
`)}}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"как делать rolling restart серверов через ансибл?", false},
		{"как терраформ делает rolling restart серверов?", false},
		{"как нгинкс делает rolling restart серверов?", true},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}

// TestCoverageChapterMissesName: a chapter that lacks the name a question
// asks about does not cover it, however many of its other words the
// chapter holds; another spelling of names.txt counts as the name.
func TestCoverageChapterMissesName(t *testing.T) {
	book := fstest.MapFS{
		"cache.md":  {Data: []byte("# Caches\n\n## Pitfalls\n\nA cache is no database with the guarantees of PostgreSQL: acknowledged writes may be lost.\n")},
		"memory.md": {Data: []byte("# Memory\n\n## Shared buffers\n\nShared buffers hold pages in memory; limit their size to leave memory for the rest.\n")},
		"python.md": {Data: []byte("# Python\n\n## Reference counting\n\nPython frees an object's memory when its reference count drops to zero.\n")},
		"paths.md":  {Data: []byte("# Paths\n\n## Separators\n\nWindows separates the segments of a path with backslashes, Unix with slashes.\n")},
		"pods.md":   {Data: []byte("# Pods\n\n## Restarts\n\nThe kubelet restarts a failed container of a pod with an exponential backoff. Kubernetes then reports CrashLoopBackOff.\n")},
	}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"how do i limit shared buffers memory in postgres?", false},
		{"как ограничить память shared buffers в постгресе?", false},
		{"how do i limit shared buffers memory?", true},
		{"когда питон освобождает память объекта, reference count?", true},
		{"почему винда разделяет segments of a path через backslashes?", true},
		{"как кубер рестартит упавший container в pod, что за exponential backoff?", true},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}
