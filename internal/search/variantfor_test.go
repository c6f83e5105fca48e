package search

import (
	"maps"
	"slices"
	"testing"
)

func TestVariantNames(t *testing.T) {
	const timeout = "Schedules execution of a one-time callback after delay milliseconds. This method has a custom variant for promises that is available using timersPromises.setTimeout()."
	tests := []struct {
		name, text, q string
		want          []string
	}{
		{"the purpose asked", timeout, "is there a promise based sleep so i can await setTimeout(1000)", []string{"timerspromises.settimeout"}},
		{"the purpose not asked", timeout, "what is the longest delay setTimeout takes", nil},
		{"a purpose before -based", "A promise-based version is available as fsPromises.readFile().", "can i await readfile, promise style", []string{"fspromises.readfile"}},
		{"no variant", "Use timersPromises.setTimeout() for promises.", "a promise sleep", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.Sorted(maps.Keys(variantNames(tt.text, tt.q)))
			if !slices.Equal(got, tt.want) {
				t.Errorf("variantNames = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestVariantShare: the variant for the purpose asked is pointed to above
// the entry that points to it, though it ranks already and the question
// writes its last part.
func TestVariantShare(t *testing.T) {
	hits := []Hit{
		{Heading: "setTimeout(callback[, delay[, ...args]])", Text: "This method has a custom variant for promises that is available using timersPromises.setTimeout().", Score: 2},
		{Heading: "timersPromises.setTimeout([delay[, value[, options]]])", Text: "delay <number> The number of milliseconds to wait.", Score: 1},
	}
	names := pointedNames("is there a promise version of setTimeout", hits)
	if got, want := names["timerspromises.settimeout"], urgedShare*2; got != want {
		t.Errorf("timerspromises.settimeout scores %v, want %v", got, want)
	}
	if got := pointedNames("what is the longest delay setTimeout takes", hits); len(got) != 0 {
		t.Errorf("pointedNames without the purpose = %v, want none", got)
	}
}
