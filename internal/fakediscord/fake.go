// Package fakediscord is a fake Discord on loopback: the REST API routes a bot
// calls and the gateway websocket, enough for a real discordgo session to
// connect, receive events and answer them. Tests dispatch events, then wait
// for the requests the bot sent, which the fake records and checks against
// Discord's limits (message sizes, the 3-second interaction deadline, one
// initial response per interaction).
//
// It is a non-test package so that tests of several packages can use it; it
// never reaches the network.
package fakediscord

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Options tune the fake. The zero value gives Discord's own numbers.
type Options struct {
	// HeartbeatInterval is sent in HELLO; default 41.25 s as Discord does.
	HeartbeatInterval time.Duration
	// InteractionDeadline is how long after dispatch an interaction accepts
	// its initial response; default 3 s.
	InteractionDeadline time.Duration
	// Compress sends dispatches as zlib-compressed binary frames to a client
	// whose IDENTIFY asked for compression, as Discord does.
	Compress bool
	// GuildID is the ID of the guild builders use by default, for a test
	// that must name it before the fake exists; default a new snowflake.
	GuildID string
	// PrivilegedIntents are the privileged gateway intents the application
	// is granted (in the Developer Portal). A client that identifies with
	// another privileged intent (GUILD_MEMBERS, GUILD_PRESENCES,
	// MESSAGE_CONTENT) is disconnected with close code 4014, "Disallowed
	// intent(s)", as Discord does. Default none.
	PrivilegedIntents discordgo.Intent
}

// Request is one REST request the fake received.
type Request struct {
	Seq    int    // order of arrival, from 1
	Method string // GET, POST, PUT, PATCH, DELETE
	Path   string // URL path, e.g. /api/v9/interactions/1/tok/callback
	Query  url.Values
	// Route names what the request was understood as; see the Route constants.
	Route string
	// Params are the path's parameters: "application", "guild", "interaction",
	// "token", "channel", "message", "attachment".
	Params map[string]string
	// Body is the JSON body; for a multipart request, its payload_json part.
	Body json.RawMessage
	// Files are the names of a multipart request's file parts.
	Files []string
	// Auth is the Authorization header.
	Auth string
	Time time.Time
	// MessageID is the ID of the message the request created or edited.
	MessageID string
	// Status is the HTTP status the fake answered with (0 when it hung up,
	// see HangUp), Error the reason when it refused the request.
	Status int
	Error  string
}

// Routes a Request can be recognised as.
const (
	RouteGateway          = "gateway"
	RouteCommandOverwrite = "commands_overwrite"
	RouteCallback         = "interaction_callback"
	RouteEditOriginal     = "webhook_edit_original"
	RouteFollowup         = "webhook_followup"
	RouteEditFollowup     = "webhook_edit_message"
	RouteDeleteOriginal   = "webhook_delete_original"
	RouteChannelMessage   = "channel_message_create"
	RouteChannelEdit      = "channel_message_edit"
	// RouteAttachment is a download of an attachment's bytes from the
	// fake's CDN, GET /attachments/{attachment}/{name}.
	RouteAttachment = "attachment"
	RouteUnknown    = "unknown"
)

// Decode unmarshals the request's body into v.
func (r Request) Decode(v any) error {
	if err := json.Unmarshal(r.Body, v); err != nil {
		return fmt.Errorf("decode %s %s body: %w", r.Method, r.Path, err)
	}
	return nil
}

// CallbackType is the interaction response type of an interaction callback,
// 0 for other requests.
func (r Request) CallbackType() discordgo.InteractionResponseType {
	if r.Route != RouteCallback {
		return 0
	}
	var v struct {
		Type discordgo.InteractionResponseType `json:"type"`
	}
	_ = json.Unmarshal(r.Body, &v)
	return v.Type
}

// Message returns the message a request creates or edits: the body itself,
// or an interaction callback's data. ok is false for other requests.
func (r Request) Message() (m Sent, ok bool) {
	body := r.Body
	switch r.Route {
	case RouteCallback:
		var v struct {
			Type discordgo.InteractionResponseType `json:"type"`
			Data json.RawMessage                   `json:"data"`
		}
		if json.Unmarshal(r.Body, &v) != nil || v.Type == discordgo.InteractionApplicationCommandAutocompleteResult || len(v.Data) == 0 {
			return Sent{}, false
		}
		body = v.Data
	case RouteEditOriginal, RouteFollowup, RouteEditFollowup, RouteChannelMessage, RouteChannelEdit:
	default:
		return Sent{}, false
	}
	if json.Unmarshal(body, &m) != nil {
		return Sent{}, false
	}
	m.Raw = body
	return m, true
}

