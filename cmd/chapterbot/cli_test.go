package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"
	"github.com/google/go-cmp/cmp"
)

// A command checks only the settings it reads: a bad Discord setting does
// not stop ask, search, index or eval, and a bad model setting stops ask
// (which may call the model) but not search.
func TestCommandsCheckOnlyWhatTheyRead(t *testing.T) {
	idx := t.TempDir()
	if r := runCLI(t, "index", "--content", "../../content", "--index", idx); r.err != nil {
		t.Fatal(r.err)
	}
	discord := map[string]string{"DISCORD_TOKEN": "bad", "SHARD_COUNT": "x", "METRICS_ADDR": "9090", "FEEDBACK_FILE": "/nonexistent/dir/f.jsonl"}
	model := map[string]string{"LLM_TIMEOUT": "soon"}
	book := []string{"--content", "../../content", "--index", idx}
	tests := []struct {
		name    string
		env     map[string]string
		args    []string
		wantErr string // "" for success
	}{
		{"ask, bad Discord settings", discord, append([]string{"ask"}, append(book, "who created npm?")...), ""},
		{"search, bad Discord settings", discord, append([]string{"search"}, append(book, "npm")...), ""},
		{"index, bad Discord settings", discord, append([]string{"index"}, book...), ""},
		{"eval, bad Discord settings", discord, append([]string{"eval", "--questions", "../../testdata/questions-hard.jsonl"}, book...), ""},
		{"search, bad model setting", model, append([]string{"search"}, append(book, "npm")...), ""},
		{"search, bad endpoint, no embeddings", map[string]string{"OPENAI_API_TYPE": "bedrock"}, append([]string{"search"}, append(book, "npm")...), ""},
		{"search, bad endpoint the embeddings use", map[string]string{"OPENAI_API_TYPE": "bedrock", "EMBEDDINGS_MODEL": "m", "OPENAI_API_KEY": "sk-test-0123456789"}, append([]string{"search"}, append(book, "npm")...), "OPENAI_API_TYPE:"},
		{"ask, bad model setting", model, append([]string{"ask"}, append(book, "who created npm?")...), "LLM_TIMEOUT:"},
		{"serve, bad Discord settings", discord, append([]string{"serve"}, book...), "DISCORD_TOKEN:"},
		{"healthcheck, bad token", map[string]string{"DISCORD_TOKEN": "bad"}, []string{"healthcheck"}, "METRICS_ADDR is not set"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runWith(t, context.Background(), tt.env, "", tt.args...)
			if tt.wantErr == "" {
				if r.err != nil {
					t.Fatalf("err = %v", r.err)
				}
				if r.stdout == "" {
					t.Error("printed nothing")
				}
				return
			}
			if r.err == nil || !strings.Contains(r.err.Error(), tt.wantErr) {
				t.Errorf("err = %v, want one naming %q", r.err, tt.wantErr)
			}
		})
	}
}

// config lines as a map from variable to the text after "=".
func configLines(t *testing.T, stdout string) map[string]string {
	t.Helper()
	m := map[string]string{}
	for _, l := range strings.Split(strings.TrimSuffix(stdout, "\n"), "\n") {
		name, val, ok := strings.Cut(l, "=")
		if !ok {
			t.Fatalf("config line %q is not NAME=value", l)
		}
		m[name] = val
	}
	return m
}

// config always prints every setting, marks each bad one, and exits 1 when
// any is bad.
func TestConfigMarksBadSettings(t *testing.T) {
	env := map[string]string{"DISCORD_TOKEN": "hunter2-bad-token-value", "LLM_TIMEOUT": "soon"}
	r := runWith(t, context.Background(), env, "", "config", "--content", "../../content", "--index", t.TempDir())
	if r.code() != 1 || r.err == nil || r.err.Error() != "2 invalid setting(s), marked above" {
		t.Errorf("code %d err %v, want 1 and the count", r.code(), r.err)
	}
	got := configLines(t, r.stdout)
	if len(got) < 24 {
		t.Errorf("config printed %d settings:\n%s", len(got), r.stdout)
	}
	if want := `soon  <- invalid: "soon" is not a positive duration such as 20s`; got["LLM_TIMEOUT"] != want {
		t.Errorf("LLM_TIMEOUT=%s, want %s", got["LLM_TIMEOUT"], want)
	}
	if !strings.HasPrefix(got["DISCORD_TOKEN"], "****alue  <- invalid: does not look like a bot token") {
		t.Errorf("DISCORD_TOKEN=%s", got["DISCORD_TOKEN"])
	}
	if strings.Contains(r.stdout+r.stderr, "hunter2") {
		t.Error("the token is printed")
	}
	if got["RATE_LIMIT_PER_MINUTE"] != "5" {
		t.Errorf("a good setting is marked: %s", got["RATE_LIMIT_PER_MINUTE"])
	}
}

