package answer

import "testing"

func TestSearchText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"what does EADDRINUSE mean and how do i fix it", "what does EADDRINUSE  and how do i fix it"},
		{"What does `--inspect-brk` mean?", "What does `--inspect-brk` ?"},
		{"what is meant by backpressure", "what  backpressure"},
		{"whats the meaning of ERR_REQUIRE_ESM", "whats  ERR_REQUIRE_ESM"},
		{"что значит EPIPE?", "что  EPIPE?"},
		{"а что означает ISR", "а что  ISR"},
		// The mean of numbers is a subject.
		{"how do I get the mean of a histogram?", "how do I get the mean of a histogram?"},
		{"what is the mean latency reported by histogram.mean", "what is the mean latency reported by histogram.mean"},
	}
	for _, tt := range tests {
		if got := searchText(tt.in); got != tt.want {
			t.Errorf("searchText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
