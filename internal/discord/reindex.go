package discord

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/chapterbot/chapterbot/internal/book"
)

// maxUpload is the largest chapter /reindex downloads.
const maxUpload = 1 << 20

func (b *Bot) reindexRoute() route {
	return route{
		def: &discordgo.ApplicationCommand{
			Name:        "reindex",
			Description: "Refresh the book's index; optionally add or replace a chapter first.",
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionAttachment, Name: "file",
					Description: "A chapter (.md, .markdown, .txt, .html or .htm, at most 1 MB) to add or replace"},
			},
		},
		run:       b.reindex,
		ephemeral: func(*discordgo.Interaction) bool { return true },
	}
}

// runningText says a refresh is under way, with its progress when known.
func runningText(tr *texts, done, total int) string {
	if total > 0 {
		return fmt.Sprintf(tr.runningAt, done, total)
	}
	return tr.running
}

func progressText(tr *texts, done, total int) string {
	if total > 0 {
		return fmt.Sprintf(tr.refreshingAt, done, total)
	}
	return tr.refreshing
}

func (b *Bot) reindex(ctx context.Context, r *request) (reply, error) {
	tr, shelf := r.tr, b.cfg.Shelf
	user := r.user()
	progress := func(done, total int) { r.update(plain(progressText(tr, done, total))) }
	var (
		rep RefreshReport
		err error
	)
	if a, ok := attachmentOption(r.i, "file"); ok {
		data, why := b.fetchChapter(ctx, tr, a)
		if why != "" {
			return private(why), nil
		}
		// No "Refreshing…" yet: the Shelf may refuse the file at once.
		rep, err = shelf.AddChapter(ctx, user.Username, a.Filename, data, progress)
		if err == nil && rep.Refused != "" {
			return private(fmt.Sprintf(tr.refused, oneLine(rep.Refused))), nil
		}
		if rep.Saved != "" {
			b.log.Info("chapter uploaded", "file", rep.Saved, "bytes", len(data), "user", user.ID, "replaced", rep.Replaced)
		}
	} else {
		if _, _, running := shelf.Progress(); !running {
			r.update(plain(progressText(tr, 0, 0)))
		}
		rep, err = shelf.Refresh(ctx, user.Username, progress)
	}
	saved := savedText(tr, rep)
	switch {
	case err != nil:
		b.log.Error("refresh index", "user", user.ID, "err", b.redact(err))
		return private(strings.TrimSpace(saved + " " + tr.refreshFailed)), nil
	case rep.Result == RefreshBusy:
		done, total, _ := shelf.Progress()
		return private(strings.TrimSpace(saved + " " + runningText(tr, done, total))), nil
	}
	b.log.Info("index refreshed", "user", user.ID, "result", string(rep.Result), "added", len(rep.Added),
		"changed", len(rep.Changed), "removed", len(rep.Removed), "problems", len(rep.Problems), "took", rep.Duration)
	return reply{messages: renderRefresh(tr, rep), ephemeral: true}, nil
}

// savedText says which chapter an upload saved, and, when the refresh had
// to wait for another, whether it is indexed yet.
func savedText(tr *texts, rep RefreshReport) string {
	if rep.Saved == "" {
		return ""
	}
	format := tr.savedNew
	if rep.Replaced {
		format = tr.savedReplaced
	}
	s := fmt.Sprintf(format, escapeMarkdown(oneLine(rep.Saved)))
	switch {
	case rep.Result == RefreshBusy:
		s += " " + tr.savedBusy
	case rep.Waited:
		s += " " + tr.savedWaited
	}
	return s
}

// attachmentOption returns the attachment given for option name.
func attachmentOption(i *discordgo.Interaction, name string) (*discordgo.MessageAttachment, bool) {
	o, ok := options(i)[name]
	if !ok {
		return nil, false
	}
	id, _ := o.Value.(string)
	data := i.ApplicationCommandData()
	if data.Resolved == nil {
		return nil, false
	}
	a, ok := data.Resolved.Attachments[id]
	return a, ok && a != nil
}

func tooBig(tr *texts, n int) string {
	return fmt.Sprintf(tr.tooBig, sizeText(n))
}

func sizeText(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d KB", (n+1023)/1024)
}

