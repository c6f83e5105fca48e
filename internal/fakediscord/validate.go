package fakediscord

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
)

// Discord's limits on a message, counted in characters.
const (
	MaxContent          = 2000
	MaxEmbeds           = 10
	MaxEmbedTitle       = 256
	MaxEmbedDescription = 4096
	MaxEmbedFields      = 25
	MaxFieldName        = 256
	MaxFieldValue       = 1024
	MaxFooterText       = 2048
	MaxAuthorName       = 256
	MaxEmbedTotal       = 6000
	MaxActionRows       = 5
	MaxRowComponents    = 5
	MaxCustomID         = 100
	MaxButtonLabel      = 80
	MaxChoices          = 25
	MaxChoiceName       = 100
	MaxChoiceValue      = 100
)

func runes(s string) int { return utf8.RuneCountInString(s) }

// EmbedLength is an embed's length as Discord counts it toward the 6,000
// characters of a message.
func EmbedLength(e *discordgo.MessageEmbed) int {
	n := runes(e.Title) + runes(e.Description)
	for _, f := range e.Fields {
		n += runes(f.Name) + runes(f.Value)
	}
	if e.Footer != nil {
		n += runes(e.Footer.Text)
	}
	if e.Author != nil {
		n += runes(e.Author.Name)
	}
	return n
}

func validateMessage(content *string, embeds *[]*discordgo.MessageEmbed, components *[]json.RawMessage,
	flags discordgo.MessageFlags, am *AllowedMentions) *apiError {
	if content != nil && runes(*content) > MaxContent {
		return invalidForm("content: must be %d or fewer in length, got %d", MaxContent, runes(*content))
	}
	if embeds != nil {
		if len(*embeds) > MaxEmbeds {
			return invalidForm("embeds: must be %d or fewer in length", MaxEmbeds)
		}
		total := 0
		for i, e := range *embeds {
			if e == nil {
				return invalidForm("embeds.%d: null", i)
			}
			switch {
			case runes(e.Title) > MaxEmbedTitle:
				return invalidForm("embeds.%d.title: must be %d or fewer in length", i, MaxEmbedTitle)
			case runes(e.Description) > MaxEmbedDescription:
				return invalidForm("embeds.%d.description: must be %d or fewer in length, got %d", i, MaxEmbedDescription, runes(e.Description))
			case len(e.Fields) > MaxEmbedFields:
				return invalidForm("embeds.%d.fields: must be %d or fewer in length", i, MaxEmbedFields)
			case e.Footer != nil && runes(e.Footer.Text) > MaxFooterText:
				return invalidForm("embeds.%d.footer.text: must be %d or fewer in length", i, MaxFooterText)
			case e.Author != nil && runes(e.Author.Name) > MaxAuthorName:
				return invalidForm("embeds.%d.author.name: must be %d or fewer in length", i, MaxAuthorName)
			}
			for j, f := range e.Fields {
				switch {
				case f.Name == "" || runes(f.Name) > MaxFieldName:
					return invalidForm("embeds.%d.fields.%d.name: must be between 1 and %d in length", i, j, MaxFieldName)
				case f.Value == "" || runes(f.Value) > MaxFieldValue:
					return invalidForm("embeds.%d.fields.%d.value: must be between 1 and %d in length, got %d", i, j, MaxFieldValue, runes(f.Value))
				}
			}
			total += EmbedLength(e)
		}
		if total > MaxEmbedTotal {
			return invalidForm("embeds: embed size exceeds maximum size of %d, got %d", MaxEmbedTotal, total)
		}
	}
	if components != nil {
		if err := validateComponents(*components); err != nil {
			return err
		}
	}
	if flags&^(discordgo.MessageFlagsEphemeral|discordgo.MessageFlagsSuppressEmbeds|discordgo.MessageFlagsSuppressNotifications) != 0 {
		return invalidForm("flags: unsupported flags %d", flags)
	}
	if am != nil {
		for _, p := range am.Parse {
			switch p {
			case "users":
				if len(am.Users) > 0 {
					return invalidForm("allowed_mentions: parse users and users are mutually exclusive")
				}
			case "roles":
				if len(am.Roles) > 0 {
					return invalidForm("allowed_mentions: parse roles and roles are mutually exclusive")
				}
			case "everyone":
			default:
				return invalidForm("allowed_mentions.parse: unknown type %q", p)
			}
		}
	}
	return nil
}

func validateComponents(rows []json.RawMessage) *apiError {
	if len(rows) > MaxActionRows {
		return invalidForm("components: must be %d or fewer in length", MaxActionRows)
	}
	seen := map[string]bool{}
	for i, raw := range rows {
		var row struct {
			Type       discordgo.ComponentType `json:"type"`
			Components []struct {
				Type     discordgo.ComponentType `json:"type"`
				CustomID string                  `json:"custom_id"`
				Label    string                  `json:"label"`
				Style    discordgo.ButtonStyle   `json:"style"`
				URL      string                  `json:"url"`
				Emoji    *struct {
					Name string `json:"name"`
				} `json:"emoji"`
			} `json:"components"`
		}
		if err := json.Unmarshal(raw, &row); err != nil {
			return invalidForm("components.%d: %v", i, err)
		}
		if row.Type != discordgo.ActionsRowComponent {
			return invalidForm("components.%d.type: want an action row", i)
		}
		if len(row.Components) == 0 || len(row.Components) > MaxRowComponents {
			return invalidForm("components.%d.components: must be between 1 and %d in length", i, MaxRowComponents)
		}
		for j, c := range row.Components {
			if c.Type != discordgo.ButtonComponent {
				continue
			}
			if c.Label == "" && c.Emoji == nil {
				return invalidForm("components.%d.components.%d: a button needs a label or an emoji", i, j)
			}
			if runes(c.Label) > MaxButtonLabel {
				return invalidForm("components.%d.components.%d.label: must be %d or fewer in length", i, j, MaxButtonLabel)
			}
			if c.Style == discordgo.LinkButton {
				if c.URL == "" || c.CustomID != "" {
					return invalidForm("components.%d.components.%d: a link button has a url and no custom_id", i, j)
				}
				continue
			}
			if c.CustomID == "" || runes(c.CustomID) > MaxCustomID {
				return invalidForm("components.%d.components.%d.custom_id: must be between 1 and %d in length", i, j, MaxCustomID)
			}
			if seen[c.CustomID] {
				return invalidForm("components.%d.components.%d.custom_id: duplicate %q", i, j, c.CustomID)
			}
			seen[c.CustomID] = true
		}
	}
	return nil
}

