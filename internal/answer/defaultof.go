package answer

import (
	"regexp"
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// defaultCodeRe finds a piece of code a question names: a long flag
// ("--max-old-space-size") or a call ("fetch()", "stream.pipeline()"),
// the name as its group.
var defaultCodeRe = regexp.MustCompile(`(?:^|[^\pL\pN_\-.])(--[a-z][a-z0-9]*(?:-[a-z0-9]+)*|[\pL_$][\pL\pN_$]*(?:\.[\pL_$][\pL\pN_$]*)*\(\))`)

// askedCode returns the code names of query (see defaultCodeRe), a call
// without its parentheses ("fetch").
func askedCode(query string) []string {
	var out []string
	for _, m := range defaultCodeRe.FindAllStringSubmatch(query, -1) {
		out = append(out, strings.TrimSuffix(m[1], "()"))
	}
	return out
}

// statesDefaultOf reports whether chapter ch states a default (re; see
// askedDefault) of every piece of code asked: a sentence of one of its
// passages among hits (those coverage reads) that writes of a default
// and, with the passage's heading, writes that code (as
// search.WritesCode reads it). A default asked of a flag or a call is
// given where that flag or call is: a reference gives each its own
// section, and the default its neighbour states is another's ("The
// default value is 16 MiB" of --max-semi-space-size, for the default
// --max-old-space-size; the default highWaterMark of Node.js streams, for
// fetch()'s response body), as is one of a passage that names the code
// among other things (a Worker's options, one of which passes
// --max-old-space-size).
func statesDefaultOf(re *regexp.Regexp, code []string, hits []search.Hit, ch string) bool {
	if len(code) == 0 {
		return statesBound(re, hits, ch)
	}
	for _, h := range chapterPassages(hits, ch) {
		for _, u := range units(h.Text) {
			if re.MatchString(u.text) && writesAllCode(h.Heading, u.text, code) {
				return true
			}
		}
	}
	return false
}

// writesAllCode reports whether heading or sentence writes every piece
// of code.
func writesAllCode(heading, sentence string, code []string) bool {
	for _, c := range code {
		if !search.WritesCode(heading, c) && !search.WritesCode(sentence, c) {
			return false
		}
	}
	return true
}
