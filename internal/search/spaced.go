package search

import (
	"context"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// Spaced words. A reader writes as two words what a reference writes as
// one: "ipv4 first" for the value ipv4first, "keep alive" for keepalive,
// "thread pool" for libuv's threadpool, "command line" for commandline.
// The two words are each common, and the book's one word is a term that
// neither matches, so "after upgrading to node 18 my fetch to localhost
// fails with connect ECONNREFUSED ::1:3000 ... how do i get ipv4 first
// again" ranked the system errors and the http 'upgrade' event above
// dns.setDefaultResultOrder, whose text says "order <string> must be
// 'ipv4first' or 'verbatim'". So two words in a row, each one term, whose
// concatenation is one other term that the book writes as a word of prose
// (writtenWhole), are each matched by that term too, in a passage that
// lacks the word itself (spacedQuery). Only words of ASCII letters and
// digits, two at least each, a letter among them, with nothing but
// spaces between them, are joined ("a sync" is no "async", "127.0.0.1"
// and "node 18" no number), and the index is asked once a pair. Only in a
// reference (isReference): in prose both spellings are the writer's
// ("life span", "lifespan"), and the pair finds its passages already
// (SciFact's nDCG@10 0.706 -> 0.705 with it).
//
// Measured on the Node.js reference (recall@5 / MRR@10): s17 0.893 /
// 0.661 -> 0.902 / 0.661 (dns.setDefaultResultOrder into the top 5 for
// "ipv4 first"), s19 0.817 / 0.623 -> 0.833 / 0.624 (inspector.open for
// "instead of passing --inspect on the command line"; the ipv4 question
// answered, not refused), s10 MRR 0.695 -> 0.704, s12 0.667 -> 0.669, s15
// 0.631 -> 0.633 (node's own argument parser, "command line", holds the
// key), s23's "libuv thread pool" answered from UV_THREADPOOL_SIZE; s16
// and s22 MRR 0.630 -> 0.621 and 0.690 -> 0.681, nodedoc-heldout recall
// 0.714 -> 0.707 (one of two sections), nodedoc-final MRR 0.709 -> 0.706.
// Without writtenWhole's reading of the text, class names ("fatal error":
// FatalError, "readable stream": ReadableStream) and code names
// ("--heapsnapshot-signal", "http2server.setTimeout()") stood for the
// pairs, and nine Node.js sets lost up to 0.04 of recall; with the joined
// term matched where the word is written too, "keep alive timeout" ranked
// every keepAlive option above server.keepAliveTimeout.

// minSpacedPart is the fewest characters a word joined to its neighbour
// has.
const minSpacedPart = 2

// spacedTerms maps the terms of two words in a row of q to the term of
// the index that the pair writes as one (see above), when neither is it
// and terms lack it.
func (g *generation) spacedTerms(ctx context.Context, a analysis.Analyzer, q string, terms []string) (map[string][]string, error) {
	if !g.isReference() {
		return nil, nil
	}
	var out map[string][]string
	for _, p := range SpacedPairTerms(q, analyser(a)) {
		if slices.Contains(terms, p.Joined) {
			continue
		}
		whole, err := g.writtenWhole(ctx, p.Joined, p.Written)
		if err != nil {
			return nil, err
		}
		if whole {
			out = p.Add(out)
		}
	}
	return out, nil
}

// SpacedPair is two words in a row of a question, each one term (First,
// Second), and the one other term (Joined) that the pair written as one
// word (Written) is.
type SpacedPair struct{ First, Second, Joined, Written string }

// SpacedPairTerms are the pairs of q (SpacedPairs) that terms analyses as
// one term each and, written as one word, as one other term.
func SpacedPairTerms(q string, terms func(string) []string) []SpacedPair {
	var out []SpacedPair
	for _, p := range SpacedPairs(q) {
		joined := terms(p[0] + p[1])
		if len(joined) != 1 {
			continue
		}
		first, second := terms(p[0]), terms(p[1])
		if len(first) != 1 || len(second) != 1 || first[0] == joined[0] || second[0] == joined[0] {
			continue
		}
		out = append(out, SpacedPair{first[0], second[0], joined[0], p[0] + p[1]})
	}
	return out
}

// Add maps each of p's terms to its joined term in out, made when nil.
func (p SpacedPair) Add(out map[string][]string) map[string][]string {
	if out == nil {
		out = map[string][]string{}
	}
	for _, t := range []string{p.First, p.Second} {
		if !slices.Contains(out[t], p.Joined) {
			out[t] = append(out[t], p.Joined)
		}
	}
	return out
}

// spacedQuery is q, the clause of a term t (tq) of two words in a row, or
// the terms joined of the pair (see spacedTerms) in a passage that lacks
// t: a passage that holds both the parts and the joined term writes an
// identifier of them ("keepAlive": keep, alive, keepalive), which the
// parts match already, and it would gain the joined term's score twice
// over.
func spacedQuery(q query.Query, tq *query.TermQuery, joined []string, termQuery func(string) *query.TermQuery) query.Query {
	qs := []query.Query{q}
	for _, j := range joined {
		qs = append(qs, query.NewBooleanQuery([]query.Query{termQuery(j)}, nil, []query.Query{tq}))
	}
	return query.NewDisjunctionQuery(qs)
}

// maxWholeRead is how many of the passages holding a joined term
// writtenWhole reads.
const maxWholeRead = 10

// writtenWhole reports whether a passage of the first maxWholeRead that
// hold term t writes word, lower case, as a word of its own: the book then
// writes as one word ("ipv4first", "keepalive") what the reader wrote as
// two. A class or an identifier the term also stands for ("FatalError",
// "ReadableStream") is a name, not the idea the reader's two words name
// ("fatal error", "readable stream"), and a stem that only collides with
// the pair ("can one": canon, of "canonical") is no word of the book.
func (g *generation) writtenWhole(ctx context.Context, t, word string) (bool, error) {
	r, err := g.reader.TermFieldReader(ctx, []byte(t), fieldText, false, false, false)
	if err != nil {
		return false, err
	}
	defer r.Close()
	for range maxWholeRead {
		d, err := r.Next(nil)
		if err != nil || d == nil {
			return false, err
		}
		id, err := g.reader.ExternalID(d.ID)
		if err != nil {
			return false, err
		}
		doc, err := g.idx.Document(id)
		if err != nil {
			return false, err
		}
		found := false
		if doc != nil {
			doc.VisitFields(func(f index.Field) {
				if f.Name() == fieldText && !found {
					found = holdsWord(string(f.Value()), word)
				}
			})
		}
		if found {
			return true, nil
		}
	}
	return false, nil
}

// holdsWord reports whether text writes word, as it is written, as a
// word of prose: not inside a longer word, nor as a part of a code name,
// after a dot, a dash, a slash or an underscore ("--heapsnapshot-signal",
// "node.heapsnapshot", "stream/webstream") or before one that goes on
// ("http2server.setTimeout()").
func holdsWord(text, word string) bool {
	for at := 0; ; {
		i := strings.Index(text[at:], word)
		if i < 0 {
			return false
		}
		start, end := at+i, at+i+len(word)
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		after, n := utf8.DecodeRuneInString(text[end:])
		next, _ := utf8.DecodeRuneInString(text[min(end+n, len(text)):])
		opens := start == 0 || !isWordRune(before) && !strings.ContainsRune(codeJoiners, before)
		closes := end == len(text) || !isWordRune(after) && !(strings.ContainsRune(codeJoiners, after) && end+n < len(text) && isWordRune(next))
		if opens && closes {
			return true
		}
		at = end
	}
}

// codeJoiners join the parts of a code name: a member, a flag, a path.
const codeJoiners = "._-/$"

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// SpacedPairs returns the pairs of words in a row of q that may write one
// word of a book as two (see spacedTerms), lower case: ASCII letters and
// digits of minSpacedPart characters at least, with only spaces between
// them. A word may open with punctuation when it is the first of its pair
// and close with it when it is the second ("'keep alive'", "(read
// line)"). Two words in capitals are passed by (shouted).
func SpacedPairs(q string) [][2]string {
	var out [][2]string
	fields := strings.Fields(q)
	for i := 0; i+1 < len(fields); i++ {
		first := strings.TrimLeftFunc(fields[i], isSpacedPunct)
		second := strings.TrimRightFunc(fields[i+1], isSpacedPunct)
		if spacedWord(first) && spacedWord(second) && !(shouted(first) && shouted(second)) {
			out = append(out, [2]string{strings.ToLower(first), strings.ToLower(second)})
		}
	}
	return out
}

// shouted reports whether w has no lower-case letter: two such words in a
// row are a message the reader pastes ("FATAL ERROR: Reached heap
// limit"), not words of the question.
func shouted(w string) bool {
	return !strings.ContainsFunc(w, unicode.IsLower)
}

// spacedWord reports whether w is minSpacedPart ASCII letters and digits
// or more, a letter among them.
func spacedWord(w string) bool {
	if len(w) < minSpacedPart {
		return false
	}
	letter := false
	for i := 0; i < len(w); i++ {
		c := w[i] | 0x20
		switch {
		case c >= 'a' && c <= 'z':
			letter = true
		case w[i] >= '0' && w[i] <= '9':
		default:
			return false
		}
	}
	return letter
}

// isSpacedPunct reports whether r is punctuation a word of a pair may
// open or close with: quotes, brackets and the marks that end a phrase.
func isSpacedPunct(r rune) bool {
	return strings.ContainsRune("'\"`([{)]}.,;:!?", r)
}
