package config

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func env(m map[string]string) Getenv { return func(k string) string { return m[k] } }

func TestLoadDefaults(t *testing.T) {
	c, err := Load(env(nil))
	if err != nil {
		t.Fatal(err)
	}
	if c.DiscordAPIURL != "https://discord.com" || c.OpenAIModel != "gpt-4o-mini" || c.LLMTimeout != 20*time.Second ||
		c.LLMMaxConcurrency != 4 || c.LLMMaxQueue != 32 || c.RateLimitPerMinute != 5 || c.ShardCount != 1 || c.LogFormat != "text" {
		t.Errorf("defaults: %+v", c)
	}
	if c.LLMEnabled() {
		t.Error("LLM enabled without key or base URL")
	}
}

func TestLoadRejectsEachBadVariable(t *testing.T) {
	file := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, value, want string
	}{
		{"RATE_LIMIT_PER_MINUTE", "five", `RATE_LIMIT_PER_MINUTE: "five" is not a whole number`},
		{"RATE_LIMIT_PER_MINUTE", "0", "RATE_LIMIT_PER_MINUTE: 0 is below the minimum 1"},
		{"LLM_TIMEOUT", "soon", `LLM_TIMEOUT: "soon" is not a positive duration such as 20s`},
		{"LLM_MAX_CONCURRENCY", "-1", "LLM_MAX_CONCURRENCY: -1 is below the minimum 1"},
		{"OPENAI_API_TYPE", "bedrock", `OPENAI_API_TYPE: unknown API type "bedrock" (want openai or azure)`},
		{"LOG_FORMAT", "xml", `LOG_FORMAT: unknown format "xml" (want text or json)`},
		{"LOG_LEVEL", "loud", `LOG_LEVEL: unknown level "loud" (want debug, info, warn or error)`},
		{"CONTENT_WATCH", "maybe", `CONTENT_WATCH: "maybe" is not true or false`},
		{"ANSWER_IN_THREAD", "yes please", `ANSWER_IN_THREAD: "yes please" is not true or false`},
		{"DISCORD_API_URL", "discord.com", `DISCORD_API_URL: "discord.com" is not an http(s) URL`},
		{"OPENAI_BASE_URL", "ftp://x", `OPENAI_BASE_URL: "ftp://x" is not an http(s) URL`},
		{"CONTENT_DIR", "/nonexistent/chapters", "CONTENT_DIR: cannot read directory /nonexistent/chapters: no such file or directory"},
		{"PROMPTS_DIR", file, "PROMPTS_DIR: " + file + " is not a directory"},
		{"DISCORD_TOKEN", "hunter2", "DISCORD_TOKEN: does not look like a bot token"},
		{"METRICS_ADDR", "9090", `METRICS_ADDR: "9090" is not host:port or :port, e.g. :9090`},
		{"METRICS_ADDR", ":http-alt", `METRICS_ADDR: port "http-alt" is not a number from 0 to 65535`},
		{"FEEDBACK_FILE", "/nonexistent/dir/feedback.jsonl", "FEEDBACK_FILE: the directory /nonexistent/dir does not exist"},
		{"INDEX_DIR", file, "INDEX_DIR: " + file + " is not a directory"},
		{"INDEX_DIR", "/nonexistent/dir/index", "INDEX_DIR: the directory /nonexistent/dir does not exist"},
		{"OPENAI_BASE_URL", "ftp://user:pw-secret@x", `OPENAI_BASE_URL: "ftp://user:xxxxx@x" is not an http(s) URL`},
	}
	for _, tt := range tests {
		t.Run(tt.name+"="+tt.value, func(t *testing.T) {
			_, err := Load(env(map[string]string{tt.name: tt.value}))
			if err == nil {
				t.Fatal("accepted")
			}
			lines := strings.Split(err.Error(), "\n")
			if len(lines) != 1 || !strings.HasPrefix(lines[0], tt.want) {
				t.Errorf("error = %q, want one line starting %q", err, tt.want)
			}
			if (tt.name == "DISCORD_TOKEN" && strings.Contains(err.Error(), tt.value)) || strings.Contains(err.Error(), "pw-secret") {
				t.Errorf("error reveals a secret: %q", err)
			}
		})
	}
}

