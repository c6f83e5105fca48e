package search

import (
	"regexp"
	"strings"

	"github.com/blevesearch/bleve/v2/search/query"
)

// Defined codes. A reference defines its codes in lists, one item a code
// ("- ECONNRESET (Connection reset by peer): A connection was forcibly
// closed by a peer."), or under headings, one a code ("ERR_REQUIRE_ESM").
// A reader pasting "Error: read ECONNRESET" wants that definition, while in
// the text fields the code is one word among the hundred of a long list,
// and the sections that merely mention it (an event that fires "in case of
// ECONNRESET errors") share more of the question's other words. So the
// codes a passage defines are indexed in fieldDefined, and the codes a
// question writes in capitals are searched there, beside its words. (API
// names leave error codes out: searched in fieldNames, where every
// member's heading competes, ERR_ASSERTION lost more than it found.)

// fieldDefined is the field of the codes a passage defines, by its list
// items or its section's heading (keyword values, lower case).
const fieldDefined = "defined"

// definedBoost weighs a question's code found in fieldDefined: 1, as for
// API names (s8-nodedoc's pasted "read ECONNRESET" found errors' list of
// system errors first at 1, 2 and 3 alike).
const definedBoost = 1.0

// definedListLen is the length the BM25 statistics give a passage's
// fieldDefined on average: longer than most lists, so that a code of a long
// list is hardly weighed down by the other codes it lists (a list of
// fifteen system errors defines each of them as much as a list of one).
const definedListLen = 64

// definedItemRe reads the code a list item defines: a word in capitals
// (digits and underscores allowed; quoted or not) right after the item's
// dash, followed by its gloss in brackets or a colon ("- 'CERT_HAS_EXPIRED':
// Certificate has expired.").
var definedItemRe = regexp.MustCompile(`^- '?([A-Z][A-Z0-9_]{2,})'?(?: \(|:)`)

// definedHeadingRe reads the code a heading defines: a heading that is
// nothing but a code with an underscore ("ERR_REQUIRE_ESM",
// "HPE_HEADER_OVERFLOW", "ABORT_ERR"), the entry of that code. (A setting's
// heading with its value, "NODE_DEBUG=module", moved one question of one
// writer's sets and put cli.html's entry before util.debuglog for it.)
var definedHeadingRe = regexp.MustCompile(`^([A-Z][A-Z0-9]*_[A-Z0-9_]+)$`)

// queryCodeRe finds codes a question writes: words of three or more
// capitals, digits and underscores, starting with a capital.
var queryCodeRe = regexp.MustCompile(`\b[A-Z][A-Z0-9_]{2,}\b`)

// definedCodes are the fieldDefined values of a passage of text under
// heading.
func definedCodes(heading, text string) []string {
	var out []string
	if m := definedHeadingRe.FindStringSubmatch(strings.TrimSpace(heading)); m != nil {
		out = append(out, strings.ToLower(m[1]))
	}
	// Only list items are read: the pattern runs on the lines that start
	// with a dash, not over the whole text (a build reads every passage).
	for line := range strings.Lines(text) {
		if !strings.HasPrefix(line, "- ") {
			continue
		}
		if m := definedItemRe.FindStringSubmatch(line); m != nil {
			out = append(out, strings.ToLower(m[1]))
		}
	}
	return unique(out)
}

// queryCodes are the fieldDefined values question q writes.
func queryCodes(q string) []string {
	var out []string
	for _, c := range queryCodeRe.FindAllString(q, -1) {
		out = append(out, strings.ToLower(c))
	}
	return unique(out)
}

// definedQueries are the clauses of the codes q writes, in fieldDefined.
func definedQueries(q string) []query.Query {
	return termClauses(queryCodes(q), fieldDefined, definedBoost)
}
