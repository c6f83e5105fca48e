package answer

import "testing"

func TestSpokenVersions(t *testing.T) {
	for q, want := range map[string]string{
		"when did python 2 point 0 come out":       "when did python 2.0 come out",
		"what day did the kernel hit one point oh": "what day did the kernel hit 1.0",
		"is Three Point Eleven faster":             "is 3.11 faster",
		"what is the point of one release":         "what is the point of one release",
		"a five point plan":                        "a five point plan",
	} {
		if got := spokenVersions(q); got != want {
			t.Errorf("spokenVersions(%q) = %q, want %q", q, got, want)
		}
	}
}
