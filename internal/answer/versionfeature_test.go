package answer

import (
	"slices"
	"testing"
	"testing/fstest"
)

// releaseBook tells what some releases of a web framework brought.
var releaseBook = fstest.MapFS{
	"lantern.md": {Data: []byte(`# Lantern: The Documentary

## Lantern 1.4

Lantern 1.4 in March 2012 becomes the first long-term support release.

## Lantern 1.7

Lantern 1.7 in September 2014 brings built-in schema migrations.

## The ecosystem

The Lantern REST framework, created by Tom Bright, became the usual way to build JSON APIs with Lantern.
`)},
}

// TestVersionFeature: a version asked of a feature the book never names
// is not answered by another feature's release that shares a word of it.
func TestVersionFeature(t *testing.T) {
	ix := bookIndex(t, releaseBook)
	e := New(ix, Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"which lantern release added built-in schema migrations", true},
		{"which lantern release added the built-in background tasks framework", false},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
	for _, tt := range []struct {
		part string
		want []string
	}{
		{"which lantern release added the built-in background tasks framework", []string{"background", "task"}},
		{"what go version introduced generics", []string{"gener"}},
		{"which go version is the latest", nil},
	} {
		got := featureTerms(ix, tt.part)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("featureTerms(%q) = %v, want %q among them", tt.part, got, w)
			}
		}
		if tt.want == nil && got != nil {
			t.Errorf("featureTerms(%q) = %v, want none", tt.part, got)
		}
	}
}

// ruReleaseBook gives versions of a library, one of them told as the
// latest, and of another library none so told.
var ruReleaseBook = fstest.MapFS{
	"fonar.md": {Data: []byte(`# Библиотеки координации

## Фонарь

Фонарь написали в 2011 году. В ветке 5.x старые кэши Фонаря заменил единый кэш.

## Маяк

Маяк вышел в 2015 году. Последняя версия Маяка — 3.2, она вышла в 2024 году.
`)},
}

// TestLatestVersion: the latest version asked must be told as the
// latest, not be any version the book gives.
func TestLatestVersion(t *testing.T) {
	ix := bookIndex(t, ruReleaseBook)
	e := New(ix, Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"какая последняя версия маяка?", true},
		{"какая последняя версия фонаря?", false},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
	if want, _, _ := wantedType("какая последняя версия фонаря?"); want != typeNumber {
		t.Errorf("wantedType(какая последняя версия фонаря?) = %d, want typeNumber", want)
	}
}
