package discord

import (
	"context"
	"fmt"
	"runtime/debug"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/chapterbot/chapterbot/internal/answer"
)

// onMessage runs on the gateway goroutine: it picks the messages meant for
// the bot (mentions in guilds, any direct message) and hands each to a
// goroutine.
func (b *Bot) onMessage(_ *discordgo.Session, mc *discordgo.MessageCreate) {
	m := mc.Message
	botID, _ := b.botID.Load().(string)
	if m == nil || m.Author == nil || m.Author.Bot || m.Author.ID == botID || botID == "" {
		return
	}
	if m.GuildID != "" && !mentions(m, botID) {
		return
	}
	if !b.seen.add("m"+m.ID, struct{}{}) {
		b.log.Debug("message delivered again; ignored", "message", m.ID)
		return
	}
	closing := b.track.start()
	go func() {
		defer b.track.done()
		defer func() {
			if p := recover(); p != nil {
				b.log.Error("message handler panicked", "message", m.ID, "panic", b.redactPanic(p), "stack", string(debug.Stack()))
				b.sendReplies(m, "", []message{plain(english.apology)}, nil)
			}
		}()
		if closing {
			b.sendReplies(m, "", []message{plain(english.restarting)}, nil)
			return
		}
		b.answerMessage(m, botID)
	}()
}

func mentions(m *discordgo.Message, id string) bool {
	for _, u := range m.Mentions {
		if u != nil && u.ID == id {
			return true
		}
	}
	return false
}

// stripMention removes mentions of the bot (<@id> and the older <@!id>)
// from a message's text.
func stripMention(content, botID string) string {
	content = strings.ReplaceAll(content, "<@"+botID+">", " ")
	content = strings.ReplaceAll(content, "<@!"+botID+">", " ")
	return strings.TrimSpace(oneLine(content))
}

// previousQuestion is the question a reply follows up on: the question of
// the bot's answer it replies to, if any.
func (b *Bot) previousQuestion(m *discordgo.Message, botID string) string {
	if m.MessageReference == nil {
		return ""
	}
	if q, ok := b.questions.get(m.MessageReference.MessageID); ok {
		return q
	}
	ref := m.ReferencedMessage
	if ref == nil || ref.Author == nil || ref.Author.ID != botID {
		return ""
	}
	// An answer from before a restart: its vote buttons carry the key, and
	// its title is the question.
	for _, row := range ref.Components {
		r, ok := row.(*discordgo.ActionsRow)
		if !ok {
			continue
		}
		for _, c := range r.Components {
			btn, ok := c.(*discordgo.Button)
			if !ok {
				continue
			}
			route, vars, ok := b.routes.matchComponent(btn.CustomID)
			if !ok || route.pattern[0] != customVote {
				continue
			}
			if q, ok := b.questions.get(vars["key"]); ok {
				return q
			}
			if len(ref.Embeds) > 0 {
				return ref.Embeds[0].Title
			}
		}
	}
	return ""
}

