package discord

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/chapterbot/chapterbot/internal/fakediscord"
)

func TestRedactText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"callback", `Post "https://discord.com/api/v9/interactions/111/aW50ZXJhY3Rpb246MTox:tok/callback": EOF`,
			`Post "https://discord.com/api/v9/interactions/111/***/callback": EOF`},
		{"webhook edit", `Patch "http://127.0.0.1:1/api/v9/webhooks/222/TOKEN-x_y/messages/@original?wait=true": connection reset`,
			`Patch "http://127.0.0.1:1/api/v9/webhooks/222/***/messages/@original?wait=true": connection reset`},
		{"follow-up", `Post "https://discord.com/api/v9/webhooks/222/TOKEN?wait=true": EOF`,
			`Post "https://discord.com/api/v9/webhooks/222/***?wait=true": EOF`},
		{"bot token", `Authorization: Bot s3cret.bot.token`, `Authorization: Bot ***`},
		{"other text", `Post "https://discord.com/api/v9/channels/1/messages": EOF`,
			`Post "https://discord.com/api/v9/channels/1/messages": EOF`},
	}
	for _, tc := range tests {
		if got := redactText(tc.in, "s3cret.bot.token"); got != tc.want {
			t.Errorf("%s: redactText(%q) = %q, want %q", tc.name, tc.in, got, tc.want)
		}
	}
}

func TestRedactError(t *testing.T) {
	b := &Bot{token: "s3cret.bot.token"}
	inner := &net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connection refused")}
	err := fmt.Errorf("send: %w", &url.Error{Op: "Post", URL: "https://discord.com/api/v9/interactions/1/itok/callback", Err: inner})
	got := b.redact(err, "itok")
	if strings.Contains(got.Error(), "itok") || !strings.Contains(got.Error(), "/interactions/1/***/callback") ||
		!strings.Contains(got.Error(), "connection refused") {
		t.Errorf("redacted = %q", got)
	}
	var ue *url.Error
	if errors.As(got, &ue) {
		t.Errorf("the redacted error still holds the URL %q", ue.URL)
	}
	var oe *net.OpError
	if !errors.As(got, &oe) {
		t.Error("the redacted error lost what the URL error wrapped")
	}
	plain := errors.New("index unavailable")
	if got := b.redact(plain); got != plain {
		t.Errorf("an error without secrets became %v", got)
	}
	if b.redact(nil) != nil {
		t.Error("redact(nil) is not nil")
	}
}

// TestTokensNotLogged makes every request carrying an interaction's token
// fail on the network, where the error names the URL, and checks that the
// log names neither that token nor the bot's.
func TestTokensNotLogged(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		logs []string // failures the log must report
	}{
		{"direct answer", Config{}, []string{"respond to interaction", "answer autocomplete"}},
		{"deferred answer", Config{AlwaysDefer: true}, []string{"defer interaction response", "edit interaction response", "answer autocomplete"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := start(t, tc.cfg, &recorder{}, testLibrary())
			h.f.HangUp(fakediscord.RouteCallback, fakediscord.RouteEditOriginal, fakediscord.RouteFollowup)
			ask := h.f.Command(h.member("ada"), "ask", fakediscord.Option("question", "What is a slice?"))
			h.dispatch(ask)
			auto := h.f.Autocomplete(h.member("ada"), "chapter", fakediscord.Focused("name", "sl"))
			h.dispatch(auto)
			for _, l := range tc.logs {
				if err := h.logs.wait(h.ctx(), l); err != nil {
					t.Fatal(err)
				}
			}
			h.logs.mu.Lock()
			records := strings.Join(h.logs.records, "\n")
			h.logs.mu.Unlock()
			for _, secret := range []string{ask.Token, auto.Token, "test-token"} {
				if strings.Contains(records, secret) {
					t.Errorf("the log holds the secret %q:\n%s", secret, records)
				}
			}
			// The failure is still told, with the URL's token hidden.
			if want := "/interactions/" + ask.ID + "/***/callback"; !strings.Contains(records, want) {
				t.Errorf("the log does not name %s:\n%s", want, records)
			}
		})
	}
}

// TestDiscordgoLog checks that discordgo's own log lands in the bot's log,
// at the matching level, with secrets hidden.
func TestDiscordgoLog(t *testing.T) {
	h := start(t, Config{}, &recorder{}, testLibrary())
	if h.bot.s.LogLevel != discordgo.LogWarning {
		t.Errorf("session log level %d, want %d (warnings)", h.bot.s.LogLevel, discordgo.LogWarning)
	}
	event := "CHAPTERBOT_TEST_" + h.f.NewID()
	// discordgo warns about an event it does not know, quoting its data.
	if err := h.f.Dispatch(event, "", map[string]string{"leak": "Bot test-token at /api/v9/webhooks/1/wtok/messages/2"}); err != nil {
		t.Fatal(err)
	}
	if err := h.logs.wait(h.ctx(), event); err != nil {
		t.Fatal(err)
	}
	h.logs.mu.Lock()
	defer h.logs.mu.Unlock()
	for _, r := range h.logs.records {
		if !strings.Contains(r, event) {
			continue
		}
		if !strings.HasPrefix(r, "WARN unknown event") || !strings.Contains(r, "component=discordgo") {
			t.Errorf("discordgo's warning logged as %q", r)
		}
		if strings.Contains(r, "test-token") || strings.Contains(r, "wtok") || !strings.Contains(r, "/webhooks/1/***/messages/2") {
			t.Errorf("discordgo's warning shows a secret: %q", r)
		}
	}
}

func TestDiscordgoLevel(t *testing.T) {
	for _, tc := range []struct {
		dg   int
		want string
	}{
		{discordgo.LogError, "ERROR"}, {discordgo.LogWarning, "WARN"}, {discordgo.LogInformational, "INFO"}, {discordgo.LogDebug, "DEBUG"},
	} {
		if got := discordgoLevel(tc.dg).String(); got != tc.want {
			t.Errorf("discordgoLevel(%d) = %s, want %s", tc.dg, got, tc.want)
		}
	}
}
