package book

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"stops", "One thread runs it. Does it block? Rarely! Fine…  Next", []string{"One thread runs it.", "Does it block?", "Rarely!", "Fine…", "Next"}},
		{"closing quote", `He said "Go." Then left.`, []string{`He said "Go."`, "Then left."}},
		{"abbreviations and initials", "Tools, e.g. Deno, came later. J. R. Smith and npm, Inc. agreed.", []string{"Tools, e.g. Deno, came later.", "J. R. Smith and npm, Inc. agreed."}},
		{"decimal", "Version 0.10 was stable. Then 4.0 came.", []string{"Version 0.10 was stable.", "Then 4.0 came."}},
		{"short last word", "Go to step 3. Then stop it. It is a.", []string{"Go to step 3.", "Then stop it.", "It is a."}},
		{"line break ends a sentence", "first line\nsecond line", []string{"first line", "second line"}},
		{"lower-case start", "It ran in a pool. libuv sent jobs there.", []string{"It ran in a pool.", "libuv sent jobs there."}},
		{"empty", "   ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			Sentences(tt.text, func(start, end int) { got = append(got, tt.text[start:end]) })
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Sentences(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
