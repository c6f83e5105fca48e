package book

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
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
			"a list item cut between passages starts the next one whole",
			"- a b c. d e.\n- f. g h i j.",
			8,
			[]string{"- a b c. d e.\n- f.", "- f. g h i j."},
		},
		{
			"a list item too long is cut at sentences",
			"- a b c. d e f. g h.\n  - i j",
			6,
			[]string{"- a b c.", "d e f. g h.", "- i j"},
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
// over the limit, every passage is a run of the section's words, the runs
// leave no word out and go forward (they overlap only where a line cut
// between two passages is repeated whole in the second), and every
// paragraph that fits stays whole inside one passage.
func TestPassagesInvariants(t *testing.T) {
	ch := mustParse(t, "bench.md", benchChapter(3000))
	for _, max := range []int{1, 7, 50, 120, 400} {
		for _, s := range ch.Sections {
			ps := Passages(s.Text, max)
			words := strings.Fields(s.Text)
			start, end := 0, 0 // the words the last passage ran over
			for _, p := range ps {
				if n := countWords(p); n > max || n == 0 {
					t.Fatalf("max %d, section %s: passage of %d words: %q", max, s.ID, n, p)
				}
				if p != strings.TrimSpace(p) {
					t.Errorf("max %d: passage has surrounding space: %q", max, p)
				}
				pw := strings.Fields(p)
				at := -1
				for i := min(end, len(words)-len(pw)); i >= start; i-- { // the latest: bench text repeats
					if slices.Equal(words[i:i+len(pw)], pw) {
						at = i
						break
					}
				}
				if at < 0 {
					t.Fatalf("max %d, section %s: passage %q is no run of the text after word %d (up to %d)", max, s.ID, p, start, end)
				}
				start, end = at, at+len(pw)
			}
			if end != len(words) {
				t.Fatalf("max %d, section %s: the passages end at word %d of %d", max, s.ID, end, len(words))
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

// TestPassagesKeepListItem reads a page whose list is longer than a
// passage: the item a passage's end falls in is whole in the next passage,
// its fix (an inline <code> at a line break) with its name.
func TestPassagesKeepListItem(t *testing.T) {
	var page strings.Builder
	page.WriteString("<html><body><h1>Errors</h1><h2>Common errors</h2><ul>\n")
	for i := range 12 {
		fmt.Fprintf(&page, "<li><p><code>E%02d</code> (Limit reached): The process holds too many handles, and\nopening one more fails. To raise the limit, run\n<code>raise-limit %d</code> in the shell that starts it.</p>\n</li>\n", i+1, i+1)
	}
	page.WriteString("</ul></body></html>")
	ch := mustParse(t, "errors.html", page.String())
	ps := Passages(ch.Sections[1].Text, 100)
	for i := range 12 {
		item := fmt.Sprintf("- E%02d (Limit reached): The process holds too many handles, and opening one more fails. To raise the limit, run raise-limit %d in the shell that starts it.", i+1, i+1)
		whole := false
		for _, p := range ps {
			whole = whole || strings.Contains(p, item)
		}
		if !whole {
			t.Errorf("no passage holds item %d whole: %q", i+1, ps)
		}
	}
}
