package discord

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/chapterbot/chapterbot/internal/answer"
	"github.com/chapterbot/chapterbot/internal/search"
)

func (b *Bot) searchRoute() route {
	return route{
		def: &discordgo.ApplicationCommand{
			Name:        "search",
			Description: "Find passages of the book (no summary); only you see them until you share.",
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "query", Description: "Words to look for",
					Required: true, MinLength: ptr(1), MaxLength: 200},
				{Type: discordgo.ApplicationCommandOptionInteger, Name: "results", Description: "How many passages (1-10)",
					MinValue: ptr(1.0), MaxValue: 10},
			},
		},
		run:       b.search,
		ephemeral: func(*discordgo.Interaction) bool { return true },
		metric:    "search",
	}
}

func (b *Bot) chapterRoute() route {
	return route{
		def: &discordgo.ApplicationCommand{
			Name:        "chapter",
			Description: "Show a chapter's outline, or one of its sections.",
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "name", Description: "The chapter",
					Required: true, Autocomplete: true},
				{Type: discordgo.ApplicationCommandOptionString, Name: "section", Description: "A section of it",
					Autocomplete: true},
			},
		},
		run:          b.chapter,
		autocomplete: b.chapterChoices,
	}
}

func (b *Bot) search(ctx context.Context, r *request) (reply, error) {
	if b.lib == nil {
		return reply{}, errNoLibrary
	}
	query := strings.TrimSpace(stringOption(r.i, "query"))
	k := min(max(intOption(r.i, "results", 5), 1), 10)
	hits, err := b.lib.Search(ctx, query, k)
	if err != nil {
		return reply{}, fmt.Errorf("search %q: %w", query, err)
	}
	if len(hits) > k {
		hits = hits[:k]
	}
	m := renderSearch(r.tr, query, hits, b.cfg.IndexVersion())
	outcome, cited := outcomeNotCovered, []string{}
	if len(hits) > 0 {
		outcome = outcomeAnswered
		for _, h := range hits {
			cited = append(cited, h.ID)
		}
	}
	if len(hits) > 0 {
		m.Components = []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{Label: r.tr.share, Style: discordgo.PrimaryButton, CustomID: customShare},
		}}}
	}
	return reply{messages: []message{m}, ephemeral: true, outcome: outcome, cited: cited}, nil
}

// share posts a /search result to the channel for everyone.
func (b *Bot) share(_ context.Context, r *request) (reply, error) {
	if r.i.Message == nil || len(r.i.Message.Embeds) == 0 {
		return private(r.tr.nothingToShare), nil
	}
	return reply{messages: []message{{
		Content: fmt.Sprintf(r.tr.sharedBy, "<@"+r.user().ID+">"),
		Embeds:  r.i.Message.Embeds,
	}}}, nil
}

func (b *Bot) chapter(_ context.Context, r *request) (reply, error) {
	if b.lib == nil {
		return reply{}, errNoLibrary
	}
	tr := r.tr
	name, sec := stringOption(r.i, "name"), stringOption(r.i, "section")
	ch, ok := findChapter(b.lib.Chapters(), name)
	if !ok {
		return private(fmt.Sprintf(tr.noChapter, echo(name))), nil
	}
	version := b.cfg.IndexVersion()
	if strings.TrimSpace(sec) == "" {
		also := search.RelatedOf(b.lib.Chapters(), []string{ch.Slug}, maxRelated)
		return reply{messages: renderOutline(tr, ch, also, version)}, nil
	}
	s, ok := findSection(ch, sec)
	if !ok {
		return private(fmt.Sprintf(tr.noSection, echo(ch.Title), echo(sec))), nil
	}
	text, info, ok := b.lib.Section(s.ID)
	if !ok {
		return private(tr.sectionGone), nil
	}
	return reply{messages: []message{renderSection(tr, text, info, version)}}, nil
}

// maxSeeAlso is the most related chapters listed under an answer.
const maxSeeAlso = 3

// seeAlso lists up to maxSeeAlso chapters of the book that the chapters an
// answer cites name as related, other than those it cites; none for a
// question the book does not cover.
func (b *Bot) seeAlso(a answer.Answer) []search.SeeAlso {
	if b.lib == nil || !a.Covered {
		return nil
	}
	var slugs []string
	for _, c := range a.Citations {
		slugs = append(slugs, search.SlugOf(c.ID))
	}
	return search.RelatedOf(b.lib.Chapters(), slugs, maxSeeAlso)
}

