package answer

import (
	"slices"
	"strings"
	"testing"
)

func TestMovedTo(t *testing.T) {
	tests := []struct {
		text string
		want bool // its last word is what the reader would move to
	}{
		{"is it worth learning node or should i switch to go", true},
		{"when does node 18 reach end of life, should i jump straight to 22", true},
		{"should i move my api from node to bun", true},
		{"we are migrating the whole backend over to deno", true},
		{"i want to go", false},
		{"how do i switch it off. then go to 22", false},
		{"i switch the flag on and the output goes to stdout", false},
		{"to go", false},
	}
	for _, tt := range tests {
		fields := strings.Fields(tt.text)
		if got := movedTo(fields, len(fields)-1); got != tt.want {
			t.Errorf("movedTo(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestMovedToGo(t *testing.T) {
	for _, text := range []string{"channels are fine but should i switch to go", "should we migrate the service to go?"} {
		if _, byWord := goReadings(text); !byWord || !writesGo(text) {
			t.Errorf("%q: does not name the Go language", text)
		}
	}
	// A book on channels that never names Go cannot tell whether to leave
	// them for Go; the threads that go on are the verb.
	channels := New(bookIndex(t, channelsBook), Options{})
	wantCovered(t, channels, "channels share data between threads well, or should i switch to go?", false)
	wantCovered(t, channels, "do threads go on with their work after they send on a channel?", true)
}

func TestMovedVersion(t *testing.T) {
	e := New(bookIndex(t, versionBook), Options{})
	tests := []struct {
		q    string
		want bool
	}{
		// A release moved to by its number alone is one of the name the
		// question versions before it.
		{"when did lantern 2.0 ship, and should i jump straight to 4?", false},
		{"lantern 2.0 made the cache shared, should i upgrade to 5 right away?", false},
		// One the book gives.
		{"when did lantern 2.0 ship, and should i jump straight to 3.1?", true},
		// A setting moved to a value is no release.
		{"lantern 2.0 loads plugins when it starts, should i bump the plugins to 12?", true},
		// A number moved to with no version before it is left unread.
		{"when did lantern ship the shared cache, should i bump the plugins to 12?", true},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
	node18 := []askedVersion{{"node", "18", "node"}}
	for _, tt := range []struct {
		prose string
		want  []askedVersion
	}{
		{"node 18 is old, should i jump straight to 22?", []askedVersion{{"node", "22", "node"}}},
		{"should i upgrade from node 18 to 22", []askedVersion{{"node", "22", "node"}}},
		{"on node 18, should i bump maxSockets to 50?", nil},
		{"node 18 is fine, should i switch to 18", nil},
	} {
		if got := movedVersions(tt.prose, node18); !slices.Equal(got, tt.want) {
			t.Errorf("movedVersions(%q) = %v, want %v", tt.prose, got, tt.want)
		}
	}
}
