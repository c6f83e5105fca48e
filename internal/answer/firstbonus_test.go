package answer

import "testing"

func TestFirstBonus(t *testing.T) {
	tests := []struct {
		question, heading string
		want              float64
	}{
		{"how do i make nested folders", "fs.mkdir(path[, options], callback)", firstWeight},
		{"what is the pool size", "Buffer.poolSize", firstWeight},
		{"which boundaries did node redraw?", "What is the story about", 0},
		{"какие границы перерисовал node?", "О чём история", firstWeight},
	}
	for _, tt := range tests {
		if got := firstBonus(tt.question, tt.heading); got != tt.want {
			t.Errorf("firstBonus(%q, %q) = %v, want %v", tt.question, tt.heading, got, tt.want)
		}
	}
}
