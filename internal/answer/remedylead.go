package answer

import (
	"regexp"

	"github.com/chapterbot/chapterbot/internal/search"
)

var (
	// asksRemedyRe finds a question that reports a problem and asks for
	// the way out of it: a pasted error that something "is not defined"
	// or "is not available", "how do i fix it", "is there a workaround",
	// or what another language's idiom is here ("the node equivalent of
	// python's if __name__ == '__main__'").
	asksRemedyRe = regexp.MustCompile(`(?i)\b(?:is not defined|is not available|equivalent|how (?:do|can|would|should) (?:i|we) fix|how to fix|fix (?:it|this|that)|work ?around)\b`)
	// remedyRe finds a sentence that tells the way out: "__filename and
	// __dirname use cases can be replicated via import.meta.url.", "This
	// can be addressed by passing microtaskMode: 'afterEvaluate' ...",
	// "it is possible to determine whether a file has been run directly
	// by testing require.main === module".
	remedyRe = regexp.MustCompile(`(?i)\bcan (?:instead )?be (?:addressed|replicated|avoided|fixed|solved|resolved|worked around|emulated)\b.{0,80}?\b(?:by|via|with|using|through)\b|\bit is possible to\b.*\bby\s+\pL+ing\b`)
)

// asksRemedy reports whether q reports a problem and asks for the way out.
func asksRemedy(q string) bool { return asksRemedyRe.MatchString(q) }

// tellsRemedy reports whether s tells the way out of a problem.
func tellsRemedy(s string) bool { return remedyRe.MatchString(s) }

// remedyLead raises each section's sentences that tell the way out just
// above the section's best sentence. A reference section says what is
// wrong first ("These CommonJS variables are not available in ES
// modules.", "For example, the following code ... schedules an infinite
// loop ...") and the way out after, in a sentence that shares fewer of
// the words of a question that pastes the error or tells the symptom: the
// first restates what the reader knows.
//
// A way out that points back at the problem ("This can be addressed by
// ...") leads all the same: the problem is the question's.
func remedyLead(cands []sentence, hits []search.Hit) {
	raiseInSection(cands, hits, tellsRemedy)
	for i := range cands {
		cands[i].remedy = tellsRemedy(cands[i].text)
	}
}
