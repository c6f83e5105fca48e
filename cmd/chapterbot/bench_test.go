package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/chapterbot/chapterbot/internal/fakediscord"
)

// benchServe starts the whole bot on the sample book, without a model,
// against a fake Discord.
func benchServe(b *testing.B, env map[string]string) *fakediscord.Server {
	f := fakediscord.New(fakediscord.Options{})
	b.Cleanup(f.Close)
	base := map[string]string{
		"DISCORD_TOKEN":   testToken,
		"DISCORD_API_URL": f.URL(),
		"CONTENT_DIR":     "../../content",
		"INDEX_DIR":       b.TempDir(),
		"FEEDBACK_FILE":   filepath.Join(b.TempDir(), "feedback.jsonl"),
		"LOG_LEVEL":       "error",
	}
	for k, v := range env {
		base[k] = v
	}
	startServe(b, f, base)
	return f
}

var benchQuestions = []string{
	"who created npm?", "what opcode is a ping frame?", "how do I autoscale my pods on cpu?",
	"what's a genserver for?", "what does jsx turn into after compiling?", "how do I make sourdough bread?",
}

// answered reports whether r is the bot's answer to an interaction: a
// message callback, or the edit of a deferred one.
func answered(r fakediscord.Request) (interaction string, ok bool) {
	switch {
	case r.Route == fakediscord.RouteCallback && r.CallbackType() == discordgo.InteractionResponseChannelMessageWithSource:
		return r.Params["interaction"], true
	}
	return "", false
}

// BenchmarkServeAskLatency measures, for /ask on the sample book without a
// model, the time from the fake's INTERACTION_CREATE to the bot's answer
// arriving at the fake; it reports p50 and p99.
func BenchmarkServeAskLatency(b *testing.B) {
	f := benchServe(b, map[string]string{"RATE_LIMIT_PER_MINUTE": "1000000"})
	reqs, cancel := f.Subscribe(1024)
	defer cancel()
	m := f.Member(f.NewUser("bench"), discordgo.PermissionSendMessages)
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		i := f.Command(m, "ask", fakediscord.Option("question", benchQuestions[n%len(benchQuestions)]))
		start := time.Now()
		if err := f.DispatchInteraction(i); err != nil {
			b.Fatal(err)
		}
		for r := range reqs {
			if id, ok := answered(r); ok && id == i.ID {
				lat = append(lat, r.Time.Sub(start))
				break
			}
		}
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}

// BenchmarkServeAskBurst runs the bot as its own process (go build, then
// exec) against a fake Discord in the benchmark, dispatches 200 /ask
// interactions from 50 users at once and waits until every one is
// answered. It reports the time for the whole burst and the bot process's
// resident memory afterwards (VmRSS).
func BenchmarkServeAskBurst(b *testing.B) {
	bin := filepath.Join(b.TempDir(), "chapterbot")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	f := fakediscord.New(fakediscord.Options{})
	b.Cleanup(f.Close)
	cmd := exec.Command(bin, "serve")
	cmd.Env = []string{
		"DISCORD_TOKEN=" + testToken, "DISCORD_API_URL=" + f.URL(), "CONTENT_DIR=../../content",
		"INDEX_DIR=" + b.TempDir(), "FEEDBACK_FILE=" + filepath.Join(b.TempDir(), "feedback.jsonl"), "LOG_LEVEL=error",
		"HOME=" + b.TempDir(),
	}
	var stderr syncBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
	})
	for deadline := time.Now().Add(30 * time.Second); len(f.Commands("")) == 0; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			b.Fatalf("the bot never registered its commands:\n%s", stderr.String())
		}
	}
	var total time.Duration
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		// Each user may ask 5 questions a minute: every burst has new users.
		users := make([]*discordgo.Member, 50)
		for u := range users {
			users[u] = f.Member(f.NewUser(fmt.Sprint("user", n, "-", u)), discordgo.PermissionSendMessages)
		}
		reqs, cancel := f.Subscribe(4096)
		want := map[string]bool{}
		var batch []*fakediscord.Interaction
		for q := 0; q < 200; q++ {
			i := f.Command(users[q%50], "ask", fakediscord.Option("question", benchQuestions[q%len(benchQuestions)]))
			want[i.ID] = true
			batch = append(batch, i)
		}
		start := time.Now()
		var wg sync.WaitGroup
		for _, i := range batch {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if err := f.DispatchInteraction(i); err != nil {
					b.Error(err)
				}
			}()
		}
		timeout := time.After(30 * time.Second)
		for len(want) > 0 {
			select {
			case r := <-reqs:
				if id, ok := answered(r); ok {
					delete(want, id)
				}
			case <-timeout:
				b.Fatalf("%d of 200 questions unanswered", len(want))
			}
		}
		total += time.Since(start)
		wg.Wait()
		cancel()
	}
	b.StopTimer()
	b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "burst-ms")
	b.ReportMetric(rssMB(cmd.Process.Pid), "bot-rss-MB")
}

// rssMB is a process's resident set size, in MB.
func rssMB(pid int) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			return float64(kb) / 1024
		}
	}
	return 0
}
