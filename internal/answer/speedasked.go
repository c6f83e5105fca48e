package answer

import (
	"regexp"
	"slices"
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// speedWords say how fast a thing is, or that it was measured: a sentence
// that weighs the speed of two things writes one of them.
const speedWords = `fast faster fastest slow slower slowest quick quicker quickest speed speeds speedup outperform
outperforms outperformed performance benchmark benchmarks benchmarked throughput latency`

// speedCmpRe finds a question that weighs the speed of one thing against
// another: "is node faster than deno", "asyncio vs threads, which is
// faster". The words next to "than", "vs" or "versus" are the two sides.
var speedCmpRe = regexp.MustCompile(`(?:^|[^\pL])(?:faster|slower|quicker|speedier)(?:[^\pL]|$)`)

// speedSkip are the words between a side and the comparative or "than"
// that say how much, not what: "is bun actually faster than the node".
var speedSkip = strings.Fields("a an the any much way even really actually lot")

// thanNoThing open what a speed is held against that is no thing:
// "slower than i expected", "faster than usual", "than before".
var thanNoThing = strings.Fields("i we you they he she it expected usual normal before ever needed necessary anticipated")

// askedSpeed returns the terms of each pair of things a question weighs
// the speed of ("is node faster than deno": node and deno), nil when it
// weighs none: the words before a comparative and after its "than", or
// the word on either side of "vs" or "versus" in a question that asks
// which is faster. Words with a digit (versions, "16 vs 256") are no
// sides.
func askedSpeed(r Retriever, query string) [][2][]string {
	q := normalQuestion(query)
	if !speedCmpRe.MatchString(q) {
		return nil
	}
	var out [][2][]string
	// phrase is the terms of up to n words from fields[i] on, one way or
	// the other (step), up to the end of a sentence or clause.
	phrase := func(fields []string, i, step, n int) []string {
		var ts []string
		for ; i >= 0 && i < len(fields) && n > 0; i, n = i+step, n-1 {
			word := bareWord(fields[i])
			if strings.ContainsFunc(word, func(c rune) bool { return c >= '0' && c <= '9' }) {
				return nil
			}
			ts = append(ts, r.Terms(word)...)
			if step > 0 && endsPart(fields[i]) || step < 0 && i > 0 && endsPart(fields[i-1]) {
				break
			}
		}
		return ts
	}
	pair := func(a, b []string) {
		if len(a) > 0 && len(b) > 0 {
			out = append(out, [2][]string{a, b})
		}
	}
	fields := strings.Fields(q)
	for i, f := range fields {
		word := bareWord(f)
		switch {
		case slices.Contains(versusWords, word):
			// "asyncio vs threads": the word on either side.
			if i > 0 && !endsPart(fields[i-1]) && i+1 < len(fields) {
				pair(phrase(fields, i-1, -1, 1), phrase(fields, i+1, 1, 1))
			}
		case speedCmpRe.MatchString(word) && i+1 < len(fields) && bareWord(fields[i+1]) == "than" && !endsPart(f):
			// "are iterator chains slower than writing a plain for loop":
			// up to two words before, up to four after "than".
			j := i - 1
			for j > 0 && slices.Contains(speedSkip, fields[j]) {
				j--
			}
			if j >= 0 && !endsPart(fields[j]) && i+2 < len(fields) && !slices.Contains(thanNoThing, bareWord(fields[i+2])) {
				pair(phrase(fields, j, -1, 2), phrase(fields, i+2, 1, 4))
			}
		}
	}
	return out
}

// statesSpeed reports whether the passages of chapter ch among hits (those
// coverage reads) weigh the speeds of a pair of sides: a sentence that,
// with its headings, names both and a speed word. A chapter that names
// both things but never says how fast either is ("Deno and Bun run
// TypeScript directly") does not tell which is faster.
func (c coverage) statesSpeed(r Retriever, pairs [][2][]string, hits []search.Hit, ch string) bool {
	speed := r.Terms(speedWords)
	for _, h := range chapterPassages(hits, ch) {
		trail := set(r.Terms(strings.Join(h.Trail, "\n")))
		for _, u := range units(h.Text) {
			terms := set(r.Terms(u.text))
			for t := range trail {
				terms[t] = true
			}
			cl := clause{terms: terms}
			if !slices.ContainsFunc(speed, func(t string) bool { return terms[t] }) {
				continue
			}
			held := func(t string) bool { return c.holds(t, cl, nil) }
			for _, p := range pairs {
				if slices.ContainsFunc(p[0], held) && slices.ContainsFunc(p[1], held) {
					return true
				}
			}
		}
	}
	return false
}

// endsPart reports whether a word of a question ends a sentence or a
// clause: "threads," "deno?".
func endsPart(word string) bool {
	return strings.ContainsAny(word[len(word)-1:], ",;:.?!")
}
