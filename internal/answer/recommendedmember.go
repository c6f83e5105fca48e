package answer

import (
	"regexp"
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// useOfRe finds a sentence about the use of something ("Use of this
// pre-allocated internal memory pool is ..."), which recommends nothing.
var useOfRe = regexp.MustCompile(`(?i)^use of\b`)

// deprecatedUseRe finds a deprecation notice that says what to use: "Stability:
// 0 - Deprecated: Use diagnostics_channel.subscribe(name, onMessage)".
var deprecatedUseRe = regexp.MustCompile(`(?i)\bdeprecated:\s*use\s`)

// dottedNameRe is a dotted API name ("os.availableParallelism",
// "diagnostics_channel.subscribe") not after a dot, a slash or a word.
var dottedNameRe = regexp.MustCompile(`[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+`)

// recommendedNames returns the dotted API names, lower case, a sentence
// names when it tells the reader what to use ("Use
// os.availableParallelism() for this purpose.", "Stability: 0 -
// Deprecated: Use diagnostics_channel.subscribe(name, onMessage)").
func recommendedNames(s string) []string {
	s = strings.TrimSpace(s)
	if !recommends(s) && !deprecatedUseRe.MatchString(s) || useOfRe.MatchString(s) {
		return nil
	}
	var out []string
	for _, m := range dottedNameRe.FindAllStringIndex(s, -1) {
		if m[0] > 0 && strings.ContainsRune(".-/", rune(s[m[0]-1])) {
			continue
		}
		out = append(out, strings.ToLower(s[m[0]:m[1]]))
	}
	return out
}

// headingName returns the whole API name an API section's heading names,
// lower case ("os.availableparallelism" of "os.availableParallelism()"),
// or "" for a heading of prose or an event.
func headingName(h string) string {
	m := headingMemberRe.FindStringSubmatch(strings.TrimSpace(h))
	if m == nil {
		return ""
	}
	return strings.ToLower(m[1])
}

// withRecommended adds to an answer whose lead tells the reader what to use
// the best sentence of the section of that thing, when the passages hold
// one: "Use os.availableParallelism() for this purpose." leads from
// os.cpus()'s section, and os.availableParallelism()'s own section, which
// is what the reader will read next, is cited after it. When the answer
// is full, the sentence takes the place of its last.
func withRecommended(picked, cands []sentence, hits []search.Hit, most int) []sentence {
	if len(picked) == 0 {
		return picked
	}
	names := recommendedNames(picked[0].text)
	if len(names) == 0 {
		return picked
	}
	lead := hits[picked[0].hit].ID
	for _, name := range names {
		b := -1
		for i, c := range cands {
			h := hits[c.hit]
			if h.ID == lead || headingName(h.Heading) != name {
				continue
			}
			if b < 0 || c.score > cands[b].score {
				b = i
			}
		}
		if b < 0 {
			continue
		}
		for _, p := range picked {
			if hits[p.hit].ID == hits[cands[b].hit].ID {
				return picked // cited already
			}
		}
		if len(picked) >= most {
			picked = picked[:most-1]
		}
		return append(picked, cands[b])
	}
	return picked
}
