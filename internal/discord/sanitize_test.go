package discord

import (
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"
)

func TestUnmaskLinks(t *testing.T) {
	own := func(u string) bool { return u == "https://book.test/a#b" }
	tests := []struct{ in, want string }{
		{"[discord.gift/nitro](https://evil.example/phish)", "discord.gift/nitro (<https://evil.example/phish>)"},
		{"see [1](https://evil.example/cite).", "see [1] (<https://evil.example/cite>)."},
		{"[[1]](https://evil.example/x)", "[1] (<https://evil.example/x>)"},
		{"[x](<https://evil.example/y>)", "x (<https://evil.example/y>)"},
		{`[x](https://evil.example/z "title")`, "x (<https://evil.example/z>)"},
		{"[nitro](https://evil.example/a_(b))", "nitro (<https://evil.example/a_(b)>)"},
		{"[](https://evil.example/empty)", "<https://evil.example/empty>"},
		{"[the basics](https://book.test/a#b)", "[the basics](https://book.test/a#b)"},
		{"plain https://evil.example/bare and [1]", "plain https://evil.example/bare and [1]"},
	}
	for _, tc := range tests {
		if got := unmaskLinks(tc.in, own); got != tc.want {
			t.Errorf("unmaskLinks(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSanitizer(t *testing.T) {
	c := newSanitizer([]string{"tok-12345", " ", "key-45678", "ollama"})
	in := message{
		Content: "a\u200bb tok-12345 on ollama",
		Embeds: []*discordgo.MessageEmbed{{Title: "t\u202ekey-45678", Description: "d\ufeff", URL: "https://x/tok-12345",
			Fields: []*discordgo.MessageEmbedField{{Name: "n\u2066", Value: "v key-45678"}},
			Footer: &discordgo.MessageEmbedFooter{Text: "f\u2060"}}},
		Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{Label: "l\u200f", CustomID: "x"}}}},
	}
	got := c.message(in)
	want := message{
		Content: "ab *** on ollama",
		Embeds: []*discordgo.MessageEmbed{{Title: "t***", Description: "d", URL: "https://x/***",
			Fields: []*discordgo.MessageEmbedField{{Name: "n", Value: "v ***"}},
			Footer: &discordgo.MessageEmbedFooter{Text: "f"}}},
		Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{Label: "l", CustomID: "x"}}}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sanitized (-want +got):\n%s", diff)
	}
	if in.Embeds[0].Title != "t\u202ekey-45678" {
		t.Error("the original message was changed")
	}
}
