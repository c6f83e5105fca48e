package answer

import (
	"testing"
	"testing/fstest"

	"github.com/chapterbot/chapterbot/internal/search"
)

func TestAsksInstead(t *testing.T) {
	for q, want := range map[string]bool{
		"is there something better than os.cpus().length?":                              true,
		"the punycode module is deprecated, what should i switch to":                    true,
		"coming from some old lib, what's the replacement":                              true,
		"whats the recommended way to size a worker pool, os.cpus() or something else?": true,
		"what am i supposed to use instead":                                             true,
		"querystring or URLSearchParams, which should i use":                            true,
		"what do i replace new Buffer(str) with?":                                       true,
		"what should new Buffer(str) become":                                            true,
		"how do i replace tabs with spaces in a string":                                 false,
		"is fs.exists deprecated?":                                                      false,
		"why is os.cpus().length wrong in a container":                                  false,
	} {
		if got := asksInstead(q); got != want {
			t.Errorf("asksInstead(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestRecommends(t *testing.T) {
	for s, want := range map[string]bool{
		"Use os.availableParallelism() for this purpose.":                                                         true,
		"Please use a userland alternative instead.":                                                              true,
		"Users of the module should switch to using the userland-provided Punycode.js module instead.":            true,
		"Stability: 0 - Deprecated: Use fs.stat() or fs.access() instead.":                                        true,
		"As an alternative, use one of the following methods of constructing Buffer objects:":                     true,
		"Instead, use the stream's own end() method.":                                                             true,
		"As an alternative to callbacks, the promise API is offered.":                                             false,
		"os.cpus().length should not be used to calculate the amount of parallelism available to an application.": false,
		"The punycode module is deprecated.":                                                                      false,
		"Users of the module use it to encode domain names.":                                                      false,
	} {
		if got := recommends(s); got != want {
			t.Errorf("recommends(%q) = %v, want %v", s, got, want)
		}
	}
}

// cpusBook says what not to use first and what to use after it.
var cpusBook = fstest.MapFS{
	"os.md": {Data: []byte(`# OS

## os.cpus()

Returns an array of objects containing information about each logical CPU core.

os.cpus().length should not be used to calculate the amount of parallelism available to an application. Use os.availableParallelism() for this purpose.
`)},
}

// A question for what to use instead leads with the sentence that names
// it; one that asks why keeps the sentence that shares its words.
func TestAskInsteadLead(t *testing.T) {
	e := New(bookIndex(t, cpusBook), Options{})
	tests := []leadCase{
		{"is there something better than os.cpus().length to calculate the parallelism available to my app?", "Use os.availableParallelism()"},
		{"what should i use instead of os.cpus().length to calculate parallelism?", "Use os.availableParallelism()"},
		{"why should os.cpus().length not be used to calculate parallelism?", "os.cpus().length should not be used"},
	}
	wantAskLeads(t, e, tests)
}

// The sentence that tells what to use goes above the best sentence of its
// section, found in any of the section's passages, and no other section's.
func TestInsteadLead(t *testing.T) {
	hits := []search.Hit{{ID: "os#oscpus"}, {ID: "os#oscpus"}, {ID: "os#loadavg"}}
	cands := []sentence{
		{hit: 0, text: "Use os.availableParallelism() for this purpose.", score: 0.2},
		{hit: 1, text: "On Windows, the nice values of all processors are always 0.", score: 0.5},
		{hit: 2, text: "The load average is a measure of system activity.", score: 0.8},
		{hit: 2, text: "Use os.loadavg() instead.", score: 0},
	}
	insteadLead(cands, hits)
	want := []float64{0.5 * insteadGain, 0.5, 0.8, 0.8 * insteadGain}
	for i, c := range cands {
		if c.score != want[i] {
			t.Errorf("%q: score %v, want %v", c.text, c.score, want[i])
		}
	}
}