// config shows the content and index directories the other commands would
// use, flags included.
func TestConfigShowsDirectoriesInUse(t *testing.T) {
	idx := t.TempDir()
	content, _ := filepath.Abs("../../content")
	cache, err := os.UserCacheDir()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name                string
		env                 map[string]string
		args                []string
		wantContent, wantIx string
		wantCode            int
	}{
		// The test runs in cmd/chapterbot, which has no content/ directory.
		{"defaults", nil, nil, "(embedded sample book)", filepath.Join(cache, "chapterbot", "index"), 0},
		{"flags", nil, []string{"--content", "../../content", "--index", idx}, content, idx, 0},
		{"environment", map[string]string{"CONTENT_DIR": "../../content", "INDEX_DIR": idx}, nil, content, idx, 0},
		{"a flag replaces a bad variable", map[string]string{"CONTENT_DIR": "/nonexistent/book"}, []string{"--content", "../../content", "--index", idx}, content, idx, 0},
		{"bad flag", nil, []string{"--content", "/nonexistent/book", "--index", idx},
			"/nonexistent/book  <- invalid: content directory: stat /nonexistent/book: no such file or directory", idx, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runWith(t, context.Background(), tt.env, "", append([]string{"config"}, tt.args...)...)
			if r.code() != tt.wantCode {
				t.Errorf("code %d (%v), want %d", r.code(), r.err, tt.wantCode)
			}
			got := configLines(t, r.stdout)
			if got["CONTENT_DIR"] != tt.wantContent || got["INDEX_DIR"] != tt.wantIx {
				t.Errorf("CONTENT_DIR=%s INDEX_DIR=%s, want %s and %s", got["CONTENT_DIR"], got["INDEX_DIR"], tt.wantContent, tt.wantIx)
			}
		})
	}
}

// -h and --help of every subcommand print its flags on stdout and exit 0,
// also when a setting is bad.
func TestSubcommandHelpOnStdout(t *testing.T) {
	for _, cmd := range commands {
		for _, h := range []string{"-h", "--help"} {
			r := runWith(t, context.Background(), map[string]string{"DISCORD_TOKEN": "bad"}, "", cmd, h)
			if r.err != nil || r.stderr != "" || !strings.HasPrefix(r.stdout, "Usage of chapterbot "+cmd+":\n") || !strings.Contains(r.stdout, "-index") {
				t.Errorf("%s %s: err %v\nstdout %q\nstderr %q", cmd, h, r.err, r.stdout, r.stderr)
			}
		}
	}
}

// Questions read from a pipe print as a transcript: each echoed, a blank
// line between answers.
func TestAskFromStdinReadsAsTranscript(t *testing.T) {
	r := runWith(t, context.Background(), nil, "who created npm?\n\nwhat opcode is a ping frame?\n",
		"ask", "--content", "../../content", "--index", t.TempDir())
	if r.err != nil {
		t.Fatal(r.err)
	}
	first, second, ok := strings.Cut(r.stdout, "\n\n> what opcode is a ping frame?\n")
	if !ok || !strings.HasPrefix(first, "> who created npm?\nIsaac Schlueter") || !strings.Contains(second, "0x9") {
		t.Errorf("transcript:\n%s", r.stdout)
	}
}

