package search

import (
	"maps"
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
		{"an imperative after a comma", "To change the way Node.js treats unhandled rejections, use the --unhandled-rejections command-line option.", []string{"--unhandled-rejections"}},
		{"an imperative after a semicolon", "It was removed; use util.inspect() instead.", []string{"util.inspect"}},
		{"please use", "The tls.CryptoStream class was removed. Please use tls.connect() instead.", []string{"tls.connect"}},
		{"use of, after a comma", "Outside of this, use of os.cpus() may change.", nil},
		{"in favor of", "The rng() method is deprecated in favor of crypto.randomBytes().", []string{"crypto.randombytes"}},
		{"in favour of", "It is deprecated in favour of script.createCachedData().", []string{"script.createcacheddata"}},
		{"should be used instead", "fs.watch() should be used instead of fs.watchFile() when possible.", []string{"fs.watch"}},
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

func TestReplacingNames(t *testing.T) {
	text := "Use os.availableParallelism() for this. To change it, use the --unhandled-rejections option."
	got := slices.Sorted(maps.Keys(replacingNames(text)))
	if want := []string{"--unhandled-rejections"}; !slices.Equal(got, want) {
		t.Errorf("replacingNames = %v, want %v", got, want)
	}
}

func TestReplacingRanked(t *testing.T) {
	q := "what does node do with an unhandled promise rejection by default in 18, crash or just warn?"
	dep := "Unhandled promise rejections are deprecated. To change the way Node.js treats unhandled rejections, use the --unhandled-rejections command-line option."
	hits := []Hit{
		{Heading: "DEP0018: Unhandled promise rejections", Text: dep, Score: 2},
		{Heading: "--unhandled-rejections=mode", Text: "Using this flag allows to change what should happen when an unhandled rejection occurs.", Score: 1},
	}
	if got, want := pointedNames(q, hits)["--unhandled-rejections"], urgedShare*2; got != want {
		t.Errorf("a ranked member a deprecation hands on scores %v, want %v", got, want)
	}
	// A member's own entry does not hand on members that already rank.
	hits[0].Heading = "--no-deprecation"
	if got := pointedNames(q, hits)["--unhandled-rejections"]; got != 0 {
		t.Errorf("a ranked member a member's entry names scores %v, want 0", got)
	}
}
