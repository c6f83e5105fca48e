package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"regexp"
	"strings"
	"sync"

	"github.com/bwmarrin/discordgo"
)

// redacted replaces a secret in the log.
const redacted = "***"

// webhookToken matches the token in the path of an interaction's callback
// or webhook (/interactions/{id}/{token}/callback, /webhooks/{app}/{token}):
// whoever holds it may answer as the bot for 15 minutes.
var webhookToken = regexp.MustCompile(`(/(?:interactions|webhooks)/[0-9]+/)[^/?#\s"']+`)

// redactText hides secrets and any interaction or webhook token in s.
func redactText(s string, secrets ...string) string {
	for _, secret := range secrets {
		if secret != "" {
			s = strings.ReplaceAll(s, secret, redacted)
		}
	}
	return webhookToken.ReplaceAllString(s, "${1}"+redacted)
}

// redactedError is an error whose text had secrets hidden.
type redactedError struct {
	msg   string
	cause error
}

func (e *redactedError) Error() string { return e.msg }
func (e *redactedError) Unwrap() error { return e.cause }

// redact returns err fit for the log: the bot's token, secrets and any
// interaction token hidden. A request that failed on the network is a
// *url.Error naming the URL, which for an interaction carries its token:
// the result wraps what the *url.Error wraps, not the URL. discordgo names
// every URL https://discord.com, also when APIURL sends the request
// elsewhere: the result names the host it went to.
func (b *Bot) redact(err error, secrets ...string) error {
	if err == nil {
		return nil
	}
	text := err.Error()
	msg := redactText(text, append(append(secrets, b.token), b.cfg.Secrets...)...)
	if base := strings.TrimRight(b.cfg.APIURL, "/"); base != "" && base != discordURL {
		msg = strings.ReplaceAll(msg, discordURL, base)
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return &redactedError{msg: msg, cause: ue.Err}
	}
	if msg == text {
		return err
	}
	return &redactedError{msg: msg, cause: err}
}

// redact is Bot.redact hiding the interaction's token too.
func (x *exchange) redact(err error) error { return x.b.redact(err, x.i.Token) }

// discordgoLog carries discordgo's log to the logs of the bots running in
// the process. discordgo logs through one package variable,
// discordgo.Logger, for every session of the process: New sets it once,
// and from then on each line discordgo logs goes to every running bot's
// log (there is one bot a process outside tests), with every running
// bot's token hidden.
var discordgoLog = struct {
	once sync.Once
	mu   sync.Mutex
	bots map[*Bot]struct{}
}{bots: map[*Bot]struct{}{}}

// routeDiscordgoLog sets discordgo.Logger, once for the process.
func routeDiscordgoLog() {
	discordgoLog.once.Do(func() { discordgo.Logger = logDiscordgo })
}

// logDiscordgoTo adds b's log to where discordgo's log goes (on is true) or
// takes it out again.
func logDiscordgoTo(b *Bot, on bool) {
	discordgoLog.mu.Lock()
	defer discordgoLog.mu.Unlock()
	if on {
		discordgoLog.bots[b] = struct{}{}
	} else {
		delete(discordgoLog.bots, b)
	}
}

// discordgoLevel maps a discordgo log level to slog's.
func discordgoLevel(l int) slog.Level {
	switch l {
	case discordgo.LogError:
		return slog.LevelError
	case discordgo.LogWarning:
		return slog.LevelWarn
	case discordgo.LogInformational:
		return slog.LevelInfo
	}
	return slog.LevelDebug
}

// logDiscordgo is discordgo.Logger.
func logDiscordgo(msgL, _ int, format string, a ...any) {
	discordgoLog.mu.Lock()
	logs := make([]*slog.Logger, 0, len(discordgoLog.bots))
	tokens := make([]string, 0, len(discordgoLog.bots))
	for b := range discordgoLog.bots {
		logs = append(logs, b.log)
		tokens = append(tokens, b.token)
	}
	discordgoLog.mu.Unlock()
	if len(logs) == 0 {
		return
	}
	level := discordgoLevel(msgL)
	msg := redactText(fmt.Sprintf(format, a...), tokens...)
	for _, l := range logs {
		l.Log(context.Background(), level, msg, "component", "discordgo")
	}
}

// redactPanic is a recovered panic's value as text for the log.
func (b *Bot) redactPanic(p any) string {
	return redactText(fmt.Sprint(p), append([]string{b.token}, b.cfg.Secrets...)...)
}

// discordURL is where discordgo sends every request.
const discordURL = "https://discord.com"