func TestLoadReportsEveryProblem(t *testing.T) {
	_, err := Load(env(map[string]string{"SHARD_COUNT": "x", "LOG_FORMAT": "xml", "LLM_MAX_TOKENS": "-5"}))
	if got := strings.Count(err.Error(), "\n") + 1; got != 3 {
		t.Errorf("got %d lines, want 3: %q", got, err)
	}
}

func TestShardIDBelowCount(t *testing.T) {
	_, err := Load(env(map[string]string{"SHARD_ID": "2", "SHARD_COUNT": "2"}))
	if err == nil || !strings.Contains(err.Error(), "SHARD_ID: 2 must be below SHARD_COUNT (2)") {
		t.Errorf("err = %v", err)
	}
}

func TestDotenvFallsBackBehindEnvironment(t *testing.T) {
	path := filepath.Join(t.TempDir(), ".env")
	if err := os.WriteFile(path, []byte("OPENAI_MODEL=from-file\nLOG_LEVEL=debug\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	getenv, err := WithDotenv(env(map[string]string{"OPENAI_MODEL": "from-env"}), path)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Load(getenv)
	if err != nil {
		t.Fatal(err)
	}
	if c.OpenAIModel != "from-env" || c.LogLevel.String() != "DEBUG" {
		t.Errorf("model %q level %v", c.OpenAIModel, c.LogLevel)
	}
	if _, err := WithDotenv(env(nil), filepath.Join(t.TempDir(), "missing")); err != nil {
		t.Errorf("missing .env: %v", err)
	}
}

func TestPrintMasksSecrets(t *testing.T) {
	token := "MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.abcdefghijklmnopqrstuvwxyz012345"
	c, err := Load(env(map[string]string{"DISCORD_TOKEN": token, "OPENAI_API_KEY": "sk-secretsecretsecret"}))
	if err != nil {
		t.Fatal(err)
	}
	out := strings.Join(c.Print(), "\n")
	for _, s := range c.Secrets() {
		if strings.Contains(out, s) {
			t.Errorf("secret %q printed", s)
		}
	}
	if !strings.Contains(out, "DISCORD_TOKEN=****2345") || !strings.Contains(out, "OPENAI_API_KEY=****cret") {
		t.Errorf("masked values missing:\n%s", out)
	}
	var names []string
	for _, l := range c.Print() {
		names = append(names, strings.SplitN(l, "=", 2)[0])
	}
	var want []string
	for _, v := range Vars {
		want = append(want, v.Name)
	}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("printed names (-want +got):\n%s", diff)
	}
}

func TestCheckServe(t *testing.T) {
	c, _ := Load(env(nil))
	if err := c.CheckServe(); err != ErrNoToken {
		t.Errorf("CheckServe = %v", err)
	}
}

func TestAzureNeedsKey(t *testing.T) {
	_, err := Load(env(map[string]string{"OPENAI_API_TYPE": "azure", "OPENAI_BASE_URL": "https://x.openai.azure.com"}))
	if err == nil || err.Error() != "OPENAI_API_KEY: required when OPENAI_API_TYPE=azure" {
		t.Errorf("err = %v", err)
	}
}

func TestTokenWithBotPrefix(t *testing.T) {
	if _, err := Load(env(map[string]string{"DISCORD_TOKEN": "Bot MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.abcdefghijklmnopqrstuvwxyz012345"})); err != nil {
		t.Errorf("a token with its Bot prefix: %v", err)
	}
}

func TestMalformedDotenvHidesItsText(t *testing.T) {
	path := filepath.Join(t.TempDir(), ".env")
	os.WriteFile(path, []byte("DISCORD_TOKEN=\"MTIz-secret-token-text\n"), 0o600)
	_, err := WithDotenv(env(nil), path)
	if err == nil || strings.Contains(err.Error(), "secret-token") || !strings.Contains(err.Error(), path) {
		t.Errorf("err = %v", err)
	}
}

func TestPrintMasksURLPassword(t *testing.T) {
	c, err := Load(env(map[string]string{"OPENAI_BASE_URL": "https://user:pw-secret@llm.example/v1"}))
	if err != nil {
		t.Fatal(err)
	}
	if out := strings.Join(c.Print(), "\n"); strings.Contains(out, "pw-secret") || !strings.Contains(out, "OPENAI_BASE_URL=https://user:xxxxx@llm.example/v1") {
		t.Errorf("config output:\n%s", out)
	}
}

// The README's table and .env.example list every variable Vars does.
func TestVarsDocumented(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	example, err := os.ReadFile("../../.env.example")
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range Vars {
		if !strings.Contains(string(readme), "| `"+v.Name+"` |") {
			t.Errorf("README's configuration table lacks %s", v.Name)
		}
		if !strings.Contains(string(example), "\n"+v.Name+"=") {
			t.Errorf(".env.example lacks %s", v.Name)
		}
	}
}

// Each problem names its variable, and Except drops those of the settings a
// command never reads.
func TestProblemsExcept(t *testing.T) {
	_, err := Load(env(map[string]string{"DISCORD_TOKEN": "hunter2", "SHARD_COUNT": "x", "LLM_TIMEOUT": "soon"}))
	ps, ok := err.(Problems)
	if !ok {
		t.Fatalf("Load error is %T, want Problems", err)
	}
	var names []string
	for _, p := range ps {
		names = append(names, p.Name)
	}
	if diff := cmp.Diff([]string{"SHARD_COUNT", "LLM_TIMEOUT", "DISCORD_TOKEN"}, names); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if got := ps.Except("DISCORD_TOKEN", "SHARD_COUNT"); got == nil || got.Error() != `LLM_TIMEOUT: "soon" is not a positive duration such as 20s` {
		t.Errorf("Except = %v", got)
	}
	if got := ps.Except("DISCORD_TOKEN", "SHARD_COUNT", "LLM_TIMEOUT"); got != nil {
		t.Errorf("Except of every problem = %#v, want nil", got)
	}
}

// Print marks each invalid variable with its reason and shows the value as
// given, masked when secret, rather than the default that replaced it.
func TestPrintMarksInvalid(t *testing.T) {
	const token = "hunter2-not-a-token-at-all"
	c, err := Load(env(map[string]string{"DISCORD_TOKEN": token, "LLM_TIMEOUT": "soon", "OPENAI_BASE_URL": "ftp://u:pw-secret@x"}))
	ps, _ := err.(Problems)
	got := map[string]string{}
	for _, l := range c.Print(ps...) {
		name, val, _ := strings.Cut(l, "=")
		got[name] = val
	}
	want := map[string]string{
		"LLM_TIMEOUT":     `soon  <- invalid: "soon" is not a positive duration such as 20s`,
		"DISCORD_TOKEN":   "****-all  <- invalid: does not look like a bot token (three dot-separated parts); copy it from the Bot page of your application at https://discord.com/developers/applications",
		"OPENAI_BASE_URL": `ftp://u:xxxxx@x  <- invalid: "ftp://u:xxxxx@x" is not an http(s) URL`,
		"LLM_MAX_QUEUE":   "32",
	}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s=%s, want %s", name, got[name], w)
		}
	}
	if out := strings.Join(c.Print(ps...), "\n"); strings.Contains(out, token) || strings.Contains(out, "pw-secret") {
		t.Errorf("a secret is printed:\n%s", out)
	}
}
func TestEmbeddings(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want Config // only the embedding fields are compared
		err  string
	}{
		{"off by default", nil, Config{}, ""},
		{"falls back to the OPENAI_ settings",
			map[string]string{"EMBEDDINGS_MODEL": "nomic-embed-text", "OPENAI_BASE_URL": "http://localhost:11434/v1", "OPENAI_API_KEY": "sk-chat"},
			Config{EmbeddingsModel: "nomic-embed-text", EmbeddingsBaseURL: "http://localhost:11434/v1", EmbeddingsAPIKey: "sk-chat"}, ""},
		{"own endpoint and key",
			map[string]string{"EMBEDDINGS_MODEL": "e5", "EMBEDDINGS_BASE_URL": "http://tei:8080/v1", "EMBEDDINGS_API_KEY": "sk-embed", "OPENAI_API_KEY": "sk-chat", "RERANK": "LLM"},
			Config{EmbeddingsModel: "e5", EmbeddingsBaseURL: "http://tei:8080/v1", EmbeddingsAPIKey: "sk-embed", Rerank: "llm"}, ""},
		{"nowhere to send them", map[string]string{"EMBEDDINGS_MODEL": "e5"}, Config{},
			"EMBEDDINGS_MODEL: needs EMBEDDINGS_BASE_URL (e.g. http://localhost:11434/v1 for Ollama) or an API key for api.openai.com (EMBEDDINGS_API_KEY or OPENAI_API_KEY)"},
		{"azure without key", map[string]string{"EMBEDDINGS_MODEL": "e5", "OPENAI_API_TYPE": "azure", "EMBEDDINGS_BASE_URL": "https://x.openai.azure.com"}, Config{},
			"EMBEDDINGS_MODEL: with OPENAI_API_TYPE=azure, embeddings need a base URL and a key (EMBEDDINGS_BASE_URL and EMBEDDINGS_API_KEY, or the OPENAI_ ones)"},
		{"bad url", map[string]string{"EMBEDDINGS_BASE_URL": "localhost:11434"}, Config{},
			`EMBEDDINGS_BASE_URL: "localhost:11434" is not an http(s) URL`},
		{"unknown reranker", map[string]string{"RERANK": "cohere", "OPENAI_API_KEY": "k"}, Config{},
			`RERANK: unknown reranker "cohere" (want llm, or empty for none)`},
		{"llm rerank without a model", map[string]string{"RERANK": "llm"}, Config{},
			"RERANK: llm needs a chat model: set OPENAI_API_KEY or OPENAI_BASE_URL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(env(tt.env))
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := Config{EmbeddingsModel: c.EmbeddingsModel, EmbeddingsBaseURL: c.EmbeddingsBaseURL, EmbeddingsAPIKey: c.EmbeddingsAPIKey, Rerank: c.Rerank}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if c.EmbeddingsEnabled() != (tt.want.EmbeddingsModel != "") {
				t.Errorf("EmbeddingsEnabled = %v", c.EmbeddingsEnabled())
			}
		})
	}
}

