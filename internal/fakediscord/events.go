package fakediscord

import (
	"encoding/json"
	"fmt"
	"regexp"
	"time"

	"github.com/bwmarrin/discordgo"
)

// NewUser registers a (human) user, so that mentions of it in messages resolve.
func (s *Server) NewUser(name string) *discordgo.User {
	u := &discordgo.User{ID: s.NewID(), Username: name, Discriminator: "0", GlobalName: name}
	s.mu.Lock()
	s.users[u.ID] = u
	s.mu.Unlock()
	return u
}

// Member is u as a member of the default guild with the given permissions
// (a discordgo.Permission* bit set) and role IDs.
func (s *Server) Member(u *discordgo.User, permissions int64, roles ...string) *discordgo.Member {
	if roles == nil {
		roles = []string{}
	}
	return &discordgo.Member{
		GuildID:     s.GuildID,
		User:        u,
		Roles:       roles,
		JoinedAt:    time.Now().Add(-24 * time.Hour).UTC(),
		Permissions: permissions,
	}
}

// Interaction is an INTERACTION_CREATE payload as Discord sends it. Build
// one with Command, Autocomplete or Button, adjust it, then send it with
// DispatchInteraction (more than once to simulate a redelivery).
type Interaction struct {
	ID             string                    `json:"id"`
	ApplicationID  string                    `json:"application_id"`
	Type           discordgo.InteractionType `json:"type"`
	Data           any                       `json:"data"`
	GuildID        string                    `json:"guild_id,omitempty"`
	ChannelID      string                    `json:"channel_id"`
	Channel        map[string]any            `json:"channel"`
	Member         *discordgo.Member         `json:"member,omitempty"`
	User           *discordgo.User           `json:"user,omitempty"`
	Token          string                    `json:"token"`
	Version        int                       `json:"version"`
	Message        map[string]any            `json:"message,omitempty"`
	AppPermissions string                    `json:"app_permissions"`
	Locale         string                    `json:"locale"`
	GuildLocale    string                    `json:"guild_locale,omitempty"`
	Entitlements   []any                     `json:"entitlements"`
	Context        int                       `json:"context"`
}

// commandData is the data of a command or autocomplete interaction.
type commandData struct {
	ID      string                                               `json:"id"`
	Name    string                                               `json:"name"`
	Type    discordgo.ApplicationCommandType                     `json:"type"`
	Options []*discordgo.ApplicationCommandInteractionDataOption `json:"options,omitempty"`
	GuildID string                                               `json:"guild_id,omitempty"`
	// Resolved holds the attachments (and users, roles…) options refer to.
	Resolved *discordgo.ApplicationCommandInteractionDataResolved `json:"resolved,omitempty"`
}

// Option builds a command option as the user filled it in.
func Option(name string, value any) *discordgo.ApplicationCommandInteractionDataOption {
	o := &discordgo.ApplicationCommandInteractionDataOption{Name: name, Value: value}
	switch value.(type) {
	case string:
		o.Type = discordgo.ApplicationCommandOptionString
	case bool:
		o.Type = discordgo.ApplicationCommandOptionBoolean
	case int, int64:
		o.Type = discordgo.ApplicationCommandOptionInteger
	case float64:
		o.Type = discordgo.ApplicationCommandOptionNumber
	}
	return o
}

// Focused builds the option the user is typing in, for autocomplete.
func Focused(name, typed string) *discordgo.ApplicationCommandInteractionDataOption {
	o := Option(name, typed)
	o.Focused = true
	return o
}

func (s *Server) newInteraction(m *discordgo.Member, t discordgo.InteractionType, data any) *Interaction {
	i := &Interaction{
		ID:             s.NewID(),
		ApplicationID:  s.AppID,
		Type:           t,
		Data:           data,
		GuildID:        s.GuildID,
		ChannelID:      s.ChannelID,
		Channel:        map[string]any{"id": s.ChannelID, "type": discordgo.ChannelTypeGuildText, "guild_id": s.GuildID, "name": "help"},
		Member:         m,
		Token:          "aW50ZXJhY3Rpb246" + s.NewID() + ":tok",
		Version:        1,
		AppPermissions: fmt.Sprint(discordgo.PermissionSendMessages | discordgo.PermissionViewChannel | discordgo.PermissionEmbedLinks),
		Locale:         "en-US",
		GuildLocale:    "en-US",
		Entitlements:   []any{},
	}
	if m == nil {
		i.GuildID, i.GuildLocale, i.Context = "", "", 1
	}
	return i
}

