package search

import (
	"slices"
	"testing"
)

func TestMeansNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a means", "In most cases, the ES module import can be used to load CommonJS modules. If needed, a require function can be constructed within an ES module using module.createRequire().",
			[]string{"module.createrequire"}},
		{"a flag", "The limit can be raised using --max-http-header-size.", []string{"--max-http-header-size"}},
		{"using without can be", "If the code needs more advanced require features, it has to construct its own require using module.createRequire().", nil},
		{"named before using", "module.createRequire() can be called using a file URL.", nil},
		{"can be in another sentence", "A require function can be constructed. Tools do it using module.createRequire().", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for n := range meansNames(tt.text) {
				got = append(got, n)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("meansNames = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestMeansShare(t *testing.T) {
	q := "how do i get a require function inside an .mjs file so I can load an old commonjs module"
	hits := []Hit{{Heading: "No require, exports, or module.exports", Text: "If needed, a require function can be constructed within an ES module using module.createRequire().", Score: 2}}
	if got, want := pointedNames(q, hits)["module.createrequire"], urgedShare*2; got != want {
		t.Errorf("module.createrequire scores %v, want %v", got, want)
	}
}
