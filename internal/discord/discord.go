// Package discord is the Discord front end of chapterbot: it registers the
// slash commands, answers them, mentions and follow-ups through a discordgo
// session (streaming a model's answer as it is written), renders answers and
// splits them within Discord's limits, limits how fast each user may ask,
// records readers' votes, and serves the moderators' /reindex and /gaps and
// everyone's /status.
//
// The package's files keep four concerns apart:
//   - transport: router.go (routes, middleware, the one initial response of
//     each interaction), stream.go (throttled edits), mention.go's sending,
//     redact.go (no secret in the log);
//   - presentation: render.go, split.go, sanitize.go (what may reach
//     Discord: no secret, no masked link, no invisible character), locale.go
//     (the bot's words in each language);
//   - rules: limits.go (rate limits), moderation.go (who is a moderator);
//   - features: ask.go, lookup.go (/search, /chapter), reindex.go,
//     status.go, gaps.go, mention.go.
//
// Handlers return what to say; the router does the I/O, so that every
// interaction gets exactly one initial response in time (deferring slow
// answers), handler errors and panics become a short apology, and nothing
// the bot sends can ping anyone.
package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/chapterbot/chapterbot/internal/answer"
	"github.com/chapterbot/chapterbot/internal/feedback"
	"github.com/chapterbot/chapterbot/internal/search"
)

// Answerer answers a question from the book; *answer.Engine is one.
type Answerer interface {
	Ask(ctx context.Context, q answer.Question) (answer.Answer, error)
}

// Library looks passages and chapters up, for /search and /chapter; it never
// involves a model.
type Library interface {
	Search(ctx context.Context, query string, k int) ([]search.Hit, error)
	Chapters() []search.ChapterInfo
	Section(id string) (text string, info search.SectionInfo, ok bool)
}

// Shelf is the book as moderators change it, for /reindex and /status: it
// validates and writes uploaded chapters, runs one refresh at a time and
// remembers the last one. The bot neither reads nor writes files itself.
type Shelf interface {
	// Refresh refreshes the index from the content, asked for by by (the
	// moderator's user name). A refresh turned away because another one
	// runs is a report with Result RefreshBusy, not an error; an error
	// means the refresh failed.
	Refresh(ctx context.Context, by string, progress func(done, total int)) (RefreshReport, error)
	// AddChapter validates data as the chapter file name, writes it into
	// the content and refreshes, asked for by by. A file it refuses comes
	// back as a report with Refused set and nothing written.
	AddChapter(ctx context.Context, by, name string, data []byte, progress func(done, total int)) (RefreshReport, error)
	// Progress reports a running refresh.
	Progress() (done, total int, running bool)
	// LastRefresh is the last refresh that ran, by whatever asked for it.
	LastRefresh() (RefreshReport, bool)
}

// RefreshResult is how a refresh ended.
type RefreshResult string

// Results of a refresh.
const (
	RefreshOK        RefreshResult = "ok"
	RefreshUnchanged RefreshResult = "unchanged"
	RefreshBusy      RefreshResult = "busy"
	RefreshFailed    RefreshResult = "failed"
)

// RefreshReport says what a refresh (or an upload and its refresh) did.
type RefreshReport struct {
	Result             RefreshResult
	Chapters, Sections int
	// Added, Changed and Removed are files, paths under the content.
	Added, Changed, Removed []string
	// Problems are files skipped, each "path:line: reason"; Warnings what
	// was ignored in chapters of the index, the same way; Unread the
	// content's files of formats the book does not read.
	Problems, Warnings, Unread []string
	// Summaries are the content's mdBook tables of contents (SUMMARY.md),
	// read as the book's structure and not indexed as chapters: a
	// moderator who finds no chapter of that name knows why.
	Summaries []string
	// Rebuilt is true when the index was rebuilt from scratch.
	Rebuilt bool
	// Saved is the chapter file AddChapter wrote; Replaced tells whether
	// it replaced one of that name.
	Saved    string
	Replaced bool
	// Refused is why AddChapter refused the file ("name.md:3: reason"),
	// nothing written.
	Refused string
	// Waited is true when the refresh first waited for another one to end.
	Waited bool
	// Finished is when the refresh ended, Duration how long it took.
	Finished time.Time
	Duration time.Duration
	// Version is the live index's version after the refresh.
	Version string
	// By is who asked for the refresh: a moderator's user name, or one of
	// the Asker names; "" when unknown.
	By string
}

// Who asks for a refresh other than a moderator, as RefreshReport.By and
// search.Status.BuiltBy name them: /status shows these names in the
// reader's language.
const (
	AskerStartup     = "start-up"
	AskerFileWatcher = "file watcher"
	AskerCommandLine = "command line"
)