// Command builds a slash command invocation by member m (nil: use InDM).
func (s *Server) Command(m *discordgo.Member, name string, opts ...*discordgo.ApplicationCommandInteractionDataOption) *Interaction {
	return s.newInteraction(m, discordgo.InteractionApplicationCommand, commandData{
		ID: s.commandID(name), Name: name, Type: discordgo.ChatApplicationCommand, Options: opts,
	})
}

// Autocomplete builds an autocomplete request; one of opts should be Focused.
func (s *Server) Autocomplete(m *discordgo.Member, name string, opts ...*discordgo.ApplicationCommandInteractionDataOption) *Interaction {
	return s.newInteraction(m, discordgo.InteractionApplicationCommandAutocomplete, commandData{
		ID: s.commandID(name), Name: name, Type: discordgo.ChatApplicationCommand, Options: opts,
	})
}

// InDM moves an interaction to a direct message with user u.
func (i *Interaction) InDM(u *discordgo.User) *Interaction {
	i.Member, i.User, i.GuildID, i.GuildLocale, i.Context = nil, u, "", "", 1
	i.ChannelID = "9" + i.ID // any snowflake-shaped ID; DMs are not guild channels
	i.Channel = map[string]any{"id": i.ChannelID, "type": discordgo.ChannelTypeDM}
	return i
}

func (s *Server) commandID(name string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, cmds := range s.commands {
		for _, c := range cmds {
			if c.Name == name {
				return c.ID
			}
		}
	}
	return "0"
}

// Button builds a click by member m on the button customID of the stored
// message messageID (one the bot sent). It fails when the message is
// unknown or has no such button.
func (s *Server) Button(m *discordgo.Member, messageID, customID string) (*Interaction, error) {
	msg, ok := s.StoredMessage(messageID)
	if !ok {
		return nil, fmt.Errorf("message %s: unknown", messageID)
	}
	found := false
	for _, row := range msg.Components {
		r, ok := row.(*discordgo.ActionsRow)
		if !ok {
			continue
		}
		for _, c := range r.Components {
			if b, ok := c.(*discordgo.Button); ok && b.CustomID == customID {
				if b.Disabled {
					return nil, fmt.Errorf("message %s: button %q is disabled", messageID, customID)
				}
				found = true
			}
		}
	}
	if !found {
		return nil, fmt.Errorf("message %s: no button %q", messageID, customID)
	}
	s.mu.Lock()
	raw := public(s.messages[messageID])
	b, _ := json.Marshal(raw)
	s.mu.Unlock()
	var wire map[string]any
	_ = json.Unmarshal(b, &wire)
	i := s.newInteraction(m, discordgo.InteractionMessageComponent, map[string]any{
		"custom_id": customID, "component_type": discordgo.ButtonComponent,
	})
	i.Message = wire
	if ch, _ := wire["channel_id"].(string); ch != "" {
		i.ChannelID = ch
		i.Channel["id"] = ch
	}
	return i, nil
}

// DispatchInteraction sends i as INTERACTION_CREATE. From now on the fake
// accepts one initial response to it within the interaction deadline.
// Sending the same interaction again simulates a redelivery.
func (s *Server) DispatchInteraction(i *Interaction) error {
	s.mu.Lock()
	if _, ok := s.interactions[i.ID]; !ok {
		st := &interactionState{id: i.ID, token: i.Token, typ: i.Type, channelID: i.ChannelID, dispatched: time.Now()}
		s.interactions[i.ID] = st
		s.byToken[i.Token] = st
	}
	if i.GuildID == "" {
		s.dmChannels[i.ChannelID] = true
	}
	s.mu.Unlock()
	return s.Dispatch("INTERACTION_CREATE", i.GuildID, i)
}

var (
	userMention = regexp.MustCompile(`<@!?(\d+)>`)
	roleMention = regexp.MustCompile(`<@&(\d+)>`)
)

// Message builds a MESSAGE_CREATE by member m of the default guild in the
// default channel. Mentions, role mentions and @everyone in content are
// resolved as Discord does.
func (s *Server) Message(m *discordgo.Member, content string) *discordgo.Message {
	msg := &discordgo.Message{
		ID:        s.NewID(),
		ChannelID: s.ChannelID,
		GuildID:   s.GuildID,
		Content:   content,
		Timestamp: time.Now().UTC(),
		Author:    m.User,
		Member:    &discordgo.Member{Roles: m.Roles, JoinedAt: m.JoinedAt},
		Type:      discordgo.MessageTypeDefault,
	}
	s.resolveMentions(msg)
	return msg
}

