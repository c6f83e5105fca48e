package discord

import (
	"fmt"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"

	"github.com/chapterbot/chapterbot/internal/answer"
	"github.com/chapterbot/chapterbot/internal/fakediscord"
	"github.com/chapterbot/chapterbot/internal/search"
)

// checkLimits fails t for any Discord limit msgs break, using the fake's
// numbers rather than the renderer's own.
func checkLimits(t *testing.T, msgs []message) {
	t.Helper()
	if len(msgs) == 0 {
		t.Fatal("no messages")
	}
	for n, m := range msgs {
		if runeLen(m.Content) > fakediscord.MaxContent {
			t.Errorf("message %d: content %d characters", n, runeLen(m.Content))
		}
		if len(m.Embeds) > fakediscord.MaxEmbeds {
			t.Errorf("message %d: %d embeds", n, len(m.Embeds))
		}
		if m.Content == "" && len(m.Embeds) == 0 {
			t.Errorf("message %d is empty", n)
		}
		total := 0
		for k, e := range m.Embeds {
			total += fakediscord.EmbedLength(e)
			if runeLen(e.Title) > fakediscord.MaxEmbedTitle || runeLen(e.Description) > fakediscord.MaxEmbedDescription ||
				len(e.Fields) > fakediscord.MaxEmbedFields || strings.Contains(e.Title, "\n") {
				t.Errorf("message %d embed %d: title %d, description %d, fields %d", n, k, runeLen(e.Title), runeLen(e.Description), len(e.Fields))
			}
			if e.Footer != nil && runeLen(e.Footer.Text) > fakediscord.MaxFooterText {
				t.Errorf("message %d embed %d: footer %d characters", n, k, runeLen(e.Footer.Text))
			}
			for _, f := range e.Fields {
				if f.Name == "" || f.Value == "" || runeLen(f.Name) > fakediscord.MaxFieldName || runeLen(f.Value) > fakediscord.MaxFieldValue {
					t.Errorf("message %d embed %d: field %q of %d characters", n, k, f.Name, runeLen(f.Value))
				}
			}
		}
		if total > fakediscord.MaxEmbedTotal {
			t.Errorf("message %d: embeds total %d characters", n, total)
		}
	}
}

func cite(n int, chapter, heading, url string) answer.Citation {
	return answer.Citation{N: n, ID: fmt.Sprintf("c%d", n), ChapterTitle: chapter, Heading: heading, URL: url}
}

func TestRenderAnswer(t *testing.T) {
	tests := []struct {
		name string
		in   answer.Answer
		want []message
	}{
		{
			name: "covered",
			in: answer.Answer{Question: "What is a slice?", Text: "A slice is a view of an array [1]. It grows with append [2].",
				Mode: "extractive", Covered: true, Citations: []answer.Citation{
					cite(1, "Slices", "Basics", "https://book.test/slices#basics"),
					cite(2, "Slices", "Append [and grow]", "https://book.test/slices#append"),
				}},
			want: []message{{Embeds: []*discordgo.MessageEmbed{{
				Title:       "What is a slice?",
				Description: "A slice is a view of an array [1]. It grows with append [2].",
				Color:       colorAnswer,
				Fields: []*discordgo.MessageEmbedField{{Name: "Sources", Value: "[1. Slices › Basics](https://book.test/slices#basics)\n" +
					`[2. Slices › Append \[and grow\]](https://book.test/slices#append)`}},
				Footer: &discordgo.MessageEmbedFooter{Text: "extractive · index v7"},
			}}}},
		},
		{
			name: "not covered",
			in: answer.Answer{Question: "How do I bake bread?", Covered: false, Note: "The summary is unavailable.",
				Nearest: []answer.Citation{cite(1, "Maps", "", "https://book.test/maps"), cite(2, "Slices", "Basics", "")}},
			want: []message{{Embeds: []*discordgo.MessageEmbed{{
				Title:       "How do I bake bread?",
				Description: "The book doesn't cover this. The nearest sections are:\n• [Maps](https://book.test/maps)\n• Slices › Basics",
				Color:       colorUncovered,
				Footer:      &discordgo.MessageEmbedFooter{Text: "The summary is unavailable. · index v7"},
			}}}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := renderAnswer(english, tc.in, nil, "v7")
			if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(message{})); diff != "" {
				t.Errorf("renderAnswer (-want +got):\n%s", diff)
			}
			checkLimits(t, got)
		})
	}
}