// A line over 1 MB is reported with its line number and skipped; the
// questions after it are answered, and the exit status says one was lost.
func TestOverlongStdinLineIsSkipped(t *testing.T) {
	idx := t.TempDir()
	long := strings.Repeat("x", maxLine+1)
	stdin := "who created npm?\n" + long + "\nwhat opcode is a ping frame?\n"
	for _, args := range [][]string{{"ask", "--json"}, {"search", "-"}} {
		t.Run(args[0], func(t *testing.T) {
			r := runWith(t, context.Background(), nil, stdin, append(args, "--content", "../../content", "--index", idx)...)
			if r.code() != 1 || !quiet(r.err) {
				t.Errorf("err %v (code %d), want a quiet exit status 1", r.err, r.code())
			}
			lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
			if len(lines) != 2 || !strings.Contains(lines[0], "who created npm?") || !strings.Contains(lines[1], "what opcode is a ping frame?") {
				t.Errorf("stdout has %d lines, want both questions:\n%.300s", len(lines), r.stdout)
			}
			if want := "chapterbot: stdin:2: line longer than 1048576 bytes: skipped\n"; !strings.HasSuffix(r.stderr, want) || strings.Count(r.stderr, "stdin:") != 1 {
				t.Errorf("stderr = %q, want it to end with %q", r.stderr, want)
			}
		})
	}
}

func TestReadLine(t *testing.T) {
	const max = 8
	in := "short\r\n" + "exactly8\n" + "ninechars\n" + strings.Repeat("y", 100) + "\n\nlast"
	br := bufioReader(in)
	type line struct {
		Text    string
		TooLong bool
	}
	var got []line
	for {
		text, tooLong, err := readLine(br, max)
		if text != "" || tooLong || err == nil {
			got = append(got, line{text, tooLong})
		}
		if err != nil {
			if !errors.Is(err, io.EOF) {
				t.Fatal(err)
			}
			break
		}
	}
	want := []line{{"short", false}, {"exactly8", false}, {"", true}, {"", true}, {"", false}, {"last", false}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}
}

// Ctrl-C while questions are read ends the command quietly with status 130.
func TestCtrlCExits130(t *testing.T) {
	idx := t.TempDir()
	if r := runCLI(t, "index", "--content", "../../content", "--index", idx); r.err != nil {
		t.Fatal(r.err)
	}
	pr, pw := io.Pipe()
	defer pw.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"ask", "--content", "../../content", "--index", idx}, func(string) string { return "" }, pr, io.Discard, io.Discard)
	}()
	cancel()
	select {
	case err := <-done:
		if exitCode(err) != 130 || !quiet(err) {
			t.Errorf("run = %v: code %d, quiet %v; want 130 and quiet", err, exitCode(err), quiet(err))
		}
	case <-time.After(5 * time.Second):
		t.Fatal("ask kept reading after Ctrl-C")
	}
}

// At a terminal: a prompt, and Ctrl-D (or Ctrl-C) leaves the line after
// the last prompt ended, so that the shell's prompt starts on its own.
func TestInteractivePromptEndsItsLine(t *testing.T) {
	idx := t.TempDir()
	if r := runCLI(t, "index", "--content", "../../content", "--index", idx); r.err != nil {
		t.Fatal(r.err)
	}
	for _, ctrlC := range []bool{false, true} {
		name := map[bool]string{false: "Ctrl-D", true: "Ctrl-C"}[ctrlC]
		t.Run(name, func(t *testing.T) {
			ptmx, tty, err := pty.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer ptmx.Close()
			defer tty.Close()
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			done := make(chan error, 1)
			go func() {
				done <- run(ctx, []string{"ask", "--content", "../../content", "--index", idx}, func(string) string { return "" }, tty, tty, tty)
			}()
			var out syncBuffer
			go io.Copy(&out, ptmx)
			waitFor := func(s string) {
				t.Helper()
				for deadline := time.Now().Add(10 * time.Second); !strings.Contains(out.String(), s); time.Sleep(10 * time.Millisecond) {
					if time.Now().After(deadline) {
						t.Fatalf("no %q in:\n%q", s, out.String())
					}
				}
			}
			waitFor("(Ctrl-D to quit).\r\n> ")
			io.WriteString(ptmx, "who created npm?\n")
			waitFor("\r\n> ")
			waitFor("Sources:")
			for deadline := time.Now().Add(10 * time.Second); !strings.HasSuffix(out.String(), "\r\n\r\n> "); time.Sleep(10 * time.Millisecond) {
				if time.Now().After(deadline) {
					t.Fatalf("no second prompt:\n%q", out.String())
				}
			}
			if ctrlC {
				cancel()
			} else {
				ptmx.Write([]byte{4}) // Ctrl-D: end of input
			}
			select {
			case err = <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("ask did not end")
			}
			if want := map[bool]int{false: 0, true: 130}[ctrlC]; (result{err: err}).code() != want || (err != nil && !quiet(err)) {
				t.Errorf("run = %v, want exit %d and nothing to print", err, want)
			}
			time.Sleep(100 * time.Millisecond) // let the copy catch up
			if got := out.String(); !strings.HasSuffix(got, "\r\n\r\n> \r\n") {
				t.Errorf("output does not end the prompt's line:\n%q", got[max(0, len(got)-80):])
			}
			if strings.Count(out.String(), "who created npm?") != 1 {
				t.Errorf("the question is echoed at a terminal:\n%q", out.String())
			}
		})
	}
}

