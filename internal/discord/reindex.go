package discord

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/chapterbot/chapterbot/internal/book"
	"github.com/chapterbot/chapterbot/internal/search"
)

// Refresher refreshes the index from the content directory.
type Refresher interface {
	Refresh(ctx context.Context, progress func(done, total int)) (search.Report, error) // errors wrap search.ErrBusy when one already runs
	Progress() (done, total int, running bool)
}

// maxUpload is the largest chapter /reindex accepts as an attachment.
const maxUpload = 1 << 20

// Results of a refresh, for the Recorder and /status.
const (
	refreshOK        = "ok"
	refreshUnchanged = "unchanged"
	refreshFailed    = "failed"
	refreshBusy      = "busy"
)

const (
	notModeratorText = "Only moderators can use this command."
	noModeratorsText = "Moderator commands are off: the bot's operator must set DISCORD_GUILD_ID or MODERATOR_ROLE_ID first."
	refreshFailText  = "The refresh failed; the index is unchanged. The bot's log has the details."
)

// lastRefresh is the last refresh /reindex ran, for /status.
type lastRefresh struct {
	At       time.Time // when it finished
	UserID   string
	Username string
	Took     time.Duration
	Result   string // refreshOK, refreshUnchanged or refreshFailed
}

// moderation is the definition shared by moderator commands: hidden from
// members without Manage Server until a server's admins say otherwise, and
// not offered in direct messages. The handlers check again (moderatorRefusal):
// a server may open the command to others.
func moderation(def *discordgo.ApplicationCommand) *discordgo.ApplicationCommand {
	def.DefaultMemberPermissions = ptr(int64(discordgo.PermissionManageGuild))
	def.DMPermission = ptr(false)
	def.Contexts = &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild}
	return def
}

// moderatorRefusal returns why the invoker of i may not use moderator
// commands, as the line to tell them, or "" when they may.
//
// With GuildID set, a member of that guild with Manage Server or
// Administrator, or with the moderator role, is a moderator. With global
// commands the bot may be in servers its owners do not run, where anyone
// can hold Manage Server: then only the moderator role counts (a role ID
// is a snowflake of the home server and exists nowhere else), and with no
// role either nobody is a moderator.
func (b *Bot) moderatorRefusal(i *discordgo.Interaction) string {
	if b.cfg.GuildID == "" && b.cfg.ModeratorRoleID == "" {
		return noModeratorsText
	}
	m := i.Member
	if m == nil || i.GuildID == "" {
		return notModeratorText
	}
	if b.cfg.GuildID != "" {
		if i.GuildID != b.cfg.GuildID {
			return notModeratorText
		}
		if m.Permissions&(discordgo.PermissionManageGuild|discordgo.PermissionAdministrator) != 0 {
			return ""
		}
	}
	if b.cfg.ModeratorRoleID != "" && slices.Contains(m.Roles, b.cfg.ModeratorRoleID) {
		return ""
	}
	return notModeratorText
}

func (b *Bot) reindexCommand() *command {
	return &command{
		def: moderation(&discordgo.ApplicationCommand{
			Name:        "reindex",
			Description: "Refresh the book's index; optionally add or replace a chapter first.",
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionAttachment, Name: "file",
					Description: "A Markdown chapter (.md, at most 1 MB) to add or replace"},
			},
		}),
		run:       b.reindex,
		ephemeral: func(*discordgo.Interaction) bool { return true },
	}
}

func private(text string) reply {
	return reply{messages: []message{plain(text)}, ephemeral: true}
}

// runningText says a refresh is under way, with its progress when known.
func runningText(done, total int) string {
	if total > 0 {
		return fmt.Sprintf("A refresh is already running: files %d/%d.", done, total)
	}
	return "A refresh is already running."
}

func progressText(done, total int) string {
	if total > 0 {
		return fmt.Sprintf("Refreshing… files %d/%d", done, total)
	}
	return "Refreshing…"
}

