package book

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestPassages(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		maxWords int
		want     []string
	}{
		{"empty", "", 10, nil},
		{"blank", " \n\n \n", 10, nil},
		{"one short paragraph", "One two three.", 10, []string{"One two three."}},
		{
			"paragraphs packed greedily",
			"a b c\n\nd e f\n\ng h i j\n\nk",
			7,
			[]string{"a b c\n\nd e f", "g h i j\n\nk"},
		},
		{
			"exact fit",
			"a b\n\nc d",
			4,
			[]string{"a b\n\nc d"},
		},
		{
			"long paragraph split at sentences",
			"Intro here.\n\nOne two three. Four five six! Seven eight? Nine ten eleven twelve.",
			6,
			[]string{"Intro here.\n\nOne two three.", "Four five six! Seven eight?", "Nine ten eleven twelve."},
		},
		{
			"sentence ends after closing quote",
			"He said \"Stop.\" Then left. And more words here.",
			4,
			[]string{"He said \"Stop.\"", "Then left.", "And more words here."},
		},
		{
			"line breaks end sentences",
			"- one two\n- three four\n- five six",
			4,
			[]string{"- one two", "- three four", "- five six"},
		},
		{
			"long sentence split at words",
			"w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11",
			4,
			[]string{"w1 w2 w3 w4", "w5 w6 w7 w8", "w9 w10 w11"},
		},
		{
			"pieces keep their original spacing",
			"Alpha beta.  Gamma delta. Epsilon zeta eta theta iota.",
			4,
			[]string{"Alpha beta.  Gamma delta.", "Epsilon zeta eta theta", "iota."},
		},
		{
			"no limit",
			"a b c\n\nd e f",
			0,
			[]string{"a b c\n\nd e f"},
		},
		{
			"abbreviation-like dots inside words do not split",
			"Version 1.2.3 is out. Use go1.26 now please.",
			5,
			[]string{"Version 1.2.3 is out.", "Use go1.26 now please."},
		},
		{
			"unicode spaces and punctuation",
			"Это первое. Это второе… Третье предложение здесь.",
			3,
			[]string{"Это первое.", "Это второе…", "Третье предложение здесь."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Passages(tt.text, tt.maxWords)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Passages(%q, %d) (-want +got):\n%s", tt.text, tt.maxWords, diff)
			}
		})
	}
}

// TestPassagesInvariants checks a real chapter's sections: no passage is
// over the limit, no word is lost or invented, and every paragraph that
// fits stays whole inside one passage.
func TestPassagesInvariants(t *testing.T) {
	ch := mustParse(t, "bench.md", benchChapter(3000))
	for _, max := range []int{1, 7, 50, 120, 400} {
		for _, s := range ch.Sections {
			ps := Passages(s.Text, max)
			var words []string
			for _, p := range ps {
				if n := countWords(p); n > max || n == 0 {
					t.Fatalf("max %d, section %s: passage of %d words: %q", max, s.ID, n, p)
				}
				if p != strings.TrimSpace(p) {
					t.Errorf("max %d: passage has surrounding space: %q", max, p)
				}
				words = append(words, strings.Fields(p)...)
			}
			if diff := cmp.Diff(strings.Fields(s.Text), words, cmpopts.EquateEmpty()); diff != "" {
				t.Fatalf("max %d, section %s: words changed (-want +got):\n%s", max, s.ID, diff)
			}
			joined := strings.Join(ps, "\n\n")
			for para := range strings.SplitSeq(s.Text, "\n\n") {
				if n := countWords(para); n == 0 || n > max {
					continue
				}
				whole := false
				for _, p := range ps {
					if strings.Contains(p, para) {
						whole = true
						break
					}
				}
				if !whole {
					t.Errorf("max %d, section %s: paragraph %q split though it fits (passages %q)", max, s.ID, para, joined)
				}
			}
		}
	}
}

func TestCountWords(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"", 0},
		{"   ", 0},
		{"one", 1},
		{" one  two\tthree\nfour ", 4},
		{"non\u00a0breaking space", 3},
		{"日本語", 1},
	}
	for _, tt := range tests {
		if got := countWords(tt.s); got != tt.want {
			t.Errorf("countWords(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}
