package answer

import (
	"regexp"
	"slices"

	"github.com/chapterbot/chapterbot/internal/search"
)

// orgHeadBoost is the share of its score a passage gains, besides
// typedBoost, when a question asks which organisation and the passage's
// section heading names one of that kind (see orgHeads). Measured on
// every tuning set at 0.3: s14-site and s17-site recall@5 0.98 -> 1 and
// 0.80 -> 0.82 ("which foundation is node.js under these days": "OpenJS
// Foundation" 2nd -> 1st, "Foundation-backed standardization" into the
// top 5), no other figure moved.
const orgHeadBoost = 0.3

// orgAskRe reads the kind of organisation a question asks for: "which
// foundation is node under these days", "what company built kafka".
var orgAskRe = regexp.MustCompile(`^(?:which|what) (foundation|company|companies|organi[sz]ation|firm|startup|vendor|corporation)(?:[^\pL\pN]|$)`)

// orgHeads returns, for a question that asks which foundation or company
// ("which foundation does node.js belong to"), the test of a hit whose
// section's heading names an organisation of that kind: the heading holds
// the kind's word ("OpenJS Foundation", "Foundation-backed
// standardization"). Every passage of the chapter names the subject, and
// one that names a person as well ("Ryan Dahl publishes early Node.js
// releases") gains typedBoost as much as the one that answers: the
// section named after the organisation is where the book says which it
// is. Nil for any other question.
func (e *Engine) orgHeads(query string) func(search.Hit) bool {
	m := orgAskRe.FindStringSubmatch(normalQuestion(query))
	if m == nil {
		return nil
	}
	kind := e.r.Terms(m[1])
	if len(kind) == 0 {
		return nil
	}
	return func(h search.Hit) bool {
		return h.Heading != "" && slices.ContainsFunc(e.r.Terms(h.Heading), func(t string) bool { return slices.Contains(kind, t) })
	}
}
