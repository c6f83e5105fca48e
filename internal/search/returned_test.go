package search

import (
	"slices"
	"testing"
	"testing/fstest"
)

func TestReturnsOf(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"- delay <number>\n- Returns: <Timeout> for use with clearInterval()", []string{"Timeout"}},
		{"- Returns: <fs.ReadStream> See Readable Streams.", []string{"fs.ReadStream"}},
		{"- Returns: <string>\n- Returns: <boolean>", nil},
		{"- Returns: <Buffer> | <string> The decoded data.", nil},
		{"- Returns: <this>", nil},
		{"- Returns: <Object[]>", nil},
		{"Returns: <Immediate> a reference. Returns: <Timeout>", []string{"Immediate", "Timeout"}},
		{"Returns: <Timeout", nil},
	}
	for _, tt := range tests {
		if got := returnsOf(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("returnsOf(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestClassName(t *testing.T) {
	tests := []struct {
		trail []string
		want  string
	}{
		{[]string{"Timers", "Class: Timeout", "timeout.unref()"}, "Timeout"},
		{[]string{"File system", "Callback API", "Class: fs.ReadStream", "Event: 'open'"}, "fs.ReadStream"},
		{[]string{"Worker threads", "Class: BroadcastChannel extends EventTarget", "broadcastChannel.close()"}, "BroadcastChannel"},
		{[]string{"Timers", "Class: Timeout"}, ""}, // the class's own entry
		// A heading's link text glued to the name is no part of it.
		{[]string{"Assert", "Class: assert.AssertionError[src]", "new assert.AssertionError(options)"}, "assert.AssertionError"},
		{[]string{"Timers", "Class: Timeout", "Class: <T>", "t.ref()"}, ""},
		{[]string{"Timers", "setInterval(callback[, delay[, ...args]])"}, ""},
	}
	for _, tt := range tests {
		if got := className(tt.trail); got != tt.want {
			t.Errorf("className(%q) = %q, want %q", tt.trail, got, tt.want)
		}
	}
}

func TestReturnedClasses(t *testing.T) {
	hits := []Hit{
		{Trail: []string{"Timers", "setInterval(callback[, delay[, ...args]])"}, Heading: "setInterval(callback[, delay[, ...args]])", Text: "- Returns: <Timeout> for use with clearInterval()", Score: 2},
		{Trail: []string{"Buffer", "Class: Buffer", "buf.slice([start[, end]])"}, Heading: "buf.slice([start[, end]])", Text: "- Returns: <Buffer>", Score: 3},
		{Trail: []string{"Timers", "setTimeout(callback[, delay[, ...args]])"}, Heading: "setTimeout(callback[, delay[, ...args]])", Text: "- Returns: <Timeout> for use with clearTimeout()", Score: 1},
	}
	got := returnedClasses(hits)
	if len(got) != 1 || got["Timeout"].Score != 2 {
		t.Errorf("returnedClasses = %v, want Timeout from the best hit returning it (buf.slice() returns its own class)", got)
	}
}

// TestReturnedMemberFound: a question naming the call it made finds the
// member of the class that call returns, chosen by its other words.
func TestReturnedMemberFound(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	timers := `<html><head><title>Timers | Docs</title></head><body>
<h2 id="timers">Timers</h2><p>The timer module exposes a global API for scheduling functions to be called at some future period of time.</p>
<h3 id="class-timeout">Class: <code>Timeout</code></h3><p>This object is created internally and is returned from setTimeout() and setInterval().</p>
<h4 id="timeouthasref"><code>timeout.hasRef()</code></h4><p>If true, the Timeout object will keep the Node.js event loop active.</p>
<h4 id="timeoutrefresh"><code>timeout.refresh()</code></h4><p>Sets the timer's start time to the current time, and reschedules the timer to call its callback at the previously specified duration.</p>
<h4 id="timeoutunref"><code>timeout.unref()</code></h4><p>When called, the active Timeout object will not require the event loop to remain active. If there is no other activity keeping the event loop running, the process may exit before the callback is invoked.</p>
<h3 id="setintervalcallback-delay-args"><code>setInterval(callback[, delay[, ...args]])</code></h3><ul><li><code>callback</code> The function to call when the timer elapses.</li><li>Returns: <a class="type">&lt;Timeout&gt;</a> for use with clearInterval()</li></ul><p>Schedules repeated execution of callback every delay milliseconds. When delay is larger than 2147483647 or less than 1, the delay will be set to 1.</p>
<h3 id="cleartimeouttimeout"><code>clearTimeout(timeout)</code></h3><p>Cancels a Timeout object created by setTimeout().</p>
</body></html>`
	process := `<html><head><title>Process | Docs</title></head><body>
<h2 id="process">Process</h2><p>The process object provides information about, and control over, the current Node.js process.</p>
<h3 id="event-exit">Event: <code>'exit'</code></h3><p>The 'exit' event is emitted when the Node.js process is about to exit, when there is no additional work to perform and the event loop has nothing to keep it alive.</p>
<h3 id="processexitcode"><code>process.exit([code])</code></h3><p>Instructs Node.js to terminate the process synchronously with an exit status of code. A script that never exits can call process.exit() to stop.</p>
<h3 id="processkill"><code>process.kill(pid)</code></h3><p>Sends a signal to the process identified by pid, to stop it.</p>
</body></html>`
	globals := `<html><head><title>Global objects | Docs</title></head><body>
<h2 id="globals">Global objects</h2><p>These objects are available in all modules.</p>
<h3 id="setintervalcallback-delay-args"><code>setInterval(callback, delay[, ...args])</code></h3><p>setInterval is described in the timers section.</p>
</body></html>`
	refresh(t, ix, fstest.MapFS{"timers.html": {Data: []byte(timers)}, "process.html": {Data: []byte(process)}, "globals.html": {Data: []byte(globals)}})
	q := "i have a setInterval for metrics and now my script never exits. how do i stop it from keeping the process alive?"
	if got := ids(search(t, ix, q, 5)); !slices.Contains(got, "timers#timeoutunref") {
		t.Errorf("Search(%q) = %v, want timers#timeoutunref in the first 5", q, got)
	}
}
