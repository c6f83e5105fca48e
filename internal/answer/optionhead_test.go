package answer

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestOptionHead(t *testing.T) {
	tests := []struct {
		item, want string
	}{
		{"maxBuffer <number> Largest amount of data in bytes allowed on stdout or stderr.", "maxBuffer <number>"},
		{"cwd {string|URL} Current working directory of the child process.", "cwd {string|URL}"},
		{"options.signal <AbortSignal> allows aborting the request.", "options.signal <AbortSignal>"},
		// An item of prose, or a name without its type, has no such head.
		{"Largest amount of data <b>in</b> bytes.", ""},
		{"maxBuffer Largest amount of data.", ""},
	}
	for _, tt := range tests {
		if got := optionHead(tt.item); got != tt.want {
			t.Errorf("optionHead(%q) = %q, want %q", tt.item, got, tt.want)
		}
	}
}

// An option's default, a sentence of its own after the option's
// description, is said with the option's name and type; its first
// sentence, and a default of another item's prose, stay as written.
func TestUnitsOptionDefault(t *testing.T) {
	text := "- options <Object>\n" +
		"  - timeout <number> Default: 0\n" +
		"  - maxBuffer <number> Largest amount of data in bytes allowed on stdout or stderr. If exceeded, the child process is terminated. Default: 1024 * 1024.\n" +
		"  - The callback receives the output of the child process. Default: none."
	var got []string
	for _, u := range units(text) {
		got = append(got, u.text)
	}
	want := []string{
		"timeout <number> Default: 0",
		"maxBuffer <number> Largest amount of data in bytes allowed on stdout or stderr.",
		"If exceeded, the child process is terminated.",
		"maxBuffer <number> Default: 1024 * 1024.",
		"The callback receives the output of the child process.",
		"Default: none.",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("units (-want +got):\n%s", diff)
	}
}
