package answer

import "testing"

func TestSlangVersionIn(t *testing.T) {
	head := set([]string{"вех", "cassandra"})
	body := set([]string{"верс", "4.0", "4.1", "2021"})
	tests := []struct{ t, want string }{
		{"четверк", "4.0"},
		{"пятерк", ""},
		{"верс", ""},
	}
	for _, tt := range tests {
		if got := slangVersionIn(tt.t, head, body); got != tt.want {
			t.Errorf("slangVersionIn(%q) = %q, want %q", tt.t, got, tt.want)
		}
	}
}
