package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

func TestSignatureProse(t *testing.T) {
	tests := []struct {
		s, prose  string
		signature bool
	}{
		{"callback <Function> The function to call at the end of this turn of the event loop", "", true},
		{"<boolean> Set to true once the process has exited.", "", true},
		{"Returns: <Channel> The named channel object", "", true},
		{"...args <any> Optional arguments to pass when the callback is called.", "", true},
		{"encoding <string> | <null> The character encoding to use.", "", true},
		{"Type: Documentation-only (supports --pending-deprecation)", "", true},
		{"Returns: <Buffer> When using an authenticated encryption mode, the cipher.getAuthTag() method returns a Buffer holding the tag.",
			"When using an authenticated encryption mode, the cipher.getAuthTag() method returns a Buffer holding the tag.", true},
		// Prose, a generic type and markup are no signature.
		{"Schedules the immediate execution of the callback after I/O events.", "", false},
		{"Vec<T> is a growable array type that holds values of one type.", "", false},
		{"<div> elements group the content of a page into one block.", "", false},
		// So is a sentence that opens with a capitalised word before a
		// class's name; a parameter's name is code, capitals or not.
		{"Use <URLSearchParams> when performance is not critical or when compatibility with browser code is desirable.", "", false},
		{"N <number> CPU/memory cost parameter.", "", true},
		{"URL <URL> The URL to fetch", "", true},
	}
	for _, tt := range tests {
		prose, sig := signatureProse(tt.s)
		if prose != tt.prose || sig != tt.signature {
			t.Errorf("signatureProse(%q) = %q, %v; want %q, %v", tt.s, prose, sig, tt.prose, tt.signature)
		}
	}
}

func TestAsksSignature(t *testing.T) {
	for q, want := range map[string]bool{
		"what does setImmediate return?":            true,
		"what type is process.exitCode?":            true,
		"which version added fs.cp?":                true,
		"how do I run a callback after I/O events?": false,
		"why does my timer keep the process alive?": false,
	} {
		if got := asksSignature(q); got != want {
			t.Errorf("asksSignature(%q) = %v, want %v", q, got, want)
		}
	}
}

// A signature line shares the function's words but does not answer: the
// prose below it leads, unless the question asks for what the line gives;
// a description that is a sentence of its own leads without its head.
func TestAskSignatureLine(t *testing.T) {
	hits := []search.Hit{{ID: "timers#setimmediate", ChapterTitle: "Timers", Heading: "setImmediate(callback)", Score: 4,
		Text: "- callback <Function> The function to call at the end of this turn of the event loop\n" +
			"- Returns: <Immediate> for use with clearImmediate()\n\n" +
			"Schedules the immediate execution of the callback after I/O events."}}
	described := []search.Hit{{ID: "crypto#getauthtag", ChapterTitle: "Crypto", Heading: "cipher.getAuthTag()", Score: 4,
		Text: "- Returns: <Buffer> When using an authenticated encryption mode, the cipher.getAuthTag() method returns a Buffer holding the authentication tag.\n\n" +
			"The method should only be called after encryption has completed."}}
	tests := []struct {
		hits           []search.Hit
		question, want string
	}{
		{hits, "when does setImmediate call the callback?", "Schedules the immediate execution of the callback after I/O events."},
		{hits, "what type is the callback of setImmediate?", "callback <Function> The function to call at the end of this turn of the event loop"},
		{described, "where does the authentication tag of an encryption mode come from?", "When using an authenticated encryption mode, the cipher.getAuthTag() method returns a Buffer holding the authentication tag."},
	}
	for _, tt := range tests {
		q := Question{Text: tt.question}
		got := New(fakeRetriever{hits: tt.hits}, Options{}).extractive(context.Background(), q, Retrieval{Query: q.Text, Hits: tt.hits, Covered: true})
		if !strings.HasPrefix(got.Text, tt.want+" [1]") {
			t.Errorf("%q: answer %q, want it to lead with %q", tt.question, got.Text, tt.want)
		}
	}
}
