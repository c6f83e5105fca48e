package search

import (
	"slices"
	"testing"
)

func TestNamedFirst(t *testing.T) {
	a := testAnalyzer(t)
	exec := func() []Hit {
		return []Hit{
			{Passage: "err", Heading: "ERR_CHILD_PROCESS_STDIO_MAXBUFFER", Score: 1.87},
			{Passage: "sync", Heading: "child_process.execSync(command[, options])", Score: 0.85},
			{Passage: "filesync", Heading: "child_process.execFileSync(file[, args][, options])", Score: 0.80},
			{Passage: "exec", Heading: "child_process.exec(command[, options][, callback])", Score: 0.66},
		}
	}
	tests := []struct {
		name string
		q    string
		hits []Hit
		want []string
	}{
		{"the function named", "stdout maxBuffer length exceeded with exec(). whats the default limit?", exec(),
			[]string{"err", "exec", "filesync", "sync"}},
		{"named as a plain word", "child_process exec kills my command, whats the default max buffer size", exec(),
			[]string{"err", "exec", "filesync", "sync"}},
		{"no member named", "stdout maxBuffer length exceeded, whats the default limit?", exec(),
			[]string{"err", "sync", "filesync", "exec"}},
		{"the variant named too", "exec or execSync: whats the default maxBuffer", exec(),
			[]string{"err", "sync", "exec", "filesync"}},
		{"glued words the question writes", "how do i read a whole file", []Hit{
			{Passage: "readfile", Heading: "fs.readFile(path[, options], callback)", Score: 2},
			{Passage: "read", Heading: "fs.read(fd, buffer, offset, length, position, callback)", Score: 1.5},
		}, []string{"readfile", "read"}},
		{"another object's member", "the default time limit for receiving a whole request", []Hit{
			{Passage: "timeout", Heading: "server.requestTimeout", Score: 0.27},
			{Passage: "request", Heading: "http.request(url[, options][, callback])", Score: 0.10},
		}, []string{"timeout", "request"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			namedFirst(a, tt.q, tt.hits)
			var got []string
			for _, h := range tt.hits {
				got = append(got, h.Passage)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("order %v, want %v", got, tt.want)
			}
		})
	}
}

func TestMemberName(t *testing.T) {
	for _, tt := range []struct{ h, owner, last string }{
		{"child_process.exec(command[, options][, callback])", "child_process", "exec"},
		{"Class: Worker", "", "Worker"},
		{"process.report.reportOnSignal", "process.report", "reportOnSignal"},
		{"maxBuffer and Unicode", "", ""},
	} {
		owner, last := memberName(tt.h)
		if owner != tt.owner || last != tt.last {
			t.Errorf("memberName(%q) = %q, %q, want %q, %q", tt.h, owner, last, tt.owner, tt.last)
		}
	}
}
