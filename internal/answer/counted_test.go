package answer

import (
	"slices"
	"testing"
	"testing/fstest"
)

// acquisitionBook gives the year and price of a purchase and the staff
// count of its buyer, and no count of the bought company's staff.
var acquisitionBook = fstest.MapFS{
	"db.md": {Data: []byte(`# Databases

## Sun buys the company

In 2008 Sun bought the Swedish database company for $1 billion. Sun had 30000 employees at the time.

## The first release

The company shipped its first server release in 1995 to a few hundred users.
`)},
}

func TestCountedAnswer(t *testing.T) {
	e := New(bookIndex(t, acquisitionBook), Options{})
	tests := []struct {
		q    string
		want bool
	}{
		// The number beside "bought" is a year and a price, not a count of
		// licences: what is counted is nowhere in the book.
		{"how many licences did the swedish database company sell when sun bought it?", false},
		{"how many employees did sun have when it bought the swedish database company?", true},
		{"how many users did the first server release reach in 1995?", true},
		// A question that counts nothing named reads no counted words.
		{"how much did sun pay for the swedish database company?", true},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}

func TestCountedTerms(t *testing.T) {
	e := New(bookIndex(t, acquisitionBook), Options{})
	c, r := e.cov, e.r
	tests := []struct {
		part string
		want []string
	}{
		{"how many spokes does the logo have", r.Terms("spokes")},
		{"how many concurrent users did it reach", r.Terms("concurrent users")},
		{"how many members of a group read a partition", r.Terms("members")},
		{"how much did oracle pay", nil},
		{"how long is the film, like how many minutes", r.Terms("minutes")},
		{"what is the default port", nil},
		// A Russian sum or "за сколько" is not read: the clause gives it
		// in its unit.
		{"сколько денег подняли в раунде b", nil},
		{"за сколько дней он написал первую версию", nil},
	}
	for _, tt := range tests {
		if got := c.countedTerms(r, tt.part); !slices.Equal(got, tt.want) {
			t.Errorf("countedTerms(%q) = %v, want %v", tt.part, got, tt.want)
		}
	}
}