func validateChoices(data json.RawMessage) *apiError {
	var d struct {
		Choices *[]struct {
			Name  string `json:"name"`
			Value any    `json:"value"`
		} `json:"choices"`
	}
	if err := json.Unmarshal(data, &d); err != nil {
		return invalidForm("data: %v", err)
	}
	if d.Choices == nil {
		return invalidForm("data.choices: required")
	}
	if len(*d.Choices) > MaxChoices {
		return invalidForm("data.choices: must be %d or fewer in length", MaxChoices)
	}
	for i, c := range *d.Choices {
		if c.Name == "" || runes(c.Name) > MaxChoiceName {
			return invalidForm("data.choices.%d.name: must be between 1 and %d in length", i, MaxChoiceName)
		}
		if v, ok := c.Value.(string); ok && (v == "" || runes(v) > MaxChoiceValue) {
			return invalidForm("data.choices.%d.value: must be between 1 and %d in length", i, MaxChoiceValue)
		}
	}
	return nil
}

var commandName = regexp.MustCompile(`^[-_\p{Ll}\p{N}]{1,32}$`)

// localizedName is Discord's rule for a chat command's or option's name in
// any language; letters must also be lower case where the script has case.
var localizedName = regexp.MustCompile(`^[-_\p{L}\p{N}\p{Devanagari}\p{Thai}]{1,32}$`)

// validateLocalizations checks name_localizations and
// description_localizations: known locales, valid names, descriptions of
// 1 to 100 characters.
func validateLocalizations(where string, names, descriptions map[discordgo.Locale]string) *apiError {
	for l, n := range names {
		if _, ok := discordgo.Locales[l]; !ok {
			return invalidForm("%s.name_localizations: unknown locale %q", where, l)
		}
		if !localizedName.MatchString(n) || strings.ToLower(n) != n {
			return invalidForm("%s.name_localizations.%s: invalid %q", where, l, n)
		}
	}
	for l, d := range descriptions {
		if _, ok := discordgo.Locales[l]; !ok {
			return invalidForm("%s.description_localizations: unknown locale %q", where, l)
		}
		if n := runes(d); n < 1 || n > 100 {
			return invalidForm("%s.description_localizations.%s: must be between 1 and 100 in length", where, l)
		}
	}
	return nil
}

func deref(m *map[discordgo.Locale]string) map[discordgo.Locale]string {
	if m == nil {
		return nil
	}
	return *m
}

func validateCommands(cmds []*discordgo.ApplicationCommand) *apiError {
	if len(cmds) > 100 {
		return invalidForm("commands: at most 100")
	}
	names := map[string]bool{}
	for i, c := range cmds {
		if !commandName.MatchString(c.Name) {
			return invalidForm("%d.name: invalid %q", i, c.Name)
		}
		if names[c.Name] {
			return invalidForm("%d.name: duplicate %q", i, c.Name)
		}
		names[c.Name] = true
		if c.Type == 0 || c.Type == discordgo.ChatApplicationCommand {
			if n := runes(c.Description); n < 1 || n > 100 {
				return invalidForm("%d.description: must be between 1 and 100 in length", i)
			}
		}
		if err := validateLocalizations(fmt.Sprint(i), deref(c.NameLocalizations), deref(c.DescriptionLocalizations)); err != nil {
			return err
		}
		if err := validateOptions(c.Options, i); err != nil {
			return err
		}
	}
	return nil
}

func validateOptions(opts []*discordgo.ApplicationCommandOption, cmd int) *apiError {
	if len(opts) > 25 {
		return invalidForm("%d.options: at most 25", cmd)
	}
	optional := false
	for j, o := range opts {
		if !commandName.MatchString(o.Name) {
			return invalidForm("%d.options.%d.name: invalid %q", cmd, j, o.Name)
		}
		if n := runes(o.Description); n < 1 || n > 100 {
			return invalidForm("%d.options.%d.description: must be between 1 and 100 in length", cmd, j)
		}
		if o.Required && optional {
			return invalidForm("%d.options.%d: required options must be placed before non-required options", cmd, j)
		}
		if !o.Required {
			optional = true
		}
		if o.Autocomplete && len(o.Choices) > 0 {
			return invalidForm("%d.options.%d: autocomplete and choices are mutually exclusive", cmd, j)
		}
		if err := validateLocalizations(fmt.Sprintf("%d.options.%d", cmd, j), o.NameLocalizations, o.DescriptionLocalizations); err != nil {
			return err
		}
		if o.MaxLength > 6000 {
			return invalidForm("%d.options.%d.max_length: at most 6000", cmd, j)
		}
		if err := validateOptions(o.Options, cmd); err != nil {
			return err
		}
	}
	return nil
}
