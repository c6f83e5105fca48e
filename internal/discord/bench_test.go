package discord

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/chapterbot/chapterbot/internal/fakediscord"
)

// BenchmarkInteractionLatency measures, with an in-memory answerer, the time
// from the fake dispatching an /ask interaction to the bot's response
// arriving at the fake, and reports its median and 99th percentile.
func BenchmarkInteractionLatency(b *testing.B) {
	h := start(b, Config{RateLimitPerMinute: 1_000_000}, &recorder{}, testLibrary())
	users := make([]*discordgo.Member, 50)
	for i := range users {
		users[i] = h.member(fmt.Sprintf("user%d", i))
	}
	reqs, cancel := h.f.Subscribe(1024)
	defer cancel()
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		in := h.f.Command(users[i%len(users)], "ask", fakediscord.Option("question", "What is a slice?"))
		t0 := time.Now()
		h.dispatch(in)
		for r := range reqs {
			if r.Route == fakediscord.RouteCallback && r.Params["interaction"] == in.ID {
				if r.Status != 204 {
					b.Fatalf("response refused: %d %s", r.Status, r.Error)
				}
				lat = append(lat, r.Time.Sub(t0))
				break
			}
		}
	}
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(ms(lat[len(lat)/2]), "p50-ms")
	b.ReportMetric(ms(lat[min(len(lat)-1, len(lat)*99/100)]), "p99-ms")
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// burst sends 200 /ask interactions from 50 users (4 each, within the
// default 5 a minute) at once and waits until all are answered, returning
// how long that took and how many answers carried an answer embed.
func burst(tb testing.TB, h *harness) (time.Duration, int) {
	tb.Helper()
	users := make([]*discordgo.Member, 50)
	for i := range users {
		users[i] = h.member(fmt.Sprintf("burst%d", i))
	}
	ins := make([]*fakediscord.Interaction, 200)
	for i := range ins {
		ins[i] = h.f.Command(users[i%len(users)], "ask", fakediscord.Option("question", fmt.Sprintf("question %d", i)))
	}
	want := map[string]bool{}
	for _, in := range ins {
		want[in.ID] = true
	}
	t0 := time.Now()
	for _, in := range ins {
		h.dispatch(in)
	}
	rs, err := h.f.WaitN(h.ctx(), len(ins), func(r fakediscord.Request) bool {
		return r.Route == fakediscord.RouteCallback && want[r.Params["interaction"]]
	})
	if err != nil {
		tb.Fatal(err)
	}
	took := time.Since(t0)
	answered := 0
	for _, r := range rs {
		if m, ok := r.Message(); ok && r.Status == 204 && len(m.Embeds) == 1 {
			answered++
		}
	}
	return took, answered
}

func TestBurst(t *testing.T) {
	// Every answer must come within Discord's 3 s of its interaction.
	h := startAlone(t, Config{}, &recorder{}, testLibrary())
	_, answered := burst(t, h)
	if answered != 200 {
		t.Errorf("%d of 200 questions answered", answered)
	}
}

// BenchmarkBurst reports how long 200 questions from 50 users take to be
// answered, all of them.
func BenchmarkBurst(b *testing.B) {
	h := start(b, Config{}, &recorder{}, testLibrary())
	var total time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		took, answered := burst(b, h)
		if answered != 200 {
			b.Fatalf("%d of 200 questions answered", answered)
		}
		total += took
	}
	b.ReportMetric(ms(total/time.Duration(b.N)), "burst-ms")
}
