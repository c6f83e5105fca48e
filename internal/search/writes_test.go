package search

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
)

func TestWritesCode(t *testing.T) {
	tests := []struct {
		text, code string
		want       bool
	}{
		{"start with --inspect-brk=9229", "--inspect-brk", true},
		{"start with --inspect-brk", "--inspect", false},
		{"pass ---env-file", "--env-file", false},
		{"(--env-file)", "--env-file", true},
		{"fs.glob(pattern)", ".glob", true},
		{"fsPromises.glob", ".glob", true},
		{"http.globalAgent", ".glob", false},
		{"a ** glob", ".glob", false},
		{"--ENV-FILE", "--env-file", true},
		{"", "--env-file", false},
		{"--env-file", "", false},
	}
	for _, tt := range tests {
		if got := WritesCode(tt.text, tt.code); got != tt.want {
			t.Errorf("WritesCode(%q, %q) = %v, want %v", tt.text, tt.code, got, tt.want)
		}
	}
}

func TestWrites(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	book := fstest.MapFS{
		"cli.md": {Data: []byte("# Command line\n\n## --inspect-brk\n\nStops on the first line.\n\n" +
			"## Environment\n\nA file of environment variables is read by `--env-file-if-exists`, and the env file is `.env`.\n")},
		"fs.md": {Data: []byte("# File system\n\n## Patterns\n\nCall `fs.glob(pattern)` to match files.\n")},
	}
	refresh(t, ix, book)
	for code, want := range map[string]bool{
		"--inspect-brk": true,  // a heading
		"--env-file":    false, // only inside a longer flag
		".glob":         true,  // a member, in a passage
		".cp":           false,
		"--the":         false, // a stop word only
	} {
		got, err := ix.Writes(context.Background(), code)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("Writes(%q) = %v, want %v", code, got, want)
		}
	}
}

func TestWritesBy(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	book := fstest.MapFS{
		"vue.md": {Data: []byte("# Forms\n\n## Inputs\n\nBind an input with v model on the element.\n\n" +
			"## Models\n\nA model holds the state.\n")},
		"ql.md": {Data: []byte("# Queries\n\n## The defer directive\n\nIt sends a fragment later.\n")},
	}
	refresh(t, ix, book)
	parts := func(text string) bool { return strings.Contains(strings.ToLower(text), "v model") }
	heading := func(text string) bool { return strings.Contains(strings.ToLower(text), "defer directive") }
	never := func(string) bool { return false }
	tests := []struct {
		code   string
		writes func(string) bool
		want   bool
	}{
		{"v-model", parts, true},  // its parts apart, in a passage
		{"@defer", heading, true}, // in a heading only
		{"v-model", never, false}, // every passage holding its words read
		{"the", parts, false},     // a stop word only
	}
	for _, tt := range tests {
		got, err := ix.WritesBy(context.Background(), tt.code, tt.writes)
		if err != nil {
			t.Fatal(err)
		}
		if got != tt.want {
			t.Errorf("WritesBy(%q) = %v, want %v", tt.code, got, tt.want)
		}
	}
	// Writes reads the code as it is: the parts apart are not it.
	if got, err := ix.Writes(context.Background(), "v-model"); err != nil || got {
		t.Errorf("Writes(%q) = %v, %v, want false", "v-model", got, err)
	}
}

func TestChapterWrites(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	book := fstest.MapFS{
		"redis.md": {Data: []byte("# Redis\n\n## Streams\n\nA stream relays events through NATS or Kafka.\n\n" +
			"## Kafka bridges\n\nA bridge reads the stream.\n\n## Lists\n\nA list holds values.\n\n## Sets\n\nKafka is not needed here.\n")},
		"queues.md": {Data: []byte("---\ntags: [kafka]\n---\n# Queues\n\n## Topics\n\nA topic holds records.\n\n## Consumers\n\nA consumer reads them.\n")},
		"kafka.md":  {Data: []byte("# Kafka\n\n## Topics\n\nA topic holds records.\n")},
	}
	refresh(t, ix, book)
	tests := []struct {
		chapter, words string
		want           int
	}{
		{"redis", "kafka", 3},      // two passages and a heading
		{"redis", "nats kafka", 3}, // any of the terms, each passage once
		{"redis", "nats", 1},
		{"redis", "lists sets", 2}, // headings only
		{"queues", "kafka", 2},     // its tags: every passage
		{"kafka", "kafka", 1},      // its title
		{"kafka", "nats", 0},
		{"redis", "the", 0},     // a stop word only: no terms
		{"missing", "kafka", 0}, // no such chapter
	}
	for _, tt := range tests {
		got, err := ix.ChapterWrites(context.Background(), tt.chapter, ix.Terms(tt.words))
		if err != nil {
			t.Fatal(err)
		}
		if got != tt.want {
			t.Errorf("ChapterWrites(%q, %q) = %d, want %d", tt.chapter, tt.words, got, tt.want)
		}
	}
}
