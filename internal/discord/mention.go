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
		// In a thread the bot opened, every message is a follow-up.
		if _, ok := b.threadConv(m.ChannelID); !ok || !b.threadsOn.Load() {
			return
		}
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
	// An answer whose message ID the bot never saw (an /ask answer, or
	// one from before a restart): its vote buttons carry the key, and its
	// title is the question.
	if key, ok := b.voteKey(ref); ok {
		if q, ok := b.questions.get(key); ok {
			return q
		}
		if len(ref.Embeds) > 0 {
			return ref.Embeds[0].Title
		}
	}
	return ""
}

// voteKey is the question key the vote buttons of the bot's message m
// carry.
func (b *Bot) voteKey(m *discordgo.Message) (string, bool) {
	for _, row := range m.Components {
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
			if ok && route.pattern[0] == customVote {
				return vars["key"], true
			}
		}
	}
	return "", false
}

// answerMessage answers a message as a reply to it, or, with threads on
// (Config.AnswerInThread), in a thread it opens from a mention in a text
// channel. While a model streams its answer, the reply shows the text so
// far and is edited as it grows. A message carries no locale: the bot's
// own words are English, and the answer's language is the question's, as
// its script tells.
func (b *Bot) answerMessage(m *discordgo.Message, botID string) {
	tr := english
	received := time.Now()
	text := stripMention(m.Content, botID)
	if text == "" {
		if m.GuildID == "" || mentions(m, botID) {
			b.sendReplies(m, "", []message{plain(tr.mentionHelp)}, nil)
		}
		// A message in the bot's thread whose content the bot cannot see
		// (no Message Content intent) is left alone.
		return
	}
	text, _ = cutRunes(text, maxQuestion)
	if ok, retry := b.limiter.allow(m.Author.ID, time.Now()); !ok {
		b.sendReplies(m, "", []message{plain(retryText(tr, retry))}, nil)
		b.noteQuestion("mention", m.Author.ID, time.Since(received), outcomeRateLimited, nil)
		return
	}
	history := b.history(m, botID)
	q := answer.Question{Text: text, History: history, Lang: answer.ReaderLang(text, "")}
	if len(history) > 0 {
		q.Previous = history[len(history)-1].Question
	}
	d := dest{channel: m.ChannelID, reply: m}
	if _, inThread := b.threadConv(m.ChannelID); !inThread && m.GuildID != "" && b.threadsOn.Load() {
		if id := b.openThread(func(name string) (*discordgo.Channel, error) {
			return b.s.MessageThreadStartComplex(m.ChannelID, m.ID, &discordgo.ThreadStart{Name: name, AutoArchiveDuration: threadArchive})
		}, text); id != "" {
			d = dest{channel: id}
		}
	}
	ctx, cancel := context.WithTimeout(b.work, b.cfg.AnswerTimeout)
	defer cancel()
	a, err := b.answerInto(ctx, tr, d, q, m.ID)
	if err != nil {
		b.log.Error("answer message", "message", m.ID, "user", m.Author.ID, "err", b.redact(err))
		b.noteQuestion("mention", m.Author.ID, time.Since(received), outcomeFailed, nil)
		return
	}
	outcome, cited := outcomeOf(a)
	b.noteQuestion("mention", m.Author.ID, time.Since(received), outcome, cited)
}

// dest is where an answer goes: a reply to a message, or a new message in
// a channel (the thread the bot opened for it). In a thread the bot
// opened, the conversation goes on under the thread's key.
type dest struct {
	channel string
	reply   *discordgo.Message // nil: no reply
}

// send is msg sent to d.
func (b *Bot) destSend(d dest, msg message) *discordgo.MessageSend {
	if d.reply != nil {
		return b.replySend(d.reply, msg)
	}
	msg = b.clean.message(msg)
	return &discordgo.MessageSend{Content: msg.Content, Embeds: msg.Embeds, Components: msg.Components,
		AllowedMentions: noMentions()}
}

// answerInto answers q into d, streaming a model's answer as it grows,
// and keeps the conversation for follow-ups: under every message sent and,
// in the bot's thread, under the thread. key identifies the question for
// votes. A failure is told to the reader (an apology) and returned.
func (b *Bot) answerInto(ctx context.Context, tr *texts, d dest, q answer.Question, key string) (answer.Answer, error) {
	// replyID is the message the stream created; only the stream's
	// goroutine touches it until stop returns.
	var replyID string
	question := q.Text
	st := newStream(b.cfg.StreamEvery, func(msg message) error {
		var err error
		if replyID == "" {
			var out *discordgo.Message
			if out, err = b.s.ChannelMessageSendComplex(d.channel, b.destSend(d, msg)); err == nil {
				replyID = out.ID
				// A reply to the answer while it still streams follows
				// on from its question; the whole turn is kept once
				// the answer is done.
				b.questions.put(replyID, question)
			}
		} else {
			_, err = b.s.ChannelMessageEditComplex(b.messageEdit(d.channel, replyID, msg))
		}
		if err != nil {
			b.log.Warn("show progress", "question", key, "channel", d.channel, "err", b.redact(err))
		}
		return err
	})
	st.start()
	text := q.Text
	q.OnPartial = func(partial string) {
		if strings.TrimSpace(partial) != "" {
			st.update(b.partialAnswer(tr, text, partial))
		}
	}
	msgs, a, err := func() (msgs []message, a answer.Answer, err error) {
		defer func() {
			if p := recover(); p != nil {
				b.log.Error("answerer panicked", "question", key, "panic", b.redactPanic(p), "stack", string(debug.Stack()))
				err = fmt.Errorf("answerer panicked: %v", p)
			}
		}()
		return b.answerReply(ctx, tr, q, key)
	}()
	pace(st.stop(), b.cfg.StreamEvery, b.work.Done())
	if err != nil {
		b.sendTo(d, replyID, []message{plain(tr.apology)}, nil)
		return answer.Answer{}, err
	}
	turns := appendTurn(q.History, answer.Turn{Question: text, Answer: a.Text})
	if _, ok := b.threadConv(d.channel); ok {
		// The conversation in the bot's thread goes on, from before the
		// reader can see the answer.
		b.convs.put(threadKey(d.channel), turns)
	}
	b.sendTo(d, replyID, msgs, func(id string) {
		b.questions.put(id, text)
		b.convs.put(id, turns)
	})
	return a, nil
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
	b.sendTo(dest{channel: m.ChannelID, reply: m}, replyID, msgs, sent)
}

// sendTo sends msgs to d: the first as d's reply (or a new message), or as
// the edit of replyID, the bot's message already shown, when there is one;
// the rest as further messages in d's channel.
func (b *Bot) sendTo(d dest, replyID string, msgs []message, sent func(id string)) {
	for n, msg := range msgs {
		var (
			out *discordgo.Message
			err error
		)
		switch {
		case n == 0 && replyID != "":
			out, err = b.s.ChannelMessageEditComplex(b.messageEdit(d.channel, replyID, msg))
		case n == 0:
			out, err = b.s.ChannelMessageSendComplex(d.channel, b.destSend(d, msg))
		default:
			msg := b.clean.message(msg)
			out, err = b.s.ChannelMessageSendComplex(d.channel, &discordgo.MessageSend{
				Content:         msg.Content,
				Embeds:          msg.Embeds,
				Components:      msg.Components,
				AllowedMentions: noMentions(),
			})
		}
		if err != nil {
			b.log.Error("send reply", "channel", d.channel, "err", b.redact(err))
			return
		}
		if sent != nil {
			sent(out.ID)
		}
	}
}
