package answer

import (
	"testing"
	"testing/fstest"
)

// townBook names a town and tells a fundraiser without the sums asked;
// statedBook gives them.
var (
	townBook = fstest.MapFS{
		"town.md": {Data: []byte(`# Paperworks

## The newspaper

Paperworks started at the Riverton Gazette, a daily newspaper in Riverton, Ohio, founded in 1891.

## The fundraiser

Jonas Berg then raised money on a crowdfunding site to build the importer. The importer shipped in Paperworks 2.4 in 2016.
`)},
	}
	statedBook = fstest.MapFS{
		"town.md": {Data: []byte(`# Paperworks

## The newspaper

Paperworks started at the Riverton Gazette in Riverton, Ohio, a town with a population of 41,000.

## The fundraiser

In 2015 Jonas Berg raised $24,000 for the importer on a crowdfunding site.
`)},
	}
)

func TestMeasureAsked(t *testing.T) {
	town := New(bookIndex(t, townBook), Options{})
	stated := New(bookIndex(t, statedBook), Options{})
	tests := []struct {
		e    *Engine
		q    string
		want bool
	}{
		{town, "what's the population of riverton ohio these days", false},
		{stated, "what's the population of riverton ohio these days", true},
	}
	for _, tt := range tests {
		wantCovered(t, tt.e, tt.q, tt.want)
	}
}

// TestSumNounAsked: a sum asked by its noun is a sum, however far the
// verb stands.
func TestSumNounAsked(t *testing.T) {
	for _, q := range []string{
		"how much money did jonas berg's crowdfunding for the paperworks importer raise in the end",
		"what was the revenue of paperworks last year",
		"какая зарплата у системного администратора в москве",
		"какая средняя зарплата у разработчика paperworks",
		"скока стоит подписка paperworks pro в месяц",
	} {
		if got, _, _ := wantedType(q); got != typeMoney {
			t.Errorf("wantedType(%q) = %v; want %v", q, got, typeMoney)
		}
	}
}
