package answer

import (
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// "how long ... by default?" asks for the number stated as the default: a
// sentence that shares more of the question's words with another number
// (a setting, a version) does not lead.
func TestAskDefaultNumber(t *testing.T) {
	hits := []search.Hit{
		{ID: "http#keepalive", ChapterTitle: "HTTP", Heading: "server.keepAliveTimeout", Score: 2,
			Text: "The number of milliseconds of inactivity a server needs to wait before it destroys the socket.\n\n" +
				"Default: 5000 (5 seconds).\n\n" +
				"A value of 0 makes the http server keep idle keep-alive sockets open like versions prior to 8.0.0, which had no timeout."},
	}
	wantLead(t, hits, "how long does an http server keep an idle keep-alive socket open by default?", "Default: 5000")
}
