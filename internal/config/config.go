// Package config reads chapterbot's settings from the environment and an
// optional .env file into one validated Config, so that every problem is
// reported at start, one line each, before anything connects anywhere.
package config

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/joho/godotenv"
)

// Config is the effective configuration.
type Config struct {
	ContentDir   string // CONTENT_DIR; empty means "content/ if present, else the embedded book"
	IndexDir     string // INDEX_DIR; empty means "index/" (or the user cache dir for the embedded book)
	ContentWatch bool   // CONTENT_WATCH
	PromptsDir   string // PROMPTS_DIR; empty means the embedded prompts
	FeedbackFile string // FEEDBACK_FILE

	DiscordToken       string // DISCORD_TOKEN
	DiscordGuildID     string // DISCORD_GUILD_ID
	DiscordAPIURL      string // DISCORD_API_URL
	ShardID            int    // SHARD_ID
	ShardCount         int    // SHARD_COUNT
	RateLimitPerMinute int    // RATE_LIMIT_PER_MINUTE
	ModeratorRoleID    string // MODERATOR_ROLE_ID
	AnswerInThread     bool   // ANSWER_IN_THREAD

	OpenAIAPIKey      string        // OPENAI_API_KEY
	OpenAIBaseURL     string        // OPENAI_BASE_URL
	OpenAIAPIType     string        // OPENAI_API_TYPE: "" (openai) or "azure"
	OpenAIAPIVersion  string        // OPENAI_API_VERSION
	OpenAIModel       string        // OPENAI_MODEL
	LLMTimeout        time.Duration // LLM_TIMEOUT
	LLMMaxConcurrency int           // LLM_MAX_CONCURRENCY
	LLMMaxQueue       int           // LLM_MAX_QUEUE
	LLMMaxTokens      int           // LLM_MAX_TOKENS

	EmbeddingsModel   string // EMBEDDINGS_MODEL; empty turns semantic retrieval off
	EmbeddingsBaseURL string // EMBEDDINGS_BASE_URL; default OPENAI_BASE_URL
	EmbeddingsAPIKey  string // EMBEDDINGS_API_KEY; default OPENAI_API_KEY
	Rerank            string // RERANK: "" (off) or "llm"

	MetricsAddr string     // METRICS_ADDR; empty turns metrics off
	LogFormat   string     // LOG_FORMAT: text or json
	LogLevel    slog.Level // LOG_LEVEL
}

// LLMEnabled reports whether answers are summarised by a model.
func (c Config) LLMEnabled() bool { return c.OpenAIAPIKey != "" || c.OpenAIBaseURL != "" }

// EmbeddingsEnabled reports whether passages are also found by meaning,
// through an embeddings endpoint.
func (c Config) EmbeddingsEnabled() bool { return c.EmbeddingsModel != "" }

// Var documents one setting; Vars is the table the README and
// `chapterbot config` show.
type Var struct {
	Name, Default, Meaning string
	Secret                 bool
}

