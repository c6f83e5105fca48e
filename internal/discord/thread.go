package discord

import (
	"errors"
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	"github.com/chapterbot/chapterbot/internal/answer"
)

// Threads (Config.AnswerInThread): /ask and mentions in a text channel
// open a thread named after the question and answer in it; every message
// in that thread is a follow-up, mention or not. Reading messages that do
// not mention the bot takes the privileged Message Content intent: when
// Discord refuses it (close code 4014), the bot connects without it and
// answers in place, follow-ups being replies that mention it, as without
// threads.

const (
	// threadArchive is how long a quiet thread stays open, in minutes
	// (one day; Discord allows 60, 1440, 4320 or 10080).
	threadArchive = 1440
	// maxThreadName is Discord's limit on a thread's name, in characters.
	maxThreadName = 100
	// maxTurns is how many earlier exchanges a conversation keeps.
	maxTurns = 3
	// closeDisallowedIntents is the gateway's close code for a privileged
	// intent the application is not granted.
	closeDisallowedIntents = 4014
)

// threadName is a question as a thread's name: one line, at most
// maxThreadName characters, an ellipsis marking a cut.
func threadName(question string) string {
	name := strings.TrimSpace(oneLine(question))
	if head, rest := cutRunes(name, maxThreadName); rest != "" {
		head, _ = cutRunes(head, maxThreadName-1)
		name = strings.TrimSpace(head) + "…"
	}
	if name == "" {
		name = "question"
	}
	return name
}

// openThread opens a thread named after question with start and returns
// its ID, or "" when Discord refused (a thread inside a thread, a channel
// without threads, missing permissions): the answer then goes in place.
func (b *Bot) openThread(start func(name string) (*discordgo.Channel, error), question string) string {
	th, err := start(threadName(question))
	if err != nil || th == nil || th.ID == "" {
		b.log.Info("no thread for the answer; answering in place", "err", b.redact(err))
		return ""
	}
	b.convs.put(threadKey(th.ID), nil)
	return th.ID
}

// threadKey is the conversations' key of a thread the bot opened.
func threadKey(id string) string { return "thread:" + id }

// threadConv is the conversation in channel when it is a thread the bot
// opened (and still remembers).
func (b *Bot) threadConv(channel string) ([]answer.Turn, bool) {
	return b.convs.get(threadKey(channel))
}

// history is the conversation a message follows up on: the one under the
// bot's answer it replies to, else the one of the bot's thread it is in,
// else (an answer from before a restart) the question of the answer it
// replies to.
func (b *Bot) history(m *discordgo.Message, botID string) []answer.Turn {
	if m.MessageReference != nil {
		if h, ok := b.convs.get(m.MessageReference.MessageID); ok {
			return h
		}
		if ref := m.ReferencedMessage; ref != nil && ref.Author != nil && ref.Author.ID == botID {
			if key, ok := b.voteKey(ref); ok {
				if h, ok := b.convs.get(key); ok {
					return h
				}
			}
		}
	}
	if h, ok := b.threadConv(m.ChannelID); ok && len(h) > 0 {
		return h
	}
	if prev := b.previousQuestion(m, botID); prev != "" {
		return []answer.Turn{{Question: prev}}
	}
	return nil
}

// appendTurn is history with t after it, keeping the last maxTurns.
func appendTurn(history []answer.Turn, t answer.Turn) []answer.Turn {
	out := make([]answer.Turn, 0, maxTurns)
	out = append(out, history[max(0, len(history)-maxTurns+1):]...)
	return append(out, t)
}

// disallowedIntents reports whether err is the gateway closing because a
// privileged intent is not granted.
func disallowedIntents(err error) bool {
	var ce *websocket.CloseError
	return errors.As(err, &ce) && ce.Code == closeDisallowedIntents
}
