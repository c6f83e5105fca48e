package discord

import (
	"github.com/bwmarrin/discordgo"
)

const maxQuestion = 500

func ptr[T any](v T) *T { return &v }

// newRouter registers the bot's commands and buttons. The rules each route
// is under are visible here: questions count against the rate limit (and
// are deferred at once when a model answers), and the moderator group is
// checked on the bot's side for every request.
func (b *Bot) newRouter() *router {
	rt := newRouterTable()
	questions := rt.with(b.limited, b.deferring)
	questions.command(b.askRoute())
	rt.command(b.searchRoute())
	rt.command(b.chapterRoute())

	moderators := rt.defining(moderation).with(b.moderatorsOnly)
	if b.cfg.Shelf != nil {
		moderators.command(b.reindexRoute())
	}
	if b.cfg.Status != nil {
		rt.command(b.statusRoute())
	}
	if g, ok := b.cfg.Feedback.(Gaps); ok {
		moderators.command(b.gapsRoute(g))
	}

	rt.component(customID(customVote, "{dir}", "{key}"), true, b.vote)
	rt.component(customShare, false, b.share)
	return rt
}

// options returns a command's options by name.
func options(i *discordgo.Interaction) map[string]*discordgo.ApplicationCommandInteractionDataOption {
	m := map[string]*discordgo.ApplicationCommandInteractionDataOption{}
	for _, o := range i.ApplicationCommandData().Options {
		m[o.Name] = o
	}
	return m
}

func stringOption(i *discordgo.Interaction, name string) string {
	if o, ok := options(i)[name]; ok {
		if s, ok := o.Value.(string); ok {
			return s
		}
	}
	return ""
}

func boolOption(i *discordgo.Interaction, name string) bool {
	if o, ok := options(i)[name]; ok {
		if v, ok := o.Value.(bool); ok {
			return v
		}
	}
	return false
}

func intOption(i *discordgo.Interaction, name string, def int) int {
	if o, ok := options(i)[name]; ok {
		if v, ok := o.Value.(float64); ok { // JSON numbers
			return int(v)
		}
	}
	return def
}
