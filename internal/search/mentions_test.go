package search

import (
	"context"
	"testing"
	"testing/fstest"
)

func TestHasWord(t *testing.T) {
	tests := []struct {
		text, word string
		want       bool
	}{
		{"use express for routing", "express", true},
		{"Express, EXPRESS and express's router", "express", true},
		{"two expresses", "express", true},
		{"a regular expression", "express", false},
		{"an ExpressionStatement", "express", false},
		{"non-express code", "express", true},
		{"express.json() parses bodies", "express", true},
		{"to express a wish", "Express", false},
		{"Express apps", "Express", true},
		{"EXPRESS apps", "Express", true},
		{"on Windows", "windows", true},
		{"a window", "windows", false},
		{"", "express", false},
		{"express", "", false},
	}
	for _, tt := range tests {
		if got := HasWord(tt.text, tt.word); got != tt.want {
			t.Errorf("HasWord(%q, %q) = %v, want %v", tt.text, tt.word, got, tt.want)
		}
	}
}

func TestMentions(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	book := fstest.MapFS{
		"patterns.md": {Data: []byte("# Patterns\n\n## Expressions\n\nA regular expression can express a pattern.\n")},
		"deploy.md":   {Data: []byte("# Deploying on Windows\n\nServers restart.\n")},
	}
	refresh(t, ix, book)
	for word, want := range map[string]bool{
		"express":    true,  // the verb, in a passage
		"Express":    false, // the product's capital nowhere
		"expression": true,
		"windows":    true, // in a title only
		"kafka":      false,
		"the":        false, // a stop word
	} {
		got, err := ix.Mentions(context.Background(), word)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("Mentions(%q) = %v, want %v", word, got, want)
		}
	}
}
