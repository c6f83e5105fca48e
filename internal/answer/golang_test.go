package answer

import (
	"testing"
	"testing/fstest"
)

// channelsBook tells of channels in Rust and says "go" only as the verb;
// goBook names the Go language.
var (
	channelsBook = fstest.MapFS{
		"channels.md": {Data: []byte(`# Message passing

## Channels

A channel has a transmitter and a receiver. Threads send values down a channel and go on with their work; the
receiver gets the values in order. Channels are a good way to share data between threads without locks.
`)},
	}
	goBook = fstest.MapFS{
		"channels.md": {Data: []byte(`# Message passing

## Channels

A channel has a transmitter and a receiver. Threads send values down a channel, as in Go, and go on with their
work; the receiver gets the values in order. Channels are a good way to share data between threads without locks.
`)},
	}
)

func TestWritesGo(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"is node or go better for a junior backend career", true},
		{"what's the difference between Go channels and select vs Rust channels?", true},
		{"go vs rust for a cli", true},
		{"should i learn golang", true},
		{"как в Go работает сборщик мусора", true},
		{"Go to the settings page and restart", false},
		{"let it go, the threads go on", false},
		{"does dns.lookup hit the resolver directly or go through getaddrinfo?", false},
		{"why does `go build` fail", false},
	}
	for _, tt := range tests {
		if got := writesGo(tt.text); got != tt.want {
			t.Errorf("writesGo(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestAsksGo(t *testing.T) {
	channels := New(bookIndex(t, channelsBook), Options{})
	golang := New(bookIndex(t, goBook), Options{})
	tests := []struct {
		e    *Engine
		q    string
		want bool
	}{
		// A book on channels that names no Go does not compare them with Go's.
		{channels, "how do Go channels share data between threads?", false},
		{channels, "channels or go, which shares data between threads better?", false},
		{channels, "how do channels share data between threads?", true},
		{channels, "do threads go on with their work after they send on a channel?", true},
		{golang, "how do Go channels share data between threads?", true},
	}
	for _, tt := range tests {
		wantCovered(t, tt.e, tt.q, tt.want)
	}
}
