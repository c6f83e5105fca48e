package answer

import (
	"regexp"
	"strings"
)

var (
	// optionHeadRe finds a list item of an API reference's options that
	// opens with the option's name and its type: "maxBuffer <number>
	// Largest amount of data ...", "cwd {string|URL} Current working
	// directory ...". The head is its first group.
	optionHeadRe = regexp.MustCompile(`^([\pL_$][\pL\pN_$.]*\s+(?:<[^<>\s]+>|\{[^{}\s]+\}))\s+\S`)
	// bareDefaultRe finds a sentence that gives a default and nothing else:
	// "Default: 1024 * 1024.".
	bareDefaultRe = regexp.MustCompile(`^(?i:default)\s*:`)
)

// optionHead returns the name and type an option's list item opens with
// ("maxBuffer <number>"), empty when it opens otherwise.
func optionHead(item string) string {
	if m := optionHeadRe.FindStringSubmatch(item); m != nil {
		return m[1]
	}
	return ""
}

// withOptionHead gives the item's head to a sentence of it after the first
// that states the item's default alone: "maxBuffer <number> Largest amount
// of data ... Default: 1024 * 1024." splits into sentences, and "Default:
// 1024 * 1024." by itself names no option, so "what's the default
// maxBuffer for exec" found it no better than the list's other "Default:"
// lines. With its head it reads as the list's short items do ("timeout
// <number> Default: 0").
func withOptionHead(head, s string, first bool) string {
	if head == "" || first || !bareDefaultRe.MatchString(s) {
		return s
	}
	return head + " " + strings.TrimSpace(s)
}
