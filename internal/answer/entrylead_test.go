package answer

import (
	"os"
	"testing"
	"testing/fstest"
)

func TestTimelineRe(t *testing.T) {
	for s, want := range map[string]bool{
		"2016: the left-pad incident breaks builds across the ecosystem in March.": true,
		"December 2011: RFC 6455 defines the protocol.":                            true,
		"April 30, 2025: Node.js 18 (Hydrogen) reaches end of life.":               true,
		"Year: 2025; Milestone: Microsoft announces a native port":                 false,
		"In March 2016 a developer unpublished his packages from npm.":             false,
	} {
		if got := timelineRe.MatchString(s); got != want {
			t.Errorf("timelineRe.MatchString(%q) = %v, want %v", s, got, want)
		}
	}
}

// The milestones bullet names the left-pad incident; the section on
// dependencies tells what happened, and leads the answer to what it was
// about. A "when" question keeps the bullet, whose date answers it.
func TestProseLead(t *testing.T) {
	data, err := os.ReadFile("../../content/nodejs-documentary.md")
	if err != nil {
		t.Fatal(err)
	}
	e := New(bookIndex(t, fstest.MapFS{"nodejs-documentary.md": {Data: data}}), Options{})
	tests := []leadCase{
		{"what was the deal with left-pad breaking everyone's builds?", "In March 2016 a developer unpublished"},
		{"in which year did the left-pad incident break builds?", "2016: the left-pad incident"},
	}
	wantAskLeads(t, e, tests)
}
