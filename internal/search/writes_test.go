package search

import (
	"context"
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
