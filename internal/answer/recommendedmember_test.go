package answer

import (
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestRecommendedNames(t *testing.T) {
	tests := []struct {
		s    string
		want []string
	}{
		{"Use os.availableParallelism() for this purpose.", []string{"os.availableparallelism"}},
		{"Stability: 0 - Deprecated: Use diagnostics_channel.subscribe(name, onMessage)", []string{"diagnostics_channel.subscribe"}},
		{"Stability: 0 - Deprecated: Use fs.stat() or fs.access() instead.", []string{"fs.stat", "fs.access"}},
		// What not to use, and the use of something, recommend nothing.
		{"os.cpus().length should not be used to calculate the amount of parallelism.", nil},
		{"Use of this pre-allocated internal memory pool is a key difference between calling Buffer.alloc(size, fill) and Buffer.allocUnsafe(size).fill(fill).", nil},
		// A recommendation without a name.
		{"Please use a userland alternative instead.", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, recommendedNames(tt.s), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("recommendedNames(%q) (-want +got):\n%s", tt.s, diff)
		}
	}
}

// The section of what the lead recommends is cited after it, in place of
// the last sentence of a full answer; once only.
func TestWithRecommended(t *testing.T) {
	hits := []search.Hit{
		{ID: "os#oscpus", Heading: "os.cpus()"},
		{ID: "os#osavailableparallelism", Heading: "os.availableParallelism()"},
		{ID: "os#osloadavg", Heading: "os.loadavg()"},
	}
	use := sentence{hit: 0, text: "Use os.availableParallelism() for this purpose.", score: 0.6}
	cpus := sentence{hit: 0, text: "Returns an array of objects containing information about each logical CPU core.", score: 0.5}
	load := sentence{hit: 2, text: "The load average is a measure of system activity.", score: 0.4}
	estimate := sentence{hit: 1, text: "Returns an estimate of the default amount of parallelism a program should use.", score: 0.1}
	cands := []sentence{use, cpus, load, estimate}
	tests := []struct {
		name   string
		picked []sentence
		most   int
		want   []string
	}{
		{"added", []sentence{use, cpus}, 3, []string{use.text, cpus.text, estimate.text}},
		{"full", []sentence{use, cpus, load}, 3, []string{use.text, cpus.text, estimate.text}},
		{"cited already", []sentence{use, estimate}, 3, []string{use.text, estimate.text}},
		{"lead recommends nothing", []sentence{cpus, use}, 3, []string{cpus.text, use.text}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range withRecommended(tt.picked, cands, hits, tt.most) {
			got = append(got, s.text)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}