// Fields `ask --json` and `search --json` print: every one always present,
// and each listed in the README's JSON shapes.
func TestJSONShapes(t *testing.T) {
	idx := t.TempDir()
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	askKeys := []string{"answer", "citations", "covered", "mode", "nearest", "note", "question", "see_also"}
	seeAlsoKeys := []string{"chapter", "chapter_title", "url", "why"}
	citationKeys := []string{"chapter_title", "file", "heading", "id", "n", "url"}
	hitKeys := []string{"chapter", "chapter_title", "file", "heading", "id", "score", "snippet", "text", "trail", "url"}
	keys := func(m map[string]any) []string {
		var k []string
		for name := range m {
			k = append(k, name)
		}
		slices.Sort(k)
		return k
	}
	for _, q := range []string{"who created npm?", "how do I make sourdough bread?"} {
		r := runCLI(t, "ask", "--content", "../../content", "--index", idx, "--json", q)
		if r.err != nil {
			t.Fatal(r.err)
		}
		var a map[string]any
		if err := json.Unmarshal([]byte(r.stdout), &a); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(askKeys, keys(a)); diff != "" {
			t.Errorf("%q: answer keys (-want +got):\n%s", q, diff)
		}
		for _, list := range []string{"citations", "nearest"} {
			if _, ok := a[list].([]any); !ok {
				t.Errorf("%q: %s = %v, want a list", q, list, a[list])
			}
			for _, c := range a[list].([]any) {
				if diff := cmp.Diff(citationKeys, keys(c.(map[string]any))); diff != "" {
					t.Errorf("%q: %s keys (-want +got):\n%s", q, list, diff)
				}
			}
		}
		if _, ok := a["see_also"].([]any); !ok {
			t.Errorf("%q: see_also = %v, want a list", q, a["see_also"])
		}
	}
	r := runCLI(t, "search", "--content", "../../content", "--index", idx, "--json", "npm")
	var res struct{ Hits []map[string]any }
	if err := json.Unmarshal([]byte(r.stdout), &res); err != nil || len(res.Hits) == 0 {
		t.Fatalf("search: %v %s", err, r.stdout)
	}
	if diff := cmp.Diff(hitKeys, keys(res.Hits[0])); diff != "" {
		t.Errorf("hit keys (-want +got):\n%s", diff)
	}
	_, shapes, _ := strings.Cut(string(readme), "JSON shapes")
	shapes, _, _ = strings.Cut(shapes, "\n## ")
	for _, k := range slices.Concat(askKeys, citationKeys, seeAlsoKeys, hitKeys, []string{"query", "hits"}) {
		if !strings.Contains(shapes, `"`+k+`":`) {
			t.Errorf("the README's JSON shapes lack %q", k)
		}
	}
}

// main routes the standard log package, where Bleve writes, into the
// command's logger, in its format.
func TestStandardLogGoesToSlog(t *testing.T) {
	flags, prefix, w := log.Flags(), log.Prefix(), log.Writer()
	t.Cleanup(func() { log.SetFlags(flags); log.SetPrefix(prefix); log.SetOutput(w) })
	var out, errb bytes.Buffer
	env := map[string]string{"LOG_FORMAT": "json"}
	err := runLogged(context.Background(), []string{"config"}, func(k string) string { return env[k] }, strings.NewReader(""), &out, &errb, routeStdLog)
	if err != nil {
		t.Fatal(err)
	}
	log.Printf("unable to load snapshot, %v, continuing", "boom")
	var rec map[string]any
	if err := json.Unmarshal(errb.Bytes(), &rec); err != nil {
		t.Fatalf("stderr is not one JSON record: %v\n%s", err, errb.String())
	}
	if rec["level"] != "WARN" || rec["msg"] != "unable to load snapshot, boom, continuing" {
		t.Errorf("record = %v", rec)
	}
}

func bufioReader(s string) *bufio.Reader { return bufio.NewReaderSize(strings.NewReader(s), 16) }
