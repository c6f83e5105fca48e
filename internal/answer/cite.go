package answer

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
)

var (
	// citeRunRe matches a run of adjacent citation markers: "[2]",
	// "[1, 3]", "[1][2]", "[2; 4]", "[1-3]". Only digits, separators and
	// blanks may stand between the brackets, so "[a]" or "[x+1]" are text.
	citeRunRe = regexp.MustCompile(`(?:\[[ \t]*\d+(?:[ \t]*[-–][ \t]*\d+)?(?:[ \t]*[,;][ \t]*\d+(?:[ \t]*[-–][ \t]*\d+)?)*[ \t]*\])+`)
	citeNumRe = regexp.MustCompile(`\d+(?:[ \t]*[-–][ \t]*\d+)?`)
	// citeCodeRe matches Markdown code: fenced blocks and inline spans.
	citeCodeRe = regexp.MustCompile("(?s)```.*?```|``[^\n]*?``|`[^`\n]+`")
)

// CheckCitations keeps only the [n] markers of text with 1 <= n <=
// passages and renumbers them in order of first use, so that the first
// passage cited becomes [1]. Grouped forms ("[1, 2]", "[1; 2]", "[1-3]",
// "[1][2]") come out as separate markers ("[1][2]"), duplicates in a group
// once. A marker naming no valid passage is removed with the blank before
// it when punctuation or a line end follows ("as shown [9]." -> "as shown.").
//
// order lists the original passage numbers in their new order: order[i] is
// the original n of the new marker [i+1]. It is nil when no valid citation
// remains; the caller then falls back to the extractive answer.
//
// Markdown code (fenced blocks and `inline spans`) is left untouched, so
// that "xs[0]" in code is not a citation. Outside code any bracketed
// number is taken for one: a model citing "[2024]" loses it.
func CheckCitations(text string, passages int) (clean string, order []int) {
	renum := map[int]int{} // original n -> new n
	var out strings.Builder
	out.Grow(len(text))

	prose := func(s string, next byte) {
		pos := 0
		for _, m := range citeRunRe.FindAllStringIndex(s, -1) {
			out.WriteString(s[pos:m[0]])
			pos = m[1]
			var kept []int
			for _, n := range citeNumbers(s[m[0]:m[1]], passages) {
				nn, ok := renum[n]
				if !ok {
					order = append(order, n)
					nn = len(order)
					renum[n] = nn
				}
				if !slices.Contains(kept, nn) {
					kept = append(kept, nn)
				}
			}
			if len(kept) > 0 {
				for _, nn := range kept {
					out.WriteString("[" + strconv.Itoa(nn) + "]")
				}
				continue
			}
			// Remove the marker and tidy the blanks around it.
			after := next
			if pos < len(s) {
				after = s[pos]
			}
			cur := out.String()
			trimmed := strings.TrimRight(cur, " \t")
			switch {
			case len(trimmed) < len(cur) && citeEndsClause(after):
				out.Reset()
				out.WriteString(trimmed)
			case cur == "" || strings.HasSuffix(cur, "\n"):
				for pos < len(s) && (s[pos] == ' ' || s[pos] == '\t') {
					pos++
				}
			}
		}
		out.WriteString(s[pos:])
	}

	pos := 0
	for _, m := range citeCodeRe.FindAllStringIndex(text, -1) {
		prose(text[pos:m[0]], text[m[0]])
		out.WriteString(text[m[0]:m[1]])
		pos = m[1]
	}
	prose(text[pos:], 0)
	return out.String(), order
}

// citeNumbers returns the numbers of one run of markers that name a
// passage (1..passages), in the order written, ranges expanded.
func citeNumbers(run string, passages int) []int {
	var ns []int
	for _, item := range citeNumRe.FindAllString(run, -1) {
		lo, hi, isRange := strings.Cut(strings.ReplaceAll(item, "–", "-"), "-")
		a, err := strconv.Atoi(strings.TrimSpace(lo))
		if err != nil {
			continue
		}
		b := a
		if isRange {
			if b, err = strconv.Atoi(strings.TrimSpace(hi)); err != nil || b < a {
				continue
			}
		}
		for n := max(a, 1); n <= min(b, passages); n++ {
			ns = append(ns, n)
		}
	}
	return ns
}

// citeEndsClause reports whether c, the byte after a removed marker, ends
// a clause or line, so that the blank before the marker must go too.
func citeEndsClause(c byte) bool {
	return c == 0 || strings.IndexByte(" \t\r\n.,;:!?)", c) >= 0
}
