package answer

import (
	"slices"
	"testing"
	"testing/fstest"
)

// frameworkBook dates a framework's releases, its dev server among them,
// and gives no port of it; its proxy's chapter gives the proxy's port.
var frameworkBook = fstest.MapFS{
	"framework.md": {Data: []byte(`# Framework

## Version 5.0

Framework 5.0 in December 2023 adds default values computed by the database and a faster dev server that listens for file changes.
`)},
	"proxy.md": {Data: []byte(`# Proxy

## Listening

The proxy listens on port 8080 by default and forwards requests to the application.
`)},
}

func TestAskedPortCovered(t *testing.T) {
	e := New(bookIndex(t, frameworkBook), Options{})
	tests := []struct {
		q    string
		want bool
	}{
		// The numbers beside the dev server are a version and a year.
		{"what port does the framework dev server listen on by default", false},
		{"what port does the proxy listen on by default", true},
		{"which port does the proxy use", true},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}

func TestAskedPort(t *testing.T) {
	e := New(bookIndex(t, frameworkBook), Options{})
	r := e.r
	tests := []struct {
		part string
		want []string
	}{
		{"what port does rails s listen on by default", r.Terms("port")},
		{"whats the default port of the api server", r.Terms("port")},
		{"which ports does the broker open", r.Terms("port")},
		{"my app is slow, what port should it use", r.Terms("port")},
		// A port of a program to another language is no port number.
		{"what version number will the go port of tsc ship as", nil},
		{"whats the codename of the native compiler port", nil},
		{"how many users did the port reach", nil},
	}
	for _, tt := range tests {
		if got := askedPort(r, tt.part); !slices.Equal(got, tt.want) {
			t.Errorf("askedPort(%q) = %v, want %v", tt.part, got, tt.want)
		}
	}
}