// Sent is the part of a message body the bot sent that tests look at.
type Sent struct {
	Content         string                      `json:"content"`
	Embeds          []*discordgo.MessageEmbed   `json:"embeds"`
	Components      []json.RawMessage           `json:"components"`
	Flags           discordgo.MessageFlags      `json:"flags"`
	AllowedMentions *AllowedMentions            `json:"allowed_mentions"`
	Reference       *discordgo.MessageReference `json:"message_reference"`
	Raw             json.RawMessage             `json:"-"`
}

// AllowedMentions is a body's allowed_mentions; Parse is nil when the body
// had "parse": null or no parse at all.
type AllowedMentions struct {
	Parse       []string `json:"parse"`
	Users       []string `json:"users"`
	Roles       []string `json:"roles"`
	RepliedUser bool     `json:"replied_user"`
}

// Ephemeral reports whether the message is only shown to the invoking user.
func (m Sent) Ephemeral() bool { return m.Flags&discordgo.MessageFlagsEphemeral != 0 }

// Text is the message's content and all its embeds' text, for assertions.
func (m Sent) Text() string {
	var b strings.Builder
	b.WriteString(m.Content)
	for _, e := range m.Embeds {
		b.WriteString("\n" + e.Title + "\n" + e.Description)
		for _, f := range e.Fields {
			b.WriteString("\n" + f.Name + "\n" + f.Value)
		}
		if e.Footer != nil {
			b.WriteString("\n" + e.Footer.Text)
		}
	}
	return b.String()
}

// CustomIDs lists the custom IDs of the message's buttons and menus.
func (m Sent) CustomIDs() []string {
	var ids []string
	for _, raw := range m.Components {
		var row struct {
			Components []struct {
				CustomID string `json:"custom_id"`
			} `json:"components"`
		}
		if json.Unmarshal(raw, &row) != nil {
			continue
		}
		for _, c := range row.Components {
			if c.CustomID != "" {
				ids = append(ids, c.CustomID)
			}
		}
	}
	return ids
}

// CheckNoMentions returns an error unless every message-bearing request in
// reqs carries allowed_mentions with "parse": [] and no user or role lists,
// so that nothing the bot sent can ping anyone. Autocomplete results carry
// no message and are exempt.
func CheckNoMentions(reqs []Request) error {
	var errs []error
	for _, r := range reqs {
		m, ok := r.Message()
		if !ok {
			continue
		}
		switch {
		case m.AllowedMentions == nil:
			errs = append(errs, fmt.Errorf("request %d %s %s: no allowed_mentions", r.Seq, r.Method, r.Path))
		case m.AllowedMentions.Parse == nil || len(m.AllowedMentions.Parse) != 0:
			errs = append(errs, fmt.Errorf("request %d %s %s: allowed_mentions.parse = %v, want []", r.Seq, r.Method, r.Path, m.AllowedMentions.Parse))
		case len(m.AllowedMentions.Users) > 0 || len(m.AllowedMentions.Roles) > 0 || m.AllowedMentions.RepliedUser:
			errs = append(errs, fmt.Errorf("request %d %s %s: allowed_mentions allows %+v", r.Seq, r.Method, r.Path, *m.AllowedMentions))
		}
	}
	return errors.Join(errs...)
}

// Server is a running fake Discord.
type Server struct {
	// AppID is the application's ID, BotUser the bot's own user; GuildID and
	// ChannelID are a guild and a text channel that builders use by default.
	AppID     string
	BotUser   *discordgo.User
	GuildID   string
	ChannelID string

	opts   Options
	srv    *httptest.Server
	nextID atomic.Uint64

	mu           sync.Mutex
	reqs         []Request
	changed      chan struct{} // closed and replaced whenever reqs or identifies grow
	subs         map[*subscription]struct{}
	conns        map[*gatewayConn]struct{}
	identifies   []Identify
	resumes      int
	sessions     map[string]*session          // gateway sessions by session ID
	interactions map[string]*interactionState // by interaction ID
	byToken      map[string]*interactionState
	messages     map[string]map[string]any // by message ID: the message as Discord would return it
	users        map[string]*discordgo.User
	commands     map[string][]*discordgo.ApplicationCommand // by guild ID, "" for global
	dmChannels   map[string]bool
	attachments  map[string][]byte             // by attachment ID: the bytes the CDN serves
	redirects    map[string]string             // by attachment ID: where the CDN redirects
	hangUp       map[string]bool               // routes answered by closing the connection
	threads      map[string]*discordgo.Channel // by thread ID
	textChannels map[string]bool               // guild text channels besides ChannelID
	closed       bool
}

