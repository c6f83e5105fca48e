package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A question that sets up a first part and asks its fact in a later one
// is led by the sentence of the best passage that holds the later part's
// words, not by the one that answers the setting. A first part that asks
// a fact itself keeps its lead.
func TestLaterPartLead(t *testing.T) {
	hit := func(heading, text string) []search.Hit {
		return []search.Hit{{ID: "acme-documentary#" + strings.ToLower(strings.ReplaceAll(heading, " ", "-")), ChapterTitle: "Acme: The Documentary", Heading: heading, Score: 1, Text: text}}
	}
	for _, tc := range []struct {
		q    string
		hits []search.Hit
		want string
	}{
		{"is acme backed by a big company like widgets is by megacorp? who pays for it", hit("Backers and sponsors",
			"Unlike Widgets at Megacorp or Gadgets at Bigco, Acme has never been owned by a company. "+
				"Its development is paid for by Patreon backers, GitHub Sponsors, and Open Collective donations."),
			"Its development is paid for"},
		{"why did the shop ditch acme lol, what did they move to", hit("The shop moves away",
			"The shop started in 2006 as an Acme application. "+
				"As traffic grew it suffered frequent outages, and Acme got much of the blame. "+
				"Over the following years the shop moved its message queue and then most back-end services to Scala."),
			"the shop moved its message queue"},
		{"who actually came up with acme and where did he first show it off?", hit("First releases",
			"Jane Doe created Acme in 2009 as a small experiment. "+
				"She first showed it off at a conference in Berlin later that year."),
			"Jane Doe created Acme"},
		// "which one" asks of the first part's thing: no words of its own.
		{"heard acme is rewriting its compiler in another language, which one?", hit("Native port",
			"Acme is rewriting its compiler in Go for speed. "+
				"It grew by letting teams add types one file at a time."),
			"rewriting its compiler in Go"},
	} {
		q := Question{Text: tc.q}
		got := New(analysedRetriever{fakeRetriever{hits: tc.hits}}, Options{}).extractive(context.Background(), q, Retrieval{Query: q.Text, Hits: tc.hits, Covered: true})
		if lead, _, _ := strings.Cut(got.Text, "["); !strings.Contains(lead, tc.want) {
			t.Errorf("%q: answer %q, want its lead to hold %q", tc.q, got.Text, tc.want)
		}
	}
}
