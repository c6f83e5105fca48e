package answer

import (
	"testing"
	"testing/fstest"
)

// TestRoleOwnNames: who holds a role now is answered by a clause that
// names someone to the role, not by one that names someone beside the
// question's own names: the person who left it ("russ cox"), or the
// company the reader guesses ("did oracle buy it").
func TestRoleOwnNames(t *testing.T) {
	pastBook := fstest.MapFS{
		"runtime.md": {Data: []byte(`# The Toolkit

## Design begins

In 2007 three engineers start the design of the toolkit. Ian Lance Taylor and Russ Cox join the effort in 2008.

## Ownership

The Innobase, Sun and Oracle deals show that who owns a database can matter as much as its query planner.
`)},
	}
	nowBook := fstest.MapFS{
		"runtime.md": {Data: []byte(`# The Toolkit

## Leadership

In 2024 Austin Clements takes over as lead of the toolkit team from Russ Cox, who stepped down.

## containerd

In March 2017 Docker donates containerd, the core runtime daemon underneath the engine, to the Cloud Native Computing Foundation.
`)},
	}
	past := New(bookIndex(t, pastBook), Options{})
	now := New(bookIndex(t, nowBook), Options{})
	tests := []struct {
		e    *Engine
		q    string
		want bool
	}{
		{past, "who is leading the toolkit team now after russ cox stepped down", false},
		{past, "who owns berkeley db today, did oracle buy it", false},
		{now, "who is leading the toolkit team now after russ cox stepped down", true},
		{now, "who owns containerd now, docker or some foundation?", true},
	}
	for _, tt := range tests {
		wantCovered(t, tt.e, tt.q, tt.want)
	}
}
