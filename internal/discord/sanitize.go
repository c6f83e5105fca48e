package discord

import (
	"regexp"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// invisible reports the characters no message of the bot may carry: zero-width
// characters, the word joiner and the invisible operators (the book marks
// a program's output lines with U+2063, book.OutputMark), and the
// bidirectional overrides and isolates, which can hide text or make it read
// backwards (U+200B–U+200F, U+202A–U+202E, U+2060–U+2064, U+2066–U+2069,
// U+FEFF).
func invisible(r rune) bool {
	switch {
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x2064, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return r == 0xFEFF
}

// stripInvisible removes invisible characters from s.
func stripInvisible(s string) string {
	if strings.IndexFunc(s, invisible) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if invisible(r) {
			return -1
		}
		return r
	}, s)
}

// maskedLink matches a Markdown link as Discord renders one: [text](url),
// also with the URL in angle brackets or followed by a title, and with
// brackets inside the text ("[[1]](url)").
var maskedLink = regexp.MustCompile(`\[((?:\\.|\[[^\[\]]*\]|[^\[\]\\])*)\]\(\s*<?([a-zA-Z][a-zA-Z0-9+.-]*:(?:[^\s()<>]|\([^\s()<>]*\))*)>?(?:\s+"[^"]*")?\s*\)`)

// unmaskLinks shows every link in s whose URL keep does not accept with
// its URL in the open: "[discord.gift/nitro](https://evil.example)" becomes
// "discord.gift/nitro (<https://evil.example>)", so that a reader sees
// where it leads. A citation marker keeps its brackets: "[1] (<url>)".
// It is for text the bot did not write itself (a model's answer).
func unmaskLinks(s string, keep func(url string) bool) string {
	return maskedLink.ReplaceAllStringFunc(s, func(m string) string {
		sm := maskedLink.FindStringSubmatch(m)
		text, u := strings.TrimSpace(sm[1]), sm[2]
		if keep != nil && keep(u) {
			return m
		}
		shown := "<" + u + ">"
		switch {
		case text == "":
			return shown
		case isNumber(text):
			return "[" + text + "] (" + shown + ")"
		}
		return text + " (" + shown + ")"
	})
}

func isNumber(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// sanitizer makes what the bot sends safe to show: no secret (the token,
// API keys), no invisible character, every text within its limit.
type sanitizer struct {
	secrets []string
}

// minSecret is the length from which a configured value is a secret to
// hide in messages. A shorter one is a placeholder (local models take any
// key, often "ollama"), and hiding it would garble answers that use the
// word; the bot token and real API keys are far longer.
const minSecret = 8

func newSanitizer(secrets []string) *sanitizer {
	var keep []string
	for _, s := range secrets {
		if s = strings.TrimSpace(s); len(s) >= minSecret {
			keep = append(keep, s)
		}
	}
	return &sanitizer{secrets: keep}
}

// text is s without secrets or invisible characters, at most limit
// characters (0: no limit).
func (c *sanitizer) text(s string, limit int) string {
	s = stripInvisible(s)
	for _, secret := range c.secrets {
		s = strings.ReplaceAll(s, secret, redacted)
	}
	if limit > 0 && runeLen(s) > limit {
		s, _ = trimText(s, limit)
	}
	return s
}

// message returns a copy of m fit to send; m is left as it was.
func (c *sanitizer) message(m message) message {
	out := message{Content: c.text(m.Content, maxContent), Components: c.components(m.Components)}
	for _, e := range m.Embeds {
		if e == nil {
			continue
		}
		cp := *e
		cp.Title = c.text(e.Title, maxEmbedTitle)
		cp.Description = c.text(e.Description, maxEmbedDescription)
		cp.URL = c.text(e.URL, 0)
		cp.Fields = nil
		for _, f := range e.Fields {
			if f == nil {
				continue
			}
			fc := *f
			fc.Name = c.text(f.Name, maxFieldName)
			fc.Value = c.text(f.Value, maxFieldValue)
			cp.Fields = append(cp.Fields, &fc)
		}
		if e.Footer != nil {
			fc := *e.Footer
			fc.Text = c.text(e.Footer.Text, maxFooterText)
			cp.Footer = &fc
		}
		if e.Author != nil {
			ac := *e.Author
			ac.Name = c.text(e.Author.Name, maxEmbedTitle)
			cp.Author = &ac
		}
		out.Embeds = append(out.Embeds, &cp)
	}
	return out
}

// components cleans the labels of buttons.
func (c *sanitizer) components(cs []discordgo.MessageComponent) []discordgo.MessageComponent {
	if cs == nil {
		return nil
	}
	out := make([]discordgo.MessageComponent, 0, len(cs))
	for _, comp := range cs {
		switch v := comp.(type) {
		case discordgo.ActionsRow:
			out = append(out, discordgo.ActionsRow{Components: c.components(v.Components)})
		case *discordgo.ActionsRow:
			out = append(out, discordgo.ActionsRow{Components: c.components(v.Components)})
		case discordgo.Button:
			v.Label = c.text(v.Label, maxButtonLabel)
			out = append(out, v)
		case *discordgo.Button:
			b := *v
			b.Label = c.text(v.Label, maxButtonLabel)
			out = append(out, b)
		default:
			out = append(out, comp)
		}
	}
	return out
}

// choices cleans autocomplete choices' names.
func (c *sanitizer) choices(cs []*discordgo.ApplicationCommandOptionChoice) []*discordgo.ApplicationCommandOptionChoice {
	out := make([]*discordgo.ApplicationCommandOptionChoice, 0, len(cs))
	for _, ch := range cs {
		cp := *ch
		cp.Name = c.text(ch.Name, maxChoiceName)
		if cp.Name == "" {
			cp.Name = "…"
		}
		out = append(out, &cp)
	}
	return out
}
