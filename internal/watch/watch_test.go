package watch

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"
)

func TestRunDebouncesABurstIntoOneCall(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "part"), 0o755); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var calls atomic.Int32
	called := make(chan struct{}, 10)
	done := make(chan error, 1)
	ready := make(chan struct{})
	go func() {
		done <- Run(ctx, Config{Dir: dir, Debounce: 400 * time.Millisecond, Log: slog.New(slog.DiscardHandler),
			OnChange: func(context.Context) {
				calls.Add(1)
				called <- struct{}{}
			},
			Ready: func() { close(ready) }})
	}()
	select {
	case <-ready:
	case err := <-done:
		t.Fatalf("Run: %v", err)
	}
	for i := 0; i < 5; i++ {
		write(t, filepath.Join(dir, "part", "a.md"), "# A\n\nversion "+string(rune('0'+i)))
		time.Sleep(5 * time.Millisecond)
	}
	select {
	case <-called:
	case <-time.After(5 * time.Second):
		t.Fatal("no call after a burst of writes")
	}
	// A change inside a hidden directory is ignored.
	os.Mkdir(filepath.Join(dir, ".git"), 0o755)
	write(t, filepath.Join(dir, ".git", "HEAD"), "x")
	select {
	case <-called:
		t.Fatal("a burst, or a hidden file, made more than one call")
	case <-time.After(1200 * time.Millisecond):
	}
	if n := calls.Load(); n != 1 {
		t.Errorf("calls = %d, want 1", n)
	}
	// A new sub-directory is watched: its creation is one change, a file
	// written inside it later is another.
	os.Mkdir(filepath.Join(dir, "new"), 0o755)
	select {
	case <-called:
	case <-time.After(5 * time.Second):
		t.Fatal("no call for a new sub-directory")
	}
	write(t, filepath.Join(dir, "new", "b.md"), "# B\n\ntext")
	select {
	case <-called:
	case <-time.After(5 * time.Second):
		t.Fatal("no call for a file in a new sub-directory")
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}