type interactionState struct {
	id, token  string
	typ        discordgo.InteractionType
	channelID  string
	dispatched time.Time
	acked      discordgo.InteractionResponseType
	original   string // message ID of the original response
}

type subscription struct {
	ch   chan Request
	done chan struct{}
}

// discordEpoch is the first second of 2015, where snowflakes count from.
var discordEpoch = time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)

// New starts a fake Discord on a loopback port. Close it when done.
func New(o Options) *Server {
	if o.HeartbeatInterval <= 0 {
		o.HeartbeatInterval = 41250 * time.Millisecond
	}
	if o.InteractionDeadline <= 0 {
		o.InteractionDeadline = 3 * time.Second
	}
	s := &Server{
		opts:         o,
		changed:      make(chan struct{}),
		subs:         map[*subscription]struct{}{},
		conns:        map[*gatewayConn]struct{}{},
		sessions:     map[string]*session{},
		interactions: map[string]*interactionState{},
		byToken:      map[string]*interactionState{},
		messages:     map[string]map[string]any{},
		users:        map[string]*discordgo.User{},
		commands:     map[string][]*discordgo.ApplicationCommand{},
		dmChannels:   map[string]bool{},
		attachments:  map[string][]byte{},
		redirects:    map[string]string{},
		threads:      map[string]*discordgo.Channel{},
		textChannels: map[string]bool{},
	}
	s.nextID.Store(uint64(time.Since(discordEpoch).Milliseconds()) << 22)
	s.AppID = s.NewID()
	s.BotUser = &discordgo.User{ID: s.AppID, Username: "chapterbot", Discriminator: "0", Bot: true}
	s.users[s.BotUser.ID] = s.BotUser
	s.GuildID = o.GuildID
	if s.GuildID == "" {
		s.GuildID = s.NewID()
	}
	s.ChannelID = s.NewID()
	s.srv = httptest.NewServer(s.routes())
	return s
}

// NewID returns a fresh snowflake. Consecutive IDs differ in their timestamp
// part, so guilds made one after the other land on different shards.
func (s *Server) NewID() string {
	return fmt.Sprint(s.nextID.Add(1<<22 + 1))
}

// URL is the base URL to use instead of https://discord.com.
func (s *Server) URL() string { return s.srv.URL }

// Close disconnects every gateway client and stops the server.
func (s *Server) Close() {
	s.mu.Lock()
	s.closed = true
	conns := make([]*gatewayConn, 0, len(s.conns))
	for c := range s.conns {
		conns = append(conns, c)
	}
	s.mu.Unlock()
	for _, c := range conns {
		c.close()
	}
	s.srv.Close()
}

// Client returns an HTTP client whose requests to discord.com go to the fake,
// for tests that drive a bare discordgo session.
func (s *Server) Client() *http.Client {
	base, _ := url.Parse(s.srv.URL)
	return &http.Client{Timeout: 20 * time.Second, Transport: rewrite{base: base, next: http.DefaultTransport}}
}

type rewrite struct {
	base *url.URL
	next http.RoundTripper
}

func (t rewrite) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.URL.Host != "discord.com" {
		return t.next.RoundTrip(r)
	}
	r = r.Clone(r.Context())
	r.URL.Scheme, r.URL.Host, r.Host = t.base.Scheme, t.base.Host, t.base.Host
	return t.next.RoundTrip(r)
}

// Requests returns every request received so far, in order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.reqs...)
}

// Wait returns the first request, received so far or later, for which match
// is true. It fails when ctx is done first.
func (s *Server) Wait(ctx context.Context, match func(Request) bool) (Request, error) {
	rs, err := s.WaitN(ctx, 1, match)
	if err != nil {
		return Request{}, err
	}
	return rs[0], nil
}

