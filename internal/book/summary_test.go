package book

import "testing"

func TestIsSummary(t *testing.T) {
	toc := "# Summary\n\n[Foreword](foreword.md)\n\n- [Getting Started](ch01-00-getting-started.md)\n  - [Installation](ch01-01-installation.md#linux)\n"
	tests := []struct {
		name, file, text string
		want             bool
	}{
		{"mdBook's table of contents", "SUMMARY.md", toc, true},
		{"in the book's src folder", "book/src/SUMMARY.md", toc, true},
		{"another name", "summary.md", toc, false},
		{"a chapter of that name", "SUMMARY.md", "# Summary\n\nThe book in one page: ownership, borrowing, lifetimes.\n", false},
		{"links out of the book only", "SUMMARY.md", "- [Rust](https://www.rust-lang.org/learn.md)\n- [Up](/abs.md)\n- [Out](../../x.md)\n", false},
		{"draft chapters only", "SUMMARY.md", "- [Coming soon]()\n", false},
		{"links to pages of other formats", "SUMMARY.md", "- [Slides](slides.pdf)\n", false},
	}
	for _, tc := range tests {
		if got := IsSummary(tc.file, []byte(tc.text)); got != tc.want {
			t.Errorf("%s: IsSummary(%s) = %v, want %v", tc.name, tc.file, got, tc.want)
		}
	}
}
