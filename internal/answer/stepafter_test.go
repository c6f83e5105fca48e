package answer

import (
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A "how do I" question whose words the sentence stating the problem
// shares leads with the step right after it, which tells what to do.
func TestAskStepAfterProblem(t *testing.T) {
	hits := []search.Hit{
		{ID: "ws#heartbeats", ChapterTitle: "WebSocket", Heading: "Heartbeats", Score: 4,
			Text: "Proxies and load balancers close websocket connections that stay idle for about a minute. " +
				"So send pings on a schedule shorter than that timeout, and close peers that stop answering."},
	}
	wantLead(t, hits, "my websocket connections die after a minute idle behind a proxy, what should I do?",
		"So send pings on a schedule shorter than that timeout")
}

// The step gets all of the problem's match only when the problem has no
// step or code of its own, for an English "how" question.
func TestNextShare(t *testing.T) {
	problem := &sentence{text: "Proxies close connections that stay idle for about a minute."}
	step := &sentence{text: "So send pings on a schedule shorter than that timeout."}
	story := &sentence{text: "Так было до версии 2.0."}
	coded := &sentence{text: "Close idle connections with this call:", code: "$ ws --close-idle"}
	tests := []struct {
		k       kind
		q       string
		prev, c *sentence
		want    float64
	}{
		{kindHow, "connections die behind a proxy, what should I do?", problem, step, 1},
		{kindWhy, "why do connections die behind a proxy?", problem, step, nextWeight},
		{kindHow, "how do i stop it?", coded, step, nextWeight},
		{kindHow, "how do i stop it?", problem, problem, nextWeight},
		// A Russian question: the English step rule does not apply; a
		// sentence before that gives a way or a reason of its own keeps
		// its match, one that gives neither passes it all on (ruRestates).
		{kindHow, "как остановить это?", &sentence{text: problem.text, fit: 0.3}, step, nextWeight},
		{kindHow, "как остановить это?", problem, story, 1},
		{kindWhy, "почему соединения рвутся?", problem, story, 1},
		// One that tells what to do gets a little more: on a tie it, not
		// the restatement, leads (tieShare).
		{kindWhy, "почему графики в дырках?", &sentence{text: "При окне [1m] график покрывается дырами."},
			&sentence{text: "Практическое правило: окно должно быть в четыре раза длиннее."}, tieShare},
		{kindWhy, "почему графики в дырках?", &sentence{text: "При окне [1m] график покрывается дырами."},
			&sentence{text: "Без слэша (proxy_pass http://backend) запрос уйдёт как есть."}, tieShare},
		{kindWho, "кто закрывает соединения?", problem, step, nextWeight},
		{kindOther, "что с соединениями?", problem, step, nextWeight},
	}
	for _, tt := range tests {
		if got := nextShare(tt.k, tt.q, tt.prev, tt.c); got != tt.want {
			t.Errorf("nextShare(%v, %q, %q, %q) = %v, want %v", tt.k, tt.q, tt.prev.text, tt.c.text, got, tt.want)
		}
	}
}
