package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A question that writes a name and its number as one word ("http2") is
// held by the sentence that writes them apart ("HTTP/2"): of two RFCs
// alike in every other word, that one's leads.
func TestNumberPartsLead(t *testing.T) {
	hits := []search.Hit{{ID: "websocket-protocol#subprotocols-and-extensions", ChapterTitle: "WebSocket Protocol", Heading: "Subprotocols and extensions", Score: 1,
		Text: "Sec-WebSocket-Extensions negotiates extensions; the common one is permessage-deflate, defined in RFC 7692 in 2015, which compresses each message. " +
			"RFC 8441 (2018) carries WebSockets over HTTP/2 streams with an extended CONNECT method."}}
	q := Question{Text: "which rfc lets ws run over http2"}
	got := New(analysedRetriever{fakeRetriever{hits: hits}}, Options{}).extractive(context.Background(), q, Retrieval{Query: q.Text, Hits: hits, Covered: true})
	if lead, _, _ := strings.Cut(got.Text, "["); !strings.Contains(lead, "RFC 8441") {
		t.Errorf("%q: answer %q, want its lead to hold %q", q.Text, got.Text, "RFC 8441")
	}
}

func TestNumberParts(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"RFC 8441 carries WebSockets over HTTP/2 streams.", true},
		{"Use HTTP 2 where the proxy allows it.", true},
		{"HTTP/1.1 keeps one request per connection.", false},
		{"The http2 module serves both.", false}, // the term itself, read by the analyser
	} {
		cands := []sentence{{text: tc.text, terms: map[string]bool{}}}
		numberParts(cands, map[string]float64{"http2": 1, "rfc": 1})
		if got := cands[0].terms["http2"]; got != tc.want {
			t.Errorf("numberParts(%q) holds http2 = %v, want %v", tc.text, got, tc.want)
		}
	}
}
