package answer

import "testing"

func TestRelatedAlternation(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"облак", "облачн", true},
		{"запуст", "запущен", true},
		{"облак", "облигац", false},
	}
	for _, tt := range tests {
		if got := related(tt.a, tt.b); got != tt.want {
			t.Errorf("related(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