// WaitN waits until n requests match and returns the first n.
func (s *Server) WaitN(ctx context.Context, n int, match func(Request) bool) ([]Request, error) {
	var found []Request
	next := 0
	for {
		s.mu.Lock()
		for ; next < len(s.reqs) && len(found) < n; next++ {
			if match(s.reqs[next]) {
				found = append(found, s.reqs[next])
			}
		}
		ch := s.changed
		s.mu.Unlock()
		if len(found) == n {
			return found, nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return found, fmt.Errorf("wait for %d matching requests, got %d: %w", n, len(found), ctx.Err())
		}
	}
}

// Subscribe streams every request received from now on. The caller must
// drain the channel or call cancel; until then a full channel holds up the
// fake's answer.
func (s *Server) Subscribe(buffer int) (reqs <-chan Request, cancel func()) {
	sub := &subscription{ch: make(chan Request, buffer), done: make(chan struct{})}
	s.mu.Lock()
	s.subs[sub] = struct{}{}
	s.mu.Unlock()
	var once sync.Once
	return sub.ch, func() {
		once.Do(func() {
			s.mu.Lock()
			delete(s.subs, sub)
			s.mu.Unlock()
			close(sub.done)
		})
	}
}

// Commands returns the commands last registered for guildID ("" for global).
func (s *Server) Commands(guildID string) []*discordgo.ApplicationCommand {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.commands[guildID]
}

// StoredMessage returns a message as the fake holds it (as Discord would
// return it from GET), decoded into a discordgo.Message.
func (s *Server) StoredMessage(id string) (*discordgo.Message, bool) {
	s.mu.Lock()
	raw, ok := s.messages[id]
	var b []byte
	if ok {
		b, _ = json.Marshal(raw)
	}
	s.mu.Unlock()
	if !ok {
		return nil, false
	}
	var m discordgo.Message
	if json.Unmarshal(b, &m) != nil {
		return nil, false
	}
	return &m, true
}

// OriginalMessageID is the ID of the message an interaction's initial
// response created, once it has one.
func (s *Server) OriginalMessageID(interactionID string) (string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st, ok := s.interactions[interactionID]
	if !ok || st.original == "" {
		return "", false
	}
	return st.original, true
}

// record appends r and wakes waiters and subscribers.
func (s *Server) record(r Request) {
	s.mu.Lock()
	r.Seq = len(s.reqs) + 1
	s.reqs = append(s.reqs, r)
	close(s.changed)
	s.changed = make(chan struct{})
	subs := make([]*subscription, 0, len(s.subs))
	for sub := range s.subs {
		subs = append(subs, sub)
	}
	s.mu.Unlock()
	for _, sub := range subs {
		select {
		case sub.ch <- r:
		case <-sub.done:
		}
	}
}

// apiError is Discord's JSON error body.
type apiError struct {
	status  int
	Code    int    `json:"code"`
	Message string `json:"message"`
	Errors  any    `json:"errors,omitempty"`
}

func (e *apiError) Error() string { return fmt.Sprintf("%d %s (code %d)", e.status, e.Message, e.Code) }

func invalidForm(format string, args ...any) *apiError {
	detail := fmt.Sprintf(format, args...)
	return &apiError{status: http.StatusBadRequest, Code: 50035, Message: "Invalid Form Body: " + detail,
		Errors: map[string]any{"_errors": []map[string]string{{"code": "BASE_TYPE_INVALID", "message": detail}}}}
}

var (
	errUnknownInteraction = &apiError{status: http.StatusNotFound, Code: 10062, Message: "Unknown interaction"}
	errAcknowledged       = &apiError{status: http.StatusBadRequest, Code: 40060, Message: "Interaction has already been acknowledged."}
	errUnknownWebhook     = &apiError{status: http.StatusNotFound, Code: 10015, Message: "Unknown Webhook"}
	errUnknownMessage     = &apiError{status: http.StatusNotFound, Code: 10008, Message: "Unknown Message"}
	errEmptyMessage       = &apiError{status: http.StatusBadRequest, Code: 50006, Message: "Cannot send an empty message"}
	errNotAuthor          = &apiError{status: http.StatusForbidden, Code: 50005, Message: "Cannot edit a message authored by another user"}
	errUnauthorized       = &apiError{status: http.StatusUnauthorized, Code: 0, Message: "401: Unauthorized"}
	errNotFound           = &apiError{status: http.StatusNotFound, Code: 0, Message: "404: Not Found"}
)