// Feedback keeps readers' votes and the questions the book did not cover;
// *feedback.Store is one. One that is also a Gaps feeds /gaps.
type Feedback interface {
	Record(v feedback.Vote) error
	RecordUncovered(question string, t time.Time) error
}

// Config configures a Bot. Only Token is required.
type Config struct {
	// Token is the bot token, with or without its "Bot " prefix.
	Token string
	// Secrets are further values that must never reach Discord or the log
	// (API keys): every message the bot sends shows them as ***, as it
	// does the token (values under 8 characters are placeholders, not
	// secrets: see minSecret).
	Secrets []string
	// GuildID, when set, registers the commands in that guild only (they
	// appear at once); otherwise they are registered globally.
	GuildID string
	// APIURL replaces https://discord.com for every REST request, and so
	// for the gateway address the API hands out. Default https://discord.com.
	APIURL string
	// ShardID and ShardCount select this process's shard; ShardCount 0 or 1
	// means no sharding.
	ShardID, ShardCount int
	// RateLimitPerMinute is how many questions a user may ask a minute;
	// 0 means 5, a negative number no limit.
	RateLimitPerMinute int
	// IndexVersion returns the live index's version for answer footers;
	// nil: the short form of Status().Version.
	IndexVersion func() string
	// Feedback records votes and uncovered questions; nil records nothing.
	Feedback Feedback
	// Logger receives the bot's log, and discordgo's while the bot runs
	// (discordgo's logger is process-wide: see discordgoLog); nil discards
	// it. No token appears in it.
	Logger *slog.Logger
	// DeferAfter is how long an interaction's answer may take before the
	// bot acknowledges it with "thinking…" and edits the answer in later.
	// Discord allows 3 s for the first response. Default 1.5 s.
	DeferAfter time.Duration
	// AlwaysDefer acknowledges questions at once instead of waiting
	// DeferAfter, for when a model makes every answer slow.
	AlwaysDefer bool
	// AnswerTimeout bounds one question's work. Default 2 minutes.
	AnswerTimeout time.Duration
	// ShutdownGrace is how long Run waits for questions in flight once its
	// context is done. Default 10 s.
	ShutdownGrace time.Duration
	// StreamEvery is the least time between two edits of one message while
	// an answer streams in or a refresh runs (Discord limits how often a
	// message may be edited). Default 1.5 s.
	StreamEvery time.Duration
	// Shelf refreshes the index and takes uploaded chapters for /reindex;
	// nil leaves /reindex out.
	Shelf Shelf
	// ModeratorRoleID, when set, lets members with that role use the
	// moderator commands (/reindex, /gaps). When GuildID is set, members
	// of that guild with Manage Server (or Administrator) may use them
	// too, and nobody elsewhere. With global commands (no GuildID) Manage
	// Server is not enough, since anyone may manage a server the bot is
	// in: only the role counts, and without it moderator commands are
	// refused to everyone.
	ModeratorRoleID string
	// Recorder receives questions and votes; nil records nothing.
	Recorder Recorder
	// Status describes the live index for /status; nil leaves /status out.
	Status func() search.Status
	// LLM tells /status whether answers are summarised by a model.
	LLM bool
	// AnswerInThread makes /ask and mentions in a text channel open a
	// thread named after the question and answer in it; messages in the
	// thread are follow-ups without a mention. It needs the privileged
	// Message Content intent: without it the bot logs so once and answers
	// in place (ANSWER_IN_THREAD).
	AnswerInThread bool
	// Started is when the process started, for /status's uptime. Default:
	// when New was called.
	Started time.Time
}

// Recorder receives what the bot does; *metrics.Metrics satisfies it
// (methods are nil-safe there). Refreshes are counted by the Shelf.
type Recorder interface {
	Question(command, outcome string, took time.Duration)
	Vote(vote string)
}

// nopRecorder records nothing.
type nopRecorder struct{}

func (nopRecorder) Question(string, string, time.Duration) {}
func (nopRecorder) Vote(string)                            {}

