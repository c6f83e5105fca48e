package discord

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// reply is what a handler returns: the messages to send, in order.
type reply struct {
	messages  []message
	ephemeral bool
	// sent, when set, is told the messages that were sent (those whose IDs
	// are known).
	sent func(ids []string)
	// outcome, for a question, is how it went (outcomeAnswered…); cited
	// are the section IDs the reply cites.
	outcome string
	cited   []string
}

// private is a reply of one line only its reader sees.
func private(text string) reply {
	return reply{messages: []message{plain(text)}, ephemeral: true}
}

// request is one interaction as a handler sees it.
type request struct {
	i *discordgo.Interaction
	// tr is the bot's words in the reader's language.
	tr *texts
	// vars are a component route's pattern variables ({dir}, {key}).
	vars map[string]string
	// update shows a version of the reply in progress (an answer as it
	// streams, a refresh's progress): it defers the interaction if need be
	// and edits the response, at most once every StreamEvery, dropping
	// versions superseded in between.
	update func(message)
	// deferNow acknowledges the interaction at once with "thinking…".
	deferNow func()
}

// user is who invoked the interaction.
func (r *request) user() *discordgo.User { return interactionUser(r.i) }

// handler answers an interaction.
type handler func(ctx context.Context, r *request) (reply, error)

// middleware wraps a handler: to refuse a request (rate limits,
// moderators only) or to change how it is answered (deferral).
type middleware func(next handler) handler

// route is one slash command: its definition, its handler with its
// middleware applied, and how the router answers it.
type route struct {
	def *discordgo.ApplicationCommand
	run handler
	// ephemeral tells, before run, whether the reply will be private, so a
	// deferred response can say so.
	ephemeral func(i *discordgo.Interaction) bool
	// metric, when set, names the command to the Recorder and in the one
	// log line each question gets.
	metric string
	// autocomplete answers autocomplete requests for the command's options.
	autocomplete func(r *request) []*discordgo.ApplicationCommandOptionChoice
}

// componentRoute answers the buttons whose custom ID matches pattern, a
// path of segments where {name} matches any one segment.
type componentRoute struct {
	pattern   []string
	run       handler
	ephemeral bool
}

// routes are the router's tables, shared by its groups.
type routes struct {
	commands   map[string]*route
	order      []string
	components []componentRoute
}

// router registers commands and components, in the style of arikawa's
// cmdroute: a group (with) adds middleware, and a definition rule, to the
// routes registered through it; the middleware runs on the bot's side for
// every request, whatever Discord shows.
type router struct {
	t      *routes
	mw     []middleware
	define []func(*discordgo.ApplicationCommand)
}

func newRouterTable() *router {
	return &router{t: &routes{commands: map[string]*route{}}}
}

// with returns a group of r whose routes also go through mw, outermost
// first.
func (r *router) with(mw ...middleware) *router {
	return &router{t: r.t, mw: append(slices.Clone(r.mw), mw...), define: r.define}
}

// defining returns a group of r whose command definitions f adjusts.
func (r *router) defining(f func(*discordgo.ApplicationCommand)) *router {
	return &router{t: r.t, mw: r.mw, define: append(slices.Clone(r.define), f)}
}

func (r *router) wrap(h handler) handler {
	for k := len(r.mw) - 1; k >= 0; k-- {
		h = r.mw[k](h)
	}
	return h
}

// command registers a slash command.
func (r *router) command(c route) {
	for _, f := range r.define {
		f(c.def)
	}
	localize(c.def)
	c.run = r.wrap(c.run)
	r.t.commands[c.def.Name] = &c
	r.t.order = append(r.t.order, c.def.Name)
}

// component registers the handler of the buttons matching pattern, e.g.
// "vote/{dir}/{key}".
func (r *router) component(pattern string, ephemeral bool, h handler) {
	r.t.components = append(r.t.components, componentRoute{pattern: strings.Split(pattern, "/"), run: r.wrap(h), ephemeral: ephemeral})
}

// definitions are the commands to register, in the order they were added.
func (r *router) definitions() []*discordgo.ApplicationCommand {
	defs := make([]*discordgo.ApplicationCommand, 0, len(r.t.order))
	for _, name := range r.t.order {
		defs = append(defs, r.t.commands[name].def)
	}
	return defs
}

