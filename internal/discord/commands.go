package discord

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/chapterbot/chapterbot/internal/answer"
	"github.com/chapterbot/chapterbot/internal/feedback"
	"github.com/chapterbot/chapterbot/internal/search"
)

// commandOrder is the order commands are registered in. Commands whose
// parts are not configured are left out (see commandSet).
var commandOrder = []string{"ask", "search", "chapter", "reindex", "status", "gaps"}

// Custom IDs of the bot's buttons.
const (
	customVote  = "vote"  // vote:up:<key> or vote:down:<key>
	customShare = "share" // share a /search result to the channel
)

const maxQuestion = 500

func ptr[T any](v T) *T { return &v }

func (b *Bot) commandSet() map[string]*command {
	cmds := []*command{
		{
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
			question:  true,
			metric:    "ask",
		},
		{
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
		},
		{
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
		},
	}
	if b.cfg.Refresher != nil {
		cmds = append(cmds, b.reindexCommand())
	}
	if b.cfg.Status != nil {
		cmds = append(cmds, b.statusCommand())
	}
	if g, ok := b.cfg.Feedback.(Gaps); ok {
		cmds = append(cmds, b.gapsCommand(g))
	}
	m := make(map[string]*command, len(cmds))
	for _, c := range cmds {
		m[c.def.Name] = c
	}
	return m
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

// voteRow holds the 👍 / 👎 buttons under an answer; key finds the question.
func voteRow(key string) discordgo.MessageComponent {
	return discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: "Helpful", Emoji: &discordgo.ComponentEmoji{Name: "👍"}, Style: discordgo.SecondaryButton,
			CustomID: customVote + ":" + feedback.Up + ":" + key},
		discordgo.Button{Label: "Not helpful", Emoji: &discordgo.ComponentEmoji{Name: "👎"}, Style: discordgo.SecondaryButton,
			CustomID: customVote + ":" + feedback.Down + ":" + key},
	}}
}

// answerReply asks the answerer and renders the answer with vote buttons.
// key identifies the question for votes and follow-ups. It returns the
// messages and the answer.
func (b *Bot) answerReply(ctx context.Context, q answer.Question, key string) ([]message, answer.Answer, error) {
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
	msgs := renderAnswer(a, b.cfg.IndexVersion())
	last := &msgs[len(msgs)-1]
	last.Components = append(last.Components, voteRow(key))
	b.questions.put(key, q.Text)
	return msgs, a, nil
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

func (b *Bot) ask(ctx context.Context, i *discordgo.Interaction, update func(message)) (reply, error) {
	q, _ := cutRunes(strings.TrimSpace(stringOption(i, "question")), maxQuestion)
	if q == "" {
		return reply{messages: []message{plain("Ask a question, e.g. `/ask question: what is a slice?`")}, ephemeral: true}, nil
	}
	partial := func(text string) {
		if strings.TrimSpace(text) != "" {
			update(renderPartial(q, text))
		}
	}
	msgs, a, err := b.answerReply(ctx, answer.Question{Text: q, OnPartial: partial}, i.ID)
	if err != nil {
		return reply{}, err
	}
	outcome, cited := outcomeOf(a)
	return reply{messages: msgs, ephemeral: boolOption(i, "private"), sent: func(ids []string) {
		for _, id := range ids {
			b.questions.put(id, q)
		}
	}, outcome: outcome, cited: cited}, nil
}

func (b *Bot) search(ctx context.Context, i *discordgo.Interaction, _ func(message)) (reply, error) {
	if b.lib == nil {
		return reply{}, errNoLibrary
	}
	query := strings.TrimSpace(stringOption(i, "query"))
	k := min(max(intOption(i, "results", 5), 1), 10)
	hits, err := b.lib.Search(ctx, query, k)
	if err != nil {
		return reply{}, fmt.Errorf("search %q: %w", query, err)
	}
	if len(hits) > k {
		hits = hits[:k]
	}
	m := renderSearch(query, hits, b.cfg.IndexVersion())
	outcome, cited := outcomeNotCovered, []string{}
	if len(hits) > 0 {
		outcome = outcomeAnswered
		for _, h := range hits {
			cited = append(cited, h.ID)
		}
	}
	if len(hits) > 0 {
		m.Components = []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{Label: "Share to channel", Style: discordgo.PrimaryButton, CustomID: customShare},
		}}}
	}
	return reply{messages: []message{m}, ephemeral: true, outcome: outcome, cited: cited}, nil
}

func (b *Bot) chapter(_ context.Context, i *discordgo.Interaction, _ func(message)) (reply, error) {
	if b.lib == nil {
		return reply{}, errNoLibrary
	}
	name, sec := stringOption(i, "name"), stringOption(i, "section")
	ch, ok := findChapter(b.lib.Chapters(), name)
	if !ok {
		return reply{messages: []message{plain(fmt.Sprintf("No chapter matches “%s”. Pick one from the list as you type.", oneLine(name)))}, ephemeral: true}, nil
	}
	version := b.cfg.IndexVersion()
	if strings.TrimSpace(sec) == "" {
		return reply{messages: renderOutline(ch, version)}, nil
	}
	s, ok := findSection(ch, sec)
	if !ok {
		return reply{messages: []message{plain(fmt.Sprintf("No section of “%s” matches “%s”.", ch.Title, oneLine(sec)))}, ephemeral: true}, nil
	}
	text, info, ok := b.lib.Section(s.ID)
	if !ok {
		return reply{messages: []message{plain("That section is no longer in the book's index.")}, ephemeral: true}, nil
	}
	return reply{messages: []message{renderSection(text, info, version)}}, nil
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
func (b *Bot) chapterChoices(i *discordgo.Interaction) []*discordgo.ApplicationCommandOptionChoice {
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

// component returns the handler of a button click and whether its reply is
// private.
func (b *Bot) component(i *discordgo.Interaction) (func(context.Context) (reply, error), bool) {
	id := i.MessageComponentData().CustomID
	user := interactionUser(i)
	switch {
	case strings.HasPrefix(id, customVote+":"):
		parts := strings.SplitN(id, ":", 3)
		if len(parts) != 3 || (parts[1] != feedback.Up && parts[1] != feedback.Down) {
			break
		}
		return func(context.Context) (reply, error) {
			q := b.questionOf(parts[2], i.Message)
			if b.cfg.Feedback != nil {
				v := feedback.Vote{InteractionID: i.ID, UserID: user.ID, Question: q, Vote: parts[1], Time: time.Now().UTC()}
				if err := b.cfg.Feedback.Record(v); err != nil {
					return reply{}, err
				}
			}
			b.rec.Vote(parts[1])
			return reply{messages: []message{plain("Thanks for the feedback!")}, ephemeral: true}, nil
		}, true
	case id == customShare:
		return func(context.Context) (reply, error) {
			if i.Message == nil || len(i.Message.Embeds) == 0 {
				return reply{messages: []message{plain("There is nothing to share any more.")}, ephemeral: true}, nil
			}
			return reply{messages: []message{{
				Content: "Shared by <@" + user.ID + ">",
				Embeds:  i.Message.Embeds,
			}}}, nil
		}, false
	}
	return func(context.Context) (reply, error) {
		return reply{messages: []message{plain("This button no longer works.")}, ephemeral: true}, nil
	}, true
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
