package book

import "testing"

func TestAnchor(t *testing.T) {
	tests := []struct {
		heading, want string
	}{
		{"Getting Started", "getting-started"},
		{"What's new in v2.0?", "whats-new-in-v20"},
		{"C++ & Go: a (short) tour!", "c--go-a-short-tour"},
		{"snake_case_name", "snake_case_name"},
		{"already-dashed - here", "already-dashed---here"},
		{"Ünïcödé Straße", "ünïcödé-straße"},
		{"日本語の見出し", "日本語の見出し"},
		{"Привет, мир", "привет-мир"},
		{"🎉 Party time 🎉", "-party-time-"},
		{"🎉", ""},
		{"Version 1.2.3", "version-123"},
		{"", ""},
		{"`code` and *emphasis*", "code-and-emphasis"},
	}
	for _, tt := range tests {
		t.Run(tt.heading, func(t *testing.T) {
			if got := Anchor(tt.heading); got != tt.want {
				t.Errorf("Anchor(%q) = %q, want %q", tt.heading, got, tt.want)
			}
		})
	}
}

func TestAnchorsUnique(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"repeats", []string{"faq", "faq", "faq"}, []string{"faq", "faq-1", "faq-2"}},
		{"literal suffix taken first", []string{"faq-1", "faq", "faq"}, []string{"faq-1", "faq", "faq-2"}},
		{"literal suffix taken later", []string{"faq", "faq", "faq-1"}, []string{"faq", "faq-1", "faq-1-1"}},
		{"empty anchors", []string{"", ""}, []string{"", "-1"}},
		{"distinct", []string{"a", "b"}, []string{"a", "b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := anchors{}
			for i, base := range tt.in {
				if got := a.unique(base); got != tt.want[i] {
					t.Errorf("unique(%q) #%d = %q, want %q", base, i, got, tt.want[i])
				}
			}
		})
	}
}
