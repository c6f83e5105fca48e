package answer

import (
	"maps"
	"slices"
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestContextMembers(t *testing.T) {
	tests := []struct {
		q    string
		want []string
	}{
		// The member the reader uses is told before the asking clause.
		{"new URL(import.meta.url).pathname gives me /C:/Users/... on windows, how do i get a proper file path", []string{"url"}},
		{"after i postMessage a Uint8Array with its buffer in the transfer list, my other Uint16Array has length 0?? why", []string{"postmessage"}},
		{"vm.runInNewContext with a timeout - does the timeout also stop promises / async stuff?", []string{"runinnewcontext"}},
		{"Buffer.alloc vs Buffer.allocUnsafe, what's the actual difference", []string{"alloc", "allocunsafe"}},
		// The asking clause names it: it is what is asked.
		{"is dns.lookup really async? we see weird slowdowns under load", nil},
		{"how deep does util.inspect go by default?", nil},
		{"does writable.write() return false when the buffer is full?", nil},
		{"my writable.write() started returning false, when am i supposed to start writing again?", []string{"write"}},
		// ... or refers back to it.
		{"im hashing passwords with crypto.scrypt, what cost (N) does it use if i dont pass options", nil},
		{"url.parse deprecated? what replaces it", nil},
		// No member written as code.
		{"my script never exits, how do i let the process exit anyway", nil},
	}
	for _, tt := range tests {
		got := slices.Sorted(maps.Keys(contextMembers(tt.q)))
		if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("contextMembers(%q) (-want +got):\n%s", tt.q, diff)
		}
	}
}

func TestHeadingMember(t *testing.T) {
	for h, want := range map[string]string{
		"writable.write(chunk[, encoding][, callback])": "write",
		"import.meta.url":                         "url",
		"Static method: Buffer.allocUnsafe(size)": "allocunsafe",
		"new URL(input[, base])":                  "url",
		"Class: Worker":                           "worker",
		"Event: 'drain'":                          "",
		"Considerations when transferring TypedArrays and Buffers": "",
	} {
		if got := headingMember(h); got != want {
			t.Errorf("headingMember(%q) = %q, want %q", h, got, want)
		}
	}
}

// A section of the member the question names as its context gives up the
// lead to a sibling of its page, not to a section of another page; where
// it still leads, it keeps its lower score.
func TestContextLead(t *testing.T) {
	const q = "after i postMessage a Uint8Array with its buffer in the transfer list, my other array has length 0?? why"
	postMessage := search.Hit{ID: "worker_threads#portpostmessagevalue-transferlist", Heading: "port.postMessage(value[, transferList])"}
	sibling := search.Hit{ID: "worker_threads#considerations-when-transferring", Heading: "Considerations when transferring TypedArrays and Buffers"}
	other := search.Hit{ID: "buffer#bufferbuffer", Heading: "buf.buffer"}
	tests := []struct {
		name   string
		hits   []search.Hit
		scores []float64
		want   []float64
	}{
		{"sibling", []search.Hit{postMessage, sibling}, []float64{0.25, 0.2}, []float64{0.25 * contextMemberWeight, 0.2}},
		{"still leads", []search.Hit{postMessage, sibling}, []float64{0.4, 0.2}, []float64{0.4 * contextMemberWeight, 0.2}},
		{"other page", []search.Hit{postMessage, other}, []float64{0.25, 0.2}, []float64{0.25, 0.2}},
		{"context below", []search.Hit{sibling, postMessage}, []float64{0.25, 0.2}, []float64{0.25, 0.2}},
	}
	for _, tt := range tests {
		var cands []sentence
		for i, s := range tt.scores {
			cands = append(cands, sentence{hit: i, score: s})
		}
		contextLead(q, cands, tt.hits)
		var got []float64
		for _, c := range cands {
			got = append(got, c.score)
		}
		if diff := cmp.Diff(tt.want, got, cmpopts.EquateApprox(0, 1e-9)); diff != "" {
			t.Errorf("%s: scores (-want +got):\n%s", tt.name, diff)
		}
	}
}