// Vars lists every setting, in the order the README table shows them.
var Vars = []Var{
	{"CONTENT_DIR", "content/ (else the embedded book)", "Directory of chapter files (.md, .txt).", false},
	{"INDEX_DIR", "index/ (user cache dir for the embedded book)", "Directory of the search index.", false},
	{"CONTENT_WATCH", "false", "Watch CONTENT_DIR and refresh the index on change (serve).", false},
	{"PROMPTS_DIR", "(embedded)", "Directory with system.tmpl and user.tmpl overriding the built-in prompts.", false},
	{"FEEDBACK_FILE", "feedback.jsonl", "Feedback store (votes, uncovered questions): JSON lines.", false},
	{"DISCORD_TOKEN", "", "Bot token (required for serve).", true},
	{"DISCORD_GUILD_ID", "", "Register commands to this server only (instant); empty: globally.", false},
	{"DISCORD_API_URL", "https://discord.com", "Base URL for Discord REST and gateway discovery (a REST proxy or a test server).", false},
	{"SHARD_ID", "0", "This process's shard.", false},
	{"SHARD_COUNT", "1", "Number of shards.", false},
	{"RATE_LIMIT_PER_MINUTE", "5", "Questions a user may ask per minute.", false},
	{"MODERATOR_ROLE_ID", "", "Role allowed to run moderator commands, besides Manage Server in DISCORD_GUILD_ID; without DISCORD_GUILD_ID, the only way.", false},
	{"ANSWER_IN_THREAD", "false", "/ask and mentions open a thread named after the question and answer there; messages in it are follow-ups (needs the Message Content intent).", false},
	{"OPENAI_API_KEY", "", "API key; setting it (or OPENAI_BASE_URL) turns LLM summaries on.", true},
	{"OPENAI_BASE_URL", "", "OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 (Ollama).", false},
	{"OPENAI_API_TYPE", "openai", "openai or azure.", false},
	{"OPENAI_API_VERSION", "", "API version (Azure).", false},
	{"OPENAI_MODEL", "gpt-4o-mini", "Model (Azure: deployment) name.", false},
	{"LLM_TIMEOUT", "20s", "Longest wait for a summary, retries included.", false},
	{"LLM_MAX_CONCURRENCY", "4", "Model calls in flight at once.", false},
	{"LLM_MAX_QUEUE", "32", "Calls waiting for a slot; past it, the extractive answer.", false},
	{"LLM_MAX_TOKENS", "0 (model default)", "Cap on the summary's tokens.", false},
	{"EMBEDDINGS_MODEL", "", "Embedding model (Azure: deployment); setting it turns semantic retrieval on.", false},
	{"EMBEDDINGS_BASE_URL", "OPENAI_BASE_URL", "OpenAI-compatible endpoint serving /embeddings.", false},
	{"EMBEDDINGS_API_KEY", "OPENAI_API_KEY", "API key for the embeddings endpoint.", true},
	{"RERANK", "", "llm: the model reorders the retrieved passages; empty: off.", false},
	{"METRICS_ADDR", "", "Address for /metrics, /healthz, /readyz, e.g. :9090; empty: off.", false},
	{"LOG_FORMAT", "text", "text or json.", false},
	{"LOG_LEVEL", "info", "debug, info, warn or error.", false},
}

// Getenv looks a variable up; os.Getenv in production, a map in tests.
type Getenv func(string) string

// WithDotenv returns a Getenv that falls back to the variables of the .env
// file at path when the environment does not set them. A missing file is
// not an error.
func WithDotenv(getenv Getenv, path string) (Getenv, error) {
	vars, err := godotenv.Read(path)
	if errors.Is(err, fs.ErrNotExist) {
		return getenv, nil
	}
	if err != nil {
		// godotenv quotes the offending text, which may be a secret.
		return nil, fmt.Errorf("read %s: the file is malformed (look for an unclosed quote); its text is not shown because it may hold secrets", path)
	}
	return func(k string) string {
		if v := getenv(k); v != "" {
			return v
		}
		return vars[k]
	}, nil
}

// Problem is one setting's invalid value. Its Error never shows the value,
// which may be a secret.
type Problem struct {
	Name   string // the variable, e.g. "LLM_TIMEOUT"
	Value  string // the value as given (Print masks secrets)
	Reason string
}

func (p Problem) Error() string { return p.Name + ": " + p.Reason }

// Problems is every invalid setting Load found, in order; its Error has
// one line per problem.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}

