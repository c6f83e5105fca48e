package answer

import (
	"testing"
	"testing/fstest"
)

func TestAsksRemedy(t *testing.T) {
	for q, want := range map[string]bool{
		"ReferenceError: __dirname is not defined in ES module scope":                              true,
		"whats the node equivalent of python's if __name__ == '__main__'":                          true,
		"vm timeout doesnt stop a loop started from a promise .then, why and how to fix":           true,
		"is there a workaround for the missing require.resolve":                                    true,
		"how do i get the current folder in an .mjs file":                                          false,
		"is the vm module safe enough to run code that users paste into our app?":                  false,
		"what does __dirname hold when the file is required from another folder":                   false,
		"MaxListenersExceededWarning: Possible EventEmitter memory leak detected. whats the limit": false,
	} {
		if got := asksRemedy(q); got != want {
			t.Errorf("asksRemedy(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestTellsRemedy(t *testing.T) {
	for s, want := range map[string]bool{
		"__filename and __dirname use cases can be replicated via import.meta.url.":                                            true,
		"This can be addressed by passing microtaskMode: 'afterEvaluate' to the code that creates the Context.":                true,
		"That means that it is possible to determine whether a file has been run directly by testing require.main === module.": true,
		"These CommonJS variables are not available in ES modules.":                                                            false,
		"The scheduled loop is never interrupted by the timeout.":                                                              false,
		"It is possible to run this code in a worker.":                                                                         false,
	} {
		if got := tellsRemedy(s); got != want {
			t.Errorf("tellsRemedy(%q) = %v, want %v", s, got, want)
		}
	}
}

// esmBook tells what is wrong first and the way out after it, and a
// problem's section that tells the way out in a sentence pointing back,
// and one whose way out is followed by a sentence that goes on from it.
var esmBook = fstest.MapFS{
	"esm.md": {Data: []byte(`# Modules: ECMAScript modules

## No __filename or __dirname

These CommonJS variables are not available in ES modules. __filename and __dirname use cases can be replicated via import.meta.url.
`)},
	"vm.md": {Data: []byte(`# VM

## Timeout interactions with asynchronous tasks and Promises

For example, code run by vm.runInNewContext() with a timeout schedules an infinite loop to run after a promise resolves. This can be addressed by passing microtaskMode: 'afterEvaluate' to the code that creates the Context.
`)},
	"modules.md": {Data: []byte(`# Modules: CommonJS modules

## Accessing the main module

When a file is run directly from Node.js, require.main is set to its module. That means that it is possible to determine whether a file has been run directly by testing require.main === module. For a file foo.js, this will be true if run via node foo.js, but false if run by require('./foo').
`)},
}

// A question that pastes an error or asks how to fix a problem leads with
// the way out, though the sentence that restates the problem shares more
// of its words; one that asks what a thing is keeps that sentence.
func TestRemedyLead(t *testing.T) {
	e := New(bookIndex(t, esmBook), Options{})
	tests := []leadCase{
		{"ReferenceError: __dirname is not defined in ES module scope", "__filename and __dirname use cases can be replicated"},
		{"vm.runInNewContext timeout doesnt stop an infinite loop after a promise resolves, how to fix", "This can be addressed"},
		{"whats the node equivalent of python's if __name__ == '__main__' to check if a file was run directly", "That means that it is possible"},
		{"are the CommonJS variables available in ES modules?", "These CommonJS variables are not available"},
	}
	wantAskLeads(t, e, tests)
}

// A way out that leads is not passed over for the sentence after it
// (followLead), which goes on from it.
func TestRemedyNotFollowed(t *testing.T) {
	cands := []sentence{
		{hit: 0, pos: 0, text: "That means that it is possible to determine whether a file has been run directly by testing require.main === module.", score: 1, remedy: true},
		{hit: 0, pos: 1, joined: true, text: "For a file foo.js, this will be true if run via node foo.js.", score: 0.9},
	}
	followLead(kindHow, cands, map[string]float64{"file": 1})
	if cands[1].score != 0.9 {
		t.Errorf("the sentence after the way out scores %v, want 0.9", cands[1].score)
	}
}
