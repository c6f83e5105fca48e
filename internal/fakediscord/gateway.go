package fakediscord

import (
	"bytes"
	"compress/zlib"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// Identify is what a gateway client sent in its IDENTIFY (op 2).
type Identify struct {
	Token    string
	Intents  discordgo.Intent
	Shard    [2]int // [id, count]; [0, 1] when the client sent none
	Compress bool
	// Query is the websocket URL's query, e.g. v=9&encoding=json.
	Query     url.Values
	SessionID string
}

// privilegedIntents are the intents an application must be granted.
const privilegedIntents = discordgo.IntentGuildMembers | discordgo.IntentGuildPresences | discordgo.IntentMessageContent

// ErrNoGateway means no identified gateway connection could take an event.
var ErrNoGateway = errors.New("no gateway connection for the event's shard")

// ErrFiltered means the event was not delivered because the client's intents
// do not cover it, as Discord would not deliver it.
var ErrFiltered = errors.New("event not covered by the client's intents")

type gatewayConn struct {
	s     *Server
	ws    *websocket.Conn
	query url.Values

	wmu    sync.Mutex // serialises writes
	ident  *Identify  // set once identified; read under s.mu
	sess   *session   // set with ident: the session's sequence and dispatches
	closed sync.Once
}

// session is what Discord keeps of a gateway session across connections: the
// sequence number of its last dispatch and the dispatches a resuming client
// may have missed (Discord replays those after the client's last sequence).
type session struct {
	mu   sync.Mutex
	seq  int64
	sent []sentFrame // the last replayLen dispatches, oldest first
}

type sentFrame struct {
	f        frame
	compress bool
}

// replayLen bounds the dispatches a session keeps for resuming clients.
const replayLen = 256

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

type frame struct {
	Op   int             `json:"op"`
	Data json.RawMessage `json:"d"`
	Seq  *int64          `json:"s,omitempty"`
	Type string          `json:"t,omitempty"`
}

func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return // the upgrader has answered
	}
	c := &gatewayConn{s: s, ws: ws, query: r.URL.Query()}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		ws.Close()
		return
	}
	s.conns[c] = struct{}{}
	s.mu.Unlock()
	defer c.close()

	hello, _ := json.Marshal(map[string]any{"heartbeat_interval": s.opts.HeartbeatInterval.Milliseconds()})
	if err := c.write(frame{Op: 10, Data: hello}, false); err != nil {
		return
	}
	for {
		_, msg, err := ws.ReadMessage()
		if err != nil {
			return
		}
		var f frame
		if err := json.Unmarshal(msg, &f); err != nil {
			c.ws.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4002, "Error while decoding payload."))
			return
		}
		if err := c.handle(f); err != nil {
			return
		}
	}
}

func (c *gatewayConn) handle(f frame) error {
	s := c.s
	switch f.Op {
	case 1: // heartbeat
		return c.write(frame{Op: 11}, false)
	case 2: // identify
		var d struct {
			Token    string           `json:"token"`
			Intents  discordgo.Intent `json:"intents"`
			Shard    *[2]int          `json:"shard"`
			Compress bool             `json:"compress"`
		}
		if err := json.Unmarshal(f.Data, &d); err != nil {
			return c.fail(4002, "Error while decoding payload.")
		}
		if d.Token == "" {
			return c.fail(4004, "Authentication failed.")
		}
		if d.Intents&privilegedIntents&^s.opts.PrivilegedIntents != 0 {
			return c.fail(4014, "Disallowed intent(s).")
		}
		id := Identify{Token: d.Token, Intents: d.Intents, Shard: [2]int{0, 1}, Compress: d.Compress,
			Query: c.query, SessionID: s.NewID()}
		if d.Shard != nil {
			id.Shard = *d.Shard
		}
		if id.Shard[1] < 1 || id.Shard[0] < 0 || id.Shard[0] >= id.Shard[1] {
			return c.fail(4010, "Invalid shard.")
		}
		ready, err := json.Marshal(discordgo.Ready{
			Version:     10,
			SessionID:   id.SessionID,
			User:        s.BotUser,
			Shard:       &id.Shard,
			Application: &discordgo.Application{ID: s.AppID},
			Guilds:      []*discordgo.Guild{{ID: s.GuildID, Unavailable: true}},
		})
		if err != nil {
			return err
		}
		// Hold the writer while the connection becomes routable, so that
		// no event can overtake READY.
		c.wmu.Lock()
		defer c.wmu.Unlock()
		s.mu.Lock()
		c.ident = &id
		c.sess = &session{}
		s.sessions[id.SessionID] = c.sess
		s.identifies = append(s.identifies, id)
		close(s.changed)
		s.changed = make(chan struct{})
		s.mu.Unlock()
		return c.writeLocked(frame{Op: 0, Type: "READY", Data: ready}, id.Compress && s.opts.Compress)
	case 6: // resume
		var d struct {
			SessionID string `json:"session_id"`
			Seq       int64  `json:"seq"`
		}
		_ = json.Unmarshal(f.Data, &d)
		s.mu.Lock()
		var id *Identify
		for i := range s.identifies {
			if s.identifies[i].SessionID == d.SessionID {
				cp := s.identifies[i]
				id = &cp
			}
		}
		sess := s.sessions[d.SessionID]
		s.mu.Unlock()
		if id == nil || sess == nil {
			return c.write(frame{Op: 9, Data: json.RawMessage("false")}, false)
		}
		c.wmu.Lock()
		defer c.wmu.Unlock()
		// As Discord does: replay what the client missed, then RESUMED.
		// The connection is routable only afterwards, so no new event can
		// overtake a replayed one.
		for _, m := range sess.missed(d.Seq) {
			if err := c.writeFrame(m.f, m.compress); err != nil {
				return err
			}
		}
		s.mu.Lock()
		c.ident = id
		c.sess = sess
		s.resumes++
		close(s.changed)
		s.changed = make(chan struct{})
		s.mu.Unlock()
		return c.writeLocked(frame{Op: 0, Type: "RESUMED", Data: json.RawMessage("{}")}, id.Compress && s.opts.Compress)
	default: // presence updates, member requests, voice: accepted and ignored
		return nil
	}
}

