package discord

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/chapterbot/chapterbot/internal/search"
)

const colorStatus = 0x5c7c8a

func (b *Bot) statusCommand() *command {
	return &command{
		def: &discordgo.ApplicationCommand{
			Name:        "status",
			Description: "How the bot is doing: index version, size, last refresh, uptime.",
		},
		run:       b.status,
		ephemeral: func(*discordgo.Interaction) bool { return true },
	}
}

func (b *Bot) status(_ context.Context, _ *discordgo.Interaction, _ func(message)) (reply, error) {
	last, ok := b.lastRefreshed()
	var lp *lastRefresh
	if ok {
		lp = &last
	}
	m := renderStatus(b.cfg.Status(), lp, time.Since(b.cfg.Started), b.cfg.LLM)
	return reply{messages: []message{m}, ephemeral: true}, nil
}

// timestamp is t as a Discord timestamp that each reader's client shows
// relative to now ("3 minutes ago").
func timestamp(t time.Time) string {
	return "<t:" + strconv.FormatInt(t.Unix(), 10) + ":R>"
}

// renderStatus renders /status: the live index, the last refresh (who ran
// it, by name only: a status must not ping anyone), uptime and LLM mode.
func renderStatus(st search.Status, last *lastRefresh, uptime time.Duration, llm bool) message {
	version := "none"
	if st.Version != "" {
		version = "`" + shortVersion(st.Version) + "`"
	}
	var refreshed string
	switch {
	case last != nil && !st.BuiltAt.After(last.At):
		refreshed = fmt.Sprintf("%s by %s, took %s (%s)", timestamp(last.At), escapeMarkdown(oneLine(last.Username)),
			durationText(last.Took), last.Result)
	case last != nil:
		// Built after the last /reindex: by the content watch, or by another
		// process sharing the index directory.
		refreshed = "index built " + timestamp(st.BuiltAt) + " (content watch or another process)"
	case !st.BuiltAt.IsZero():
		refreshed = "at start-up; index built " + timestamp(st.BuiltAt)
	default:
		refreshed = "at start-up"
	}
	mode := "off"
	if llm {
		mode = "on"
	}
	field := func(name, value string, inline bool) *discordgo.MessageEmbedField {
		value, _ = trimText(value, maxFieldValue)
		return &discordgo.MessageEmbedField{Name: name, Value: value, Inline: inline}
	}
	sp := embedSpec{Title: "Status", Color: colorStatus, Fields: []*discordgo.MessageEmbedField{
		field("Index", version, true),
		field("Chapters", strconv.Itoa(st.Chapters), true),
		field("Sections", strconv.Itoa(st.Sections), true),
		field("Last refresh", refreshed, false),
		field("Uptime", durationText(uptime.Round(time.Second)), true),
		field("LLM mode", mode, true),
	}}
	return message{Embeds: sp.build()}
}
