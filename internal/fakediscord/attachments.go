package fakediscord

import (
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Attachment uploads data as a file named name, as a user attaching it to
// a command does, and returns the attachment as Discord resolves it: its
// URL points at the fake's CDN (an absolute loopback URL, fetched without
// the bot's token) and Size is len(data). Tests may change Size or
// Filename before passing it to WithAttachment, to play a client that
// lies.
func (s *Server) Attachment(name string, data []byte) *discordgo.MessageAttachment {
	id := s.NewID()
	s.mu.Lock()
	s.attachments[id] = append([]byte(nil), data...)
	s.mu.Unlock()
	// The URL's last segment is only decoration, as on Discord's CDN; keep
	// it one plain segment whatever the name.
	seg := path.Base(strings.ReplaceAll(name, `\`, "/"))
	if seg == "." || seg == ".." || seg == "/" {
		seg = "file"
	}
	u := s.srv.URL + "/attachments/" + id + "/" + url.PathEscape(seg)
	ct := "application/octet-stream"
	if strings.EqualFold(path.Ext(seg), ".md") {
		ct = "text/markdown; charset=utf-8"
	}
	return &discordgo.MessageAttachment{ID: id, URL: u, ProxyURL: u, Filename: name, ContentType: ct, Size: len(data)}
}

// WithAttachment adds to a command invocation an attachment option named
// option holding a (from Attachment), with a in the interaction's resolved
// data, as Discord sends it.
func (i *Interaction) WithAttachment(option string, a *discordgo.MessageAttachment) *Interaction {
	d, ok := i.Data.(commandData)
	if !ok {
		return i
	}
	d.Options = append(d.Options, &discordgo.ApplicationCommandInteractionDataOption{
		Name: option, Type: discordgo.ApplicationCommandOptionAttachment, Value: a.ID,
	})
	if d.Resolved == nil {
		d.Resolved = &discordgo.ApplicationCommandInteractionDataResolved{}
	}
	if d.Resolved.Attachments == nil {
		d.Resolved.Attachments = map[string]*discordgo.MessageAttachment{}
	}
	cp := *a
	d.Resolved.Attachments[a.ID] = &cp
	i.Data = d
	return i
}

// serveAttachment serves an attachment's bytes, as Discord's CDN does:
// without authentication.
func (s *Server) serveAttachment(w http.ResponseWriter, hr *http.Request) {
	r := Request{
		Method: hr.Method,
		Path:   hr.URL.Path,
		Query:  hr.URL.Query(),
		Route:  RouteAttachment,
		Params: map[string]string{"attachment": hr.PathValue("attachment")},
		Auth:   hr.Header.Get("Authorization"),
		Time:   time.Now(),
	}
	s.mu.Lock()
	data, ok := s.attachments[r.Params["attachment"]]
	target, redirect := s.redirects[r.Params["attachment"]]
	s.mu.Unlock()
	if redirect {
		r.Status = http.StatusFound
		s.record(r)
		http.Redirect(w, hr, target, http.StatusFound)
		return
	}
	if !ok {
		r.Status, r.Error = http.StatusNotFound, "404: Not Found"
		s.record(r)
		http.Error(w, r.Error, r.Status)
		return
	}
	r.Status = http.StatusOK
	s.record(r)
	w.Header().Set("Content-Type", "application/octet-stream")
	_, _ = w.Write(data)
}

// RedirectAttachment is an attachment whose download the fake's CDN answers
// with a redirect (302) to target, as a CDN fronting another host might.
func (s *Server) RedirectAttachment(name, target string) *discordgo.MessageAttachment {
	a := s.Attachment(name, nil)
	s.mu.Lock()
	s.redirects[a.ID] = target
	s.mu.Unlock()
	a.Size = 100
	return a
}
