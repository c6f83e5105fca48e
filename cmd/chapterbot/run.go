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
	"strings"

	"github.com/chapterbot/chapterbot/content"
	"github.com/chapterbot/chapterbot/internal/config"
)

const usage = `chapterbot answers questions from a book's chapters, citing the sections it used.

Usage:
  chapterbot ask [--json] [QUESTION]        answer a question (no QUESTION: read questions from stdin)
  chapterbot search [-k N] [--json] QUERY   ranked passages (QUERY "-": one query per line from stdin, JSON lines out)
  chapterbot index                          build or refresh the index
  chapterbot eval --questions FILE [--json] ranking and coverage figures for golden questions
  chapterbot serve                          run the Discord bot (needs DISCORD_TOKEN)
  chapterbot config                         print the effective configuration, secrets masked
  chapterbot healthcheck                    probe a serving bot's /healthz (METRICS_ADDR)

Every command takes --content DIR (CONTENT_DIR; default content/, else the embedded
sample book) and --index DIR (INDEX_DIR; default index/, or the user cache directory
for the embedded book). Settings are read from the environment and .env.
`

// usageError is a mistake in the command line: exit code 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

func exitCode(err error) int {
	var u usageError
	if errors.As(err, &u) {
		return 2
	}
	return 1
}

// app carries what every subcommand needs.
type app struct {
	cfg            config.Config
	stdin          io.Reader
	stdout, stderr io.Writer
	log            *slog.Logger
}

func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		io.WriteString(stderr, usage)
		return usagef("no command given")
	}
	cmd, args := args[0], args[1:]
	if cmd == "help" || cmd == "-h" || cmd == "--help" {
		_, err := io.WriteString(stdout, usage)
		return err
	}
	get, err := config.WithDotenv(getenv, ".env")
	if err != nil {
		return err
	}
	cfg, err := config.Load(get)
	if err != nil {
		return err // one "VARIABLE: problem" line each
	}
	a := &app{cfg: cfg, stdin: stdin, stdout: stdout, stderr: stderr}
	a.log = newLogger(stderr, cfg, cmd == "serve")
	err = a.dispatch(ctx, cmd, args)
	if errors.Is(err, errHelp) {
		return nil
	}
	return err
}

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
	help           io.Writer
}

// errHelp is -h: the flags were printed, nothing else runs, exit 0.
var errHelp = errors.New("help printed")

func newFlags(name string, stderr io.Writer) *flags {
	f := &flags{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError), help: stderr}
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
				fmt.Fprintf(f.help, "Usage of chapterbot %s:\n", f.Name())
				f.SetOutput(f.help)
				f.PrintDefaults()
				return nil, errHelp
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

func (a *app) config(args []string) error {
	f := newFlags("config", a.stderr)
	if _, err := f.parse(args); err != nil {
		return err
	}
	for _, l := range a.cfg.Print() {
		if _, err := fmt.Fprintln(a.stdout, l); err != nil {
			return err
		}
	}
	return nil
}

// readLines calls fn for each non-empty line of r, until r ends or ctx is
// done (Ctrl-C at an interactive prompt).
func readLines(ctx context.Context, r io.Reader, fn func(string) error) error {
	lines := make(chan string)
	done := make(chan error, 1)
	go func() {
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			case <-ctx.Done():
				return
			}
		}
		done <- sc.Err()
	}()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case err := <-done:
			return err
		case line := <-lines:
			if line = strings.TrimSpace(line); line == "" {
				continue
			}
			if err := fn(line); err != nil {
				return err
			}
		}
	}
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