// handlerFunc answers a decoded request with a JSON value (nil: 204).
type handlerFunc func(r *Request) (any, *apiError)

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	api := "/api/v9"
	handle := func(pattern, route string, h handlerFunc) {
		method, path, _ := strings.Cut(pattern, " ")
		mux.HandleFunc(method+" "+api+path, func(w http.ResponseWriter, hr *http.Request) {
			s.serve(w, hr, route, h)
		})
	}
	handle("GET /gateway", RouteGateway, s.gateway)
	handle("GET /gateway/bot", RouteGateway, s.gateway)
	handle("PUT /applications/{application}/commands", RouteCommandOverwrite, s.overwriteCommands)
	handle("PUT /applications/{application}/guilds/{guild}/commands", RouteCommandOverwrite, s.overwriteCommands)
	handle("POST /interactions/{interaction}/{token}/callback", RouteCallback, s.callback)
	handle("PATCH /webhooks/{application}/{token}/messages/{message}", RouteEditFollowup, s.editWebhookMessage)
	handle("DELETE /webhooks/{application}/{token}/messages/{message}", RouteDeleteOriginal, s.deleteWebhookMessage)
	handle("POST /webhooks/{application}/{token}", RouteFollowup, s.followup)
	handle("POST /channels/{channel}/messages", RouteChannelMessage, s.createChannelMessage)
	handle("PATCH /channels/{channel}/messages/{message}", RouteChannelEdit, s.editChannelMessage)
	handle("POST /channels/{channel}/threads", RouteThreadStart, s.startThread)
	handle("POST /channels/{channel}/messages/{message}/threads", RouteMessageThreadStart, s.startMessageThread)
	mux.HandleFunc("GET /attachments/{attachment}/{name}", s.serveAttachment)
	mux.HandleFunc("GET /gateway/", s.serveGateway)
	mux.HandleFunc("GET /gateway", s.serveGateway)
	mux.HandleFunc("/", func(w http.ResponseWriter, hr *http.Request) {
		s.serve(w, hr, RouteUnknown, func(*Request) (any, *apiError) { return nil, errNotFound })
	})
	return mux
}

func (s *Server) serve(w http.ResponseWriter, hr *http.Request, route string, h handlerFunc) {
	r := Request{
		Method: hr.Method,
		Path:   hr.URL.Path,
		Query:  hr.URL.Query(),
		Route:  route,
		Params: map[string]string{},
		Auth:   hr.Header.Get("Authorization"),
		Time:   time.Now(),
	}
	for _, p := range []string{"application", "guild", "interaction", "token", "channel", "message"} {
		if v := hr.PathValue(p); v != "" {
			r.Params[p] = v
		}
	}
	if r.Route == RouteEditFollowup && r.Params["message"] == "@original" {
		r.Route = RouteEditOriginal
	}
	body, files, err := readBody(hr)
	r.Body, r.Files = body, files
	s.mu.Lock()
	hangUp := s.hangUp[r.Route]
	s.mu.Unlock()
	if hangUp {
		r.Error = hungUp
		s.record(r)
		// Close the connection without an answer, as a network failure
		// would.
		panic(http.ErrAbortHandler)
	}
	var (
		out  any
		aerr *apiError
	)
	switch {
	case err != nil:
		aerr = invalidForm("%v", err)
	case route != RouteUnknown && route != RouteCallback && route != RouteEditOriginal &&
		route != RouteFollowup && route != RouteEditFollowup && route != RouteDeleteOriginal &&
		!strings.HasPrefix(r.Auth, "Bot "):
		// Interaction webhooks authenticate by token; the rest need a bot token.
		aerr = errUnauthorized
	default:
		out, aerr = h(&r)
	}
	var payload []byte
	switch {
	case aerr != nil:
		r.Status, r.Error = aerr.status, aerr.Message
		payload, _ = json.Marshal(aerr)
	case out == nil:
		r.Status = http.StatusNoContent
	default:
		r.Status = http.StatusOK
		payload, _ = json.Marshal(out)
	}
	// Record before answering, so that whoever waits for the request sees it
	// no later than the bot sees the answer.
	s.record(r)
	if payload != nil {
		w.Header().Set("Content-Type", "application/json")
	}
	w.WriteHeader(r.Status)
	_, _ = w.Write(payload)
}

