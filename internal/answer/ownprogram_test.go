package answer

import "testing"

func TestUnwrittenFlagOfOwnProgram(t *testing.T) {
	book := idleServersBook(":\n\n    $ srv --idle-timeout=30 app.conf")
	e := New(bookIndex(t, book), Options{})
	tests := []struct {
		q    string
		want bool
	}{
		{"how do servers close idle connections with srv --idle-timeout?", true},
		// The book gives srv's flags: one of srv it never writes is of
		// another release, not another program's.
		{"how do servers close idle connections with srv --idle-thread-cap?", false},
		// curl's flags the book never gives: its flag is curl's own.
		{"how do servers close idle connections i open with curl --idle-thread-cap?", true},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}
