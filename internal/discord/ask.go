package discord

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/chapterbot/chapterbot/internal/answer"
	"github.com/chapterbot/chapterbot/internal/feedback"
)

// Custom IDs of the bot's buttons: component route patterns.
const (
	customVote  = "vote"  // vote/{dir}/{key}: dir up or down, key finds the question
	customShare = "share" // share a /search result to the channel
)

func (b *Bot) askRoute() route {
	return route{
		def: &discordgo.ApplicationCommand{
			Name:        "ask",
			Description: "Ask the book a question; the answer cites its sources.",
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "question", Description: "Your question",
					Required: true, MinLength: ptr(1), MaxLength: maxQuestion},
				{Type: discordgo.ApplicationCommandOptionBoolean, Name: "private", Description: "Only you see the answer"},
			},
		},
		run:       b.ask,
		ephemeral: func(i *discordgo.Interaction) bool { return boolOption(i, "private") },
		metric:    "ask",
	}
}

// voteRow holds the 👍 / 👎 buttons under an answer; key finds the question.
func voteRow(tr *texts, key string) discordgo.MessageComponent {
	return discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: tr.helpful, Emoji: &discordgo.ComponentEmoji{Name: "👍"}, Style: discordgo.SecondaryButton,
			CustomID: customID(customVote, feedback.Up, key)},
		discordgo.Button{Label: tr.notHelpful, Emoji: &discordgo.ComponentEmoji{Name: "👎"}, Style: discordgo.SecondaryButton,
			CustomID: customID(customVote, feedback.Down, key)},
	}}
}

// answerReply asks the answerer and renders the answer with vote buttons.
// key identifies the question for votes and follow-ups. It returns the
// messages and the answer.
func (b *Bot) answerReply(ctx context.Context, tr *texts, q answer.Question, key string) ([]message, answer.Answer, error) {
	a, err := b.ans.Ask(ctx, q)
	if err != nil {
		return nil, answer.Answer{}, fmt.Errorf("ask %q: %w", q.Text, err)
	}
	if a.Question == "" {
		a.Question = q.Text
	}
	if !a.Covered && b.cfg.Feedback != nil {
		if err := b.cfg.Feedback.RecordUncovered(q.Text, time.Now()); err != nil {
			b.log.Error("record uncovered question", "err", b.redact(err))
		}
	}
	// Secrets go before the answer is cut into messages, so that no cut
	// leaves part of one.
	a.Text = b.clean.text(a.Text, 0)
	msgs := renderAnswer(tr, a, b.seeAlso(a), b.cfg.IndexVersion())
	last := &msgs[len(msgs)-1]
	last.Components = append(last.Components, voteRow(tr, key))
	b.questions.put(key, q.Text)
	b.convs.put(key, appendTurn(q.History, answer.Turn{Question: q.Text, Answer: a.Text}))
	return msgs, a, nil
}

// partialAnswer renders a model's answer so far, secrets removed and links
// unmasked like the final answer's.
func (b *Bot) partialAnswer(tr *texts, question, text string) message {
	return renderPartial(tr, question, b.clean.text(text, 0))
}

// outcomeOf is how an answer went, and the sections it cites.
func outcomeOf(a answer.Answer) (string, []string) {
	if !a.Covered {
		return outcomeNotCovered, nil
	}
	ids := make([]string, 0, len(a.Citations))
	for _, c := range a.Citations {
		ids = append(ids, c.ID)
	}
	return outcomeAnswered, ids
}

func (b *Bot) ask(ctx context.Context, r *request) (reply, error) {
	i := r.i
	q, _ := cutRunes(strings.TrimSpace(stringOption(i, "question")), maxQuestion)
	if q == "" {
		return private(r.tr.askUsage), nil
	}
	question := answer.Question{Text: q, Lang: answer.ReaderLang(q, string(i.Locale))}
	eph := boolOption(i, "private")
	history, inThread := b.threadConv(i.ChannelID)
	switch {
	case inThread:
		// /ask in the bot's thread follows up on the conversation there.
		question.History = history
		if len(history) > 0 {
			question.Previous = history[len(history)-1].Question
		}
	case b.threadsOn.Load() && i.GuildID != "" && !eph:
		r.deferNow()
		id := b.openThread(func(name string) (*discordgo.Channel, error) {
			return b.s.ThreadStartComplex(i.ChannelID, &discordgo.ThreadStart{Name: name,
				Type: discordgo.ChannelTypeGuildPublicThread, AutoArchiveDuration: threadArchive})
		}, q)
		if id != "" {
			a, err := b.answerInto(ctx, r.tr, dest{channel: id}, question, i.ID)
			if err != nil {
				return reply{}, err
			}
			outcome, cited := outcomeOf(a)
			return reply{messages: []message{plain(fmt.Sprintf(r.tr.inThread, id))}, outcome: outcome, cited: cited}, nil
		}
	}
	question.OnPartial = func(text string) {
		if strings.TrimSpace(text) != "" {
			r.update(b.partialAnswer(r.tr, q, text))
		}
	}
	msgs, a, err := b.answerReply(ctx, r.tr, question, i.ID)
	if err != nil {
		return reply{}, err
	}
	turns := appendTurn(question.History, answer.Turn{Question: q, Answer: a.Text})
	if inThread && !eph {
		b.convs.put(threadKey(i.ChannelID), turns)
	}
	outcome, cited := outcomeOf(a)
	return reply{messages: msgs, ephemeral: eph, sent: func(ids []string) {
		for _, id := range ids {
			b.questions.put(id, q)
			b.convs.put(id, turns)
		}
	}, outcome: outcome, cited: cited}, nil
}

// vote records a click on 👍 or 👎 under an answer.
func (b *Bot) vote(_ context.Context, r *request) (reply, error) {
	dir := r.vars["dir"]
	if dir != feedback.Up && dir != feedback.Down {
		return private(r.tr.staleButton), nil
	}
	q := b.questionOf(r.vars["key"], r.i.Message)
	if b.cfg.Feedback != nil {
		v := feedback.Vote{InteractionID: r.i.ID, UserID: r.user().ID, Question: q, Vote: dir, Time: time.Now().UTC()}
		if err := b.cfg.Feedback.Record(v); err != nil {
			return reply{}, err
		}
	}
	b.rec.Vote(dir)
	return private(r.tr.thanks), nil
}

// questionOf finds the question an answer answered: from memory by key,
// else from the answer's embed title.
func (b *Bot) questionOf(key string, m *discordgo.Message) string {
	if q, ok := b.questions.get(key); ok {
		return q
	}
	if m != nil {
		if q, ok := b.questions.get(m.ID); ok {
			return q
		}
		if len(m.Embeds) > 0 {
			return m.Embeds[0].Title
		}
	}
	return ""
}
