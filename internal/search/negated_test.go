package search

import (
	"slices"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func TestNegatedAfter(t *testing.T) {
	tests := []struct {
		q    string
		want []string
	}{
		// No negation: the negated entries fall below the section on
		// the mode, which they led by less than half their score.
		{"assert.deepEqual([1], ['1']) passes, how do i make every assert strict", []string{"deep", "mode", "notdeep", "doesnot"}},
		// The reader negates: the order stays.
		{"how do i check that two objects are not deeply equal", []string{"deep", "notdeep", "doesnot", "mode"}},
		{"assert.deepEqual doesn't fail, why", []string{"deep", "notdeep", "doesnot", "mode"}},
		{"1 !== '1' in an AssertionError", []string{"deep", "notdeep", "doesnot", "mode"}},
	}
	for _, tt := range tests {
		hits := []Hit{
			{Passage: "deep", Heading: "assert.deepEqual(actual, expected[, message])", Score: 4},
			{Passage: "notdeep", Heading: "assert.notDeepEqual(actual, expected[, message])", Score: 3},
			{Passage: "doesnot", Heading: "assert.doesNotThrow(fn[, error][, message])", Score: 2.5},
			{Passage: "mode", Heading: "Strict assertion mode", Score: 1.6},
		}
		negatedAfter(tt.q, hits)
		var got []string
		for _, h := range hits {
			got = append(got, h.Passage)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("negatedAfter(%q) order (-want +got):\n%s", tt.q, diff)
		}
	}
}

// TestNegatedFound: a question on a check that negates nothing finds the
// section that answers it before the check's negated twin, which holds
// every word of the check's name.
func TestNegatedFound(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	page := `<html><head><title>Assert | Docs</title></head><body>
<h2 id="assert">Assert</h2><p>The assert module provides assertion functions.</p>
<h3 id="strict-assertion-mode">Strict assertion mode</h3><p>In strict assertion mode, non-strict methods behave like their corresponding strict methods: assert.deepEqual() will behave like assert.deepStrictEqual(). Error diffs are shown for objects and legacy methods are strict.</p>
<h3 id="assertdeepequal">assert.deepEqual(actual, expected[, message])</h3><p>Tests for deep equality between the actual and expected parameters. Consider using assert.deepStrictEqual() instead.</p>
<h3 id="assertnotdeepequal">assert.notDeepEqual(actual, expected[, message])</h3><p>Tests for any deep inequality. Opposite of assert.deepEqual(). Strict mode compares strictly.</p>
</body></html>`
	refresh(t, ix, fstest.MapFS{"assert.html": {Data: []byte(page)}})
	q := "assert.deepEqual passes for 1 vs '1', how do i make every assert strict by default"
	hits := search(t, ix, q, 3)
	var got []string
	for _, h := range hits {
		got = append(got, h.ID)
	}
	if i, j := slices.Index(got, "assert#strict-assertion-mode"), slices.Index(got, "assert#assertnotdeepequal"); i < 0 || (j >= 0 && j < i) {
		t.Errorf("Search(%q) = %v, want assert#strict-assertion-mode before assert#assertnotdeepequal", q, got)
	}
}
