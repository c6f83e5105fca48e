package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestIndexWhileSearchersAutoRefresh is a moderator's `chapterbot index`
// while CLI searches auto-refresh the same index, each a process of its
// own: 4 searchers in a loop, and `index` after each of 5 edits. No index
// may fail (it waits for a searcher's refresh, then runs its own), no
// search may fail, and each index report must cover its edit: its version
// is the edited content's (an `index` run right after has nothing to do
// and the same version) and the edit is searchable.
func TestIndexWhileSearchersAutoRefresh(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs processes")
	}
	bin := filepath.Join(t.TempDir(), "chapterbot")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	book, idx := copyBook(t), t.TempDir()
	home := t.TempDir()
	cli := func(ctx context.Context, args ...string) (string, string, error) {
		cmd := exec.CommandContext(ctx, bin, args...)
		cmd.Env = []string{"HOME=" + home, "LOG_LEVEL=warn"}
		var out, errb strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		return out.String(), errb.String(), err
	}
	if _, stderr, err := cli(context.Background(), "index", "--content", book, "--index", idx); err != nil {
		t.Fatalf("first index: %v\n%s", err, stderr)
	}

	ctx, stop := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var mu sync.Mutex
	var searches int
	var failures []string
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				_, stderr, err := cli(context.Background(), "search", "--content", book, "--index", idx, "--json", "event loop")
				mu.Lock()
				searches++
				if err != nil {
					failures = append(failures, fmt.Sprintf("%v: %s", err, stderr))
				}
				mu.Unlock()
			}
		}()
	}

	chapters, _ := filepath.Glob(filepath.Join(book, "*.md"))
	version := regexp.MustCompile(`(?m)^version ([0-9a-f]{64})$`)
	prev := ""
	for i := range 5 {
		marker := fmt.Sprintf("zebraquux%d", i)
		f, err := os.OpenFile(chapters[i%len(chapters)], os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(f, "\nEdit %d mentions the %s.\n", i, marker)
		f.Close()
		// Let the searchers notice the edit, so that index meets their refreshes.
		time.Sleep(100 * time.Millisecond)

		start := time.Now()
		stdout, stderr, err := cli(context.Background(), "index", "--content", book, "--index", idx)
		if err != nil {
			t.Errorf("index after edit %d: %v\n%s", i, err, stderr)
			continue
		}
		m := version.FindStringSubmatch(stdout)
		if m == nil || m[1] == prev {
			t.Errorf("index after edit %d: report does not cover it (version %v, before %s):\n%s", i, m, prev, stdout)
			continue
		}
		prev = m[1]
		t.Logf("edit %d: index took %v", i, time.Since(start).Round(time.Millisecond))
		again, stderr, err := cli(context.Background(), "index", "--content", book, "--index", idx)
		if err != nil || !strings.Contains(again, "files added 0, changed 0, removed 0") || !strings.Contains(again, "version "+prev) {
			t.Errorf("index again after edit %d: %v\n%s\n%s", i, err, again, stderr)
		}
		hits, stderr, err := cli(context.Background(), "search", "--content", book, "--index", idx, "--json", marker)
		if err != nil || !strings.Contains(hits, marker) {
			t.Errorf("search %s after edit %d: %v\n%s\n%s", marker, i, err, hits, stderr)
		}
	}
	stop()
	wg.Wait()
	if searches < 8 {
		t.Errorf("only %d searches ran", searches)
	}
	for _, f := range failures {
		t.Errorf("failed search: %s", f)
	}
	t.Logf("%d searches, %d failed", searches, len(failures))
}
