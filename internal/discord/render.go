package discord

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/chapterbot/chapterbot/internal/answer"
	"github.com/chapterbot/chapterbot/internal/search"
)

// message is one Discord message the bot sends; rendering produces these
// and the router sends them.
type message struct {
	Content    string
	Embeds     []*discordgo.MessageEmbed
	Components []discordgo.MessageComponent
}

// Embed colours.
const (
	colorAnswer    = 0x2b7a78
	colorUncovered = 0x9e9e9e
	colorSearch    = 0x3a6ea5
	colorChapter   = 0x6c5b7b
)

// linkEscaper keeps a link's text from closing the link early.
var linkEscaper = strings.NewReplacer(`\`, `\\`, `[`, `\[`, `]`, `\]`)

// mdLink is a Markdown link, or the bare text when there is no URL.
func mdLink(text, url string) string {
	text = linkEscaper.Replace(text)
	if url == "" {
		return text
	}
	url = strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29").Replace(url)
	return "[" + text + "](" + url + ")"
}

// place is "Chapter › Heading", or the chapter alone for its introduction.
func place(chapter, heading string) string {
	if heading == "" || heading == chapter {
		return chapter
	}
	return chapter + " › " + heading
}

// oneLine turns s into a single line, for titles and names.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func footer(parts ...string) *discordgo.MessageEmbedFooter {
	var keep []string
	for _, p := range parts {
		if p = oneLine(p); p != "" {
			keep = append(keep, p)
		}
	}
	if len(keep) == 0 {
		return nil
	}
	text, _ := trimText(strings.Join(keep, " · "), maxFooterText)
	return &discordgo.MessageEmbedFooter{Text: text}
}

func indexFooter(version string) string {
	if version == "" {
		return ""
	}
	return "index " + version
}

// embedLength is an embed's length as Discord counts it toward a message's
// 6,000 characters.
func embedLength(e *discordgo.MessageEmbed) int {
	n := runeLen(e.Title) + runeLen(e.Description)
	for _, f := range e.Fields {
		n += runeLen(f.Name) + runeLen(f.Value)
	}
	if e.Footer != nil {
		n += runeLen(e.Footer.Text)
	}
	if e.Author != nil {
		n += runeLen(e.Author.Name)
	}
	return n
}

// embedSpec describes one logical embed that may need several Discord
// embeds: a long description continues in untitled embeds, and fields that
// do not fit move to further embeds.
type embedSpec struct {
	Title, URL  string
	Description string
	Fields      []*discordgo.MessageEmbedField
	Footer      *discordgo.MessageEmbedFooter
	Color       int
}

// build turns the spec into embeds that each keep every Discord limit.
func (sp embedSpec) build() []*discordgo.MessageEmbed {
	title, _ := trimText(oneLine(sp.Title), maxEmbedTitle)
	footerLen := 0
	if sp.Footer != nil {
		footerLen = runeLen(sp.Footer.Text)
	}
	var out []*discordgo.MessageEmbed
	for _, chunk := range splitText(sp.Description, maxEmbedDescription) {
		out = append(out, &discordgo.MessageEmbed{Description: chunk, Color: sp.Color})
	}
	if len(out) == 0 {
		out = append(out, &discordgo.MessageEmbed{Color: sp.Color})
	}
	out[0].Title, out[0].URL = title, sp.URL
	for _, f := range sp.Fields {
		last := out[len(out)-1]
		if len(last.Fields) == maxEmbedFields || embedLength(last)+runeLen(f.Name)+runeLen(f.Value)+footerLen > maxEmbedTotal {
			last = &discordgo.MessageEmbed{Color: sp.Color}
			out = append(out, last)
		}
		last.Fields = append(last.Fields, f)
	}
	out[len(out)-1].Footer = sp.Footer
	return out
}

// pack puts embeds into as few messages as Discord allows: at most ten
// embeds and 6,000 characters of embed text each.
func pack(embeds []*discordgo.MessageEmbed) []message {
	var out []message
	total := 0
	for _, e := range embeds {
		n := embedLength(e)
		if len(out) == 0 || len(out[len(out)-1].Embeds) == maxEmbeds || total+n > maxEmbedTotal {
			out = append(out, message{})
			total = 0
		}
		out[len(out)-1].Embeds = append(out[len(out)-1].Embeds, e)
		total += n
	}
	return out
}

// listFields puts lines into embed fields named name (then "name
// (continued)"), each value within Discord's limit, cutting only between
// lines.
func listFields(tr *texts, name string, lines []string) []*discordgo.MessageEmbedField {
	var fields []*discordgo.MessageEmbedField
	for _, chunk := range splitLines(lines, maxFieldValue) {
		n := name
		if len(fields) > 0 {
			n = name + tr.continued
		}
		fields = append(fields, &discordgo.MessageEmbedField{Name: n, Value: chunk})
	}
	return fields
}

// splitLines joins lines with newlines into chunks of at most limit
// characters, cutting only between lines (a line longer than limit is
// itself split as text).
func splitLines(lines []string, limit int) []string {
	var out []string
	var cur strings.Builder
	curLen := 0
	for _, l := range lines {
		for _, part := range splitText(l, limit) {
			add := runeLen(part)
			if curLen > 0 {
				add++
			}
			if curLen+add > limit {
				out = append(out, cur.String())
				cur.Reset()
				curLen, add = 0, runeLen(part)
			}
			if curLen > 0 {
				cur.WriteByte('\n')
			}
			cur.WriteString(part)
			curLen += add
		}
	}
	if curLen > 0 {
		out = append(out, cur.String())
	}
	return out
}

// maxPlace bounds a chapter title and a heading where the bot lists
// sections (sources, search results, outlines), in characters each.
const maxPlace = 100

// shortPlace is place with the chapter title and the heading each cut to
// maxPlace characters.
func shortPlace(chapter, heading string) string {
	c, _ := trimText(oneLine(chapter), maxPlace)
	h, _ := trimText(oneLine(heading), maxPlace)
	return place(c, h)
}

// sourceLines are an answer's citations as numbered deep links.
func sourceLines(cs []answer.Citation, numbered bool) []string {
	var lines []string
	for i, c := range cs {
		n := c.N
		if n == 0 {
			n = i + 1
		}
		text := shortPlace(c.ChapterTitle, c.Heading)
		if numbered {
			text = fmt.Sprintf("%d. %s", n, text)
		}
		if !numbered {
			lines = append(lines, "• "+mdLink(text, c.URL))
			continue
		}
		lines = append(lines, mdLink(text, c.URL))
	}
	return lines
}

// Caps on an answer: a model's reply of any length makes at most
// maxAnswerMessages messages, its text cut at maxAnswerText characters
// (less when its sources take the room).
const (
	maxAnswerMessages = 2
	maxAnswerText     = 7000
)

// citationURLs accepts the deep links of an answer's own sources: the only
// links its text may keep masked.
func citationURLs(a answer.Answer) func(string) bool {
	urls := map[string]bool{}
	for _, c := range append(slices.Clone(a.Citations), a.Nearest...) {
		if c.URL != "" {
			urls[c.URL] = true
		}
	}
	return func(u string) bool { return urls[u] }
}

// cutAnswer cuts an answer's text to at most limit characters, where
// splitText would, and says so.
func cutAnswer(tr *texts, text string, limit int) string {
	text = strings.TrimSpace(text)
	if runeLen(text) <= limit {
		return text
	}
	return splitText(text, limit-runeLen(tr.cutShort)-1)[0] + " " + tr.cutShort
}

// renderAnswer renders an answer as embeds: the question as the title, the
// answer text as the description, the sources as numbered deep links and the
// index version in the footer; for a question the book does not cover, a
// plain statement and the nearest sections. Links in the answer's text
// other than its sources' show their URL; a long answer is cut to fit
// maxAnswerMessages messages.
//
// also are chapters related to the cited ones (Bot.seeAlso), listed under
// the sources of an answer the book covers.
func renderAnswer(tr *texts, a answer.Answer, also []search.SeeAlso, version string) []message {
	text := unmaskLinks(a.Text, citationURLs(a))
	for limit := maxAnswerText; ; limit /= 2 {
		msgs := renderAnswerText(tr, a, also, cutAnswer(tr, text, limit), version)
		if len(msgs) <= maxAnswerMessages || limit < 500 {
			return msgs
		}
	}
}

func renderAnswerText(tr *texts, a answer.Answer, also []search.SeeAlso, text, version string) []message {
	sp := embedSpec{Title: a.Question, Color: colorAnswer}
	if a.Covered {
		sp.Description = text
		sp.Fields = listFields(tr, tr.sources, sourceLines(a.Citations, true))
		sp.Fields = append(sp.Fields, listFields(tr, tr.seeAlso, seeAlsoLines(also, false))...)
		sp.Footer = footer(a.Note, a.Mode, indexFooter(version))
	} else {
		sp.Color = colorUncovered
		var b strings.Builder
		b.WriteString(tr.notCovered)
		if len(a.Nearest) > 0 {
			b.WriteString(tr.nearest + "\n")
			b.WriteString(strings.Join(sourceLines(a.Nearest, false), "\n"))
		}
		sp.Description = b.String()
		sp.Footer = footer(a.Note, indexFooter(version))
	}
	return pack(sp.build())
}

// renderSearch renders passages matching a query in one message: one field
// per hit with its place, an excerpt and a deep link, the excerpts trimmed so
// that everything fits.
func renderSearch(tr *texts, query string, hits []search.Hit, version string) message {
	sp := embedSpec{Title: fmt.Sprintf(tr.searchTitle, oneLine(query)), Color: colorSearch, Footer: footer(indexFooter(version))}
	if len(hits) == 0 {
		sp.Description = tr.noPassages
		return message{Embeds: sp.build()}
	}
	title, _ := trimText(oneLine(sp.Title), maxEmbedTitle)
	names := make([]string, len(hits))
	used := runeLen(title)
	if sp.Footer != nil {
		used += runeLen(sp.Footer.Text)
	}
	for i, h := range hits {
		names[i], _ = trimText(fmt.Sprintf("%d. %s", i+1, shortPlace(h.ChapterTitle, h.Heading)), maxFieldName)
		used += runeLen(names[i])
	}
	budget := min(maxFieldValue, (maxEmbedTotal-used)/len(hits))
	for i, h := range hits {
		link := ""
		if h.URL != "" {
			link = "\n" + mdLink(tr.readInBook, h.URL)
		}
		excerpt := h.Snippet
		if strings.TrimSpace(excerpt) == "" {
			excerpt = h.Text
		}
		excerpt, _ = trimText(excerpt, max(budget-runeLen(link), 1))
		value := strings.TrimSpace(excerpt + link)
		if value == "" {
			value = "—"
		}
		sp.Fields = append(sp.Fields, &discordgo.MessageEmbedField{Name: names[i], Value: value})
	}
	return message{Embeds: sp.build()}
}

// Caps on a chapter's metadata in /chapter, in characters each: its
// subtitle, a source line, the reason given for a related chapter; and on
// the number of source lines and related chapters shown.
const (
	maxSubtitle    = 300
	maxSourceLine  = 200
	maxWhy         = 200
	maxSourceLines = 5
	maxRelated     = 10
)

// seeAlsoLines are related chapters as bulleted links (plain titles when a
// chapter has no URL), with the reason given when withWhy.
func seeAlsoLines(also []search.SeeAlso, withWhy bool) []string {
	var lines []string
	for _, s := range also {
		title, _ := trimText(oneLine(s.ChapterTitle), maxPlace)
		line := "• " + mdLink(title, s.URL)
		if why, _ := trimText(oneLine(s.Why), maxWhy); withWhy && why != "" {
			line += " — " + escapeMarkdown(why)
		}
		lines = append(lines, line)
	}
	return lines
}

// renderOutline renders a chapter: its subtitle, then its outline (each
// section a deep link, indented by depth), its source lines and the
// related chapters also lists (the book's chapters it names, see
// search.RelatedOf), each cut to fit Discord's limits.
func renderOutline(tr *texts, ch search.ChapterInfo, also []search.SeeAlso, version string) []message {
	top := 0
	for _, s := range ch.Sections {
		if s.Heading != "" && (top == 0 || s.Level < top) {
			top = s.Level
		}
	}
	var lines []string
	for _, s := range ch.Sections {
		if s.Heading == "" {
			continue
		}
		indent := strings.Repeat("  ", max(s.Level-top, 0))
		heading, _ := trimText(oneLine(s.Heading), maxPlace)
		lines = append(lines, indent+"• "+mdLink(heading, s.URL))
	}
	desc := strings.Join(lines, "\n")
	if desc == "" {
		desc = tr.noSections
	}
	if sub, _ := trimText(oneLine(ch.Subtitle), maxSubtitle); sub != "" {
		desc = "*" + escapeMarkdown(sub) + "*\n\n" + desc
	}
	sp := embedSpec{Title: ch.Title, URL: ch.URL, Description: desc, Color: colorChapter,
		Footer: footer(fmt.Sprintf(tr.sectionsCount, len(lines)), indexFooter(version))}
	var source []string
	for _, s := range ch.Source[:min(len(ch.Source), maxSourceLines)] {
		if s, _ = trimText(oneLine(s), maxSourceLine); s != "" {
			source = append(source, escapeMarkdown(s))
		}
	}
	sp.Fields = append(listFields(tr, tr.source, source), listFields(tr, tr.seeAlso, seeAlsoLines(also[:min(len(also), maxRelated)], true))...)
	return pack(sp.build())
}

// renderSection renders one section's text, trimmed to fit one embed, with
// a link to the whole section.
func renderSection(tr *texts, text string, info search.SectionInfo, version string) message {
	title := strings.Join(info.Trail, " › ")
	if title == "" {
		title = info.Heading
	}
	link := ""
	if info.URL != "" {
		link = "\n\n" + mdLink(tr.readWhole, info.URL)
	}
	body, _ := trimText(text, maxEmbedDescription-runeLen(link))
	if body == "" {
		body = tr.emptySection
	}
	sp := embedSpec{Title: title, URL: info.URL, Description: body + link, Color: colorChapter, Footer: footer(indexFooter(version))}
	return message{Embeds: sp.build()}
}

// plain is a message of text only, trimmed to Discord's limit.
func plain(text string) message {
	t, _ := trimText(text, maxContent)
	return message{Content: t}
}

// markdownEscaper keeps user-given text (file names, questions) from
// turning into formatting.
var markdownEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "~", `\~`, "`", "\\`", "|", `\|`,
	"[", `\[`, "]", `\]`, ">", `\>`, "#", `\#`)

func escapeMarkdown(s string) string { return markdownEscaper.Replace(s) }

// durationText is a duration as people read it: 340ms, 1.2s, 3m4s.
func durationText(d time.Duration) string {
	switch {
	case d < time.Second:
		return d.Round(time.Millisecond).String()
	case d < time.Minute:
		return d.Round(100 * time.Millisecond).String()
	}
	return d.Round(time.Second).String()
}

// shortVersion is the start of an index version hash.
func shortVersion(v string) string {
	if len(v) > 12 {
		return v[:12]
	}
	return v
}
