package answer

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
)

func TestQuotesQuestion(t *testing.T) {
	q := "MaxListenersExceededWarning: Possible EventEmitter memory leak detected. 11 listeners added. whats the default cap?"
	for s, want := range map[string]bool{
		`The instance will output a trace warning indicating that a "possible EventEmitter memory leak" has been detected.`: true,
		`The instance will output a trace warning indicating that a “possible EventEmitter memory leak” has been detected.`: true,
		`The instance will output a trace warning indicating that a "possible leak" has been detected.`:                     false,
		`The instance will output a trace warning indicating that a "possible file handle leak" has been detected.`:         false,
		`By default, a maximum of 10 listeners can be registered for any single event.`:                                     false,
	} {
		if got := quotesQuestion(s, q); got != want {
			t.Errorf("quotesQuestion(%q) = %v, want %v", s, got, want)
		}
	}
	// A term the question asks about, quoted by the book where it defines
	// it, is no pasted message.
	if quotesQuestion(`This is the "dual package hazard".`, "what's the dual package hazard people warn about") {
		t.Error("a quoted three-word term counts as a pasted message")
	}
}

// leakBook quotes the warning a reader pastes in a sentence that would
// lead, and states the limit in another section.
var leakBook = fstest.MapFS{
	"events.md": {Data: []byte(`# Events

## emitter.setMaxListeners(n)

By default EventEmitters will print a warning if more than 10 listeners are added for a particular event.

## Listener warnings

An emitter with too many listeners will output a trace warning to stderr indicating that a "possible EventEmitter memory leak" has been detected. The emitted warning is a MaxListenersExceededWarning with the emitter, type and count of listeners added.
`)},
}

// A question that pastes a warning leads with what the book says of it,
// not with the sentence that quotes the warning back.
func TestEchoLead(t *testing.T) {
	e := New(bookIndex(t, leakBook), Options{})
	q := "MaxListenersExceededWarning: Possible EventEmitter memory leak detected. 11 listeners added. whats the default cap on listeners per event?"
	got, err := e.Ask(context.Background(), Question{Text: q})
	if err != nil {
		t.Fatal(err)
	}
	if want := "By default EventEmitters will print a warning if more than 10 listeners"; !strings.Contains(strings.SplitN(got.Text, "[", 2)[0], want) {
		t.Errorf("answer %q, want it to lead with %q", got.Text, want)
	}
}
