package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A member's section describes it in sentences that leave its name to the
// heading: the lead shows the heading, which is the answer to "how can
// code tell ...", unless the question already writes the name.
func TestAskMemberHeading(t *testing.T) {
	hits := []search.Hit{
		{ID: "worker_threads#workerismainthread", ChapterTitle: "Worker threads", Heading: "worker.isMainThread", Score: 4,
			Text: "Is true if this code is not running inside of a Worker thread.\n\n" +
				"The main thread runs the code that started the process, and workers run the code each was given. " +
				"A worker may start workers of its own. " +
				"Each thread has its own event loop."},
	}
	wantLead(t, hits, "how can code tell if it's running in the main thread or inside a worker",
		"worker.isMainThread: Is true if this code is not running inside of a Worker thread.")
	q := Question{Text: "is isMainThread true if this code is not running inside of a worker thread"}
	got := New(fakeRetriever{hits: hits}, Options{}).extractive(context.Background(), q, Retrieval{Query: q.Text, Hits: hits, Covered: true})
	if strings.HasPrefix(got.Text, "worker.isMainThread:") {
		t.Errorf("%q: answer %q leads with the heading the question writes", q.Text, got.Text)
	}
}

func TestMemberName(t *testing.T) {
	tests := []struct{ heading, want string }{
		{"worker.isMainThread", "isMainThread"},
		{"crypto.randomInt([min, ]max[, callback])", "randomInt"},
		{"performance.eventLoopUtilization([utilization1[, utilization2]])", "eventLoopUtilization"},
		{"new Console(options)", ""}, // no dotted name: a constructor's heading
		{"module.builtinModules", "builtinModules"},
		{"--unhandled-rejections=mode", "--unhandled-rejections"},
		{"--max-old-space-size=SIZE (in megabytes)", "--max-old-space-size"},
		{"-r, --require module", ""}, // two flags: neither is the name
		{"Class: Worker", ""},
		{"Event: 'exit'", ""},
		{"Dual package hazard", ""},
		{"io.js fork", ""},
		{"Node.js 18 (Hydrogen)", ""},
		{"ERR_MODULE_NOT_FOUND", ""},
	}
	for _, tt := range tests {
		if got := memberName(tt.heading); got != tt.want {
			t.Errorf("memberName(%q) = %q, want %q", tt.heading, got, tt.want)
		}
	}
}

func TestNamesMember(t *testing.T) {
	tests := []struct {
		name, heading, lead, question string
		want                          bool
	}{
		{"the lead leaves the name to the heading", "os.EOL", "The operating system-specific end-of-line marker.",
			"how do i write platform specific line endings", true},
		{"the lead writes the name", "os.EOL", "os.EOL is the end-of-line marker.", "platform line endings?", false},
		{"the question writes the name", "os.EOL", "The operating system-specific end-of-line marker.",
			"what is os.eol on windows", false},
		{"no member's heading", "Dual package hazard", "It also differs from the behavior users are familiar with.",
			"what is the dual package hazard", false},
	}
	for _, tt := range tests {
		if got := namesMember(tt.heading, tt.lead, tt.question); got != tt.want {
			t.Errorf("%s: namesMember = %v, want %v", tt.name, got, tt.want)
		}
	}
}
