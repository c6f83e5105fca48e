package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/chapterbot/chapterbot/content"
	"github.com/chapterbot/chapterbot/internal/config"
)

const usage = `chapterbot answers questions from a book's chapters, citing the sections it used.

Usage:
  chapterbot ask [--json] [QUESTION]        answer a question (no QUESTION: read questions from stdin)
  chapterbot search [-k N] [--json] QUERY   ranked passages (QUERY "-": one query per line from stdin, JSON lines out)
  chapterbot index [--json]                 build or refresh the index
  chapterbot eval --questions FILE [--json] ranking and coverage figures for golden questions
  chapterbot serve                          run the Discord bot (needs DISCORD_TOKEN)
  chapterbot config                         print the effective configuration, secrets masked, bad settings marked
  chapterbot healthcheck [--path /readyz]   probe a serving bot's /healthz, or another path (METRICS_ADDR)

Every command takes --content DIR (CONTENT_DIR; default content/, else the embedded
sample book) and --index DIR (INDEX_DIR; default index/, or the user cache directory
for the embedded book). Settings are read from the environment and .env.
`

// usageError is a mistake in the command line: exit code 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// errInterrupted ends a command stopped by Ctrl-C: no message, exit code
// 130 as in a shell.
var errInterrupted = fmt.Errorf("interrupted: %w", context.Canceled)

// exitStatus is an exit code whose reason is already on the screen (the
// marked lines of config, the skipped lines of ask): main prints nothing.
type exitStatus int

func (e exitStatus) Error() string { return fmt.Sprintf("exit status %d", int(e)) }

func exitCode(err error) int {
	var u usageError
	var s exitStatus
	switch {
	case errors.Is(err, errInterrupted):
		return 130
	case errors.As(err, &s):
		return int(s)
	case errors.As(err, &u):
		return 2
	}
	return 1
}

// quiet reports whether main should print err: not when the reason is
// already shown.
func quiet(err error) bool {
	var s exitStatus
	return errors.Is(err, errInterrupted) || errors.As(err, &s)
}

// app carries what every subcommand needs.
type app struct {
	cfg            config.Config
	problems       config.Problems // invalid settings; config shows them, other commands stopped at them
	stdin          io.Reader
	stdout, stderr io.Writer
	log            *slog.Logger
	// embedProgress, if not nil, shows the embedding of passages (index).
	embedProgress func(done, total int)
}

func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	return runLogged(ctx, args, getenv, stdin, stdout, stderr, nil)
}

// runLogged is run, and hands the command's logger to useLogger first:
// main routes the standard log package (Bleve writes there) into it.
func runLogged(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer, useLogger func(*slog.Logger)) error {
	if len(args) == 0 {
		io.WriteString(stderr, usage)
		return usagef("no command given")
	}
	cmd, args := args[0], args[1:]
	if cmd == "help" || cmd == "-h" || cmd == "--help" {
		_, err := io.WriteString(stdout, usage)
		return err
	}
	if !slices.Contains(commands, cmd) {
		return usagef("unknown command %q (run chapterbot help)", cmd)
	}
	get, err := config.WithDotenv(getenv, ".env")
	if err != nil {
		return err
	}
	cfg, err := config.Load(get)
	a := &app{cfg: cfg, stdin: stdin, stdout: stdout, stderr: stderr}
	if ps, ok := err.(config.Problems); ok {
		a.problems = ps
	} else if err != nil {
		return err
	}
	// A command stops at the problems of the settings it reads, one
	// "VARIABLE: problem" line each; config shows them all, and -h needs none.
	if cmd != "config" && !wantsHelp(args) {
		if err := a.problems.Except(unread(cmd, get("EMBEDDINGS_MODEL") != "")...); err != nil {
			return err
		}
	}
	a.log = newLogger(stderr, cfg, cmd == "serve")
	if useLogger != nil {
		useLogger(a.log)
	}
	err = a.dispatch(ctx, cmd, args)
	var h helpError
	switch {
	case errors.As(err, &h):
		_, err = io.WriteString(stdout, h.text)
		return err
	case err != nil && ctx.Err() != nil && errors.Is(err, context.Canceled):
		return errInterrupted
	}
	return err
}

// Settings only serve reads; those only the model summaries read (ask and
// serve); and the OpenAI endpoint, which the summaries and, with
// EMBEDDINGS_MODEL, the embeddings client read.
var (
	serveOnly = []string{"CONTENT_WATCH", "FEEDBACK_FILE", "DISCORD_TOKEN", "DISCORD_GUILD_ID", "DISCORD_API_URL", "SHARD_ID", "SHARD_COUNT",
		"RATE_LIMIT_PER_MINUTE", "MODERATOR_ROLE_ID", "ANSWER_IN_THREAD", "METRICS_ADDR"}
	chatSettings = []string{"PROMPTS_DIR", "OPENAI_MODEL", "LLM_TIMEOUT", "LLM_MAX_CONCURRENCY", "LLM_MAX_QUEUE", "LLM_MAX_TOKENS"}
	endpoint     = []string{"OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_API_TYPE", "OPENAI_API_VERSION"}
)

