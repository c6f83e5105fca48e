package discord

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/bwmarrin/discordgo"

	"github.com/chapterbot/chapterbot/internal/feedback"
)

// Gaps reads back what readers told the bot, for /gaps; *feedback.Store is
// one. /gaps is offered when Config.Feedback is also a Gaps.
type Gaps interface {
	Votes() ([]feedback.Vote, error)
	Uncovered() ([]feedback.Uncovered, error)
}

// gapsTop is how many questions each list of /gaps shows.
const gapsTop = 10

// maxGapQuestion bounds one question's length in /gaps.
const maxGapQuestion = 300

func (b *Bot) gapsRoute(g Gaps) route {
	return route{
		def: &discordgo.ApplicationCommand{
			Name:        "gaps",
			Description: "Questions the book did not cover, and answers readers voted down.",
		},
		run: func(_ context.Context, r *request) (reply, error) {
			unc, err := g.Uncovered()
			if err != nil {
				return reply{}, fmt.Errorf("read uncovered questions: %w", err)
			}
			votes, err := g.Votes()
			if err != nil {
				return reply{}, fmt.Errorf("read votes: %w", err)
			}
			return reply{messages: renderGaps(r.tr, topUncovered(unc, gapsTop), topDownVoted(votes, gapsTop)), ephemeral: true}, nil
		},
		ephemeral: func(*discordgo.Interaction) bool { return true },
	}
}

// gap is one question of a /gaps list: as last asked, how often, and when
// last.
type gap struct {
	Question string
	Count    int
	Last     time.Time
}

// questionKey is what groups a question with its variants: lower case,
// runs of white space as one space, no punctuation or symbols at either end.
func questionKey(q string) string {
	q = strings.ToLower(strings.Join(strings.Fields(q), " "))
	return strings.TrimFunc(q, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) })
}

// grouper counts questions by key, keeping each key's last wording.
type grouper struct {
	m     map[string]*gap
	order []string
}

func (g *grouper) add(question string, t time.Time, n int) {
	k := questionKey(question)
	if k == "" {
		return
	}
	if g.m == nil {
		g.m = map[string]*gap{}
	}
	e, ok := g.m[k]
	if !ok {
		e = &gap{}
		g.m[k] = e
		g.order = append(g.order, k)
	}
	e.Count += n
	if !t.Before(e.Last) {
		e.Question, e.Last = oneLine(question), t
	}
}

// top returns the n groups counted most often, the most recent first
// among equals.
func (g *grouper) top(n int) []gap {
	var out []gap
	for _, k := range g.order {
		if e := g.m[k]; e.Count > 0 {
			out = append(out, *e)
		}
	}
	slices.SortStableFunc(out, func(a, b gap) int {
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		if c := b.Last.Compare(a.Last); c != 0 {
			return c
		}
		return cmp.Compare(questionKey(a.Question), questionKey(b.Question))
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// topUncovered groups the questions the book did not cover and returns the
// n asked most often.
func topUncovered(us []feedback.Uncovered, n int) []gap {
	var g grouper
	for _, u := range us {
		g.add(u.Question, u.Time, 1)
	}
	return g.top(n)
}

// topDownVoted returns the n questions whose answers most readers voted 👎.
// A reader counts once per question, by their last vote on it: one who
// clicks 👎 twice counts once, one who changed their mind to 👍 not at all.
func topDownVoted(vs []feedback.Vote, n int) []gap {
	type voter struct{ key, who string }
	lastVote := map[voter]feedback.Vote{}
	var order []voter
	for _, v := range vs {
		who := v.UserID
		if who == "" {
			who = "click:" + v.InteractionID
		}
		k := voter{questionKey(v.Question), who}
		prev, seen := lastVote[k]
		if !seen {
			order = append(order, k)
		}
		if !seen || !v.Time.Before(prev.Time) {
			lastVote[k] = v
		}
	}
	var g grouper
	for _, k := range order {
		if v := lastVote[k]; v.Vote == feedback.Down {
			g.add(v.Question, v.Time, 1)
		}
	}
	return g.top(n)
}

// dateStamp is t as a Discord timestamp each reader's client shows as a
// date in its own time zone.
func dateStamp(t time.Time) string {
	return "<t:" + strconv.FormatInt(t.Unix(), 10) + ":d>"
}

func gapLines(tr *texts, gs []gap) []string {
	if len(gs) == 0 {
		return []string{tr.noneRecorded}
	}
	lines := make([]string, len(gs))
	for k, g := range gs {
		q, _ := trimText(g.Question, maxGapQuestion)
		lines[k] = fmt.Sprintf("**%d×** %s · %s %s", g.Count, escapeMarkdown(q), tr.last, dateStamp(g.Last))
	}
	return lines
}

// renderGaps renders /gaps: the questions the book did not cover and the
// answers voted 👎, most frequent first, split within Discord's limits.
func renderGaps(tr *texts, uncovered, down []gap) []message {
	var fields []*discordgo.MessageEmbedField
	fields = append(fields, listFields(tr, tr.notCoveredList, gapLines(tr, uncovered))...)
	fields = append(fields, listFields(tr, tr.votedDown, gapLines(tr, down))...)
	sp := embedSpec{Title: tr.gapsTitle, Color: colorUncovered, Fields: fields, Description: tr.gapsIntro}
	return pack(sp.build())
}