// hungUp is the Error of a request the fake hung up on.
const hungUp = "hung up"

// HangUp makes the fake close the connection without an answer on every
// later request of the given routes, as a network failure would. Such a
// request is recorded with Status 0 and Error "hung up". HangUp with no
// routes answers every route again.
func (s *Server) HangUp(routes ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hangUp = map[string]bool{}
	for _, r := range routes {
		s.hangUp[r] = true
	}
}

// readBody returns a JSON body, or the payload_json of a multipart body with
// the names of its files.
func readBody(hr *http.Request) (json.RawMessage, []string, error) {
	data, err := io.ReadAll(hr.Body)
	if err != nil {
		return nil, nil, fmt.Errorf("read body: %w", err)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, nil, nil
	}
	ct, params, _ := mime.ParseMediaType(hr.Header.Get("Content-Type"))
	if ct != "multipart/form-data" {
		if !json.Valid(data) {
			return nil, nil, errors.New("body is not JSON")
		}
		return data, nil, nil
	}
	mr := multipart.NewReader(bytes.NewReader(data), params["boundary"])
	var (
		payload json.RawMessage
		files   []string
	)
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, fmt.Errorf("read multipart body: %w", err)
		}
		b, err := io.ReadAll(p)
		if err != nil {
			return nil, nil, fmt.Errorf("read multipart part: %w", err)
		}
		if p.FormName() == "payload_json" {
			if !json.Valid(b) {
				return nil, nil, errors.New("payload_json is not JSON")
			}
			payload = b
			continue
		}
		files = append(files, p.FileName())
	}
	return payload, files, nil
}

func (s *Server) gateway(r *Request) (any, *apiError) {
	u := "ws" + strings.TrimPrefix(s.srv.URL, "http") + "/gateway"
	return map[string]any{
		"url":    u,
		"shards": 1,
		"session_start_limit": map[string]int{
			"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1,
		},
	}, nil
}

func (s *Server) overwriteCommands(r *Request) (any, *apiError) {
	if r.Params["application"] != s.AppID {
		return nil, errNotFound
	}
	var cmds []*discordgo.ApplicationCommand
	if err := json.Unmarshal(r.Body, &cmds); err != nil {
		return nil, invalidForm("commands: %v", err)
	}
	if err := validateCommands(cmds); err != nil {
		return nil, err
	}
	for _, c := range cmds {
		c.ID = s.NewID()
		c.ApplicationID = s.AppID
		c.GuildID = r.Params["guild"]
		c.Version = s.NewID()
		if c.Type == 0 {
			c.Type = discordgo.ChatApplicationCommand
		}
	}
	s.mu.Lock()
	s.commands[r.Params["guild"]] = cmds
	s.mu.Unlock()
	return cmds, nil
}

// interaction looks up the interaction a webhook or callback request names.
func (s *Server) interactionFor(id, token string) (*interactionState, bool) {
	if id != "" {
		st, ok := s.interactions[id]
		return st, ok && st.token == token
	}
	st, ok := s.byToken[token]
	return st, ok
}