// Bot is the Discord bot. Create it with New and start it with Run.
type Bot struct {
	cfg Config
	ans Answerer
	lib Library
	log *slog.Logger
	s   *discordgo.Session
	// token is the bot token, to keep out of the log.
	token string

	routes *router
	botID  atomic.Value // string: the bot's user ID, from READY

	// Readiness: READY seen, the gateway connected, shutdown not begun.
	gotReady, connected, stopping atomic.Bool

	seen      *bounded[string, struct{}] // interaction and message IDs handled
	questions *bounded[string, string]   // answer key or bot message ID -> question
	// convs are conversations for follow-ups: by the bot's answer's
	// message ID, and by threadKey for the threads it opened.
	convs *bounded[string, []answer.Turn]
	// threadsOn is true while answers go in threads: AnswerInThread, and
	// the Message Content intent granted.
	threadsOn atomic.Bool
	limiter   *userLimiter
	track     *tracker
	rec       Recorder
	clean     *sanitizer // what every outgoing message goes through

	// work is the context of handlers; it outlives Run's context and is
	// cancelled only when the shutdown grace has run out.
	work       context.Context
	cancelWork context.CancelFunc
}

// New prepares a bot; it does not connect until Run.
func New(cfg Config, ans Answerer, lib Library) (*Bot, error) {
	token := strings.TrimSpace(cfg.Token)
	if rest, ok := strings.CutPrefix(token, "Bot"); ok && (rest == "" || rest[0] == ' ') {
		token = strings.TrimSpace(rest)
	}
	if token == "" {
		return nil, errors.New("discord bot token is empty")
	}
	if ans == nil {
		return nil, errors.New("discord bot needs an answerer")
	}
	if cfg.APIURL == "" {
		cfg.APIURL = "https://discord.com"
	}
	if cfg.ShardCount <= 0 {
		cfg.ShardCount = 1
	}
	if cfg.ShardID < 0 || cfg.ShardID >= cfg.ShardCount {
		return nil, fmt.Errorf("discord shard %d is outside 0..%d", cfg.ShardID, cfg.ShardCount-1)
	}
	if cfg.RateLimitPerMinute == 0 {
		cfg.RateLimitPerMinute = 5
	}
	if cfg.DeferAfter <= 0 {
		cfg.DeferAfter = 1500 * time.Millisecond
	}
	if cfg.AnswerTimeout <= 0 {
		cfg.AnswerTimeout = 2 * time.Minute
	}
	if cfg.ShutdownGrace <= 0 {
		cfg.ShutdownGrace = 10 * time.Second
	}
	if cfg.Started.IsZero() {
		cfg.Started = time.Now()
	}
	if cfg.StreamEvery <= 0 {
		cfg.StreamEvery = 1500 * time.Millisecond
	}
	switch {
	case cfg.IndexVersion != nil:
	case cfg.Status != nil:
		status := cfg.Status
		cfg.IndexVersion = func() string { return shortVersion(status().Version) }
	default:
		cfg.IndexVersion = func() string { return "" }
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	client, err := newClient(cfg.APIURL)
	if err != nil {
		return nil, err
	}
	s, err := discordgo.New("Bot " + token)
	if err != nil {
		return nil, fmt.Errorf("create discord session: %w", err)
	}
	s.Client = client
	s.Identify.Intents = discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages
	if cfg.AnswerInThread {
		s.Identify.Intents |= discordgo.IntentMessageContent
	}
	s.ShardID, s.ShardCount = cfg.ShardID, cfg.ShardCount
	s.StateEnabled = false
	// discordgo's own log goes to the bot's log (see discordgoLog): only
	// what may need attention.
	s.LogLevel = discordgo.LogWarning
	routeDiscordgoLog()
	// Handlers run on the gateway's goroutine, in order, and only hand work
	// to goroutines of their own: so a redelivered event is always seen
	// after the first, and shutdown sees every event it must wait for.
	s.SyncEvents = true

	b := &Bot{
		cfg:       cfg,
		ans:       ans,
		lib:       lib,
		log:       log,
		s:         s,
		token:     token,
		seen:      newBounded[string, struct{}](10_000),
		questions: newBounded[string, string](10_000),
		convs:     newBounded[string, []answer.Turn](10_000),
		limiter:   newUserLimiter(cfg.RateLimitPerMinute),
		track:     newTracker(),
		rec:       cfg.Recorder,
	}
	if b.rec == nil {
		b.rec = nopRecorder{}
	}
	b.threadsOn.Store(cfg.AnswerInThread)
	b.work, b.cancelWork = context.WithCancel(context.Background())
	b.clean = newSanitizer(append([]string{token}, cfg.Secrets...))
	b.routes = b.newRouter()
	b.botID.Store("")
	s.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) {
		if r.User != nil {
			b.botID.Store(r.User.ID)
		}
		b.gotReady.Store(true)
	})
	// Connect follows READY or RESUMED; Disconnect comes when the gateway
	// connection closes, also before discordgo reconnects.
	s.AddHandler(func(*discordgo.Session, *discordgo.Connect) { b.connected.Store(true) })
	s.AddHandler(func(*discordgo.Session, *discordgo.Disconnect) { b.connected.Store(false) })
	s.AddHandler(b.onInteraction)
	s.AddHandler(b.onMessage)
	return b, nil
}