// unread lists the settings cmd never reads, whose problems do not stop it.
// A setting not listed is checked, so a new one is checked everywhere until
// a command is known not to read it. embeddings tells whether
// EMBEDDINGS_MODEL is set: then search, index and eval read the endpoint.
func unread(cmd string, embeddings bool) []string {
	switch cmd {
	case "ask":
		return serveOnly
	case "search", "index", "eval":
		if embeddings {
			return slices.Concat(serveOnly, chatSettings)
		}
		return slices.Concat(serveOnly, chatSettings, endpoint)
	case "healthcheck":
		var names []string
		for _, v := range config.Vars {
			if v.Name != "METRICS_ADDR" && v.Name != "LOG_FORMAT" && v.Name != "LOG_LEVEL" {
				names = append(names, v.Name)
			}
		}
		return names
	}
	return nil // serve reads everything
}

// wantsHelp reports whether a subcommand's arguments ask for its help.
func wantsHelp(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-h", "-help", "--help":
			return true
		}
	}
	return false
}

var commands = []string{"ask", "search", "index", "eval", "serve", "config", "healthcheck"}

func (a *app) dispatch(ctx context.Context, cmd string, args []string) error {
	switch cmd {
	case "ask":
		return a.ask(ctx, args)
	case "search":
		return a.search(ctx, args)
	case "index":
		return a.index(ctx, args)
	case "eval":
		return a.eval(ctx, args)
	case "serve":
		return a.serve(ctx, args)
	case "config":
		return a.config(args)
	case "healthcheck":
		return a.healthcheck(ctx, args)
	}
	return usagef("unknown command %q (run chapterbot help)", cmd)
}

// newLogger logs to stderr. Outside serve, the command line stays quiet
// below warnings unless LOG_LEVEL asks for more.
func newLogger(w io.Writer, cfg config.Config, serving bool) *slog.Logger {
	level := cfg.LogLevel
	if !serving && level < slog.LevelWarn {
		level = slog.LevelWarn
	}
	opts := &slog.HandlerOptions{Level: level}
	if cfg.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// flags is a subcommand's flag set with the options every command shares.
type flags struct {
	*flag.FlagSet
	content, index string
}

// helpError is -h: the flags' help, which run prints on stdout; nothing
// else runs, exit 0.
type helpError struct{ text string }

func (helpError) Error() string { return "help requested" }

// newFlags makes the flag set of a subcommand. Help goes to run, which
// prints it on stdout; the writer is not used.
func newFlags(name string) *flags {
	f := &flags{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError)}
	// Errors come back as one line from parse; only -h prints the flags.
	f.SetOutput(io.Discard)
	f.StringVar(&f.content, "content", "", "content directory (CONTENT_DIR; default content/, else the embedded book)")
	f.StringVar(&f.index, "index", "", "index directory (INDEX_DIR; default index/)")
	return f
}

// parse reads flags placed before or after positional arguments.
func (f *flags) parse(args []string) ([]string, error) {
	var pos []string
	for {
		if err := f.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				var b strings.Builder
				fmt.Fprintf(&b, "Usage of chapterbot %s:\n", f.Name())
				f.SetOutput(&b)
				f.PrintDefaults()
				return nil, helpError{b.String()}
			}
			return nil, usagef("%s: %v", f.Name(), err)
		}
		args = f.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
		if pos[len(pos)-1] == "--" {
			return append(pos[:len(pos)-1], args...), nil
		}
	}
}

// source is where the book comes from and where its index lives.
type source struct {
	fsys     fs.FS
	name     string // for messages: a directory, or "the embedded book"
	dir      string // the content directory; empty for the embedded book
	indexDir string
}

// resolveSource picks the content and index directories: flags first, then
// the environment, then content/ and index/ under the working directory,
// and the embedded sample book (index in the user cache directory) when
// there is no content/ here.
func (a *app) resolveSource(f *flags) (source, error) {
	dir := f.content
	if dir == "" {
		dir = a.cfg.ContentDir
	}
	idx := f.index
	if idx == "" {
		idx = a.cfg.IndexDir
	}
	if dir == "" {
		if fi, err := os.Stat("content"); err == nil && fi.IsDir() {
			dir = "content"
		}
	}
	if dir == "" {
		if idx == "" {
			cache, err := os.UserCacheDir()
			if err != nil {
				return source{}, fmt.Errorf("no content/ here and no user cache directory for the embedded book's index (set --index): %w", err)
			}
			idx = filepath.Join(cache, "chapterbot", "index")
		}
		return source{fsys: content.FS, name: "the embedded book", indexDir: idx}, nil
	}
	fi, err := os.Stat(dir)
	if err != nil {
		return source{}, fmt.Errorf("content directory: %w", err)
	}
	if !fi.IsDir() {
		return source{}, fmt.Errorf("content directory %s is not a directory", dir)
	}
	if idx == "" {
		idx = "index"
	}
	return source{fsys: os.DirFS(dir), name: dir, dir: dir, indexDir: idx}, nil
}