func (s *Server) callback(r *Request) (any, *apiError) {
	var body struct {
		Type discordgo.InteractionResponseType `json:"type"`
		Data json.RawMessage                   `json:"data"`
	}
	if err := json.Unmarshal(r.Body, &body); err != nil {
		return nil, invalidForm("interaction response: %v", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	st, ok := s.interactionFor(r.Params["interaction"], r.Params["token"])
	if !ok || r.Time.Sub(st.dispatched) > s.opts.InteractionDeadline {
		return nil, errUnknownInteraction
	}
	if st.acked != 0 {
		return nil, errAcknowledged
	}
	// An autocomplete request takes its result and nothing else; only an
	// autocomplete request takes one.
	if st.typ == discordgo.InteractionApplicationCommandAutocomplete &&
		body.Type != discordgo.InteractionApplicationCommandAutocompleteResult {
		return nil, invalidForm("type %d is not a response to an autocomplete interaction; want %d",
			body.Type, discordgo.InteractionApplicationCommandAutocompleteResult)
	}
	switch body.Type {
	case discordgo.InteractionResponseChannelMessageWithSource:
		m, err := decodeMessage(body.Data, true)
		if err != nil {
			return nil, err
		}
		st.original = s.storeLocked(m, st.channelID, st.token)
	case discordgo.InteractionResponseDeferredChannelMessageWithSource:
		var d struct {
			Flags discordgo.MessageFlags `json:"flags"`
		}
		if len(body.Data) > 0 {
			if err := json.Unmarshal(body.Data, &d); err != nil {
				return nil, invalidForm("data: %v", err)
			}
		}
		st.original = s.storeLocked(map[string]any{"content": "", "flags": d.Flags | discordgo.MessageFlagsLoading}, st.channelID, st.token)
	case discordgo.InteractionResponseDeferredMessageUpdate, discordgo.InteractionResponseUpdateMessage:
		if st.typ != discordgo.InteractionMessageComponent && st.typ != discordgo.InteractionModalSubmit {
			return nil, invalidForm("type %d is only for components", body.Type)
		}
	case discordgo.InteractionApplicationCommandAutocompleteResult:
		if st.typ != discordgo.InteractionApplicationCommandAutocomplete {
			return nil, invalidForm("autocomplete result for a non-autocomplete interaction")
		}
		if err := validateChoices(body.Data); err != nil {
			return nil, err
		}
	case discordgo.InteractionResponseModal:
	default:
		return nil, invalidForm("unknown interaction response type %d", body.Type)
	}
	st.acked = body.Type
	r.MessageID = st.original
	return nil, nil
}

// webhookInteraction finds the acknowledged interaction a webhook token
// belongs to.
func (s *Server) webhookInteraction(r *Request) (*interactionState, *apiError) {
	if r.Params["application"] != s.AppID {
		return nil, errUnknownWebhook
	}
	st, ok := s.byToken[r.Params["token"]]
	if !ok || st.acked == 0 || st.acked == discordgo.InteractionApplicationCommandAutocompleteResult ||
		r.Time.Sub(st.dispatched) > 15*time.Minute {
		return nil, errUnknownWebhook
	}
	return st, nil
}

func (s *Server) editWebhookMessage(r *Request) (any, *apiError) {
	m, aerr := decodeMessage(r.Body, false)
	if aerr != nil {
		return nil, aerr
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	st, aerr := s.webhookInteraction(r)
	if aerr != nil {
		return nil, aerr
	}
	id := r.Params["message"]
	if id == "@original" {
		id = st.original
	}
	stored, ok := s.messages[id]
	if !ok || stored["interaction_token"] != st.token {
		return nil, errUnknownMessage
	}
	for k, v := range m {
		stored[k] = v
	}
	if f, ok := stored["flags"].(discordgo.MessageFlags); ok {
		stored["flags"] = f &^ discordgo.MessageFlagsLoading
	}
	stored["edited_timestamp"] = r.Time.UTC().Format(time.RFC3339Nano)
	r.MessageID = id
	return public(stored), nil
}

func (s *Server) deleteWebhookMessage(r *Request) (any, *apiError) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st, aerr := s.webhookInteraction(r)
	if aerr != nil {
		return nil, aerr
	}
	id := r.Params["message"]
	if id == "@original" {
		id = st.original
	}
	if stored, ok := s.messages[id]; !ok || stored["interaction_token"] != st.token {
		return nil, errUnknownMessage
	}
	delete(s.messages, id)
	return nil, nil
}

func (s *Server) followup(r *Request) (any, *apiError) {
	m, aerr := decodeMessage(r.Body, true)
	if aerr != nil {
		return nil, aerr
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	st, aerr := s.webhookInteraction(r)
	if aerr != nil {
		return nil, aerr
	}
	id := s.storeLocked(m, st.channelID, st.token)
	r.MessageID = id
	if r.Query.Get("wait") != "true" {
		return nil, nil
	}
	return public(s.messages[id]), nil
}

func (s *Server) createChannelMessage(r *Request) (any, *apiError) {
	m, aerr := decodeMessage(r.Body, true)
	if aerr != nil {
		return nil, aerr
	}
	if f, _ := m["flags"].(discordgo.MessageFlags); f&discordgo.MessageFlagsEphemeral != 0 {
		return nil, invalidForm("flags: channel messages cannot be ephemeral")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if ref, ok := m["message_reference"].(map[string]any); ok {
		id, _ := ref["message_id"].(string)
		if _, ok := s.messages[id]; !ok {
			return nil, invalidForm("message_reference: Unknown message")
		}
	}
	id := s.storeLocked(m, r.Params["channel"], "")
	r.MessageID = id
	return public(s.messages[id]), nil
}

func (s *Server) editChannelMessage(r *Request) (any, *apiError) {
	m, aerr := decodeMessage(r.Body, false)
	if aerr != nil {
		return nil, aerr
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	stored, ok := s.messages[r.Params["message"]]
	if !ok || stored["channel_id"] != r.Params["channel"] {
		return nil, errUnknownMessage
	}
	if a, _ := stored["author"].(*discordgo.User); a == nil || a.ID != s.BotUser.ID {
		return nil, errNotAuthor
	}
	for k, v := range m {
		stored[k] = v
	}
	stored["edited_timestamp"] = r.Time.UTC().Format(time.RFC3339Nano)
	r.MessageID = r.Params["message"]
	return public(stored), nil
}

// storeLocked keeps a message the bot sent and returns its new ID.
func (s *Server) storeLocked(m map[string]any, channelID, token string) string {
	id := s.NewID()
	stored := map[string]any{
		"id":         id,
		"channel_id": channelID,
		"author":     s.BotUser,
		"timestamp":  time.Now().UTC().Format(time.RFC3339Nano),
		"type":       discordgo.MessageTypeDefault,
		"content":    "",
		"embeds":     []any{},
		"components": []any{},
		"mentions":   []any{},
	}
	if ref, ok := m["message_reference"]; ok {
		stored["type"] = discordgo.MessageTypeReply
		if r, ok := ref.(map[string]any); ok {
			if id, _ := r["message_id"].(string); id != "" {
				if rm, ok := s.messages[id]; ok {
					stored["referenced_message"] = public(rm)
				}
			}
		}
	}
	for k, v := range m {
		if k == "allowed_mentions" || k == "message_reference" {
			continue
		}
		stored[k] = v
	}
	if token != "" {
		stored["interaction_token"] = token
		stored["webhook_id"] = s.AppID
	}
	if g := s.guildOfChannel(channelID); g != "" {
		stored["guild_id"] = g
	}
	s.messages[id] = stored
	return id
}

// guildOfChannel returns "" for a direct message channel the fake has seen
// and the default guild for any other channel.
func (s *Server) guildOfChannel(channelID string) string {
	if s.dmChannels[channelID] {
		return ""
	}
	return s.GuildID
}

// public is a stored message as Discord returns it, without the fake's own
// bookkeeping keys.
func public(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		if k == "interaction_token" {
			continue
		}
		out[k] = v
	}
	return out
}

// decodeMessage validates a message body against Discord's limits and
// returns its fields. create is true for a new message, which must not be
// empty.
func decodeMessage(body json.RawMessage, create bool) (map[string]any, *apiError) {
	if len(body) == 0 {
		return nil, errEmptyMessage
	}
	var m struct {
		Content         *string                         `json:"content"`
		Embeds          *[]*discordgo.MessageEmbed      `json:"embeds"`
		Components      *[]json.RawMessage              `json:"components"`
		Flags           discordgo.MessageFlags          `json:"flags"`
		AllowedMentions *AllowedMentions                `json:"allowed_mentions"`
		Reference       *discordgo.MessageReference     `json:"message_reference"`
		Attachments     *[]*discordgo.MessageAttachment `json:"attachments"`
	}
	if err := json.Unmarshal(body, &m); err != nil {
		return nil, invalidForm("message: %v", err)
	}
	if err := validateMessage(m.Content, m.Embeds, m.Components, m.Flags, m.AllowedMentions); err != nil {
		return nil, err
	}
	out := map[string]any{}
	if m.Content != nil {
		out["content"] = *m.Content
	}
	if m.Embeds != nil {
		out["embeds"] = *m.Embeds
	}
	if m.Components != nil {
		out["components"] = *m.Components
	}
	if m.Flags != 0 {
		out["flags"] = m.Flags
	}
	if m.Reference != nil {
		out["message_reference"] = map[string]any{"message_id": m.Reference.MessageID, "channel_id": m.Reference.ChannelID}
	}
	if create {
		empty := (m.Content == nil || *m.Content == "") && (m.Embeds == nil || len(*m.Embeds) == 0) &&
			(m.Components == nil || len(*m.Components) == 0)
		if empty {
			return nil, errEmptyMessage
		}
	}
	return out, nil
}