// echo is what a user typed, shown back as one line of plain text (at most
// 100 characters, no formatting or link).
func echo(s string) string {
	s, _ = trimText(oneLine(s), 100)
	return escapeMarkdown(s)
}

// item is one thing a user may pick in autocomplete.
type item struct{ name, value string }

// choiceValue is v when Discord can carry it, else "#n", the item's place.
func choiceValue(v string, n int) string {
	if v == "" || runeLen(v) > maxChoiceValue {
		return "#" + strconv.Itoa(n)
	}
	return v
}

func chapterItems(chs []search.ChapterInfo) []item {
	items := make([]item, len(chs))
	for n, c := range chs {
		title := oneLine(c.Title)
		if title == "" {
			title = c.Slug
		}
		items[n] = item{name: title, value: choiceValue(c.Slug, n)}
	}
	return items
}

func sectionItems(ch search.ChapterInfo) []item {
	var items []item
	for n, s := range ch.Sections {
		if s.Heading == "" {
			continue
		}
		items = append(items, item{name: oneLine(s.Heading), value: choiceValue(s.ID, n)})
	}
	return items
}

// matchChoices picks at most 25 items whose name contains typed, ignoring
// case: those that start with it first, each group in the given order.
func matchChoices(items []item, typed string) []*discordgo.ApplicationCommandOptionChoice {
	typed = strings.ToLower(strings.TrimSpace(typed))
	var prefix, inside []item
	for _, it := range items {
		name := strings.ToLower(it.name)
		switch {
		case strings.HasPrefix(name, typed):
			prefix = append(prefix, it)
		case strings.Contains(name, typed):
			inside = append(inside, it)
		}
	}
	out := []*discordgo.ApplicationCommandOptionChoice{}
	for _, it := range append(prefix, inside...) {
		if len(out) == maxChoices {
			break
		}
		name, _ := trimText(it.name, maxChoiceName)
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: name, Value: it.value})
	}
	return out
}

// chapterChoices answers autocomplete for /chapter's options.
func (b *Bot) chapterChoices(r *request) []*discordgo.ApplicationCommandOptionChoice {
	i := r.i
	if b.lib == nil {
		return nil
	}
	var focused *discordgo.ApplicationCommandInteractionDataOption
	for _, o := range i.ApplicationCommandData().Options {
		if o.Focused {
			focused = o
		}
	}
	if focused == nil {
		return nil
	}
	typed, _ := focused.Value.(string)
	chs := b.lib.Chapters()
	switch focused.Name {
	case "name":
		return matchChoices(chapterItems(chs), typed)
	case "section":
		ch, ok := findChapter(chs, stringOption(i, "name"))
		if !ok {
			return nil
		}
		return matchChoices(sectionItems(ch), typed)
	}
	return nil
}

// pick resolves what a user gave for an option: a choice's value, an
// item's place "#n", or typed text matching a name (exactly, then as a
// prefix, then inside), ignoring case.
func pick(n int, value func(int) string, name func(int) string, v string) (int, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	for k := 0; k < n; k++ {
		if value(k) == v {
			return k, true
		}
	}
	if strings.HasPrefix(v, "#") {
		if k, err := strconv.Atoi(v[1:]); err == nil && k >= 0 && k < n {
			return k, true
		}
	}
	lv := strings.ToLower(oneLine(v))
	for _, match := range []func(string) bool{
		func(s string) bool { return s == lv },
		func(s string) bool { return strings.HasPrefix(s, lv) },
		func(s string) bool { return strings.Contains(s, lv) },
	} {
		for k := 0; k < n; k++ {
			if name(k) != "" && match(strings.ToLower(oneLine(name(k)))) {
				return k, true
			}
		}
	}
	return 0, false
}

func findChapter(chs []search.ChapterInfo, v string) (search.ChapterInfo, bool) {
	k, ok := pick(len(chs), func(k int) string { return chs[k].Slug }, func(k int) string { return chs[k].Title }, v)
	if !ok {
		return search.ChapterInfo{}, false
	}
	return chs[k], true
}

func findSection(ch search.ChapterInfo, v string) (search.SectionInfo, bool) {
	ss := ch.Sections
	k, ok := pick(len(ss), func(k int) string { return ss[k].ID }, func(k int) string { return ss[k].Heading }, v)
	if !ok {
		return search.SectionInfo{}, false
	}
	return ss[k], true
}
