package search

import (
	"regexp"
	"strings"
)

// Configured members. An entry tells what changes its value in one word:
// dns.lookup()'s options say "Default value is configurable using
// dns.setDefaultResultOrder() or --dns-result-order.", http.maxHeaderSize
// "Defaults to 16 KiB. Configurable using the --max-http-header-size CLI
// option.". A question that asks how to change the value ("431 Request
// Header Fields Too Large from node, what's the max header size and can i
// raise it") is answered by the member named there, whose own entry
// shares few of its words; the flag's entry ranked below the top 5, or,
// ranking on its own words, was not pointed to at all. So when the
// question asks for a change (changeAsk, as getters.go reads it), the
// members a sentence names after an adjective of a verb of change in
// -able ("is configurable using", "Configurable using": can be
// configured using) are pointed to at urgedShare of the pointing
// passage's score, each of them (the sentence gives one means in several
// spellings: a call or a flag), and even when they rank already. A
// question that asks what the value is, not how to change it ("whats the
// default max header size for node's http server?"), keeps the entry
// above: it gives the value.

// changeableRe matches an adjective in -able of a verb of change after
// "is" or "are" or opening a sentence, followed by " using ".
var changeableRe = regexp.MustCompile(`(?i)(?:^|\b(?:is|are) )(?:configurable|changeable|adjustable|overridable|overrideable|settable|customi[sz]able|modifiable|tunable) using `)

// configurableNames are the members (pointedCalls, pointedFlags) text's
// sentences name after an adjective of changeableRe.
func configurableNames(text string) map[string]bool {
	if !strings.Contains(text, "able using ") {
		return nil
	}
	return namesIn(text, func(s string) string {
		loc := changeableRe.FindStringIndex(s)
		if loc == nil {
			return ""
		}
		return s[loc[1]:]
	})
}
