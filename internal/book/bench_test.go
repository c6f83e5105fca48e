package book

import (
	"fmt"
	"strings"
	"testing"
)

// benchChapter makes a Markdown chapter of about the given number of words,
// with the mix a real chapter has: front matter, headings at three levels,
// paragraphs with inline markup, lists, code, tables and comments.
func benchChapter(words int) string {
	vocab := strings.Fields("the index answers a question about chapter section with search and quotes every passage from book text while readers ask bots in discord channels")
	var b strings.Builder
	b.WriteString("---\ntitle: Benchmark Chapter\nurl: https://example.com/bench\ntags: [bench, perf]\n---\n\n")
	n, w := 0, 0
	word := func() string { w++; return vocab[(w*7)%len(vocab)] }
	for n < words {
		switch {
		case n%600 == 0:
			fmt.Fprintf(&b, "## Part %d\n\n", n/600)
		case n%200 == 0:
			fmt.Fprintf(&b, "### Topic %d: *why* `it` works\n\n", n/200)
		}
		for s := 0; s < 4; s++ {
			for i := 0; i < 11; i++ {
				if i > 0 {
					b.WriteByte(' ')
				}
				switch i {
				case 3:
					fmt.Fprintf(&b, "*%s*", word())
				case 6:
					fmt.Fprintf(&b, "[%s](https://example.com/%d)", word(), w)
				default:
					b.WriteString(word())
				}
			}
			b.WriteString(". ")
			n += 11
		}
		b.WriteString("\n\n")
		switch (n / 44) % 6 {
		case 1:
			b.WriteString("- first item with `code`\n- second item\n  - nested item\n\n")
			n += 9
		case 3:
			b.WriteString("```go\nfunc main() {\n\t// # not a heading\n\tfmt.Println(\"hi\")\n}\n```\n\n")
			n += 8
		case 5:
			b.WriteString("| name | value |\n| --- | --- |\n| alpha | 1 |\n| beta | 2 |\n\n<!-- editor note -->\n\n")
			n += 6
		}
	}
	return b.String()
}

func BenchmarkParse(b *testing.B) {
	src := []byte(benchChapter(3000))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("bench.md", src); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPassages(b *testing.B) {
	ch, err := Parse("bench.md", []byte(benchChapter(3000)))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range ch.Sections {
			Passages(s.Text, 120)
		}
	}
}
