package discord

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitText(t *testing.T) {
	code := "```go\nfmt.Println(\"a b c\")\nx := 1\n```"
	tests := []struct {
		name  string
		in    string
		limit int
		want  []string
	}{
		{"empty", "  \n ", 10, nil},
		{"fits", "hello world", 11, []string{"hello world"}},
		{"trims", "  hello  ", 20, []string{"hello"}},
		{"between words", "aaa bbb ccc", 8, []string{"aaa bbb", "ccc"}},
		{"never inside a word", "alpha beta", 7, []string{"alpha", "beta"}},
		{"prefers a paragraph in the second half", "aaaa bbbb\n\ncc dd ee", 16, []string{"aaaa bbbb", "cc dd ee"}},
		{"prefers a line break to a later space", "aaaa bbbb\ncc dd ee", 15, []string{"aaaa bbbb", "cc dd ee"}},
		{"ignores a break in the first half", "a\n\nbbb ccc ddd eee", 12, []string{"a\n\nbbb ccc", "ddd eee"}},
		{"link kept whole", "aaaa bbbb [the long chapter](https://x.test/a) now", 40,
			[]string{"aaaa bbbb", "[the long chapter](https://x.test/a) now"}},
		{"link longer than the limit", "[ab cd](https://x.test)", 10, []string{"[ab cd](ht", "tps://x.te", "st)"}},
		{"link with punctuation kept whole", "read ([two words](https://x.test/b)). next", 34,
			[]string{"read", "([two words](https://x.test/b)).", "next"}},
		{"inline code kept whole", "use `a b c d` here", 12, []string{"use", "`a b c d`", "here"}},
		{"code block moved whole", "intro text\n\n" + code + "\n\nafter", 40,
			[]string{"intro text", code, "after"}},
		{"code block longer than the limit", "```go\nline one\nline two\nline three\n```", 24,
			[]string{"```go\nline one\n```", "```go\nline two\n```", "```go\nline three\n```"}},
		{"word longer than the limit", "abcdefghij k", 4, []string{"abcd", "efgh", "ij", "k"}},
		{"counts characters, not bytes", "ééé ààà", 3, []string{"ééé", "ààà"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := splitText(tc.in, tc.limit)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("splitText(%q, %d) (-want +got):\n%s", tc.in, tc.limit, diff)
			}
			for _, c := range got {
				if runeLen(c) > tc.limit {
					t.Errorf("chunk %q has %d characters, over %d", c, runeLen(c), tc.limit)
				}
			}
		})
	}
}

func TestTrimText(t *testing.T) {
	tests := []struct {
		in      string
		limit   int
		want    string
		trimmed bool
	}{
		{"short", 10, "short", false},
		{"one two three four", 10, "one two…", true},
		{"one [a link here](https://x.test) end", 20, "one…", true},
	}
	for _, tc := range tests {
		got, trimmed := trimText(tc.in, tc.limit)
		if got != tc.want || trimmed != tc.trimmed {
			t.Errorf("trimText(%q, %d) = %q, %v; want %q, %v", tc.in, tc.limit, got, trimmed, tc.want, tc.trimmed)
		}
		if runeLen(got) > tc.limit {
			t.Errorf("trimText(%q, %d) has %d characters", tc.in, tc.limit, runeLen(got))
		}
	}
}

var (
	linkRe  = regexp.MustCompile(`\[[^\]\n]*\]\([^)\s]*\)`)
	fenceRe = regexp.MustCompile("(?s)```.*?```")
)

// TestSplitTextRandom checks splitText's promises on generated Markdown:
// chunks within the limit, no word lost or cut, every link and every code
// block that fits found whole in one chunk.
func TestSplitTextRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	words := []string{"slice", "map", "goroutine", "the", "a", "channel", "interface", "élan", "naïve", "x", "🙂"}
	for n := 0; n < 300; n++ {
		var b strings.Builder
		parts := 20 + r.IntN(200)
		for p := 0; p < parts; p++ {
			switch k := r.IntN(20); {
			case k == 0:
				b.WriteString("\n\n")
			case k == 1:
				b.WriteString("\n")
			case k == 2:
				fmt.Fprintf(&b, "[%s %s](https://book.test/%s#%d) ", words[r.IntN(len(words))], words[r.IntN(len(words))], words[r.IntN(len(words))], p)
			case k == 3:
				b.WriteString("\n```go\n")
				for l := r.IntN(6); l >= 0; l-- {
					fmt.Fprintf(&b, "%s := %s(%d)\n", words[r.IntN(len(words))], words[r.IntN(len(words))], l)
				}
				b.WriteString("```\n")
			case k == 4:
				fmt.Fprintf(&b, "`%s %s` ", words[r.IntN(len(words))], words[r.IntN(len(words))])
			default:
				b.WriteString(words[r.IntN(len(words))] + " ")
			}
		}
		in := b.String()
		limit := 60 + r.IntN(300)
		chunks := splitText(in, limit)
		for _, c := range chunks {
			if runeLen(c) > limit {
				t.Fatalf("case %d: chunk of %d characters over %d: %q", n, runeLen(c), limit, c)
			}
		}
		// A code block over the limit gains fences where it was cut;
		// compare the words without fences.
		if diff := cmp.Diff(wordsWithoutFences(in), wordsWithoutFences(strings.Join(chunks, "\n\n"))); diff != "" {
			t.Fatalf("case %d (limit %d): words changed (-in +out):\n%s", n, limit, diff)
		}
		for _, l := range linkRe.FindAllString(in, -1) {
			if !containsWhole(chunks, l) {
				t.Fatalf("case %d: link %q cut across chunks %q", n, l, chunks)
			}
		}
		for _, f := range fenceRe.FindAllString(in, -1) {
			if runeLen(f) <= limit && !containsWhole(chunks, f) {
				t.Fatalf("case %d: code block %q cut across chunks %q", n, f, chunks)
			}
		}
	}
}

func containsWhole(chunks []string, s string) bool {
	for _, c := range chunks {
		if strings.Contains(c, s) {
			return true
		}
	}
	return false
}

func wordsWithoutFences(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		if !strings.HasPrefix(w, "```") {
			out = append(out, w)
		}
	}
	return out
}

func TestStripMention(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"mention first", "<@42> what is a slice?", "what is a slice?"},
		{"nickname mention", "<@!42>   what is a map?", "what is a map?"},
		{"mention inside", "so <@42>, what\nis a map?", "so , what is a map?"},
		{"twice", "<@42><@!42> hi <@42>", "hi"},
		{"someone else", "<@421> hi <@4>", "<@421> hi <@4>"},
		{"only the mention", " <@42> ", ""},
	}
	for _, tc := range tests {
		if got := stripMention(tc.in, "42"); got != tc.want {
			t.Errorf("%s: stripMention(%q) = %q, want %q", tc.name, tc.in, got, tc.want)
		}
	}
	// It compiles nothing per message: a handful of allocations, where
	// compiling a regular expression takes dozens.
	if n := testing.AllocsPerRun(100, func() { stripMention("<@42> what is a slice?", "42") }); n > 8 {
		t.Errorf("stripMention allocates %v times a call, want at most 8", n)
	}
}

func BenchmarkStripMention(b *testing.B) {
	for b.Loop() {
		stripMention("<@1234567890123456789> what is the difference between a slice and an array?", "1234567890123456789")
	}
}
