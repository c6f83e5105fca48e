package discord

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"

	"github.com/chapterbot/chapterbot/internal/answer"
	"github.com/chapterbot/chapterbot/internal/fakediscord"
	"github.com/chapterbot/chapterbot/internal/search"
)

func TestRenderOutlineMetadata(t *testing.T) {
	ch := search.ChapterInfo{Slug: "node", Title: "Node.js: The Documentary", Subtitle: "How a *small* runtime grew",
		Source:   []string{"Book cube", "Documentary review from Alexander Polomodov"},
		Sections: []search.SectionInfo{{ID: "node"}, {ID: "node#film", Heading: "The film", Level: 2}}}
	also := []search.SeeAlso{
		{Chapter: "react", ChapterTitle: "React.js: The Documentary", URL: "https://book.test/react", Why: "it covers the frontend half."},
		{Chapter: "ts", ChapterTitle: "TypeScript: The Documentary"},
	}
	got := renderOutline(english, ch, also, "v3")
	want := []message{{Embeds: []*discordgo.MessageEmbed{{
		Title: "Node.js: The Documentary", Color: colorChapter,
		Description: "*How a \\*small\\* runtime grew*\n\n• The film",
		Fields: []*discordgo.MessageEmbedField{
			{Name: "Source", Value: "Book cube\nDocumentary review from Alexander Polomodov"},
			{Name: "See also", Value: "• [React.js: The Documentary](https://book.test/react) — it covers the frontend half.\n• TypeScript: The Documentary"},
		},
		Footer: &discordgo.MessageEmbedFooter{Text: "1 sections · index v3"},
	}}}}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(message{})); diff != "" {
		t.Errorf("renderOutline (-want +got):\n%s", diff)
	}

	// Everything long: each value is cut, every limit kept.
	long := strings.Repeat("word ", 2000)
	ch.Subtitle, ch.Source = long, []string{long, long, long, long, long, long, long}
	also = nil
	for range 40 {
		also = append(also, search.SeeAlso{Chapter: "x", ChapterTitle: long, URL: "https://book.test/" + strings.Repeat("x", 500), Why: long})
	}
	msgs := renderOutline(english, ch, also, "v3")
	checkLimits(t, msgs)
	var source, related int
	for _, m := range msgs {
		for _, e := range m.Embeds {
			for _, f := range e.Fields {
				switch strings.TrimSuffix(f.Name, english.continued) {
				case "Source":
					source += strings.Count(f.Value, "\n") + 1
				case "See also":
					related += strings.Count(f.Value, "\n") + 1
				}
			}
		}
	}
	if source != maxSourceLines || related != maxRelated {
		t.Errorf("%d source lines and %d related chapters shown, want %d and %d", source, related, maxSourceLines, maxRelated)
	}
}

func TestRenderAnswerSeeAlso(t *testing.T) {
	a := answer.Answer{Question: "q?", Text: "An answer. [1]", Mode: "extractive", Covered: true,
		Citations: []answer.Citation{{N: 1, ID: "node#film", ChapterTitle: "Node.js", Heading: "The film", URL: "https://book.test/node#film"}}}
	also := []search.SeeAlso{{Chapter: "react", ChapterTitle: "React.js", URL: "https://book.test/react", Why: "frontend"}, {Chapter: "ts", ChapterTitle: "TypeScript"}}
	got := renderAnswer(english, a, also, "v1")
	checkLimits(t, got)
	fields := got[0].Embeds[0].Fields
	want := []*discordgo.MessageEmbedField{
		{Name: "Sources", Value: "[1. Node.js › The film](https://book.test/node#film)"},
		{Name: "See also", Value: "• [React.js](https://book.test/react)\n• TypeScript"},
	}
	if diff := cmp.Diff(want, fields); diff != "" {
		t.Errorf("fields (-want +got):\n%s", diff)
	}
	// A question the book does not cover suggests nothing.
	a.Covered, a.Citations = false, nil
	for _, m := range renderAnswer(english, a, also, "v1") {
		for _, e := range m.Embeds {
			if strings.Contains(e.Description, "React") || len(e.Fields) > 0 {
				t.Errorf("uncovered answer shows related chapters: %+v", e)
			}
		}
	}
}

