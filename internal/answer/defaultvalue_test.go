package answer

import (
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

func TestStatesDefaultValue(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"The default value of this parameter is 511 (not 512).", true},
		{"The default of the timeout is 30 seconds.", true},
		{"More specifically, --inspect=0.0.0.0 is insecure if the port (9229 by default) is not firewall-protected.", true},
		{"The broker listens on port 9092 by default.", true},
		{"Each pool keeps idle sockets 30 seconds by default before it closes them.", true},
		{"By default EventEmitters will print a warning if more than 10 listeners are added.", false},
		{"Timers are identified by a unique label.", false},
	}
	for _, tt := range tests {
		if got := statesDefaultValue(tt.s); got != tt.want {
			t.Errorf("statesDefaultValue(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// "default backlog for server listen?" asks for the value the section
// states as the default in words of its own, "The default value of this
// parameter is 511", not for the sentence that says what the backlog is.
func TestDefaultValueOfLeads(t *testing.T) {
	hits := []search.Hit{
		{ID: "net#serverlisten", ChapterTitle: "Net", Heading: "server.listen()", Score: 2,
			Text: "Start a server listening for connections.\n\n" +
				"All listen() methods can take a backlog parameter to specify the maximum length of the queue of pending connections. " +
				"The actual length will be determined by the OS through sysctl settings such as somaxconn on Linux. " +
				"The default value of this parameter is 511 (not 512)."},
	}
	wantLead(t, hits, "default backlog for net server listen? queue of pending connections", "The default value of this parameter is 511")
}
