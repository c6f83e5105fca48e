package book

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseOutputLines(t *testing.T) {
	const m = string(OutputMark)
	tests := []struct {
		name, info, code, want string
	}{
		{"console: the command plain, its output marked", "console",
			"$ cargo run\n   Compiling panic v0.1.0\nthread 'main' panicked at src/main.rs:2:5:\n",
			"$ cargo run\n   " + m + "Compiling panic v0.1.0\n" + m + "thread 'main' panicked at src/main.rs:2:5:"},
		{"console: other prompts", "console", "PS> cargo run\n> echo %PATH%\n$ node\n> 1 + 1\n2\n",
			"PS> cargo run\n> echo %PATH%\n$ node\n> 1 + 1\n" + m + "2"},
		{"text: every line output", "text", "[224, 164, 168,\n224, 165, 135]\n", m + "[224, 164, 168,\n" + m + "224, 165, 135]"},
		{"output, any case", "Output", "hello\n", m + "hello"},
		{"code is not output", "rust", "let x = 5;\n", "let x = 5;"},
		{"a shell block is commands", "sh", "cargo run\n", "cargo run"},
		{"no language", "", "hello\n", "hello"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := "# T\n\nRun it:\n\n```" + tc.info + "\n" + tc.code + "```\n"
			ch, err := Parse("ch.md", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			if got, want := ch.Sections[0].Text, "Run it:\n\n"+tc.want; got != want {
				t.Errorf("text:\n%s", cmp.Diff(want, got))
			}
		})
	}
}

func TestOutputLine(t *testing.T) {
	for _, tc := range []struct {
		line, want string
		ok         bool
	}{
		{string(OutputMark) + "thread 'main' panicked", "thread 'main' panicked", true},
		{"$ cargo run", "$ cargo run", false},
		{"  " + string(OutputMark) + "Compiling", "  Compiling", true},
		{"a " + string(OutputMark), "a " + string(OutputMark), false},
	} {
		got, ok := OutputLine(tc.line)
		if got != tc.want || ok != tc.ok {
			t.Errorf("OutputLine(%q) = %q, %v, want %q, %v", tc.line, got, ok, tc.want, tc.ok)
		}
	}
}

// An HTML page's code block names its language in a class, as a fenced
// block does in its info string.
func TestParseHTMLOutputLines(t *testing.T) {
	const m = string(OutputMark)
	page := `<html><head><title>T</title></head><body><h1>T</h1><p>Run it:</p>
<pre><code class="language-console hljs">$ node app.js
  listening on 8080
</code></pre>
<p>The code:</p>
<pre><code class="language-js">server.listen(8080);
</code></pre></body></html>`
	ch, err := Parse("t.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	want := "Run it:\n\n$ node app.js\n  " + m + "listening on 8080\n\nThe code:\n\nserver.listen(8080);"
	if got := ch.Sections[0].Text; got != want {
		t.Errorf("text:\n%s", cmp.Diff(want, got))
	}
}
