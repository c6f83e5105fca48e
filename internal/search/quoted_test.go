package search

import "testing"

func TestQuotedErrorFlags(t *testing.T) {
	heap := "$ node --max-old-space-size=100 --heapsnapshot-near-heap-limit=3 index.js\n" +
		"Wrote snapshot to Heap.20200430.100036.49580.0.001.heapsnapshot\n" +
		"<--- JS stacktrace --->\n" +
		"FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory"
	tests := []struct {
		name, q, heading, text string
		flag                   string
		want                   float64
	}{
		{"a quoted error, a flag of its command", "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory, how do i give node more memory",
			"--heapsnapshot-near-heap-limit=max_count", heap, "--max-old-space-size", quotedShare * 2},
		{"no quote", "how do i give node more memory", "--heapsnapshot-near-heap-limit=max_count", heap,
			"--max-old-space-size", pointedShare * 2},
		{"a quote, a flag in prose", "[DEP0040] DeprecationWarning: The punycode module is deprecated. what do i switch to",
			"DEP0040: The node:punycode module", "Type: Documentation-only (supports --pending-deprecation)\n\nThe punycode module is deprecated. Please use a userland alternative instead.",
			"--pending-deprecation", pointedShare * 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			names := pointedNames(tt.q, []Hit{{Heading: tt.heading, Text: tt.text, Score: 2}})
			if got := names[tt.flag]; got != tt.want {
				t.Errorf("%s scores %v, want %v", tt.flag, got, tt.want)
			}
		})
	}
}

func TestQuotes(t *testing.T) {
	qw := quoteTokens("FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory")
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory", true},
		{"The heap limit is reached when memory runs out: allocation failed.", false},
		{"heap limit allocation failed javascript", false},
	} {
		if got := quotes(qw, tt.text); got != tt.want {
			t.Errorf("quotes(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