// DirectMessage builds a MESSAGE_CREATE by u in a direct message with the bot.
func (s *Server) DirectMessage(u *discordgo.User, content string) *discordgo.Message {
	msg := &discordgo.Message{
		ID:        s.NewID(),
		ChannelID: "9" + s.NewID(),
		Content:   content,
		Timestamp: time.Now().UTC(),
		Author:    u,
		Type:      discordgo.MessageTypeDefault,
	}
	s.resolveMentions(msg)
	return msg
}

func (s *Server) resolveMentions(msg *discordgo.Message) {
	s.mu.Lock()
	defer s.mu.Unlock()
	msg.Mentions = []*discordgo.User{}
	for _, sm := range userMention.FindAllStringSubmatch(msg.Content, -1) {
		if u, ok := s.users[sm[1]]; ok {
			msg.Mentions = append(msg.Mentions, u)
		}
	}
	msg.MentionRoles = []string{}
	for _, sm := range roleMention.FindAllStringSubmatch(msg.Content, -1) {
		msg.MentionRoles = append(msg.MentionRoles, sm[1])
	}
	msg.MentionEveryone = regexp.MustCompile(`@(everyone|here)\b`).MatchString(msg.Content)
}

// ReplyTo makes msg a reply to the stored message id, as the client sends it
// with "mention the author" on: the replied-to author joins the mentions.
func (s *Server) ReplyTo(msg *discordgo.Message, id string, ping bool) error {
	ref, ok := s.StoredMessage(id)
	if !ok {
		return fmt.Errorf("message %s: unknown", id)
	}
	msg.Type = discordgo.MessageTypeReply
	msg.MessageReference = &discordgo.MessageReference{MessageID: id, ChannelID: ref.ChannelID, GuildID: ref.GuildID}
	msg.ReferencedMessage = ref
	if ping && ref.Author != nil {
		msg.Mentions = append(msg.Mentions, ref.Author)
	}
	return nil
}

// DispatchMessage stores msg and sends it as MESSAGE_CREATE, applying the
// client's intents as Discord does: guild messages need GUILD_MESSAGES,
// direct messages DIRECT_MESSAGES (else ErrFiltered), and without the
// privileged MESSAGE_CONTENT intent the content is blanked unless the
// message mentions the bot or is a direct message.
func (s *Server) DispatchMessage(msg *discordgo.Message) error {
	_, id, err := s.connFor(msg.GuildID)
	if err != nil {
		return err
	}
	need := discordgo.IntentsGuildMessages
	if msg.GuildID == "" {
		need = discordgo.IntentsDirectMessages
	}
	if id.Intents&need == 0 {
		return ErrFiltered
	}
	raw, err := json.Marshal(msg)
	if err != nil {
		return fmt.Errorf("encode message: %w", err)
	}
	var stored map[string]any
	_ = json.Unmarshal(raw, &stored)
	s.mu.Lock()
	s.messages[msg.ID] = stored
	if msg.GuildID == "" {
		s.dmChannels[msg.ChannelID] = true
	}
	s.mu.Unlock()

	out := *msg
	mentionsBot := false
	for _, u := range msg.Mentions {
		if u.ID == s.BotUser.ID {
			mentionsBot = true
		}
	}
	if id.Intents&discordgo.IntentMessageContent == 0 && msg.GuildID != "" && !mentionsBot {
		out.Content, out.Embeds, out.Attachments = "", []*discordgo.MessageEmbed{}, []*discordgo.MessageAttachment{}
	}
	b, err := json.Marshal(&out)
	if err != nil {
		return fmt.Errorf("encode message: %w", err)
	}
	var wire map[string]any
	_ = json.Unmarshal(b, &wire)
	if msg.MessageReference != nil {
		// discordgo.Message drops components when encoded; send the
		// referenced message as stored, buttons and all.
		s.mu.Lock()
		if ref, ok := s.messages[msg.MessageReference.MessageID]; ok {
			b, _ := json.Marshal(public(ref))
			wire["referenced_message"] = json.RawMessage(b)
		}
		s.mu.Unlock()
	}
	return s.Dispatch("MESSAGE_CREATE", msg.GuildID, wire)
}