func TestRenderAnswerLong(t *testing.T) {
	// A model's reply of 90,000 characters, linking its own sources.
	var text strings.Builder
	for i := 0; i < 900; i++ {
		fmt.Fprintf(&text, "Sentence %d explains [a link %d](https://book.test/chapter/%d#heading-%d) and more words [%d]. ",
			i, i, i%80+1, i%80+1, i%3+1)
		if i%7 == 0 {
			text.WriteString("\n\n```go\nfmt.Println(\"code stays whole\")\n```\n\n")
		}
	}
	var cites []answer.Citation
	for i := 1; i <= 80; i++ {
		cites = append(cites, cite(i, "A chapter with a long title "+strings.Repeat("x", 30), fmt.Sprintf("Heading %d", i),
			fmt.Sprintf("https://book.test/chapter/%d#heading-%d", i, i)))
	}
	a := answer.Answer{Question: strings.Repeat("why ", 100), Text: text.String(), Covered: true, Citations: cites}
	msgs := renderAnswer(english, a, nil, "v1")
	checkLimits(t, msgs)
	if len(msgs) != maxAnswerMessages {
		t.Fatalf("%d messages for %d characters, want %d", len(msgs), len(a.Text), maxAnswerMessages)
	}
	var desc, sources []string
	for _, m := range msgs {
		for _, e := range m.Embeds {
			desc = append(desc, e.Description)
			for _, f := range e.Fields {
				if !strings.HasPrefix(f.Name, "Sources") {
					t.Errorf("field %q", f.Name)
				}
				sources = append(sources, strings.Split(f.Value, "\n")...)
			}
		}
	}
	all := strings.Join(desc, "\n\n")
	// The answer is cut short, between words, and says so.
	shown, ok := strings.CutSuffix(strings.TrimSpace(all), english.cutShort)
	if !ok {
		t.Fatalf("answer ends %q, want the cut-short marker", all[max(0, len(all)-80):])
	}
	got, want := strings.Fields(shown), strings.Fields(a.Text)
	if len(got) < 100 || len(got) >= len(want) {
		t.Fatalf("%d words shown of %d", len(got), len(want))
	}
	if diff := cmp.Diff(want[:len(got)], got); diff != "" {
		t.Errorf("answer words changed (-want +got):\n%s", diff)
	}
	for _, l := range linkRe.FindAllString(shown, -1) {
		if !containsWhole(desc, l) {
			t.Fatalf("link %q split across embeds", l)
		}
	}
	if n := strings.Count(all, "```"); n%2 != 0 {
		t.Errorf("%d fences after splitting, want them closed", n)
	}
	if len(sources) != len(cites) {
		t.Fatalf("%d source lines, want %d", len(sources), len(cites))
	}
	for i, l := range sources {
		want := fmt.Sprintf("[%d. A chapter with a long title %s › Heading %d](https://book.test/chapter/%d#heading-%d)", i+1, strings.Repeat("x", 30), i+1, i+1, i+1)
		if l != want {
			t.Errorf("source %d = %q, want %q", i, l, want)
		}
	}
	if first := msgs[0].Embeds[0]; !strings.HasPrefix(first.Title, "why why") || !strings.HasSuffix(first.Title, "…") {
		t.Errorf("first title = %q, want the trimmed question", first.Title)
	}
	lastMsg := msgs[len(msgs)-1]
	if last := lastMsg.Embeds[len(lastMsg.Embeds)-1]; last.Footer == nil || last.Footer.Text != "index v1" {
		t.Errorf("last embed footer = %+v, want index v1", last.Footer)
	}
}

func hit(n int, snippet string) search.Hit {
	return search.Hit{ID: fmt.Sprintf("ch#h%d", n), ChapterTitle: "Chapter", Heading: fmt.Sprintf("Heading %d", n),
		URL: fmt.Sprintf("https://book.test/ch#h%d", n), Snippet: snippet, Text: "full text " + snippet}
}

func TestRenderSearch(t *testing.T) {
	t.Run("one hit", func(t *testing.T) {
		got := renderSearch(english, "slice  append", []search.Hit{hit(1, "append grows a slice")}, "v2")
		want := message{Embeds: []*discordgo.MessageEmbed{{
			Title: "Search: slice append", Color: colorSearch,
			Fields: []*discordgo.MessageEmbedField{{Name: "1. Chapter › Heading 1",
				Value: "append grows a slice\n[Read in the book](https://book.test/ch#h1)"}},
			Footer: &discordgo.MessageEmbedFooter{Text: "index v2"},
		}}}
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(message{})); diff != "" {
			t.Errorf("renderSearch (-want +got):\n%s", diff)
		}
	})
	t.Run("no hits", func(t *testing.T) {
		got := renderSearch(english, "zzz", nil, "")
		if len(got.Embeds) != 1 || got.Embeds[0].Description != "No passages match." || got.Embeds[0].Footer != nil {
			t.Errorf("renderSearch = %+v", got.Embeds[0])
		}
	})
	t.Run("ten long hits fit one message", func(t *testing.T) {
		var hits []search.Hit
		for i := 1; i <= 10; i++ {
			hits = append(hits, hit(i, strings.Repeat("word ", 400)))
		}
		got := renderSearch(english, strings.Repeat("q", 300), hits, "v2")
		checkLimits(t, []message{got})
		if len(got.Embeds) != 1 || len(got.Embeds[0].Fields) != 10 {
			t.Fatalf("got %d embeds, want 1 with 10 fields", len(got.Embeds))
		}
		for i, f := range got.Embeds[0].Fields {
			if !strings.HasSuffix(f.Value, fmt.Sprintf("…\n[Read in the book](https://book.test/ch#h%d)", i+1)) {
				t.Errorf("field %d value ends %q", i, f.Value[max(len(f.Value)-60, 0):])
			}
		}
	})
}

