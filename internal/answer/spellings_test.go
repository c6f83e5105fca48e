package answer

import (
	"context"
	"slices"
	"testing"
	"testing/fstest"
)

// languagesBook names Go and Kubernetes only so, never "golang" or
// "k8s"; its Rust chapter shares the questions' other words.
var languagesBook = fstest.MapFS{
	"go.md": {Data: []byte(`# Go

## Origins

Go was designed at Google by Robert Griesemer, Rob Pike and Ken Thompson, and Kubernetes is written in Go. Its
compiler is fast, its binaries are static, and its channels pass values between goroutines.
`)},
	"rust.md": {Data: []byte(`# Rust

## Origins

Rust was designed by Graydon Hoare; it was designed as a side project. Builds go through Cargo.
`)},
}

func TestBookSpellings(t *testing.T) {
	ix := bookIndex(t, languagesBook)
	c := newCoverage(ix)
	tests := []struct {
		q    string
		want []string
	}{
		{"who designed golang", []string{"Go"}},
		{"what is written in k8s", []string{"kubernetes"}},
		// The book's own spelling, or a common word written lower case, is
		// searched as it is.
		{"what is written in kubernetes", nil},
		{"where do builds go", nil},
	}
	for _, tt := range tests {
		got, err := c.bookSpellings(context.Background(), ix, tt.q)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("bookSpellings(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestNicknameSearched(t *testing.T) {
	e := New(bookIndex(t, languagesBook), Options{})
	r, err := e.Retrieve(context.Background(), Question{Text: "who designed golang?"})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Hits) == 0 || r.Hits[0].Chapter != "go" {
		t.Fatalf("first hit %+v, want the go chapter", r.Hits)
	}
	if !r.Covered {
		t.Errorf("not covered (share %.3f)", r.Coverage)
	}
}

func TestSpellingIn(t *testing.T) {
	c := newCoverage(bookIndex(t, languagesBook))
	tests := []struct {
		t, s, text string
		want       bool
	}{
		{"golang", "go", "It is written in Go.", true},
		{"golang", "go", "Builds go through Cargo.", false},
		{"k8s", "kubernetes", "kubernetes schedules containers", true},
		{"go", "go", "Builds go through Cargo.", true},
	}
	for _, tt := range tests {
		if got := c.spellingIn(tt.t, tt.s, tt.text, false); got != tt.want {
			t.Errorf("spellingIn(%q, %q, %q) = %v, want %v", tt.t, tt.s, tt.text, got, tt.want)
		}
	}
}