// fetchChapter checks what Discord tells of an attachment (its extension
// and size) and downloads it. It returns the file's bytes, or why it
// refuses them. Whether they make a chapter is the Shelf's to say.
func (b *Bot) fetchChapter(ctx context.Context, tr *texts, a *discordgo.MessageAttachment) ([]byte, string) {
	// The extensions the book reads (the Shelf checks the rest): the
	// library takes any name book.IsChapterFile accepts.
	if !book.IsChapterFile(a.Filename) {
		return nil, fmt.Sprintf(tr.onlyChapters, echo(a.Filename))
	}
	if a.Size > maxUpload {
		return nil, tooBig(tr, a.Size)
	}
	data, err := b.download(ctx, a.URL)
	if err != nil {
		b.log.Error("download attachment", "attachment", a.ID, "err", b.redact(err))
		return nil, tr.downloadFailed
	}
	if len(data) > maxUpload {
		return nil, tooBig(tr, len(data))
	}
	return data, ""
}

// download fetches at most maxUpload+1 bytes of an attachment from
// Discord's CDN (or, in tests, from wherever the API is), without the bot's
// token, following redirects only to where attachments may come from.
func (b *Bot) download(ctx context.Context, raw string) ([]byte, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("attachment URL: %w", err)
	}
	if !b.cdnHost(u) {
		return nil, fmt.Errorf("attachment host %q is not Discord's", u.Host)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("attachment request: %w", err)
	}
	client := *b.s.Client
	client.CheckRedirect = func(r *http.Request, via []*http.Request) error {
		if len(via) >= 5 {
			return fmt.Errorf("attachment redirected %d times", len(via))
		}
		if !b.cdnHost(r.URL) {
			return fmt.Errorf("attachment redirected to %q, not Discord's", r.URL.Host)
		}
		return nil
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("get attachment: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("get attachment: %s", resp.Status)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxUpload+1))
	if err != nil {
		return nil, fmt.Errorf("read attachment: %w", err)
	}
	return data, nil
}

// cdnHost tells whether u is where Discord serves attachments: its CDN, or
// the API's host when APIURL points elsewhere (a proxy, a fake).
func (b *Bot) cdnHost(u *url.URL) bool {
	if u.Scheme != "https" && u.Scheme != "http" {
		return false
	}
	switch u.Hostname() {
	case "cdn.discordapp.com", "media.discordapp.net":
		return u.Scheme == "https"
	}
	api, err := url.Parse(b.cfg.APIURL)
	return err == nil && api.Host != "discord.com" && u.Host == api.Host
}

// maxListed is the most problems, warnings, unread files or tables of
// contents a refresh's report lists, each; the rest are counted
// (`chapterbot index` lists them all).
const maxListed = 10

// renderRefresh renders a refresh's report: what changed, the size of the
// book, how long it took, the problems and warnings found, as path:line:
// reason, the files of formats the book does not read and the tables of
// contents read as the book's structure; those four lists capped at
// maxListed.
func renderRefresh(tr *texts, rep RefreshReport) []message {
	title := tr.refreshed
	if rep.Result == RefreshUnchanged {
		title = tr.unchanged
	}
	var desc []string
	if saved := savedText(tr, rep); saved != "" {
		desc = append(desc, saved)
	}
	desc = append(desc, fmt.Sprintf(tr.bookSize, rep.Chapters, rep.Sections, durationText(rep.Duration)))
	desc = append(desc, fmt.Sprintf(tr.changes, len(rep.Added), len(rep.Changed), len(rep.Removed), len(rep.Problems)))
	if len(rep.Warnings) > 0 {
		desc = append(desc, fmt.Sprintf(tr.warningsCount, len(rep.Warnings)))
	}
	if rep.Rebuilt {
		desc = append(desc, tr.rebuilt)
	}
	sp := embedSpec{Title: title, Description: strings.Join(desc, "\n"), Color: colorChapter}
	// list lists items, the first max of them (0: all) and a count of
	// the others.
	list := func(name string, items []string, max int) {
		if len(items) == 0 {
			return
		}
		more := 0
		if max > 0 && len(items) > max {
			items, more = items[:max], len(items)-max
		}
		lines := make([]string, len(items), len(items)+1)
		for k, f := range items {
			lines[k] = "• " + escapeMarkdown(oneLine(f))
		}
		if more > 0 {
			lines = append(lines, fmt.Sprintf(tr.andMore, more))
		}
		sp.Fields = append(sp.Fields, listFields(tr, name, lines)...)
	}
	list(tr.added, rep.Added, 0)
	list(tr.changed, rep.Changed, 0)
	list(tr.removed, rep.Removed, 0)
	list(tr.problems, rep.Problems, maxListed)
	list(tr.warnings, rep.Warnings, maxListed)
	list(tr.unread, rep.Unread, maxListed)
	list(tr.summaries, rep.Summaries, maxListed)
	sp.Footer = footer(indexFooter(shortVersion(rep.Version)))
	return pack(sp.build())
}