func TestRenderOutline(t *testing.T) {
	ch := search.ChapterInfo{Slug: "maps", Title: "Maps", URL: "https://book.test/maps", Sections: []search.SectionInfo{
		{ID: "maps", Heading: "", Level: 1},
		{ID: "maps#basics", Heading: "Basics", Level: 2, URL: "https://book.test/maps#basics"},
		{ID: "maps#nil-maps", Heading: "Nil maps", Level: 3, URL: "https://book.test/maps#nil-maps"},
		{ID: "maps#order", Heading: "Order", Level: 2},
	}}
	got := renderOutline(english, ch, nil, "v3")
	want := []message{{Embeds: []*discordgo.MessageEmbed{{
		Title: "Maps", URL: "https://book.test/maps", Color: colorChapter,
		Description: "• [Basics](https://book.test/maps#basics)\n  • [Nil maps](https://book.test/maps#nil-maps)\n• Order",
		Footer:      &discordgo.MessageEmbedFooter{Text: "3 sections · index v3"},
	}}}}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(message{})); diff != "" {
		t.Errorf("renderOutline (-want +got):\n%s", diff)
	}

	big := search.ChapterInfo{Title: "Big", Slug: "big"}
	for i := 0; i < 1500; i++ {
		big.Sections = append(big.Sections, search.SectionInfo{ID: fmt.Sprint(i), Heading: fmt.Sprintf("Section number %d", i),
			Level: 2 + i%2, URL: fmt.Sprintf("https://book.test/big#section-number-%d", i)})
	}
	msgs := renderOutline(english, big, nil, "v3")
	checkLimits(t, msgs)
	lines := 0
	for _, m := range msgs {
		for _, e := range m.Embeds {
			for _, l := range strings.Split(e.Description, "\n") {
				if !linkRe.MatchString(l) {
					t.Fatalf("outline line %q has no whole link", l)
				}
				lines++
			}
		}
	}
	if lines != 1500 || len(msgs) < 2 {
		t.Errorf("%d lines in %d messages, want 1500 lines over several", lines, len(msgs))
	}
}

func TestRenderSection(t *testing.T) {
	info := search.SectionInfo{ID: "maps#basics", Heading: "Basics", Trail: []string{"Maps", "Basics"}, URL: "https://book.test/maps#basics"}
	got := renderSection(english, "A map maps keys to values.", info, "v4")
	want := message{Embeds: []*discordgo.MessageEmbed{{
		Title: "Maps › Basics", URL: "https://book.test/maps#basics", Color: colorChapter,
		Description: "A map maps keys to values.\n\n[Read the whole section](https://book.test/maps#basics)",
		Footer:      &discordgo.MessageEmbedFooter{Text: "index v4"},
	}}}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(message{})); diff != "" {
		t.Errorf("renderSection (-want +got):\n%s", diff)
	}

	long := renderSection(english, strings.Repeat("many words here ", 1000), info, "v4")
	checkLimits(t, []message{long})
	d := long.Embeds[0].Description
	body, ok := strings.CutSuffix(d, "…\n\n[Read the whole section](https://book.test/maps#basics)")
	if !ok {
		t.Fatalf("long section ends %q", d[len(d)-80:])
	}
	words := strings.Fields(body)
	if last := words[len(words)-1]; last != "many" && last != "words" && last != "here" {
		t.Errorf("long section cut inside a word: ends %q", last)
	}
}

func TestMatchChoices(t *testing.T) {
	items := []item{{"Slices", "slices"}, {"Maps", "maps"}, {"Strings and runes", "strings"}, {"Goroutines", "goroutines"},
		{"Sorting slices", "sorting"}, {"Channels", "channels"}}
	tests := []struct {
		typed string
		want  []string
	}{
		{"", []string{"slices", "maps", "strings", "goroutines", "sorting", "channels"}},
		{"sl", []string{"slices", "sorting"}},
		{"SLICES", []string{"slices", "sorting"}},
		{"s", []string{"slices", "strings", "sorting", "maps", "goroutines", "channels"}},
		{"runes", []string{"strings"}},
		{"zzz", nil},
	}
	for _, tc := range tests {
		var got []string
		for _, c := range matchChoices(items, tc.typed) {
			got = append(got, c.Value.(string))
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("matchChoices(%q) (-want +got):\n%s", tc.typed, diff)
		}
	}

	var many []item
	for i := 0; i < 60; i++ {
		many = append(many, item{fmt.Sprintf("Chapter %d %s", i, strings.Repeat("long ", 30)), fmt.Sprint(i)})
	}
	got := matchChoices(many, "chap")
	if len(got) != 25 {
		t.Fatalf("%d choices, want 25", len(got))
	}
	for _, c := range got {
		if runeLen(c.Name) > 100 {
			t.Errorf("choice name of %d characters", runeLen(c.Name))
		}
	}
}
