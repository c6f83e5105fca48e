package fakediscord

import (
	"net/http"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
)

// Routes of thread requests.
const (
	// RouteThreadStart is POST /channels/{channel}/threads, a thread
	// without a starter message (discordgo's ThreadStart).
	RouteThreadStart = "thread_start"
	// RouteMessageThreadStart is POST
	// /channels/{channel}/messages/{message}/threads, a thread from a
	// message (discordgo's MessageThreadStart).
	RouteMessageThreadStart = "message_thread_start"
)

var (
	errChannelType    = &apiError{status: http.StatusBadRequest, Code: 50024, Message: "Cannot execute action on this channel type"}
	errThreadExists   = &apiError{status: http.StatusBadRequest, Code: 160004, Message: "A thread has already been created for this message"}
	errUnknownChannel = &apiError{status: http.StatusNotFound, Code: 10003, Message: "Unknown Channel"}
)

// threadStart is the body of both thread routes.
type threadStart struct {
	Name                string                 `json:"name"`
	Type                *discordgo.ChannelType `json:"type"`
	AutoArchiveDuration int                    `json:"auto_archive_duration"`
	Invitable           *bool                  `json:"invitable"`
	RateLimitPerUser    int                    `json:"rate_limit_per_user"`
}

// checkThreadParent refuses a thread whose parent is not a guild text
// channel the fake knows, as Discord does for threads in threads and in
// direct messages. Called with s.mu held.
func (s *Server) checkThreadParentLocked(channel string) *apiError {
	switch {
	case s.threads[channel] != nil || s.dmChannels[channel]:
		return errChannelType
	case channel != s.ChannelID && !s.textChannels[channel]:
		return errUnknownChannel
	}
	return nil
}

func (d threadStart) check() *apiError {
	if n := utf8.RuneCountInString(d.Name); n < 1 || n > 100 {
		return invalidForm("name: must be between 1 and 100 in length (got %d)", n)
	}
	switch d.AutoArchiveDuration {
	case 0, 60, 1440, 4320, 10080:
	default:
		return invalidForm("auto_archive_duration: %d is not one of 60, 1440, 4320, 10080", d.AutoArchiveDuration)
	}
	return nil
}

// newThreadLocked stores a thread of parent and returns it as Discord
// does. Called with s.mu held.
func (s *Server) newThreadLocked(id, parent string, typ discordgo.ChannelType, d threadStart) *discordgo.Channel {
	archive := d.AutoArchiveDuration
	if archive == 0 {
		archive = 4320
	}
	th := &discordgo.Channel{
		ID: id, GuildID: s.GuildID, ParentID: parent, Name: d.Name, Type: typ, OwnerID: s.BotUser.ID,
		MessageCount: 0, MemberCount: 1,
		ThreadMetadata: &discordgo.ThreadMetadata{AutoArchiveDuration: archive, ArchiveTimestamp: time.Now().UTC()},
		Member:         &discordgo.ThreadMember{ID: id, UserID: s.BotUser.ID, JoinTimestamp: time.Now().UTC()},
	}
	s.threads[id] = th
	return th
}

// startThread answers POST /channels/{channel}/threads: a public (11) or
// private (12) thread without a starter message; type is required, as for
// Discord's API v9 and later.
func (s *Server) startThread(r *Request) (any, *apiError) {
	var d threadStart
	if err := r.Decode(&d); err != nil {
		return nil, invalidForm("%v", err)
	}
	if aerr := d.check(); aerr != nil {
		return nil, aerr
	}
	if d.Type == nil || (*d.Type != discordgo.ChannelTypeGuildPublicThread && *d.Type != discordgo.ChannelTypeGuildPrivateThread) {
		return nil, invalidForm("type: a thread without a message must be of type 11 or 12")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if aerr := s.checkThreadParentLocked(r.Params["channel"]); aerr != nil {
		return nil, aerr
	}
	return s.newThreadLocked(s.NewID(), r.Params["channel"], *d.Type, d), nil
}

// startMessageThread answers POST
// /channels/{channel}/messages/{message}/threads: a public thread whose
// ID is the starter message's, as Discord makes it; a message has at most
// one thread.
func (s *Server) startMessageThread(r *Request) (any, *apiError) {
	var d threadStart
	if err := r.Decode(&d); err != nil {
		return nil, invalidForm("%v", err)
	}
	if aerr := d.check(); aerr != nil {
		return nil, aerr
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	channel, id := r.Params["channel"], r.Params["message"]
	if aerr := s.checkThreadParentLocked(channel); aerr != nil {
		return nil, aerr
	}
	m, ok := s.messages[id]
	if !ok || m["channel_id"] != channel {
		return nil, errUnknownMessage
	}
	if s.threads[id] != nil {
		return nil, errThreadExists
	}
	th := s.newThreadLocked(id, channel, discordgo.ChannelTypeGuildPublicThread, d)
	m["thread"] = th
	var flags discordgo.MessageFlags
	switch f := m["flags"].(type) {
	case float64:
		flags = discordgo.MessageFlags(f)
	case discordgo.MessageFlags:
		flags = f
	}
	m["flags"] = flags | discordgo.MessageFlagsHasThread
	return th, nil
}

// Thread returns a thread the bot started, by ID.
func (s *Server) Thread(id string) (*discordgo.Channel, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	th, ok := s.threads[id]
	if !ok {
		return nil, false
	}
	cp := *th
	return &cp, true
}

// Threads returns every thread started so far, in no order.
func (s *Server) Threads() []*discordgo.Channel {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*discordgo.Channel, 0, len(s.threads))
	for _, th := range s.threads {
		cp := *th
		out = append(out, &cp)
	}
	return out
}

// TextChannel adds a guild text channel to the default guild, besides
// ChannelID, and returns its ID.
func (s *Server) TextChannel() string {
	id := s.NewID()
	s.mu.Lock()
	s.textChannels[id] = true
	s.mu.Unlock()
	return id
}

// MessageIn builds a MESSAGE_CREATE by member m of the default guild in
// channel, a text channel or a thread (whose messages carry the thread's
// ID as their channel_id, as Discord's do).
func (s *Server) MessageIn(channel string, m *discordgo.Member, content string) *discordgo.Message {
	msg := s.Message(m, content)
	msg.ChannelID = channel
	return msg
}

// InChannel moves an interaction to channel ch, a text channel or a
// thread, as Discord sends one invoked there.
func (i *Interaction) InChannel(ch *discordgo.Channel) *Interaction {
	i.ChannelID = ch.ID
	i.Channel = map[string]any{"id": ch.ID, "type": ch.Type, "guild_id": i.GuildID, "name": ch.Name}
	if ch.ParentID != "" {
		i.Channel["parent_id"] = ch.ParentID
	}
	return i
}
