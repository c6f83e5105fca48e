package discord

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"time"

	"github.com/bwmarrin/discordgo"
)

// User-facing lines. The log gets the details.
const (
	apologyText    = "Sorry, something went wrong while answering. Please try again in a moment."
	restartingText = "I'm restarting right now. Please ask again in a minute."
	unknownText    = "I don't know that command any more. Please try again in a minute."
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

// handler answers an interaction. update shows a version of the reply in
// progress (an answer as it streams, a refresh's progress): it defers the
// interaction if need be and edits the response, at most once every
// StreamEvery, dropping versions superseded in between.
type handler func(ctx context.Context, update func(message)) (reply, error)

// command is one slash command: its definition and its handler.
type command struct {
	def *discordgo.ApplicationCommand
	// run answers the command; see handler for update.
	run func(ctx context.Context, i *discordgo.Interaction, update func(message)) (reply, error)
	// ephemeral tells, before run, whether the reply will be private, so a
	// deferred response can say so.
	ephemeral func(i *discordgo.Interaction) bool
	// question marks commands that ask the answerer: they count against
	// the rate limit and may always be deferred.
	question bool
	// metric, when set, names the command to the Recorder and in the one
	// log line each question gets.
	metric string
	// autocomplete answers autocomplete requests for the command's options.
	autocomplete func(i *discordgo.Interaction) []*discordgo.ApplicationCommandOptionChoice
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
		x := &exchange{b: b, i: i, start: time.Now()}
		defer func() {
			if p := recover(); p != nil {
				b.log.Error("interaction handler panicked", "interaction", i.ID, "panic", b.redactPanic(p), "stack", string(debug.Stack()))
				switch {
				case x.responded:
				case i.Type == discordgo.InteractionApplicationCommandAutocomplete:
					// Autocomplete takes only choices: offer none.
					x.choices(nil)
				default:
					x.send(reply{messages: []message{plain(apologyText)}, ephemeral: true})
				}
			}
		}()
		if closing {
			if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
				x.choices(nil)
				return
			}
			x.send(reply{messages: []message{plain(restartingText)}, ephemeral: true})
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
		c := b.commands[i.ApplicationCommandData().Name]
		if c == nil || c.autocomplete == nil {
			x.choices(nil)
			return
		}
		x.choices(c.autocomplete(i))
	case discordgo.InteractionApplicationCommand:
		c := b.commands[i.ApplicationCommandData().Name]
		if c == nil {
			x.send(reply{messages: []message{plain(unknownText)}, ephemeral: true})
			return
		}
		user := interactionUser(i).ID
		if c.question {
			if ok, retry := b.limiter.allow(user, time.Now()); !ok {
				x.send(reply{messages: []message{plain(retryText(retry))}, ephemeral: true})
				b.noteQuestion(c.metric, user, time.Since(x.start), outcomeRateLimited, nil)
				return
			}
		}
		eph := c.ephemeral != nil && c.ephemeral(i)
		res := x.run(func(ctx context.Context, update func(message)) (reply, error) { return c.run(ctx, i, update) },
			eph, c.question && b.cfg.AlwaysDefer)
		outcome := res.r.outcome
		if res.err != nil {
			outcome = outcomeFailed
		}
		b.noteQuestion(c.metric, user, time.Since(x.start), outcome, res.r.cited)
	case discordgo.InteractionMessageComponent:
		h, eph := b.component(i)
		x.run(func(ctx context.Context, _ func(message)) (reply, error) { return h(ctx) }, eph, false)
	default:
		b.log.Debug("interaction of an unhandled type", "type", i.Type, "interaction", i.ID)
	}
}

// exchange is one interaction's conversation with Discord: it sends
// exactly one initial response, then edits and follow-ups.
type exchange struct {
	b         *Bot
	i         *discordgo.Interaction
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
// otherwise deferring first (at once when h shows progress); an error or a
// panic in h becomes an apology. It returns what h returned.
func (x *exchange) run(h handler, ephemeral, deferNow bool) result {
	b := x.b
	ctx, cancel := context.WithTimeout(b.work, b.cfg.AnswerTimeout)
	defer cancel()
	st := newStream(b.cfg.StreamEvery, x.editProgress)
	done := make(chan result, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				b.log.Error("handler panicked", "interaction", x.i.ID, "panic", b.redactPanic(p), "stack", string(debug.Stack()))
				done <- result{err: fmt.Errorf("handler panicked: %v", p)}
			}
		}()
		r, err := h(ctx, st.update)
		done <- result{r, err}
	}()

	var res result
	finished := false
	if deferNow {
		x.deferResponse(ephemeral)
	} else {
		t := time.NewTimer(b.cfg.DeferAfter)
		select {
		case res = <-done:
			finished = true
		case <-t.C:
			x.deferResponse(ephemeral)
		case <-st.started():
			x.deferResponse(ephemeral)
		}
		t.Stop()
	}
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
		out = reply{messages: []message{plain(apologyText)}, ephemeral: true}
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
	if cs == nil {
		cs = []*discordgo.ApplicationCommandOptionChoice{}
	}
	body := struct {
		Type discordgo.InteractionResponseType `json:"type"`
		Data struct {
			Choices []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
		} `json:"data"`
	}{Type: discordgo.InteractionApplicationCommandAutocompleteResult}
	body.Data.Choices = cs
	endpoint := discordgo.EndpointInteractionResponse(x.i.ID, x.i.Token)
	if _, err := x.b.s.RequestWithBucketID("POST", endpoint, body, endpoint); err != nil {
		x.b.log.Error("answer autocomplete", "interaction", x.i.ID, "err", x.redact(err))
	}
}

// send delivers a reply: the first message as the initial response (or as
// the edit of the deferred one), the rest as follow-ups.
func (x *exchange) send(r reply) {
	if len(r.messages) == 0 {
		r.messages = []message{plain(apologyText)}
	}
	b := x.b
	var ids []string
	first := r.messages[0]
	switch {
	case !x.responded:
		x.responded = true
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