// customID joins a component route's segments into a custom ID.
func customID(segments ...string) string { return strings.Join(segments, "/") }

// matchComponent finds the route of a custom ID and its variables. Buttons
// posted before routes had patterns used ':' ("vote:up:<key>"); they are
// read as '/'.
func (r *router) matchComponent(id string) (componentRoute, map[string]string, bool) {
	if !strings.Contains(id, "/") {
		id = strings.ReplaceAll(id, ":", "/")
	}
	segs := strings.Split(id, "/")
	for _, c := range r.t.components {
		if vars, ok := matchSegments(c.pattern, segs); ok {
			return c, vars, true
		}
	}
	return componentRoute{}, nil, false
}

func matchSegments(pattern, segs []string) (map[string]string, bool) {
	if len(pattern) != len(segs) {
		return nil, false
	}
	vars := map[string]string{}
	for k, p := range pattern {
		if name, ok := strings.CutPrefix(p, "{"); ok && strings.HasSuffix(name, "}") {
			if segs[k] == "" {
				return nil, false
			}
			vars[strings.TrimSuffix(name, "}")] = segs[k]
			continue
		}
		if p != segs[k] {
			return nil, false
		}
	}
	return vars, true
}

// noMentions is attached to everything the bot sends: nothing it says
// pings anyone, whatever the question contained.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

func flags(ephemeral bool) discordgo.MessageFlags {
	if ephemeral {
		return discordgo.MessageFlagsEphemeral
	}
	return 0
}

// interactionUser is who invoked an interaction, in a guild or a DM.
func interactionUser(i *discordgo.Interaction) *discordgo.User {
	if i.Member != nil && i.Member.User != nil {
		return i.Member.User
	}
	if i.User != nil {
		return i.User
	}
	return &discordgo.User{}
}

// onInteraction runs on the gateway goroutine: it drops redeliveries, counts
// the interaction as in flight and hands it to a goroutine.
func (b *Bot) onInteraction(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
	i := ic.Interaction
	if i == nil {
		return
	}
	if !b.seen.add("i"+i.ID, struct{}{}) {
		b.log.Debug("interaction delivered again; ignored", "interaction", i.ID)
		return
	}
	closing := b.track.start()
	go func() {
		defer b.track.done()
		x := &exchange{b: b, i: i, tr: textsFor(i.Locale), start: time.Now()}
		defer func() {
			if p := recover(); p != nil {
				b.log.Error("interaction handler panicked", "interaction", i.ID, "panic", b.redactPanic(p), "stack", string(debug.Stack()))
				switch {
				case x.responded:
				case i.Type == discordgo.InteractionApplicationCommandAutocomplete:
					// Autocomplete takes only choices: offer none.
					x.choices(nil)
				default:
					x.send(private(x.tr.apology))
				}
			}
		}()
		if closing {
			if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
				x.choices(nil)
				return
			}
			x.send(private(x.tr.restarting))
			return
		}
		b.route(x)
	}()
}

// route answers one interaction.
func (b *Bot) route(x *exchange) {
	i := x.i
	switch i.Type {
	case discordgo.InteractionApplicationCommandAutocomplete:
		c := b.routes.t.commands[i.ApplicationCommandData().Name]
		if c == nil || c.autocomplete == nil {
			x.choices(nil)
			return
		}
		x.choices(c.autocomplete(&request{i: i, tr: x.tr}))
	case discordgo.InteractionApplicationCommand:
		c := b.routes.t.commands[i.ApplicationCommandData().Name]
		if c == nil {
			x.send(private(x.tr.unknownCommand))
			return
		}
		eph := c.ephemeral != nil && c.ephemeral(i)
		res := x.run(c.run, nil, eph)
		outcome := res.r.outcome
		if res.err != nil {
			outcome = outcomeFailed
		}
		b.noteQuestion(c.metric, interactionUser(i).ID, time.Since(x.start), outcome, res.r.cited)
	case discordgo.InteractionMessageComponent:
		c, vars, ok := b.routes.matchComponent(i.MessageComponentData().CustomID)
		if !ok {
			x.send(private(x.tr.staleButton))
			return
		}
		x.run(c.run, vars, c.ephemeral)
	default:
		b.log.Debug("interaction of an unhandled type", "type", i.Type, "interaction", i.ID)
	}
}

