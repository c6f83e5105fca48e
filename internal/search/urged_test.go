package search

import (
	"slices"
	"testing"
)

func TestUrgedNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"an imperative", "os.cpus().length should not be used to calculate the amount of parallelism available to an application. Use os.availableParallelism() for this purpose.",
			[]string{"os.availableparallelism"}},
		{"a flag", "Use --max-old-space-size to raise it.", []string{"--max-old-space-size"}},
		{"use within a sentence", "A module may construct its own require using module.createRequire().", nil},
		{"a line opening with Use", "Returns: <integer>\nUse util.inspect() instead.", []string{"util.inspect"}},
		{"a word opening with Use", "User code may call os.cpus().", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for n := range urgedNames(tt.text) {
				got = append(got, n)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("urgedNames = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestUrgedShare(t *testing.T) {
	q := "whats the right way to figure out how many worker threads to spin up? os.cpus().length feels hacky"
	hits := []Hit{{Heading: "os.cpus()", Text: "os.cpus().length should not be used to calculate the amount of parallelism available to an application. Use os.availableParallelism() for this purpose.", Score: 2}}
	if got, want := pointedNames(q, hits)["os.availableparallelism"], urgedShare*2; got != want {
		t.Errorf("os.availableparallelism scores %v, want %v", got, want)
	}
	// A member named in another sentence keeps pointedShare.
	hits[0].Text = "See os.availableParallelism() for a better estimate."
	if got, want := pointedNames(q, hits)["os.availableparallelism"], pointedShare*2; got != want {
		t.Errorf("a member not urged scores %v, want %v", got, want)
	}
}
