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

func TestGoReadings(t *testing.T) {
	tests := []struct {
		text string
		want bool // the word "go" names the language
	}{
		{"when did work on go first start", true},
		{"what date was go unveiled to the world", true},
		{"who drew the little go rodent logo", true},
		{"which go version made the toolchain self hosting", true},
		{"what theory is go's goroutine model based on", true},
		{"does go have generics", true},
		{"how fast is go?", true},
		{"who designed go?", true},
		{"it was written in go", true},
		{"is node or go better", true},
		{"when did node 18 go end of life", false},
		{"when and where did gitlab go public", false},
		{"where does the data go?", false},
		{"the requests go through the proxy", false},
		{"go check the logs", false},
		{"i want to go home", false},
		{"it doesn't go anywhere", false},
		{"let's go", false},
		{"should i learn golang", false}, // named, but not by the word "go"
		{"Go to the settings page", false},
		{"why does `go build` fail", false},
	}
	for _, tt := range tests {
		if _, got := goReadings(tt.text); got != tt.want {
			t.Errorf("goReadings(%q) word = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// goHistoryBook tells Go's history, never saying "golang"; its Rust chapter
// shares the questions' other words and says "go" only as the verb.
var goHistoryBook = fstest.MapFS{
	"go.md": {Data: []byte(`# Go

## Open source

Google released Go as an open source project in November 2009, under a BSD-style license.
`)},
	"rust.md": {Data: []byte(`# Rust

## Open source

Mozilla released Rust as an open source project in 2010. Its builds go through Cargo, and its releases go out every
six weeks.
`)},
}

func TestGoWordCovered(t *testing.T) {
	golang := New(bookIndex(t, goHistoryBook), Options{})
	rust := New(bookIndex(t, fstest.MapFS{"rust.md": goHistoryBook["rust.md"]}), Options{})
	tests := []struct {
		e    *Engine
		q    string
		want bool
	}{
		// The language weighs as a name: found, it outweighs the words
		// the book says otherwise.
		{golang, "when was go unveiled to the world as open source?", true},
		// Go is no Rust: only its passages answer a question on go.
		{golang, "does go ship a new release through cargo every six weeks?", false},
		// The verb, in a book with Go or without.
		{golang, "do the rust releases go out every six weeks?", true},
		{rust, "do the rust releases go out every six weeks?", true},
	}
	for _, tt := range tests {
		wantCovered(t, tt.e, tt.q, tt.want)
	}
}