// exchange is one interaction's conversation with Discord: it sends
// exactly one initial response, then edits and follow-ups.
type exchange struct {
	b         *Bot
	i         *discordgo.Interaction
	tr        *texts
	start     time.Time // when the interaction arrived
	responded bool      // the initial response has been attempted
	deferred  bool      // it was "thinking…"
	ephemeral bool      // the deferred response was private
}

type result struct {
	r   reply
	err error
}

// run runs h, answering directly when it is done within DeferAfter and
// otherwise deferring first (at once when h shows progress or asks to); an
// error or a panic in h becomes an apology. It returns what h returned.
func (x *exchange) run(h handler, vars map[string]string, ephemeral bool) result {
	b := x.b
	ctx, cancel := context.WithTimeout(b.work, b.cfg.AnswerTimeout)
	defer cancel()
	st := newStream(b.cfg.StreamEvery, x.editProgress)
	deferCh := make(chan struct{})
	var deferOnce sync.Once
	req := &request{i: x.i, tr: x.tr, vars: vars, update: st.update,
		deferNow: func() { deferOnce.Do(func() { close(deferCh) }) }}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				b.log.Error("handler panicked", "interaction", x.i.ID, "panic", b.redactPanic(p), "stack", string(debug.Stack()))
				done <- result{err: fmt.Errorf("handler panicked: %v", p)}
			}
		}()
		r, err := h(ctx, req)
		done <- result{r, err}
	}()

	var res result
	finished := false
	t := time.NewTimer(b.cfg.DeferAfter)
	select {
	case res = <-done:
		finished = true
		// A handler that asked to be deferred is, even when it was quick.
		select {
		case <-deferCh:
			x.deferResponse(ephemeral)
		default:
		}
	case <-t.C:
		x.deferResponse(ephemeral)
	case <-st.started():
		x.deferResponse(ephemeral)
	case <-deferCh:
		x.deferResponse(ephemeral)
	}
	t.Stop()
	if !finished {
		// Progress can be shown only once there is a response to edit.
		st.start()
		select {
		case res = <-done:
		case <-ctx.Done():
			res = result{err: ctx.Err()}
		}
	}
	// No progress edit after this point, and the final edit keeps the
	// interval after the last one.
	pace(st.stop(), b.cfg.StreamEvery, b.work.Done())
	out := res.r
	if res.err != nil {
		b.log.Error("interaction failed", "interaction", x.i.ID, "user", interactionUser(x.i).ID, "err", x.redact(res.err))
		out = private(x.tr.apology)
	}
	x.send(out)
	return res
}

// editProgress shows m, a version of the reply in progress, as the
// deferred response.
func (x *exchange) editProgress(m message) error {
	_, err := x.editOriginal(m)
	if err != nil {
		x.b.log.Warn("show progress", "interaction", x.i.ID, "err", x.redact(err))
	}
	return err
}

// editOriginal replaces the response's content, embeds and buttons with m's.
func (x *exchange) editOriginal(m message) (*discordgo.Message, error) {
	m = x.b.clean.message(m)
	content := m.Content
	embeds := m.Embeds
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	components := m.Components
	if components == nil {
		components = []discordgo.MessageComponent{}
	}
	return x.b.s.InteractionResponseEdit(x.i, &discordgo.WebhookEdit{
		Content:         &content,
		Embeds:          &embeds,
		Components:      &components,
		AllowedMentions: noMentions(),
	})
}

// deferResponse acknowledges the interaction with "thinking…".
func (x *exchange) deferResponse(ephemeral bool) {
	x.responded, x.deferred, x.ephemeral = true, true, ephemeral
	err := x.b.s.InteractionRespond(x.i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Flags: flags(ephemeral), AllowedMentions: noMentions()},
	})
	if err != nil {
		x.b.log.Error("defer interaction response", "interaction", x.i.ID, "err", x.redact(err))
	}
}

