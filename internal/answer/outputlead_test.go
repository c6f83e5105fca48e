package answer

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/chapterbot/chapterbot/internal/book"
)

// A console block's command stays a line of code; its output lines are
// units apart from it, marked as output and shown without the mark.
func TestUnitsOutput(t *testing.T) {
	m := string(book.OutputMark)
	text := "Here is the error we get when we run the program.\n\n" +
		"$ cargo run --release now\n" +
		m + "thread 'main' panicked at src/main.rs:19:19:\n" +
		m + "index out of bounds: the len is 5 but the index is 10\n\n" +
		"The program resulted in a runtime error at the point of using an invalid value in the indexing operation."
	type got struct {
		text   string
		output bool
	}
	var gots []got
	for _, u := range units(text) {
		if strings.Contains(u.text, m) {
			t.Errorf("unit %q keeps the output mark", u.text)
		}
		gots = append(gots, got{u.text, u.output})
	}
	want := []got{
		{"Here is the error we get when we run the program.", false},
		{"$ cargo run --release now", false},
		{"thread 'main' panicked at src/main.rs:19:19: index out of bounds: the len is 5 but the index is 10", true},
		{"The program resulted in a runtime error at the point of using an invalid value in the indexing operation.", false},
	}
	if !slices.Equal(gots, want) {
		t.Errorf("units:\n got %+v\nwant %+v", gots, want)
	}
}

// panicBook shows a program's output, which shares every word of a
// question that pastes it, and the sentence that explains it.
var panicBook = fstest.MapFS{
	"ch03.md": {Data: []byte("# Data Types\n\n## Invalid Array Element Access\n\n" +
		"Let's see what happens if you try to access an element of an array that is past the end of the array.\n\n" +
		"```rust\nlet a = [1, 2, 3, 4, 5];\nlet element = a[index];\n```\n\n" +
		"If you enter a number past the end of the array, such as 10, you'll see output like this:\n\n" +
		"```console\nthread 'main' panicked at src/main.rs:19:19:\nindex out of bounds: the len is 5 but the index is 10\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n```\n\n" +
		"The program resulted in a runtime error at the point of using an invalid value in the indexing operation. " +
		"Rust will check that the index you've specified is less than the array length.\n")},
	"ch03-char.md": {Data: []byte("# Scalar Types\n\n## The Character Type\n\n" +
		"Rust's char type is 4 bytes in size and represents a Unicode scalar value.\n")},
	"ch08.md": {Data: []byte("# Strings\n\n## Bytes and Scalar Values\n\n" +
		"If we look at the Hindi word written in the Devanagari script, it is stored as a vector of u8 values that looks like this:\n\n" +
		"```text\n[224, 164, 168, 224, 164, 174, 224, 164, 184,\n224, 165, 141, 224, 164, 164, 224, 165, 135]\n```\n\n" +
		"That's 18 bytes and is how computers ultimately store this data.\n")},
}

// The output a question pastes does not lead: the sentence after it that
// tells what it means does.
func TestOutputNotLead(t *testing.T) {
	e := New(bookIndex(t, panicBook), Options{})
	wantAskLeads(t, e, []leadCase{
		{"thread 'main' panicked at src/main.rs:19:19: index out of bounds: the len is 5 but the index is 10 why didnt the compiler catch this", "The program resulted in a runtime error"},
	})
}

// notOutputLead passes over output and the sentence that points back at
// it; after output, the sentence that follows it in its passage leads.
func TestNotOutputLead(t *testing.T) {
	bytes := []sentence{
		{hit: 0, pos: 0, text: "[224, 164, 168, 224, 164, 174]", output: true, score: 1.2},
		{hit: 0, pos: 1, joined: true, text: "That's 18 bytes and is how computers ultimately store this data.", score: 1.1},
		{hit: 1, pos: 0, text: "Rust's char type is 4 bytes in size.", score: 1},
	}
	panicked := []sentence{
		{hit: 0, pos: 0, text: "This code compiles successfully.", score: 0.5},
		{hit: 0, pos: 1, text: "thread 'main' panicked at src/main.rs:19:19:", output: true, score: 2},
		{hit: 0, pos: 2, joined: true, text: "This check has to happen at runtime.", score: 0.5},
		{hit: 1, pos: 0, text: "thread 'main' panicked at src/main.rs:4:6:", output: true, score: 1},
	}
	prose := []sentence{
		{hit: 0, pos: 0, text: "The stack is fast.", score: 2},
		{hit: 0, pos: 1, text: "3", output: true, score: 3},
	}
	tests := []struct {
		name  string
		cands []sentence
		order []int
		want  []int
	}{
		{"output and what points back at it", bytes, []int{0, 1, 2}, []int{2, 0, 1}},
		{"the sentence after the output", panicked, []int{1, 3, 0, 2}, []int{2, 1, 3, 0}},
		{"output alone", panicked[1:2], []int{0}, []int{0}},
		{"prose leads already", prose, []int{0, 1}, []int{0, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.Clone(tt.order)
			notOutputLead(tt.cands, got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("order %v, want %v", got, tt.want)
			}
		})
	}
}