func TestPrintMasksEmbeddingsKey(t *testing.T) {
	c, err := Load(env(map[string]string{"EMBEDDINGS_MODEL": "e5", "EMBEDDINGS_API_KEY": "sk-embeddingsecret-9876", "EMBEDDINGS_BASE_URL": "https://u:pw-secret@tei.example/v1"}))
	if err != nil {
		t.Fatal(err)
	}
	out := strings.Join(c.Print(), "\n")
	if strings.Contains(out, "embeddingsecret") || strings.Contains(out, "pw-secret") ||
		!strings.Contains(out, "EMBEDDINGS_API_KEY=****9876") || !strings.Contains(out, "EMBEDDINGS_BASE_URL=https://u:xxxxx@tei.example/v1") {
		t.Errorf("config output:\n%s", out)
	}
	if diff := cmp.Diff([]string{"sk-embeddingsecret-9876"}, c.Secrets()); diff != "" {
		t.Errorf("Secrets (-want +got):\n%s", diff)
	}
}

func TestAnswerInThread(t *testing.T) {
	for value, want := range map[string]bool{"": false, "true": true, "false": false} {
		c, err := Load(env(map[string]string{"ANSWER_IN_THREAD": value}))
		if err != nil {
			t.Fatal(err)
		}
		if c.AnswerInThread != want || !slices.Contains(c.Print(), fmt.Sprintf("ANSWER_IN_THREAD=%v", want)) {
			t.Errorf("ANSWER_IN_THREAD=%q: %v, printed %q; want %v", value, c.AnswerInThread, c.Print(), want)
		}
	}
}
