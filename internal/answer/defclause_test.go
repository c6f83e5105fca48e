package answer

import "testing"

// A definition question followed by context or a second question still
// asks to define its subject, which ends with the first clause.
func TestDefinedOnly(t *testing.T) {
	tests := []struct {
		q       string
		kind    kind
		subject string
	}{
		{"what is libuv? keep seeing it in node stack traces", kindWhat, "libuv"},
		{"what is vacuum, why do i even need it", kindWhat, "vacuum"},
		{"what is mvcc, in one sentence", kindWhat, "mvcc"},
		{"что такое aof, и зачем он нужен?", kindWhat, "aof"},
		// The first clause alone is still too long to be a subject.
		{"what is the best way to structure a very large react app? asking for a friend", kindOther, ""},
		{"what is the point of typescript, anyway?", kindOther, ""},
	}
	for _, tt := range tests {
		k, x := questionKind(tt.q)
		if k != tt.kind || x != tt.subject {
			t.Errorf("questionKind(%q) = %v, %q; want %v, %q", tt.q, k, x, tt.kind, tt.subject)
		}
	}
}
