package answer

import (
	"testing"
	"testing/fstest"
)

// idleServersBook is a chapter on idle connections whose one flag,
// --idle-timeout, is told in a sentence ending with how, and a chapter on
// gardens.
func idleServersBook(how string) fstest.MapFS {
	return fstest.MapFS{
		"servers.md": {Data: []byte(`# Servers

## Idle connections

Early web servers gave every connection its own thread, and idle connections held their threads for nothing.

Start the server with --idle-timeout to close idle connections after a while` + how + "\n")},
		"garden.md": {Data: []byte(`# Gardens

## Watering

Tomatoes want deep watering twice a week, early in the morning.
`)},
	}
}

func TestUnwrittenFlag(t *testing.T) {
	e := New(bookIndex(t, idleServersBook(".")), Options{})
	tests := []struct {
		q    string
		want bool
	}{
		{"how do servers close idle connections with --idle-timeout?", true},
		// A flag the book never writes is of another release or program.
		{"how do servers close idle connections with --idle-thread-cap?", false},
		{"--idle-thread-cap: how do servers close idle connections?", false},
		// Nor does it write a flag inside a longer one (search.WritesCode).
		{"how do servers close idle connections with --idle-time?", false},
		// A flag of the program the question runs, or one it compares
		// with, is not what it asks about.
		{"how do servers close idle connections i open with curl --idle-thread-cap?", true},
		{"how do servers close idle connections, like --idle-thread-cap does?", true},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}