// Except returns the problems of the variables not named, as an error, nil
// when none is left: a command ignores the settings it never reads.
func (ps Problems) Except(names ...string) error {
	var out Problems
	for _, p := range ps {
		if !slices.Contains(names, p.Name) {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// Load reads and validates every setting. The Config holds a default in
// place of each invalid value; the error, nil or Problems, has one line per
// problem.
func Load(getenv Getenv) (Config, error) {
	p := parser{getenv: getenv}
	c := Config{
		ContentDir:         p.str("CONTENT_DIR", ""),
		IndexDir:           p.str("INDEX_DIR", ""),
		ContentWatch:       p.boolean("CONTENT_WATCH", false),
		PromptsDir:         p.str("PROMPTS_DIR", ""),
		FeedbackFile:       p.str("FEEDBACK_FILE", "feedback.jsonl"),
		DiscordToken:       p.str("DISCORD_TOKEN", ""),
		DiscordGuildID:     p.str("DISCORD_GUILD_ID", ""),
		DiscordAPIURL:      p.str("DISCORD_API_URL", "https://discord.com"),
		ShardID:            p.integer("SHARD_ID", 0, 0),
		ShardCount:         p.integer("SHARD_COUNT", 1, 1),
		RateLimitPerMinute: p.integer("RATE_LIMIT_PER_MINUTE", 5, 1),
		ModeratorRoleID:    p.str("MODERATOR_ROLE_ID", ""),
		AnswerInThread:     p.boolean("ANSWER_IN_THREAD", false),
		OpenAIAPIKey:       p.str("OPENAI_API_KEY", ""),
		OpenAIBaseURL:      p.str("OPENAI_BASE_URL", ""),
		OpenAIAPIType:      strings.ToLower(p.str("OPENAI_API_TYPE", "openai")),
		OpenAIAPIVersion:   p.str("OPENAI_API_VERSION", ""),
		OpenAIModel:        p.str("OPENAI_MODEL", "gpt-4o-mini"),
		LLMTimeout:         p.duration("LLM_TIMEOUT", 20*time.Second),
		LLMMaxConcurrency:  p.integer("LLM_MAX_CONCURRENCY", 4, 1),
		LLMMaxQueue:        p.integer("LLM_MAX_QUEUE", 32, 0),
		LLMMaxTokens:       p.integer("LLM_MAX_TOKENS", 0, 0),
		EmbeddingsModel:    p.str("EMBEDDINGS_MODEL", ""),
		Rerank:             strings.ToLower(p.str("RERANK", "")),
		MetricsAddr:        p.str("METRICS_ADDR", ""),
		LogFormat:          strings.ToLower(p.str("LOG_FORMAT", "text")),
	}
	c.LogLevel = p.level("LOG_LEVEL")
	c.EmbeddingsBaseURL = p.str("EMBEDDINGS_BASE_URL", c.OpenAIBaseURL)
	c.EmbeddingsAPIKey = p.str("EMBEDDINGS_API_KEY", c.OpenAIAPIKey)
	p.embeddings(c)

	if c.ShardID >= c.ShardCount && p.getenv("SHARD_ID") != "" {
		p.fail("SHARD_ID", "%d must be below SHARD_COUNT (%d)", c.ShardID, c.ShardCount)
	}
	switch c.OpenAIAPIType {
	case "openai", "azure":
	default:
		p.fail("OPENAI_API_TYPE", "unknown API type %q (want openai or azure)", c.OpenAIAPIType)
	}
	if c.OpenAIAPIType == "azure" && c.LLMEnabled() && c.OpenAIBaseURL == "" {
		p.fail("OPENAI_BASE_URL", "required when OPENAI_API_TYPE=azure")
	}
	if c.OpenAIAPIType == "azure" && c.LLMEnabled() && c.OpenAIAPIKey == "" {
		p.fail("OPENAI_API_KEY", "required when OPENAI_API_TYPE=azure")
	}
	if c.MetricsAddr != "" {
		if _, port, err := net.SplitHostPort(c.MetricsAddr); err != nil || port == "" {
			p.fail("METRICS_ADDR", "%q is not host:port or :port, e.g. :9090", c.MetricsAddr)
		} else if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
			p.fail("METRICS_ADDR", "port %q is not a number from 0 to 65535", port)
		}
	}
	p.parent("FEEDBACK_FILE", c.FeedbackFile)
	if c.IndexDir != "" {
		if fi, err := os.Stat(c.IndexDir); err == nil && !fi.IsDir() {
			p.fail("INDEX_DIR", "%s is not a directory", c.IndexDir)
		} else if err != nil {
			p.parent("INDEX_DIR", c.IndexDir)
		}
	}
	switch c.LogFormat {
	case "text", "json":
	default:
		p.fail("LOG_FORMAT", "unknown format %q (want text or json)", c.LogFormat)
	}
	p.url("DISCORD_API_URL", c.DiscordAPIURL)
	if c.OpenAIBaseURL != "" {
		p.url("OPENAI_BASE_URL", c.OpenAIBaseURL)
	}
	p.dir("CONTENT_DIR", c.ContentDir)
	p.dir("PROMPTS_DIR", c.PromptsDir)
	if t := strings.TrimSpace(strings.TrimPrefix(c.DiscordToken, "Bot ")); c.DiscordToken != "" && !tokenShape.MatchString(t) {
		p.fail("DISCORD_TOKEN", "does not look like a bot token (three dot-separated parts); copy it from the Bot page of your application at https://discord.com/developers/applications")
	}
	if len(p.problems) == 0 {
		return c, nil
	}
	return c, p.problems
}

// tokenShape is the shape of a Discord bot token: three base64url parts.
var tokenShape = regexp.MustCompile(`^[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$`)

// ErrNoToken explains how to get a token; serve needs one.
var ErrNoToken = errors.New("DISCORD_TOKEN is not set: create a bot at https://discord.com/developers/applications, copy its token into DISCORD_TOKEN (environment or .env); `chapterbot ask` works without one")

// CheckServe reports what serve needs beyond Load's checks.
func (c Config) CheckServe() error {
	if c.DiscordToken == "" {
		return ErrNoToken
	}
	return nil
}

// Print writes the effective configuration, secrets masked, one
// NAME=value per line. A variable with a problem shows the value as given
// and is marked "  <- invalid: reason".
func (c Config) Print(problems ...Problem) []string {
	vals := map[string]string{
		"CONTENT_DIR": c.ContentDir, "INDEX_DIR": c.IndexDir, "CONTENT_WATCH": strconv.FormatBool(c.ContentWatch),
		"PROMPTS_DIR": c.PromptsDir, "FEEDBACK_FILE": c.FeedbackFile,
		"DISCORD_TOKEN": c.DiscordToken, "DISCORD_GUILD_ID": c.DiscordGuildID, "DISCORD_API_URL": c.DiscordAPIURL,
		"SHARD_ID": strconv.Itoa(c.ShardID), "SHARD_COUNT": strconv.Itoa(c.ShardCount),
		"RATE_LIMIT_PER_MINUTE": strconv.Itoa(c.RateLimitPerMinute), "MODERATOR_ROLE_ID": c.ModeratorRoleID,
		"OPENAI_API_KEY": c.OpenAIAPIKey, "OPENAI_BASE_URL": maskURL(c.OpenAIBaseURL), "OPENAI_API_TYPE": c.OpenAIAPIType,
		"OPENAI_API_VERSION": c.OpenAIAPIVersion,
		"EMBEDDINGS_MODEL":   c.EmbeddingsModel, "EMBEDDINGS_BASE_URL": maskURL(c.EmbeddingsBaseURL),
		"EMBEDDINGS_API_KEY": c.EmbeddingsAPIKey, "RERANK": c.Rerank, "OPENAI_MODEL": c.OpenAIModel, "LLM_TIMEOUT": c.LLMTimeout.String(),
		"LLM_MAX_CONCURRENCY": strconv.Itoa(c.LLMMaxConcurrency), "LLM_MAX_QUEUE": strconv.Itoa(c.LLMMaxQueue),
		"LLM_MAX_TOKENS": strconv.Itoa(c.LLMMaxTokens), "METRICS_ADDR": c.MetricsAddr, "LOG_FORMAT": c.LogFormat,
		"LOG_LEVEL": strings.ToLower(c.LogLevel.String()), "ANSWER_IN_THREAD": strconv.FormatBool(c.AnswerInThread),
	}
	bad := map[string][]string{}
	for _, p := range problems {
		vals[p.Name] = p.Value
		if p.Name == "OPENAI_BASE_URL" {
			vals[p.Name] = maskURL(p.Value)
		}
		bad[p.Name] = append(bad[p.Name], p.Reason)
	}
	lines := make([]string, 0, len(Vars))
	for _, v := range Vars {
		val := vals[v.Name]
		if v.Secret && val != "" {
			val = Mask(val)
		}
		line := v.Name + "=" + val
		if r := bad[v.Name]; len(r) > 0 {
			line += "  <- invalid: " + strings.Join(r, "; ")
		}
		lines = append(lines, line)
	}
	return lines
}

// Mask hides a secret but for its last four characters, when long enough
// for that to reveal nothing useful.
func Mask(s string) string {
	if len(s) < 16 {
		return "****"
	}
	return "****" + s[len(s)-4:]
}

// Secrets returns the secret values set, for log redaction and tests.
func (c Config) Secrets() []string {
	var out []string
	for _, s := range []string{c.DiscordToken, c.OpenAIAPIKey, c.EmbeddingsAPIKey} {
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

// embeddings checks the semantic retrieval settings (EMBEDDINGS_*, RERANK).
func (p *parser) embeddings(c Config) {
	switch c.Rerank {
	case "", "llm":
	default:
		p.fail("RERANK", "unknown reranker %q (want llm, or empty for none)", c.Rerank)
	}
	if c.Rerank == "llm" && !c.LLMEnabled() {
		p.fail("RERANK", "llm needs a chat model: set OPENAI_API_KEY or OPENAI_BASE_URL")
	}
	if p.getenv("EMBEDDINGS_BASE_URL") != "" {
		p.url("EMBEDDINGS_BASE_URL", c.EmbeddingsBaseURL)
	}
	if !c.EmbeddingsEnabled() {
		return
	}
	switch {
	case c.OpenAIAPIType == "azure" && (c.EmbeddingsBaseURL == "" || c.EmbeddingsAPIKey == ""):
		p.fail("EMBEDDINGS_MODEL", "with OPENAI_API_TYPE=azure, embeddings need a base URL and a key (EMBEDDINGS_BASE_URL and EMBEDDINGS_API_KEY, or the OPENAI_ ones)")
	case c.EmbeddingsBaseURL == "" && c.EmbeddingsAPIKey == "":
		p.fail("EMBEDDINGS_MODEL", "needs EMBEDDINGS_BASE_URL (e.g. http://localhost:11434/v1 for Ollama) or an API key for api.openai.com (EMBEDDINGS_API_KEY or OPENAI_API_KEY)")
	}
}

type parser struct {
	getenv   Getenv
	problems Problems
}

func (p *parser) fail(name, format string, args ...any) {
	p.problems = append(p.problems, Problem{Name: name, Value: strings.TrimSpace(p.getenv(name)), Reason: fmt.Sprintf(format, args...)})
}

func (p *parser) str(name, def string) string {
	if v := strings.TrimSpace(p.getenv(name)); v != "" {
		return v
	}
	return def
}

func (p *parser) integer(name string, def, min int) int {
	s := strings.TrimSpace(p.getenv(name))
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		p.fail(name, "%q is not a whole number", s)
		return def
	}
	if n < min {
		p.fail(name, "%d is below the minimum %d", n, min)
		return def
	}
	return n
}

func (p *parser) boolean(name string, def bool) bool {
	s := strings.TrimSpace(p.getenv(name))
	if s == "" {
		return def
	}
	b, err := strconv.ParseBool(s)
	if err != nil {
		p.fail(name, "%q is not true or false", s)
		return def
	}
	return b
}

func (p *parser) duration(name string, def time.Duration) time.Duration {
	s := strings.TrimSpace(p.getenv(name))
	if s == "" {
		return def
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		// A bare number is read as seconds.
		if n, nerr := strconv.ParseFloat(s, 64); nerr == nil {
			d, err = time.Duration(n*float64(time.Second)), nil
		}
	}
	if err != nil || d <= 0 {
		p.fail(name, "%q is not a positive duration such as 20s", s)
		return def
	}
	return d
}

func (p *parser) level(name string) slog.Level {
	s := strings.TrimSpace(p.getenv(name))
	if s == "" {
		return slog.LevelInfo
	}
	var l slog.Level
	if err := l.UnmarshalText([]byte(s)); err != nil {
		p.fail(name, "unknown level %q (want debug, info, warn or error)", s)
		return slog.LevelInfo
	}
	return l
}

func (p *parser) url(name, s string) {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		p.fail(name, "%q is not an http(s) URL", maskURL(s))
	}
}

// maskURL hides a password written into a URL ("https://user:pass@host").
func maskURL(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		if at := strings.LastIndex(s, "@"); at >= 0 {
			return "xxxxx@" + s[at+1:]
		}
		return s
	}
	return u.Redacted()
}

// parent checks that the directory a file or directory will be created in
// exists.
func (p *parser) parent(name, path string) {
	if path == "" {
		return
	}
	dir := filepath.Dir(path)
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		p.fail(name, "the directory %s does not exist", dir)
	}
}

func (p *parser) dir(name, path string) {
	if path == "" {
		return
	}
	fi, err := os.Stat(path)
	switch {
	case err != nil:
		p.fail(name, "cannot read directory %s: %v", path, errors.Unwrap(err))
	case !fi.IsDir():
		p.fail(name, "%s is not a directory", path)
	default:
		f, err := os.Open(path)
		if err == nil {
			_, err = f.ReadDir(1)
			f.Close()
		}
		if err != nil && !errors.Is(err, io.EOF) {
			p.fail(name, "cannot read directory %s: %v", path, errors.Unwrap(err))
		}
	}
}
