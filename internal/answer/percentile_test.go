package answer

import (
	"context"
	"testing"
	"testing/fstest"
)

// latencyBook writes latency percentiles as their notation only.
var latencyBook = fstest.MapFS{
	"runtime.md": {Data: []byte(`# The runtime

## Thread-per-request pain

Classic server models hit thread overhead and blocking I/O limits under many connections.

## One event loop

A single thread runs every callback, so a handler that never yields delays every other request.

## Latency depends on event-loop hygiene

A single bad synchronous path can degrade p95/p99, so profiling and guardrails are first-class concerns.

## Release lines

Even-numbered releases get long-term support for thirty months.
`)},
}

func TestWithPercentiles(t *testing.T) {
	ix := bookIndex(t, latencyBook)
	tests := []struct{ q, want string }{
		{"which latency percentiles get hurt by a blocking call", "Q p95 p99"},
		{"what percentile is slowest", "Q p95 p99"},
		{"which latency gets hurt by a blocking call", "Q"},
	}
	for _, tt := range tests {
		got, err := withPercentiles(context.Background(), ix, tt.q, "Q")
		if err != nil {
			t.Fatal(err)
		}
		if got != tt.want {
			t.Errorf("withPercentiles(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestPercentileCovered: the section that writes p95/p99 is found, and
// covers, a question that asks for the percentiles by the word.
func TestPercentileCovered(t *testing.T) {
	wantFirstCovered(t, New(bookIndex(t, latencyBook), Options{}), "which latency percentiles get hurt by a blocking handler", "Latency depends on event-loop hygiene")
}

func TestPercentileIn(t *testing.T) {
	body := map[string]bool{"degrad": true, "p95": true, "p99": true, "p2p": true}
	if got := percentileIn("percentil", "percentil", nil, body); got != "p95" {
		t.Errorf("percentileIn = %q, want p95", got)
	}
	if got := percentileIn("latenc", "percentil", nil, body); got != "" {
		t.Errorf("percentileIn(latenc) = %q, want none", got)
	}
	if got := percentileIn("percentil", "percentil", nil, map[string]bool{"p2p": true, "v18": true}); got != "" {
		t.Errorf("percentileIn without a notation = %q, want none", got)
	}
}
