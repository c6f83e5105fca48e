package answer

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chapterbot/chapterbot/internal/search"
)

// minForeignLetters is the fewest letters of a Latin word of a Russian
// question read as a name (see foreignWord).
const minForeignLetters = 3

// foreignWord returns the first Latin word of Russian question query
// that the book never writes in any spelling, or "": a Russian reader says
// a general idea in Russian, so a word written in Latin letters names a
// product, a tool or a term ("nats jetstream", "minecraft", "shovel"),
// even one English knows, and a book that never writes it is about
// something else; so does a short code ("s3", "L1": see latinCode). Words
// between backticks and words with code punctuation are the reader's code;
// aside holds what the question compares with or pasted; df the document
// frequencies of the question's terms and of their names.txt spellings.
func (c coverage) foreignWord(r Retriever, query string, w map[string]float64, df map[string]int, aside map[string]bool, hits []search.Hit) string {
	if scriptOf(query) != scriptCyrillic {
		return ""
	}
	for _, span := range outsideCode(query) {
		fields := strings.Fields(span)
		for j, field := range fields {
			word := bareWord(field)
			if !latinCode(fields, j, word) && (strings.ContainsFunc(word, isCodePunct) || !latinLetters(word) || utf8.RuneCountInString(word) < minForeignLetters) {
				continue
			}
			if inEnglishRun(fields, j) {
				continue // a pasted message: "nginx: [emerg] bind() to 0.0.0.0:80 failed"
			}
			for _, t := range r.Terms(word) {
				if !unwrittenSubject(t, w, aside, df) {
					continue
				}
				if slices.ContainsFunc(c.names[t], func(s string) bool { return df[s] > 0 }) {
					continue
				}
				if joinedIn(strings.ToLower(word), hits, "") || withinHits(strings.ToLower(word), hits) {
					continue
				}
				if c.loneTerm(fields, j, t) {
					continue
				}
				return word
			}
		}
	}
	return ""
}

// latinLetters reports whether word is Latin letters only: a word with
// a digit is a code ("E0499", "502", "esp32"), which names no product,
// unless it is a short one (latinCode: "s3", "ext4").
func latinLetters(word string) bool {
	return word != "" && !strings.ContainsFunc(word, func(c rune) bool { return !unicode.Is(unicode.Latin, c) })
}

// loneTerm reports whether fields[j], of term t, is a word of software
// documentation (technical.txt) written alone among Russian words: an
// English word a Russian reader writes for an idea ("primary шарды",
// "после logrotate"), which coverage then weighs as any other word. Latin
// words in a row ("dead letter exchange", "helm chart") name a product
// or a feature, known words or not.
func (c coverage) loneTerm(fields []string, j int, t string) bool {
	if _, ok := c.technical.lookup(t); !ok {
		return false
	}
	return (j == 0 || !latinField(fields[j-1])) && (j+1 == len(fields) || !latinField(fields[j+1]))
}

// latinField reports whether field holds a Latin letter and no Cyrillic
// one.
func latinField(f string) bool {
	return !strings.ContainsFunc(f, isCyrillicRune) &&
		strings.ContainsFunc(f, func(c rune) bool { return unicode.Is(unicode.Latin, c) })
}

// minEnglishRun is the fewest words without Cyrillic in a row, in a
// Russian question, that are a pasted English message rather than names.
const minEnglishRun = 4

// inEnglishRun reports whether fields[j] stands among minEnglishRun
// fields in a row or more with a Latin letter and no Cyrillic one: an
// error message or log line the reader pasted ("upstream timed out (110:
// Connection timed out) while reading response header"), whose words are
// theirs, not the subject.
func inEnglishRun(fields []string, j int) bool {
	start, end := j, j+1
	for start > 0 && latinField(fields[start-1]) {
		start--
	}
	for end < len(fields) && latinField(fields[end]) {
		end++
	}
	return end-start >= minEnglishRun
}

// withinHits reports whether a passage of hits holds word, lower case,
// inside a longer word ("fsync" in "appendfsync", "eviction" in
// "noeviction").
func withinHits(word string, hits []search.Hit) bool {
	return slices.ContainsFunc(hits, func(h search.Hit) bool { return strings.Contains(strings.ToLower(h.Text), word) })
}
