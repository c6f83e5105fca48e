// Command chapterbot answers questions from a book's chapters, on the
// command line and in Discord, citing the sections it used.
package main

import (
	"context"
	"fmt"
	"log"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// After the first signal, the next one kills the process as usual.
	context.AfterFunc(ctx, stop)
	err := runLogged(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr, routeStdLog)
	stop()
	if err != nil {
		if !quiet(err) {
			fmt.Fprintln(os.Stderr, "chapterbot:", err)
		}
		os.Exit(exitCode(err))
	}
}

// routeStdLog sends the standard log package's lines, where libraries
// such as Bleve write ("unable to load snapshot, ..."), to l as warnings,
// in LOG_FORMAT with the command's other lines.
func routeStdLog(l *slog.Logger) {
	log.SetFlags(0)
	log.SetPrefix("")
	log.SetOutput(slog.NewLogLogger(l.Handler(), slog.LevelWarn).Writer())
}
