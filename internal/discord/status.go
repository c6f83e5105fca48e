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

func (b *Bot) statusRoute() route {
	return route{
		def: &discordgo.ApplicationCommand{
			Name:        "status",
			Description: "How the bot is doing: index version, size, last refresh, uptime.",
		},
		run:       b.status,
		ephemeral: func(*discordgo.Interaction) bool { return true },
	}
}

func (b *Bot) status(_ context.Context, r *request) (reply, error) {
	var last *RefreshReport
	if b.cfg.Shelf != nil {
		if rep, ok := b.cfg.Shelf.LastRefresh(); ok {
			last = &rep
		}
	}
	m := renderStatus(r.tr, b.cfg.Status(), last, time.Since(b.cfg.Started), b.cfg.LLM)
	return reply{messages: []message{m}, ephemeral: true}, nil
}

// timestamp is t as a Discord timestamp that each reader's client shows
// relative to now ("3 minutes ago").
func timestamp(t time.Time) string {
	return "<t:" + strconv.FormatInt(t.Unix(), 10) + ":R>"
}

// asker is who asked for a refresh, in tr's language when it is one of
// the Asker names, else (a user name) as it is.
func asker(tr *texts, by string) string {
	if name, ok := tr.askers[by]; ok {
		return name
	}
	return escapeMarkdown(oneLine(by))
}

// builtBy says who asked for the live generation and which process built
// it ("command line, pid 4242"); "" when the index does not say.
func builtBy(tr *texts, st search.Status) string {
	switch {
	case st.BuiltPID == 0:
		return ""
	case st.BuiltBy == "":
		return fmt.Sprintf(tr.pid, st.BuiltPID)
	}
	return asker(tr, st.BuiltBy) + ", " + fmt.Sprintf(tr.pid, st.BuiltPID)
}

// renderStatus renders /status: the live index, the last refresh (by
// /reindex, the content watch or start-up: the Shelf knows them all) and
// who asked for it, or who built the index, uptime and LLM mode.
func renderStatus(tr *texts, st search.Status, last *RefreshReport, uptime time.Duration, llm bool) message {
	version := tr.none
	if st.Version != "" {
		version = "`" + shortVersion(st.Version) + "`"
	}
	var refreshed string
	builder := builtBy(tr, st)
	switch {
	case last != nil && !last.Finished.IsZero() && !st.BuiltAt.After(last.Finished):
		refreshed = fmt.Sprintf(tr.refreshedAt, timestamp(last.Finished), durationText(last.Duration), last.Result)
		if last.By != "" {
			refreshed += fmt.Sprintf(tr.askedBy, asker(tr, last.By))
		}
	case last != nil && !last.Finished.IsZero() && builder != "":
		// Built since: by a process sharing the index directory.
		refreshed = fmt.Sprintf(tr.builtLaterBy, timestamp(st.BuiltAt), builder)
	case last != nil && !last.Finished.IsZero():
		refreshed = fmt.Sprintf(tr.builtLater, timestamp(st.BuiltAt))
	case !st.BuiltAt.IsZero() && builder != "":
		refreshed = fmt.Sprintf(tr.builtAtBy, timestamp(st.BuiltAt), builder)
	case !st.BuiltAt.IsZero():
		refreshed = fmt.Sprintf(tr.builtAt, timestamp(st.BuiltAt))
	default:
		refreshed = tr.atStartup
	}
	mode := tr.off
	if llm {
		mode = tr.on
	}
	field := func(name, value string, inline bool) *discordgo.MessageEmbedField {
		value, _ = trimText(value, maxFieldValue)
		return &discordgo.MessageEmbedField{Name: name, Value: value, Inline: inline}
	}
	sp := embedSpec{Title: tr.status, Color: colorStatus, Fields: []*discordgo.MessageEmbedField{
		field(tr.index, version, true),
		field(tr.chapters, strconv.Itoa(st.Chapters), true),
		field(tr.sections, strconv.Itoa(st.Sections), true),
		field(tr.lastRefresh, refreshed, false),
		field(tr.uptime, durationText(uptime.Round(time.Second)), true),
		field(tr.llmMode, mode, true),
	}}
	return message{Embeds: sp.build()}
}