// Run connects, registers the commands and serves until ctx is done. Then
// it stops taking questions (new ones are told the bot is restarting),
// waits up to the shutdown grace for those in flight, and disconnects. It
// returns nil after a shutdown, or why it could not start.
func (b *Bot) Run(ctx context.Context) error {
	defer b.cancelWork()
	logDiscordgoTo(b, true)
	defer logDiscordgoTo(b, false)
	err := b.s.Open()
	if err != nil && b.cfg.AnswerInThread && disallowedIntents(err) {
		b.log.Warn("ANSWER_IN_THREAD needs the privileged Message Content intent, which this bot is not granted " +
			"(Developer Portal, Bot, Privileged Gateway Intents): answering in place; follow-ups are replies that mention the bot")
		b.threadsOn.Store(false)
		b.s.Identify.Intents &^= discordgo.IntentMessageContent
		err = b.s.Open()
	}
	if err != nil {
		return fmt.Errorf("connect to discord gateway at %s: %w", b.cfg.APIURL, b.redact(err))
	}
	if b.s.State.User == nil {
		b.s.Close()
		return errors.New("connect to discord gateway: READY named no bot user")
	}
	appID := b.s.State.User.ID
	if app := b.s.State.Application; app != nil && app.ID != "" {
		appID = app.ID
	}
	defs := b.routes.definitions()
	if _, err := b.s.ApplicationCommandBulkOverwrite(appID, b.cfg.GuildID, defs); err != nil {
		b.s.Close()
		scope := "globally"
		if b.cfg.GuildID != "" {
			scope = "in guild " + b.cfg.GuildID
		}
		return fmt.Errorf("register commands %s: %w", scope, b.redact(err))
	}
	b.log.Info("discord bot ready", "user", b.s.State.User.Username, "shard", b.cfg.ShardID, "shards", b.cfg.ShardCount,
		"guild", b.cfg.GuildID, "commands", len(defs), "threads", b.threadsOn.Load())

	<-ctx.Done()
	b.stopping.Store(true)
	idle := b.track.shutdown()
	b.log.Info("discord bot shutting down: finishing questions in flight", "grace", b.cfg.ShutdownGrace)
	grace := time.NewTimer(b.cfg.ShutdownGrace)
	defer grace.Stop()
	select {
	case <-idle:
	case <-grace.C:
		b.log.Warn("discord bot shutdown grace over: cancelling questions in flight")
		b.cancelWork()
		// Give the cancelled handlers a moment to apologise.
		select {
		case <-idle:
		case <-time.After(2 * time.Second):
		}
	}
	// Nothing is in flight any more: only the gateway is left to close
	// (which takes discordgo a second).
	b.log.Info("discord bot closing the gateway")
	if err := b.s.Close(); err != nil {
		b.log.Warn("close discord gateway", "err", b.redact(err))
	}
	b.log.Info("discord bot stopped")
	return nil
}

// Ready reports whether the bot is serving: the gateway's READY has come,
// the gateway connection is open (not between a drop and its resumption)
// and shutdown has not begun. It is for a readiness probe.
func (b *Bot) Ready() bool {
	return b.gotReady.Load() && b.connected.Load() && !b.stopping.Load()
}

// newClient is an HTTP client that sends discordgo's requests for
// https://discord.com to base instead.
func newClient(base string) (*http.Client, error) {
	u, err := url.Parse(strings.TrimRight(base, "/"))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("discord API URL %q is not an http(s) URL", base)
	}
	// Many interactions are answered at once, each with its own requests:
	// keep more than the default two idle connections.
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = 64
	c := &http.Client{Timeout: 20 * time.Second, Transport: tr}
	if u.Scheme == "https" && u.Host == "discord.com" && u.Path == "" {
		return c, nil
	}
	c.Transport = rewriteTransport{base: u, next: tr}
	return c, nil
}

// rewriteTransport points requests for discord.com at another base URL.
type rewriteTransport struct {
	base *url.URL
	next http.RoundTripper
}

func (t rewriteTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.URL.Host != "discord.com" {
		return t.next.RoundTrip(r)
	}
	r = r.Clone(r.Context())
	r.URL.Scheme = t.base.Scheme
	r.URL.Host = t.base.Host
	r.URL.Path = t.base.Path + r.URL.Path
	if r.URL.RawPath != "" {
		r.URL.RawPath = t.base.Path + r.URL.RawPath
	}
	r.Host = t.base.Host
	return t.next.RoundTrip(r)
}