// answerMessage answers a message as a reply to it. While a model streams
// its answer, the reply shows the text so far and is edited as it grows.
// A message carries no locale: the bot answers it in English.
func (b *Bot) answerMessage(m *discordgo.Message, botID string) {
	tr := english
	received := time.Now()
	text := stripMention(m.Content, botID)
	if text == "" {
		b.sendReplies(m, "", []message{plain(tr.mentionHelp)}, nil)
		return
	}
	text, _ = cutRunes(text, maxQuestion)
	if ok, retry := b.limiter.allow(m.Author.ID, time.Now()); !ok {
		b.sendReplies(m, "", []message{plain(retryText(tr, retry))}, nil)
		b.noteQuestion("mention", m.Author.ID, time.Since(received), outcomeRateLimited, nil)
		return
	}
	// replyID is the reply the stream created; only the stream's goroutine
	// touches it until stop returns.
	var replyID string
	st := newStream(b.cfg.StreamEvery, func(msg message) error {
		var err error
		if replyID == "" {
			var out *discordgo.Message
			if out, err = b.s.ChannelMessageSendComplex(m.ChannelID, b.replySend(m, msg)); err == nil {
				replyID = out.ID
			}
		} else {
			_, err = b.s.ChannelMessageEditComplex(b.messageEdit(m.ChannelID, replyID, msg))
		}
		if err != nil {
			b.log.Warn("show progress", "message", m.ID, "channel", m.ChannelID, "err", b.redact(err))
		}
		return err
	})
	st.start()
	q := answer.Question{Text: text, Previous: b.previousQuestion(m, botID), OnPartial: func(partial string) {
		if strings.TrimSpace(partial) != "" {
			st.update(b.partialAnswer(tr, text, partial))
		}
	}}
	ctx, cancel := context.WithTimeout(b.work, b.cfg.AnswerTimeout)
	defer cancel()
	msgs, a, err := func() (msgs []message, a answer.Answer, err error) {
		defer func() {
			if p := recover(); p != nil {
				b.log.Error("answerer panicked", "message", m.ID, "panic", b.redactPanic(p), "stack", string(debug.Stack()))
				err = fmt.Errorf("answerer panicked: %v", p)
			}
		}()
		return b.answerReply(ctx, tr, q, m.ID)
	}()
	pace(st.stop(), b.cfg.StreamEvery, b.work.Done())
	if err != nil {
		b.log.Error("answer message", "message", m.ID, "user", m.Author.ID, "err", b.redact(err))
		b.sendReplies(m, replyID, []message{plain(tr.apology)}, nil)
		b.noteQuestion("mention", m.Author.ID, time.Since(received), outcomeFailed, nil)
		return
	}
	b.sendReplies(m, replyID, msgs, func(id string) { b.questions.put(id, text) })
	outcome, cited := outcomeOf(a)
	b.noteQuestion("mention", m.Author.ID, time.Since(received), outcome, cited)
}

// replySend is msg as a reply to m.
func (b *Bot) replySend(m *discordgo.Message, msg message) *discordgo.MessageSend {
	msg = b.clean.message(msg)
	return &discordgo.MessageSend{
		Content:         msg.Content,
		Embeds:          msg.Embeds,
		Components:      msg.Components,
		AllowedMentions: noMentions(),
		Reference: &discordgo.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID,
			FailIfNotExists: ptr(false)},
	}
}

// messageEdit replaces the content, embeds and buttons of the bot's message
// id in channel with msg's.
func (b *Bot) messageEdit(channel, id string, msg message) *discordgo.MessageEdit {
	msg = b.clean.message(msg)
	content := msg.Content
	embeds := msg.Embeds
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	components := msg.Components
	if components == nil {
		components = []discordgo.MessageComponent{}
	}
	return &discordgo.MessageEdit{ID: id, Channel: channel, Content: &content, Embeds: &embeds, Components: &components,
		AllowedMentions: noMentions()}
}

// sendReplies sends msgs in m's channel: the first as a reply to m, or as
// the edit of replyID, the bot's reply already shown, when there is one.
func (b *Bot) sendReplies(m *discordgo.Message, replyID string, msgs []message, sent func(id string)) {
	for n, msg := range msgs {
		var (
			out *discordgo.Message
			err error
		)
		switch {
		case n == 0 && replyID != "":
			out, err = b.s.ChannelMessageEditComplex(b.messageEdit(m.ChannelID, replyID, msg))
		case n == 0:
			out, err = b.s.ChannelMessageSendComplex(m.ChannelID, b.replySend(m, msg))
		default:
			msg := b.clean.message(msg)
			out, err = b.s.ChannelMessageSendComplex(m.ChannelID, &discordgo.MessageSend{
				Content:         msg.Content,
				Embeds:          msg.Embeds,
				Components:      msg.Components,
				AllowedMentions: noMentions(),
			})
		}
		if err != nil {
			b.log.Error("send reply", "message", m.ID, "channel", m.ChannelID, "err", b.redact(err))
			return
		}
		if sent != nil {
			sent(out.ID)
		}
	}
}
