// Package benchbook generates the book the benchmarks run on: chapters of
// about 3,000 words in 10 sections, words drawn with a Zipf-like
// distribution from a few thousand pseudo-words and some common English
// ones, the same for every run of a seed. internal/search and
// internal/library share it, so their benchmarks measure the same book.
package benchbook

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// The book's shape: Chapters chapters of ChapterWords words in Sections
// sections, over a vocabulary of PseudoWords words.
const (
	Chapters     = 1000
	ChapterWords = 3000
	Sections     = 10
	PseudoWords  = 4000
)

var commonWords = strings.Fields(`the of and to a in is it that for on with as was be by this are or from at an
which but not have has can will one all would there their what so if about when who been more they other into
its some could time these two may then do first any like now my such make over our even most me state after also
made many did must before back see through way where get much go well your know should down work year because
come people just say each those take day good how long little use man new here life old world never between
both under last might great same while around another house part place small since against right went
index search query chapter section node graph tree page book word river mountain engine network signal
garden winter summer light water stone metal cloud storm harbor bridge market village forest field`)

// Corpus draws the words of the book, deterministically from its seed.
type Corpus struct {
	r     *rand.Rand
	vocab []string
	zipf  *rand.Zipf
}

// New returns the corpus of seed; the benchmarks use seed 1.
func New(seed uint64) *Corpus {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	syllables := strings.Fields("ka lo mi ren tu sa vor el qui dra po nin gal fe zo ar bel cy dun ix")
	seen := map[string]bool{}
	var vocab []string
	for _, w := range commonWords {
		if !seen[w] {
			seen[w] = true
			vocab = append(vocab, w)
		}
	}
	for len(vocab) < PseudoWords {
		var b strings.Builder
		for range 2 + r.IntN(3) {
			b.WriteString(syllables[r.IntN(len(syllables))])
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			vocab = append(vocab, w)
		}
	}
	// The 40 most common English words keep the top ranks; the rest are
	// spread over the distribution.
	rest := vocab[40:]
	r.Shuffle(len(rest), func(i, j int) { rest[i], rest[j] = rest[j], rest[i] })
	return &Corpus{r: r, vocab: vocab, zipf: rand.NewZipf(r, 1.07, 2, uint64(len(vocab)-1))}
}

// Word draws a word, Zipf-distributed over the vocabulary.
func (c *Corpus) Word() string { return c.vocab[c.zipf.Uint64()] }

// IntN draws a number in [0, n) from the corpus's own source.
func (c *Corpus) IntN(n int) int { return c.r.IntN(n) }

// sentences writes about n words as sentences of 8 to 20 words.
func (c *Corpus) sentences(b *strings.Builder, n int) {
	for n > 0 {
		l := min(n, 8+c.r.IntN(13))
		for i := range l {
			w := c.Word()
			if i == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			} else {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
		b.WriteString(". ")
		n -= l
	}
}

// Chapter returns chapter n in Markdown: a title, then Sections sections
// of about ChapterWords / Sections words in paragraphs of 40 to 120.
func (c *Corpus) Chapter(n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Chapter %d: %s %s\n\n", n, c.Word(), c.Word())
	per := ChapterWords / Sections
	for s := range Sections {
		if s > 0 {
			fmt.Fprintf(&b, "## %s %s %s\n\n", c.Word(), c.Word(), c.Word())
		}
		for left := per; left > 0; {
			p := min(left, 40+c.r.IntN(80))
			c.sentences(&b, p)
			b.WriteString("\n\n")
			left -= p
		}
	}
	return b.String()
}
