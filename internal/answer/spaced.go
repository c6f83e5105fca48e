package answer

import "github.com/chapterbot/chapterbot/internal/search"

// Spaced words. A reader writes as two words what the book writes as one
// ("ipv4 first" for the value ipv4first, "keep alive" for keepalive):
// the search finds the book's word for the pair (see search.SpacedPairs),
// and a passage that holds it holds both of the reader's words. Without
// it, "how do i make lookups return ipv4 first" was refused from
// dns.setDefaultResultOrder, whose "order <string> must be 'ipv4first' or
// 'verbatim'" answers it, since neither "ipv4" nor "first" is written
// there apart.

// spacedWords maps each term of two words in a row of query to the term
// the pair writes as one, when neither word is that term alone.
func spacedWords(r Retriever, query string) map[string][]string {
	var out map[string][]string
	for _, p := range search.SpacedPairTerms(query, r.Terms) {
		out = p.Add(out)
	}
	return out
}

// spacedIn returns the term of spaced (see spacedWords) that a passage's
// terms (head, body) hold for t, or "".
func spacedIn(t string, spaced map[string][]string, head, body map[string]bool) string {
	for _, j := range spaced[t] {
		if head[j] || body[j] {
			return j
		}
	}
	return ""
}
