package search

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTrailTexts(t *testing.T) {
	sec := func(heading string, level int, trail ...string) SectionInfo {
		return SectionInfo{Heading: heading, Level: level, Trail: trail}
	}
	tests := []struct {
		name string
		secs []SectionInfo
		want []string
	}{
		{
			name: "headings below the title",
			secs: []SectionInfo{sec("", 0, "Book"), sec("A", 2, "Book", "A"), sec("B", 3, "Book", "A", "B")},
			want: []string{"", "A", "A \u203a B"},
		},
		{
			// book's outline leaves a heading that repeats the title out of
			// the trails; the index keeps it as the page has it.
			name: "a top heading that repeats the title",
			secs: []SectionInfo{
				sec("", 0, "File system"),
				sec("File system", 2, "File system"),
				sec("Promises API", 3, "File system", "Promises API"),
				sec("fs.cp()", 4, "File system", "Promises API", "fs.cp()"),
				sec("Notes", 2, "File system", "Notes"),
			},
			want: []string{"", "File system", "File system \u203a Promises API", "File system \u203a Promises API \u203a fs.cp()", "Notes"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, trailTexts(tt.secs)); diff != "" {
				t.Errorf("trailTexts (-want +got):\n%s", diff)
			}
		})
	}
}
