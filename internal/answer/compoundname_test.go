package answer

import (
	"testing"
	"testing/fstest"
)

func TestCompoundInitials(t *testing.T) {
	r := bookIndex(t, fstest.MapFS{"a.md": {Data: []byte("# A\n\nText.\n")}})
	for _, tt := range []struct{ word, want string }{
		{"Elasticsearch", "es"},
		{"Terraform", ""},     // an English word too: to terraform
		{"elasticsearch", ""}, // no name: no capital
		{"Kubernetes", ""},
		{"Database", ""}, // a word, at the start of a sentence
		{"Something", ""},
		{"Redis", ""}, // too short to be two words
	} {
		if got := compoundInitials(r, tt.word); got != tt.want {
			t.Errorf("compoundInitials(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}