// siteShelf indexes the site-text chapters of testdata/site with some of
// the sample book's Markdown chapters: Node.js's export relates to
// TypeScript, React.js and Elixir (in the book) and to "WebSocket protocol"
// and "Kubernetes: The Documentary" (titles no chapter has).
func siteShelf(t *testing.T) *shelf {
	t.Helper()
	files := map[string]string{}
	for _, f := range []string{"testdata/site/nodejs-documentary.txt", "testdata/site/kafka-documentary.txt",
		"content/typescript-documentary.md", "content/reactjs-documentary.md", "content/elixir-documentary.md", "content/kubernetes.md"} {
		b, err := os.ReadFile("../../" + f)
		if err != nil {
			t.Fatal(err)
		}
		files[f[strings.LastIndex(f, "/")+1:]] = string(b)
	}
	return newShelf(t, files)
}

// fixedAnswer answers every question with the same citations.
type fixedAnswer []answer.Citation

func (f fixedAnswer) Ask(_ context.Context, q answer.Question) (answer.Answer, error) {
	return answer.Answer{Question: q.Text, Text: "An answer. [1]", Mode: "extractive", Covered: true, Citations: f}, nil
}

func TestChapterShowsMetadataAndRelated(t *testing.T) {
	sh := siteShelf(t)
	h := start(t, Config{}, &recorder{}, sh.ix)
	in := h.f.Command(h.member("ada"), "chapter", fakediscord.Option("name", "nodejs-documentary"))
	h.dispatch(in)
	m, _ := h.final(in)
	text := m.Text()
	for _, want := range []string{
		"\nNode.js: The Documentary\n*How a small runtime turned JavaScript into a language for servers and realtime systems*\n\n• ",
		"\nSource\nBook cube\nDocumentary review from Alexander Polomodov\n",
		"\nSee also\n• [TypeScript: The Documentary](https://chapterbot.dev/book/typescript-documentary) — it shows how growth of the JavaScript ecosystem raised the role of typing in Node services.\n" +
			"• [React.js: The Documentary](https://chapterbot.dev/book/reactjs-documentary) — it covers the frontend half of the same landscape, where Node often serves as the API layer and the tooling.\n" +
			"• [Elixir: The Documentary](https://chapterbot.dev/book/elixir-documentary) — it offers a contrasting backend model: the Node event loop against Elixir actors and OTP.\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("/chapter lacks %q:\n%s", want, text)
		}
	}
	for _, absent := range []string{"WebSocket protocol", "Kubernetes: The Documentary"} {
		if strings.Contains(text, absent) {
			t.Errorf("/chapter shows %q, which no chapter of the book is titled:\n%s", absent, text)
		}
	}
	// Kafka's related chapters are not in the book: no "See also".
	in = h.f.Command(h.member("ada"), "chapter", fakediscord.Option("name", "kafka-documentary"))
	h.dispatch(in)
	if m, _ := h.final(in); strings.Contains(m.Text(), "See also") || !strings.Contains(m.Text(), "\nSource\nEngineering history notes\n") {
		t.Errorf("/chapter kafka:\n%s", m.Text())
	}
}

func TestAnswerSeeAlso(t *testing.T) {
	sh := siteShelf(t)
	// The answer cites Node.js and React.js: React.js is not suggested again.
	ans := fixedAnswer{
		{N: 1, ID: "nodejs-documentary#what-is-the-film-about", ChapterTitle: "Node.js: The Documentary", Heading: "What is the film about?"},
		{N: 2, ID: "reactjs-documentary", ChapterTitle: "React.js: The Documentary", URL: "https://chapterbot.dev/book/reactjs-documentary"},
	}
	h := start(t, Config{}, ans, sh.ix)
	in := h.f.Command(h.member("ada"), "ask", fakediscord.Option("question", "what is the node documentary about?"))
	h.dispatch(in)
	m, _ := h.final(in)
	want := "\nSee also\n• [TypeScript: The Documentary](https://chapterbot.dev/book/typescript-documentary)\n" +
		"• [Elixir: The Documentary](https://chapterbot.dev/book/elixir-documentary)\n"
	if !strings.Contains(m.Text(), want) {
		t.Errorf("answer lacks %q:\n%s", want, m.Text())
	}
}
