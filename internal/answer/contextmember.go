package answer

import (
	"regexp"
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// contextMemberWeight scales the sentences of an API member's section when
// the question names that member only as what the reader already does
// ("new URL(import.meta.url).pathname gives me /C:/... on windows, how do
// i get a proper file path"): the member is the question's context, and
// its section, which shares the question's words, says what the reader
// already knows; the answer is in a sibling that names what is asked
// (url.fileURLToPath). Nodedoc sets: 0.5, 0.6 and 0.7 lead the same
// sections, 0.8 half as many.
const contextMemberWeight = 0.7

// clauseSepRe splits a question into clauses: lines, sentences, and the
// parts a dash, comma or semicolon sets apart. A question mark is a
// separator of its own, which marks the clause before it as asking.
var clauseSepRe = regexp.MustCompile(`\n|\?+|[.!]\s+|\s+[-—–]+\s+|[,;:]\s+`)

// askWordRe finds a word that asks: a clause holding one asks, when no
// clause ends in a question mark ("Buffer.alloc vs Buffer.allocUnsafe,
// what's the actual difference").
var askWordRe = regexp.MustCompile(`(?i)\b(?:how|what|what's|whats|which|why|where|when|who|can|could|should|does|do|is|are|will|any)\b`)

// pronounRe finds a pronoun in the asking clause that stands for a thing
// named before it ("im hashing passwords with crypto.scrypt, what cost
// does it use"): the member named earlier is then what is asked of.
var pronounRe = regexp.MustCompile(`(?i)\b(?:it|its|it's)\b`)

// askingClauses returns the clauses of question q that ask: those ending
// in a question mark, else the last one holding a word that asks.
func askingClauses(q string) []string {
	var clauses []string
	var asking []bool
	start := 0
	for _, m := range clauseSepRe.FindAllStringIndex(q, -1) {
		clauses = append(clauses, q[start:m[0]])
		asking = append(asking, strings.HasPrefix(q[m[0]:m[1]], "?"))
		start = m[1]
	}
	clauses = append(clauses, q[start:])
	asking = append(asking, false)
	var out []string
	for i, c := range clauses {
		if asking[i] && strings.TrimSpace(c) != "" {
			out = append(out, c)
		}
	}
	if len(out) > 0 {
		return out
	}
	for i := len(clauses) - 1; i >= 0; i-- {
		if askWordRe.MatchString(clauses[i]) {
			return clauses[i : i+1]
		}
	}
	return nil
}

// codeNameRe is a name as code writes it, dotted or not.
var codeNameRe = regexp.MustCompile(`[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*`)

// codeMembers returns the API members text writes as code, lower case: the
// last member of a dotted name ("write" of "writable.write()", "url" of
// "new URL(import.meta.url)") and a camel-case word ("postMessage"); not
// a word called alone ("require()"), which names what a question is about
// more often than what the reader did. A name right after a dot, a slash or a dash is
// a member after a call (".pathname") or part of a path or a flag.
func codeMembers(text string) map[string]bool {
	out := map[string]bool{}
	for _, m := range codeNameRe.FindAllStringIndex(text, -1) {
		if m[0] > 0 && strings.ContainsRune(".-/", rune(text[m[0]-1])) {
			continue
		}
		if last, _, ok := apiMember(text[m[0]:m[1]]); ok {
			out[strings.ToLower(last)] = true
		}
	}
	return out
}

// contextMembers returns the API members question q names outside the
// clauses that ask, when those do not refer back to them with a pronoun.
func contextMembers(q string) map[string]bool {
	asking := askingClauses(q)
	if len(asking) == 0 {
		return nil
	}
	ask := strings.Join(asking, " ")
	if pronounRe.MatchString(ask) {
		return nil
	}
	named := codeMembers(ask)
	var out map[string]bool
	for m := range codeMembers(q) {
		if named[m] {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[m] = true
	}
	return out
}

// headingMemberRe is an API member's heading: an optional kind, the dotted
// name, and its parameters ("Static method: Buffer.allocUnsafe(size)",
// "import.meta.url", "new URL(input[, base])").
var headingMemberRe = regexp.MustCompile(`^(?:(?:Static method|Class):\s*)?(?:new\s+)?([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*(?:\(.*)?$`)

// headingMember returns the member an API section's heading names, lower
// case ("write" of "writable.write(chunk[, encoding][, callback])"), or ""
// for a heading of prose or an event.
func headingMember(h string) string {
	m := headingMemberRe.FindStringSubmatch(strings.TrimSpace(h))
	if m == nil {
		return ""
	}
	name := m[1]
	return strings.ToLower(name[strings.LastIndexByte(name, '.')+1:])
}

// contextLead scales down the sentences of the sections whose heading
// names an API member the question names only as its context (see
// contextMemberWeight), when one of them leads, unless a section of
// another page would lead instead. Where the context section still leads,
// its siblings' sentences join it more easily (pick holds them to a share
// of the lead's score).
func contextLead(q string, cands []sentence, hits []search.Hit) {
	ctx := contextMembers(q)
	if len(ctx) == 0 {
		return
	}
	of := func(i int) bool {
		m := headingMember(hits[cands[i].hit].Heading)
		return m != "" && ctx[m]
	}
	lead := leading(cands)
	if lead < 0 || !of(lead) {
		return
	}
	scores := make([]float64, len(cands))
	for i := range cands {
		scores[i] = cands[i].score
		if of(i) {
			cands[i].score *= contextMemberWeight
		}
	}
	// A section of another page that takes the lead shares the question's
	// words by chance more often than it answers.
	if now := leading(cands); pageOf(hits[cands[now].hit].ID) != pageOf(hits[cands[lead].hit].ID) {
		for i := range cands {
			cands[i].score = scores[i]
		}
	}
}

// leading returns the index of the best-scoring sentence, the first of equals,
// or -1 when there is none.
func leading(cands []sentence) int {
	b := -1
	for i := range cands {
		if b < 0 || cands[i].score > cands[b].score {
			b = i
		}
	}
	return b
}

// pageOf returns the page of a section's ID, the part before "#".
func pageOf(id string) string {
	p, _, _ := strings.Cut(id, "#")
	return p
}
