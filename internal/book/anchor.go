package book

import (
	"strconv"
	"strings"
	"unicode"
)

// Anchor returns the GitHub-style anchor of a heading's plain text, so that
// a section's deep link lands on the heading where GitHub (and most renderers
// that copy it) put the id: lower-case, only letters, digits, marks, spaces,
// "-" and "_" kept, each space turned into "-". It does not make anchors
// unique; Parse adds "-1", "-2" to repeats within a chapter.
func Anchor(heading string) string {
	var b strings.Builder
	b.Grow(len(heading))
	for _, r := range strings.ToLower(heading) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// anchors hands out unique anchors within one chapter the way GitHub does:
// the first "faq" stays "faq", then "faq-1", "faq-2", skipping any that a
// literal heading already took.
type anchors map[string]int

func (a anchors) unique(base string) string {
	slug := base
	for {
		if _, taken := a[slug]; !taken {
			break
		}
		a[base]++
		slug = base + "-" + strconv.Itoa(a[base])
	}
	a[slug] = 0
	return slug
}
