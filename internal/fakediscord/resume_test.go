package fakediscord

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// rawGateway is a bare websocket client, so a test can leave a dispatch
// unread and resume with the sequence it chooses.
type rawGateway struct {
	t  *testing.T
	ws *websocket.Conn
}

func dialGateway(t *testing.T, f *Server) *rawGateway {
	t.Helper()
	ws, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(f.URL(), "http")+"/gateway?v=9&encoding=json", nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	g := &rawGateway{t, ws}
	if hello := g.read(); hello.Op != 10 {
		t.Fatalf("first frame op %d, want HELLO", hello.Op)
	}
	return g
}

func (g *rawGateway) send(op int, d any) {
	g.t.Helper()
	b, _ := json.Marshal(d)
	if err := g.ws.WriteJSON(frame{Op: op, Data: b}); err != nil {
		g.t.Fatal(err)
	}
}

func (g *rawGateway) read() frame {
	g.t.Helper()
	g.ws.SetReadDeadline(time.Now().Add(5 * time.Second))
	var f frame
	if err := g.ws.ReadJSON(&f); err != nil {
		g.t.Fatal(err)
	}
	return f
}

func seqOf(f frame) int64 {
	if f.Seq == nil {
		return 0
	}
	return *f.Seq
}

// TestResumeReplaysMissedDispatches: as Discord does, a resumed session gets
// the dispatches sent after the sequence it resumes from, in order and with
// their numbers, before RESUMED; a dispatch the client had read is not sent
// again.
func TestResumeReplaysMissedDispatches(t *testing.T) {
	f := newServer(t, Options{})
	g := dialGateway(t, f)
	g.send(2, map[string]any{"token": "Bot test-token", "intents": discordgo.IntentsGuildMessages})
	ready := g.read()
	var r struct {
		SessionID string `json:"session_id"`
	}
	if err := json.Unmarshal(ready.Data, &r); ready.Type != "READY" || err != nil {
		t.Fatalf("after IDENTIFY: %s %v", ready.Type, err)
	}
	ada := f.Member(f.NewUser("ada"), 0)
	for _, text := range []string{"read", "missed one", "missed two"} {
		if err := f.DispatchMessage(f.Message(ada, "<@"+f.BotUser.ID+"> "+text)); err != nil {
			t.Fatal(err)
		}
	}
	first := g.read()
	g.ws.Close() // leaves the other two unread

	g = dialGateway(t, f)
	g.send(6, map[string]any{"token": "Bot test-token", "session_id": r.SessionID, "seq": seqOf(first)})
	var got []string
	for {
		fr := g.read()
		if fr.Type == "RESUMED" {
			if seqOf(fr) != seqOf(first)+3 {
				t.Errorf("RESUMED numbered %d, want %d (after the replayed dispatches)", seqOf(fr), seqOf(first)+3)
			}
			break
		}
		var m discordgo.Message
		json.Unmarshal(fr.Data, &m)
		if want := seqOf(first) + int64(len(got)) + 1; seqOf(fr) != want {
			t.Errorf("%s %q numbered %d, want %d", fr.Type, m.Content, seqOf(fr), want)
		}
		got = append(got, strings.TrimPrefix(m.Content, "<@"+f.BotUser.ID+"> "))
	}
	if strings.Join(got, "|") != "missed one|missed two" {
		t.Errorf("replayed %q, want the two unread messages in order", got)
	}
	if err := f.WaitResumed(ctxT(t), 1); err != nil {
		t.Fatal(err)
	}

	t.Run("unknown session", func(t *testing.T) {
		g := dialGateway(t, f)
		g.send(6, map[string]any{"token": "Bot test-token", "session_id": "nope", "seq": 1})
		if fr := g.read(); fr.Op != 9 {
			t.Errorf("resume of an unknown session: op %d, want 9 (invalid session)", fr.Op)
		}
	})
}
