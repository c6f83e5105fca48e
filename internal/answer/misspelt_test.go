package answer

import (
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A question's word that no sentence writes as such is held by a word one
// letter away from it: "license" by "licence".
func TestAskMisspelt(t *testing.T) {
	hits := []search.Hit{{ID: "git#bitkeeper", ChapterTitle: "Git", Heading: "BitKeeper", Score: 1,
		Text: "From 2002 the Linux kernel was managed with BitKeeper, a proprietary tool. " +
			"In April 2005 BitMover, the company of Larry McVoy, withdrew that free licence after Andrew Tridgell reverse-engineered the BitKeeper protocol."}}
	wantLead(t, hits, "what happened to the free bitkeeper license of the kernel?", "In April 2005 BitMover")
}

// A clipped word of the question is held by the longer word it begins:
// "prod" by "production", "sync" by "synchronous".
func TestAskClippedWord(t *testing.T) {
	hits := []search.Hit{{ID: "node#reliability", ChapterTitle: "Node.js", Heading: "Reliability", Score: 1,
		Text: "The runtime is only one part of the picture. Production success of a service still requires queues, idempotency and observability."}}
	wantLead(t, hits, "besides the runtime what does a service need to be reliable in prod?", "Production success")
}