// choices answers an autocomplete request. discordgo's response type
// drops an empty list of choices, which Discord refuses, so the body is
// written here.
func (x *exchange) choices(cs []*discordgo.ApplicationCommandOptionChoice) {
	x.responded = true
	body := struct {
		Type discordgo.InteractionResponseType `json:"type"`
		Data struct {
			Choices []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
		} `json:"data"`
	}{Type: discordgo.InteractionApplicationCommandAutocompleteResult}
	body.Data.Choices = x.b.clean.choices(cs)
	endpoint := discordgo.EndpointInteractionResponse(x.i.ID, x.i.Token)
	if _, err := x.b.s.RequestWithBucketID("POST", endpoint, body, endpoint); err != nil {
		x.b.log.Error("answer autocomplete", "interaction", x.i.ID, "err", x.redact(err))
	}
}

// send delivers a reply: the first message as the initial response (or as
// the edit of the deferred one), the rest as follow-ups.
func (x *exchange) send(r reply) {
	if len(r.messages) == 0 {
		r.messages = []message{plain(x.tr.apology)}
	}
	b := x.b
	var ids []string
	first := r.messages[0]
	switch {
	case !x.responded:
		x.responded = true
		first = b.clean.message(first)
		err := b.s.InteractionRespond(x.i, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{
				Content:         first.Content,
				Embeds:          first.Embeds,
				Components:      first.Components,
				Flags:           flags(r.ephemeral),
				AllowedMentions: noMentions(),
			},
		})
		if err != nil {
			b.log.Error("respond to interaction", "interaction", x.i.ID, "err", x.redact(err))
			return
		}
	default:
		m, err := x.editOriginal(first)
		if err != nil {
			b.log.Error("edit interaction response", "interaction", x.i.ID, "err", x.redact(err))
			return
		}
		ids = append(ids, m.ID)
	}
	eph := r.ephemeral
	if x.deferred {
		eph = x.ephemeral
	}
	for _, m := range r.messages[1:] {
		m = b.clean.message(m)
		sent, err := b.s.FollowupMessageCreate(x.i, true, &discordgo.WebhookParams{
			Content:         m.Content,
			Embeds:          m.Embeds,
			Components:      m.Components,
			Flags:           flags(eph),
			AllowedMentions: noMentions(),
		})
		if err != nil {
			b.log.Error("send follow-up message", "interaction", x.i.ID, "err", x.redact(err))
			return
		}
		ids = append(ids, sent.ID)
	}
	if r.sent != nil {
		r.sent(ids)
	}
}

// Outcomes of a question, for the Recorder and the log.
const (
	outcomeAnswered    = "answered"
	outcomeNotCovered  = "not_covered"
	outcomeRateLimited = "rate_limited"
	outcomeFailed      = "failed"
)

// noteQuestion records how one question went: to the Recorder, and as the
// question's one log line (never with the interaction's token). A command
// without a metric name or a reply without an outcome is no question.
func (b *Bot) noteQuestion(command, user string, took time.Duration, outcome string, cited []string) {
	if command == "" || outcome == "" {
		return
	}
	b.rec.Question(command, outcome, took)
	if cited == nil {
		cited = []string{}
	}
	b.log.Info("question", "command", command, "user", user, "latency", took, "outcome", outcome, "cited", cited)
}

// errNoLibrary is returned by reference commands when no library is set.
var errNoLibrary = errors.New("no library configured")

// Middleware of the bot's routes.

// limited counts a request against its user's question allowance and
// refuses it, privately, when none is left.
func (b *Bot) limited(next handler) handler {
	return func(ctx context.Context, r *request) (reply, error) {
		if ok, retry := b.limiter.allow(r.user().ID, time.Now()); !ok {
			rep := private(retryText(r.tr, retry))
			rep.outcome = outcomeRateLimited
			return rep, nil
		}
		return next(ctx, r)
	}
}

// deferring acknowledges a request at once when answers are slow by
// nature (a model writes them): see Config.AlwaysDefer.
func (b *Bot) deferring(next handler) handler {
	if !b.cfg.AlwaysDefer {
		return next
	}
	return func(ctx context.Context, r *request) (reply, error) {
		r.deferNow()
		return next(ctx, r)
	}
}

// moderatorsOnly refuses the request, privately, unless its invoker is a
// moderator (see moderatorRefusal).
func (b *Bot) moderatorsOnly(next handler) handler {
	return func(ctx context.Context, r *request) (reply, error) {
		if why := b.moderatorRefusal(r); why != "" {
			return private(why), nil
		}
		return next(ctx, r)
	}
}