func (b *Bot) reindex(ctx context.Context, i *discordgo.Interaction, update func(message)) (reply, error) {
	if why := b.moderatorRefusal(i); why != "" {
		return private(why), nil
	}
	busy := func() (reply, error) {
		done, total, _ := b.cfg.Refresher.Progress()
		return private(runningText(done, total)), nil
	}
	// The Refresher counts every refresh it is asked for; the bot counts
	// only the requests it turns away before asking.
	if _, _, running := b.cfg.Refresher.Progress(); running {
		b.rec.Refresh(refreshBusy)
		return busy()
	}
	// One /reindex at a time, so that no upload lands in the middle of a
	// refresh this bot runs.
	if !b.refreshing.TryLock() {
		b.rec.Refresh(refreshBusy)
		return busy()
	}
	defer b.refreshing.Unlock()

	saved := ""
	if a, ok := attachmentOption(i, "file"); ok {
		data, why := b.fetchChapter(ctx, a)
		if why != "" {
			return private(why), nil
		}
		existed, err := writeChapter(b.cfg.ContentDir, a.Filename, data)
		if err != nil {
			return reply{}, err
		}
		saved = fmt.Sprintf("Saved %s (%s).", escapeMarkdown(a.Filename), map[bool]string{false: "new chapter", true: "replaced"}[existed])
		b.log.Info("chapter uploaded", "file", a.Filename, "bytes", len(data), "user", interactionUser(i).ID, "replaced", existed)
	}

	update(plain(progressText(0, 0)))
	start := time.Now()
	rep, err := b.cfg.Refresher.Refresh(ctx, func(done, total int) { update(plain(progressText(done, total))) })
	took := time.Since(start)
	if errors.Is(err, search.ErrBusy) {
		return busy()
	}
	user := interactionUser(i)
	result := refreshOK
	switch {
	case err != nil:
		result = refreshFailed
	case rep.Unchanged():
		result = refreshUnchanged
	}
	b.noteRefresh(lastRefresh{At: time.Now(), UserID: user.ID, Username: user.Username, Took: took, Result: result})
	if err != nil {
		b.log.Error("refresh index", "user", user.ID, "err", b.redact(err))
		msgs := []message{plain(refreshFailText)}
		if saved != "" {
			msgs = []message{plain(saved + " " + refreshFailText)}
		}
		return reply{messages: msgs, ephemeral: true}, nil
	}
	b.log.Info("index refreshed", "user", user.ID, "result", result, "added", len(rep.Added), "changed", len(rep.Changed),
		"removed", len(rep.Removed), "problems", len(rep.Problems), "took", took)
	return reply{messages: renderRefresh(rep, took, saved), ephemeral: true}, nil
}

func (b *Bot) noteRefresh(r lastRefresh) {
	b.lastMu.Lock()
	defer b.lastMu.Unlock()
	b.last = &r
}

