package discord

import (
	"slices"

	"github.com/bwmarrin/discordgo"
)

// moderation is the definition shared by moderator commands: hidden from
// members without Manage Server until a server's admins say otherwise, and
// not offered in direct messages. The router checks again on the bot's side
// (moderatorsOnly): a server may open the command to others.
func moderation(def *discordgo.ApplicationCommand) {
	def.DefaultMemberPermissions = ptr(int64(discordgo.PermissionManageGuild))
	def.DMPermission = ptr(false)
	def.Contexts = &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild}
}

// moderatorRefusal returns why the invoker of r may not use moderator
// commands, as the line to tell them, or "" when they may.
//
// With GuildID set, a member of that guild with Manage Server or
// Administrator, or with the moderator role, is a moderator. With global
// commands the bot may be in servers its owners do not run, where anyone
// can hold Manage Server: then only the moderator role counts (a role ID
// is a snowflake of the home server and exists nowhere else), and with no
// role either nobody is a moderator.
func (b *Bot) moderatorRefusal(r *request) string {
	if b.cfg.GuildID == "" && b.cfg.ModeratorRoleID == "" {
		return r.tr.noModerators
	}
	i := r.i
	m := i.Member
	if m == nil || i.GuildID == "" {
		return r.tr.notModerator
	}
	if b.cfg.GuildID != "" {
		if i.GuildID != b.cfg.GuildID {
			return r.tr.notModerator
		}
		if m.Permissions&(discordgo.PermissionManageGuild|discordgo.PermissionAdministrator) != 0 {
			return ""
		}
	}
	if b.cfg.ModeratorRoleID != "" && slices.Contains(m.Roles, b.cfg.ModeratorRoleID) {
		return ""
	}
	return r.tr.notModerator
}