func (c *gatewayConn) fail(code int, reason string) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	c.ws.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(code, reason))
	return errors.New(reason)
}

func (c *gatewayConn) dispatch(event string, data any, compress bool) error {
	d, err := json.Marshal(data)
	if err != nil {
		return fmt.Errorf("encode %s: %w", event, err)
	}
	return c.write(frame{Op: 0, Type: event, Data: d}, compress)
}

func (c *gatewayConn) write(f frame, compress bool) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	return c.writeLocked(f, compress)
}

// writeLocked numbers a dispatch (op 0) in its session and keeps it for
// replay; a dispatch the connection could not take is forgotten again, since
// its sender is told it was not delivered.
func (c *gatewayConn) writeLocked(f frame, compress bool) error {
	if f.Op != 0 || c.sess == nil {
		return c.writeFrame(f, compress)
	}
	seq := c.sess.add(&f, compress, f.Type != "READY" && f.Type != "RESUMED")
	err := c.writeFrame(f, compress)
	if err != nil {
		c.sess.forget(seq)
	}
	return err
}

// add numbers f with the session's next sequence and, when keep is set,
// keeps it for a resuming client.
func (s *session) add(f *frame, compress, keep bool) int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seq++
	seq := s.seq
	f.Seq = &seq
	if keep {
		if len(s.sent) == replayLen {
			s.sent = s.sent[1:]
		}
		s.sent = append(s.sent, sentFrame{*f, compress})
	}
	return seq
}

func (s *session) forget(seq int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, m := range s.sent {
		if *m.f.Seq == seq {
			s.sent = append(s.sent[:i:i], s.sent[i+1:]...)
			return
		}
	}
}

// missed returns the kept dispatches numbered after seq.
func (s *session) missed(seq int64) []sentFrame {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []sentFrame
	for _, m := range s.sent {
		if *m.f.Seq > seq {
			out = append(out, m)
		}
	}
	return out
}

func (c *gatewayConn) writeFrame(f frame, compress bool) error {
	b, err := json.Marshal(f)
	if err != nil {
		return err
	}
	if !compress {
		return c.ws.WriteMessage(websocket.TextMessage, b)
	}
	var buf bytes.Buffer
	z := zlib.NewWriter(&buf)
	z.Write(b)
	z.Close()
	return c.ws.WriteMessage(websocket.BinaryMessage, buf.Bytes())
}

func (c *gatewayConn) close() {
	c.closed.Do(func() {
		c.s.mu.Lock()
		delete(c.s.conns, c)
		c.s.mu.Unlock()
		c.wmu.Lock()
		c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseGoingAway, ""), time.Now().Add(time.Second))
		c.wmu.Unlock()
		c.ws.Close()
	})
}

// Identifies returns every IDENTIFY received so far.
func (s *Server) Identifies() []Identify {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Identify(nil), s.identifies...)
}

// WaitIdentified waits until n clients have identified (and been sent READY).
func (s *Server) WaitIdentified(ctx context.Context, n int) ([]Identify, error) {
	for {
		s.mu.Lock()
		ids := append([]Identify(nil), s.identifies...)
		ch := s.changed
		s.mu.Unlock()
		if len(ids) >= n {
			return ids, nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return ids, fmt.Errorf("wait for %d identified gateway clients, got %d: %w", n, len(ids), ctx.Err())
		}
	}
}

// WaitResumed waits until clients have resumed n sessions in all.
func (s *Server) WaitResumed(ctx context.Context, n int) error {
	for {
		s.mu.Lock()
		got, ch := s.resumes, s.changed
		s.mu.Unlock()
		if got >= n {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return fmt.Errorf("wait for %d resumed sessions, got %d: %w", n, got, ctx.Err())
		}
	}
}

// Disconnect closes every gateway connection, as Discord does when it
// restarts a gateway node; clients are expected to reconnect or resume.
func (s *Server) Disconnect() {
	s.mu.Lock()
	conns := make([]*gatewayConn, 0, len(s.conns))
	for c := range s.conns {
		conns = append(conns, c)
	}
	s.mu.Unlock()
	for _, c := range conns {
		c.close()
	}
}

// Dispatch sends an event (op 0) to the gateway connection of the shard that
// guildID belongs to (shard 0 for "", as for direct messages).
func (s *Server) Dispatch(event, guildID string, data any) error {
	c, id, err := s.connFor(guildID)
	if err != nil {
		return err
	}
	return c.dispatch(event, data, id.Compress && s.opts.Compress)
}

func (s *Server) connFor(guildID string) (*gatewayConn, Identify, error) {
	var g uint64
	if guildID != "" {
		var err error
		g, err = strconv.ParseUint(guildID, 10, 64)
		if err != nil {
			return nil, Identify{}, fmt.Errorf("guild ID %q: %w", guildID, err)
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for c := range s.conns {
		if c.ident == nil {
			continue
		}
		sh := c.ident.Shard
		if int((g>>22)%uint64(sh[1])) == sh[0] {
			return c, *c.ident, nil
		}
	}
	return nil, Identify{}, ErrNoGateway
}