// config prints every setting, the content and index directories as the
// other commands would resolve them (flags included), and marks each
// invalid one; it fails, after printing, when any is.
func (a *app) config(args []string) error {
	f := newFlags("config")
	pos, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("config takes no arguments")
	}
	shown, problems := a.cfg, a.problems
	// A flag replaces its variable, whose value (and problem) is then unused.
	if f.content != "" {
		shown.ContentDir, problems = f.content, slices.DeleteFunc(slices.Clone(problems), func(p config.Problem) bool { return p.Name == "CONTENT_DIR" })
	}
	if f.index != "" {
		shown.IndexDir, problems = f.index, slices.DeleteFunc(slices.Clone(problems), func(p config.Problem) bool { return p.Name == "INDEX_DIR" })
	}
	bad := func(name string) bool {
		return slices.ContainsFunc(problems, func(p config.Problem) bool { return p.Name == name })
	}
	src, err := a.resolveSource(f)
	switch {
	case err != nil && shown.ContentDir != "":
		if !bad("CONTENT_DIR") {
			problems = append(problems, config.Problem{Name: "CONTENT_DIR", Value: shown.ContentDir, Reason: err.Error()})
		}
	case err != nil:
		if !bad("INDEX_DIR") {
			problems = append(problems, config.Problem{Name: "INDEX_DIR", Value: shown.IndexDir, Reason: err.Error()})
		}
	default:
		shown.ContentDir = embeddedBook
		if src.dir != "" {
			shown.ContentDir = absPath(src.dir)
		}
		if !bad("INDEX_DIR") {
			shown.IndexDir = absPath(src.indexDir)
		}
	}
	for _, l := range shown.Print(problems...) {
		if _, err := fmt.Fprintln(a.stdout, l); err != nil {
			return err
		}
	}
	names := map[string]bool{}
	for _, p := range problems {
		names[p.Name] = true
	}
	if n := len(names); n > 0 {
		return fmt.Errorf("%d invalid setting(s), marked above", n)
	}
	return nil
}

// embeddedBook is what config shows as CONTENT_DIR for the bundled book.
const embeddedBook = "(embedded sample book)"

func absPath(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return p
}

// maxLine is the longest line read from stdin, 1 MB; a longer one is
// skipped.
const maxLine = 1 << 20

// stdinLine is one line of stdin, numbered from 1.
type stdinLine struct {
	n       int
	text    string
	tooLong bool
}

// readLines calls fn for each non-empty line of stdin, until stdin ends or
// ctx is done (Ctrl-C at an interactive prompt). A line over maxLine is
// reported on stderr as "stdin:N: ..." and skipped, the next ones read on;
// the command then ends with exit status 1.
func (a *app) readLines(ctx context.Context, fn func(string) error) error {
	lines := make(chan stdinLine)
	done := make(chan error, 1)
	go func() {
		br := bufio.NewReaderSize(a.stdin, 64<<10)
		for n := 1; ; n++ {
			text, tooLong, err := readLine(br, maxLine)
			if text != "" || tooLong {
				select {
				case lines <- stdinLine{n, text, tooLong}:
				case <-ctx.Done():
					return
				}
			}
			if err != nil {
				if errors.Is(err, io.EOF) {
					err = nil
				}
				done <- err
				return
			}
		}
	}()
	skipped := 0
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case err := <-done:
			if err == nil && skipped > 0 {
				return exitStatus(1)
			}
			return err
		case l := <-lines:
			if l.tooLong {
				skipped++
				fmt.Fprintf(a.stderr, "chapterbot: stdin:%d: line longer than %d bytes: skipped\n", l.n, maxLine)
				continue
			}
			if l.text = strings.TrimSpace(l.text); l.text == "" {
				continue
			}
			if err := fn(l.text); err != nil {
				return err
			}
		}
	}
}

// readLine reads one line without its line ending. A line longer than max
// is read to its end and dropped: tooLong is set and text is empty. At the
// end of input, err is io.EOF, with the last line if it had no newline.
func readLine(br *bufio.Reader, max int) (text string, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			buf = append(buf, chunk...)
			// Room for the line ending; checked exactly below.
			if len(buf) > max+2 {
				buf, tooLong = nil, true
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if tooLong {
			return "", true, err
		}
		line := strings.TrimSuffix(strings.TrimSuffix(string(buf), "\n"), "\r")
		if len(line) > max {
			return "", true, err
		}
		return line, false, err
	}
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
