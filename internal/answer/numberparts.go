package answer

import (
	"context"
	"regexp"
	"slices"
	"strings"
)

// A reader writes a name and its number as one word ("http2", "sha256",
// "utf8") where the book puts a slash, a hyphen or a space between them
// ("HTTP/2", "SHA-256", "UTF-8"). The index reads the book's spelling as
// two terms and the reader's as one that no passage holds, so the keyword
// search found every passage on the name but not the one on its numbered
// form: "which nginx version first supported http2" ranked the chapter's
// first releases, never its "HTTP/2 support".

// numberPartsRe is a word of two letters or more and a number written
// together, its two parts captured.
var numberPartsRe = regexp.MustCompile(`^([A-Za-z]{2,})(\d+)$`)

// numberPartsHits is how many passages withNumberParts reads of those
// found for a name and its number apart.
const numberPartsHits = 5

// withNumberParts returns the text searched for query: text, and the
// name and number apart of each word of query outside backticks that
// numberPartsRe matches, when the book never writes that word as one
// term but writes its name, and a passage found for the two writes them
// in a row ("HTTP/2"): a host "web1" or a gene "fox0" whose parts the
// book writes only apart is the reader's, or another thing.
func withNumberParts(ctx context.Context, r Retriever, query, text string) (string, error) {
	type split struct{ whole, name, parts, joined string }
	var cands []split
	var lookup []string
	for _, span := range outsideCode(query) {
		for _, field := range strings.Fields(span) {
			m := numberPartsRe.FindStringSubmatch(bareWord(field))
			if m == nil {
				continue
			}
			whole, name := r.Terms(m[0]), r.Terms(m[1])
			if len(whole) != 1 || len(name) != 1 {
				continue
			}
			cands = append(cands, split{whole[0], name[0], m[1] + " " + m[2], strings.ToLower(m[0])})
			lookup = append(lookup, whole[0], name[0])
		}
	}
	if len(cands) == 0 {
		return text, nil
	}
	df, err := r.DocFreqs(ctx, lookup)
	if err != nil {
		return "", err
	}
	var words []string
	for _, c := range cands {
		if df[c.whole] > 0 || df[c.name] == 0 || slices.Contains(words, c.parts) {
			continue
		}
		hits, err := r.Search(ctx, c.parts, numberPartsHits)
		if err != nil {
			return "", err
		}
		if joinedIn(c.joined, hits, "") {
			words = append(words, c.parts)
		}
	}
	return strings.Join(append([]string{text}, words...), " "), nil
}