// lastRefreshed returns the last refresh /reindex ran, if any.
func (b *Bot) lastRefreshed() (lastRefresh, bool) {
	b.lastMu.Lock()
	defer b.lastMu.Unlock()
	if b.last == nil {
		return lastRefresh{}, false
	}
	return *b.last, true
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

var uploadName = regexp.MustCompile(`^[A-Za-z0-9._-]{1,100}$`)

// checkUploadName returns why name cannot be a chapter's file name, or "".
// Only a plain base name will do: nothing that could reach outside the
// content directory or hide as a dot-file.
func checkUploadName(name string) string {
	shown, _ := trimText(oneLine(name), 100)
	switch {
	case strings.ContainsAny(name, `/\`) || strings.Contains(name, "..") || strings.HasPrefix(name, ".") ||
		!uploadName.MatchString(name):
		return fmt.Sprintf("The file name “%s” is not allowed: use a plain name of letters, digits, '.', '_' and '-', "+
			"such as channels.md.", escapeMarkdown(shown))
	case !strings.EqualFold(path.Ext(name), ".md"):
		return fmt.Sprintf("Only Markdown chapters (.md files) can be uploaded; “%s” is not one.", escapeMarkdown(shown))
	}
	return ""
}

func tooBig(n int) string {
	return fmt.Sprintf("The file is too big (%s); the limit is 1 MB.", sizeText(n))
}

func sizeText(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d KB", (n+1023)/1024)
}

// fetchChapter downloads an uploaded chapter and checks it. It returns the
// file's bytes, or why it refuses them.
func (b *Bot) fetchChapter(ctx context.Context, a *discordgo.MessageAttachment) ([]byte, string) {
	if b.cfg.ContentDir == "" {
		return nil, "Uploading chapters is not enabled on this bot."
	}
	if why := checkUploadName(a.Filename); why != "" {
		return nil, why
	}
	if a.Size > maxUpload {
		return nil, tooBig(a.Size)
	}
	data, err := b.download(ctx, a.URL)
	if err != nil {
		b.log.Error("download attachment", "attachment", a.ID, "err", b.redact(err))
		return nil, "I could not download the file. Please try again."
	}
	if len(data) > maxUpload {
		return nil, tooBig(len(data))
	}
	if !utf8.Valid(data) {
		return nil, "The file is not UTF-8 text."
	}
	if _, err := book.Parse(a.Filename, data); err != nil {
		return nil, "The chapter cannot be used: " + oneLine(err.Error())
	}
	return data, ""
}

// download fetches at most maxUpload+1 bytes of an attachment from
// Discord's CDN (or, in tests, from wherever the API is), without the bot's
// token.
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
	resp, err := b.s.Client.Do(req)
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

// writeChapter puts data into dir as name, atomically: a reader (a refresh)
// sees the old file or the new one, never part of it. It reports whether a
// file of that name was replaced.
func writeChapter(dir, name string, data []byte) (existed bool, err error) {
	dst := filepath.Join(dir, name)
	if _, err := os.Lstat(dst); err == nil {
		existed = true
	}
	// A dot-file, so that a refresh running meanwhile skips it.
	tmp, err := os.CreateTemp(dir, "."+name+".*.tmp")
	if err != nil {
		return false, fmt.Errorf("write chapter %s: %w", name, err)
	}
	defer func() {
		if err != nil {
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), dst)
	}
	if err != nil {
		return false, fmt.Errorf("write chapter %s: %w", name, err)
	}
	// Make the rename itself durable.
	if d, derr := os.Open(dir); derr == nil {
		_ = d.Sync()
		d.Close()
	}
	return existed, nil
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

// renderRefresh renders a refresh's report: what changed, the size of the
// book, how long it took and the problems found, as path:line: reason.
func renderRefresh(rep search.Report, took time.Duration, saved string) []message {
	title := "Index refreshed"
	if rep.Unchanged() {
		title = "Index unchanged"
	}
	var desc []string
	if saved != "" {
		desc = append(desc, saved)
	}
	desc = append(desc, fmt.Sprintf("%d chapters, %d sections · took %s", rep.Chapters, rep.Sections, durationText(took)))
	desc = append(desc, fmt.Sprintf("Added %d · changed %d · removed %d · problems %d",
		len(rep.Added), len(rep.Changed), len(rep.Removed), len(rep.Problems)))
	if rep.Rebuilt {
		desc = append(desc, "The index was rebuilt from scratch.")
	}
	sp := embedSpec{Title: title, Description: strings.Join(desc, "\n"), Color: colorChapter}
	files := func(name string, fs []string) {
		if len(fs) == 0 {
			return
		}
		lines := make([]string, len(fs))
		for k, f := range fs {
			lines[k] = "• " + escapeMarkdown(oneLine(f))
		}
		sp.Fields = append(sp.Fields, listFields(name, lines)...)
	}
	files("Added", rep.Added)
	files("Changed", rep.Changed)
	files("Removed", rep.Removed)
	if len(rep.Problems) > 0 {
		lines := make([]string, 0, len(rep.Problems))
		for _, p := range rep.Problems {
			if p != nil {
				lines = append(lines, "• "+escapeMarkdown(oneLine(p.Error())))
			}
		}
		sp.Fields = append(sp.Fields, listFields("Problems", lines)...)
	}
	sp.Footer = footer(indexFooter(shortVersion(rep.Version)))
	return pack(sp.build())
}
