package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/chapterbot/chapterbot/internal/answer"
	"github.com/chapterbot/chapterbot/internal/fakediscord"
	"github.com/chapterbot/chapterbot/internal/llm/llmtest"
	"github.com/gofrs/flock"
	"github.com/google/go-cmp/cmp"
)

// result is one run of the program.
type result struct {
	stdout, stderr string
	err            error
}

func (r result) code() int {
	if r.err == nil {
		return 0
	}
	return exitCode(r.err)
}

// runWith runs the program as main would, with env as its whole
// environment.
func runWith(t *testing.T, ctx context.Context, env map[string]string, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(ctx, args, func(k string) string { return env[k] }, strings.NewReader(stdin), &out, &errb)
	return result{out.String(), errb.String(), err}
}

func runCLI(t *testing.T, args ...string) result {
	t.Helper()
	return runWith(t, context.Background(), nil, "", args...)
}

// copyBook copies the sample book into a temporary content directory.
func copyBook(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files, err := filepath.Glob("../../content/*.md")
	if err != nil || len(files) != 6 {
		t.Fatalf("sample book: %v %v", files, err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestAskCitesTheBook(t *testing.T) {
	idx := t.TempDir()
	r := runCLI(t, "ask", "--content", "../../content", "--index", idx, "--json", "who created npm?")
	if r.err != nil {
		t.Fatalf("ask: %v\n%s", r.err, r.stderr)
	}
	if !strings.Contains(r.stderr, "refreshing") || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 {
		t.Errorf("stderr should say in one line that the index was built: %q", r.stderr)
	}
	var a answer.Answer
	if err := json.Unmarshal([]byte(r.stdout), &a); err != nil {
		t.Fatalf("%v: %s", err, r.stdout)
	}
	if !a.Covered || a.Mode != "extractive" || len(a.Citations) == 0 || !strings.Contains(a.Text, "Isaac Schlueter") || !strings.Contains(a.Text, "[1]") {
		t.Fatalf("answer = %+v", a)
	}
	c := a.Citations[0]
	if c.N != 1 || c.ID != "nodejs-documentary#npm-and-the-culture-of-small-modules" || c.File != "nodejs-documentary.md" ||
		c.URL != "https://chapterbot.dev/book/nodejs-documentary#npm-and-the-culture-of-small-modules" {
		t.Errorf("citation = %+v", c)
	}
	var raw map[string]any
	json.Unmarshal([]byte(r.stdout), &raw)
	for _, k := range []string{"question", "answer", "mode", "covered", "citations"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("JSON lacks %q: %s", k, r.stdout)
		}
	}

	// The second run finds the index fresh and says nothing on stderr.
	r = runCLI(t, "ask", "--content", "../../content", "--index", idx, "who created npm?")
	if r.err != nil || r.stderr != "" {
		t.Fatalf("second ask: %v, stderr %q", r.err, r.stderr)
	}
	if !strings.Contains(r.stdout, "Sources:\n[1] Node.js: The Documentary › npm and the culture of small modules <https://chapterbot.dev/book/nodejs-documentary#npm-and-the-culture-of-small-modules>") {
		t.Errorf("text answer:\n%s", r.stdout)
	}
}

func TestAskNotCovered(t *testing.T) {
	r := runCLI(t, "ask", "--content", "../../content", "--index", t.TempDir(), "--json", "how do I make sourdough bread?")
	if r.err != nil {
		t.Fatal(r.err)
	}
	var a answer.Answer
	if err := json.Unmarshal([]byte(r.stdout), &a); err != nil {
		t.Fatal(err)
	}
	if a.Covered || len(a.Citations) != 0 || !strings.Contains(a.Text, "does not cover") || len(a.Nearest) > 3 {
		t.Errorf("answer = %+v", a)
	}
}

func TestAskReadsQuestionsFromStdin(t *testing.T) {
	r := runWith(t, context.Background(), nil, "who created npm?\n\nwhat opcode is a ping frame?\n",
		"ask", "--content", "../../content", "--index", t.TempDir(), "--json")
	if r.err != nil {
		t.Fatal(r.err)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 2 || !strings.Contains(lines[1], "0x9") {
		t.Errorf("answers:\n%s", r.stdout)
	}
}

func TestUsageErrors(t *testing.T) {
	tests := [][]string{
		{},
		{"frobnicate"},
		{"ask", "   "},
		{"search"},
		{"search", "-k", "0", "x"},
		{"eval"},
		{"ask", "--no-such-flag", "x"},
	}
	for _, args := range tests {
		r := runCLI(t, args...)
		if r.code() != 2 || strings.Contains(r.err.Error(), "\n") {
			t.Errorf("%q: code %d err %v, want a one-line usage error (2)", args, r.code(), r.err)
		}
	}
}

func TestSearch(t *testing.T) {
	idx := t.TempDir()
	r := runCLI(t, "search", "--content", "../../content", "--index", idx, "-k", "3", "--json", "what opcode is a ping frame?")
	if r.err != nil {
		t.Fatal(r.err)
	}
	var res struct {
		Query string
		Hits  []map[string]any
	}
	if err := json.Unmarshal([]byte(r.stdout), &res); err != nil {
		t.Fatal(err)
	}
	if res.Query != "what opcode is a ping frame?" || len(res.Hits) != 3 {
		t.Fatalf("result = %+v", res)
	}
	for _, k := range []string{"id", "file", "chapter", "chapter_title", "heading", "trail", "url", "score", "snippet", "text"} {
		if _, ok := res.Hits[0][k]; !ok {
			t.Errorf("hit lacks %q", k)
		}
	}
	if res.Hits[0]["chapter"] != "websocket-protocol" {
		t.Errorf("first hit = %v", res.Hits[0])
	}

	// "-" reads one query per line and writes one JSON object per line; query
	// syntax in user text is just text.
	r = runWith(t, context.Background(), nil, "node?\nfoo:bar +baz -qux \"quote\n", "search", "--content", "../../content", "--index", idx, "-")
	if r.err != nil {
		t.Fatal(r.err)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines:\n%s", len(lines), r.stdout)
	}
	for _, l := range lines {
		if err := json.Unmarshal([]byte(l), &res); err != nil {
			t.Errorf("line %q: %v", l, err)
		}
	}
}

func TestIndexIsIncrementalAndReportsBrokenFiles(t *testing.T) {
	book, idx := copyBook(t), t.TempDir()
	r := runCLI(t, "index", "--content", book, "--index", idx)
	if r.err != nil || !strings.Contains(r.stdout, "chapters 6,") || !strings.Contains(r.stdout, "files added 6, changed 0, removed 0") {
		t.Fatalf("first index: %v\n%s", r.err, r.stdout)
	}
	os.WriteFile(filepath.Join(book, "broken.md"), []byte("---\ntitle: [unclosed\n---\n# Broken\n\ntext\n"), 0o644)
	os.Remove(filepath.Join(book, "kubernetes.md"))
	path := filepath.Join(book, "elixir-documentary.md")
	b, _ := os.ReadFile(path)
	os.WriteFile(path, append(b, []byte("\n## A new section\n\nGleam also runs on the BEAM.\n")...), 0o644)
	r = runCLI(t, "index", "--content", book, "--index", idx)
	if r.err != nil {
		t.Fatal(r.err)
	}
	for _, want := range []string{"chapters 5,", "files added 0, changed 1, removed 1", "problems 1", "  broken.md:3: front matter: did not find expected"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("second index lacks %q:\n%s", want, r.stdout)
		}
	}
	r = runCLI(t, "search", "--content", book, "--index", idx, "--json", "gleam")
	if !strings.Contains(r.stdout, "elixir-documentary#a-new-section") {
		t.Errorf("changed chapter not searchable: %s", r.stdout)
	}
}

func TestEval(t *testing.T) {
	r := runCLI(t, "eval", "--content", "../../content", "--index", t.TempDir(), "--questions", "../../testdata/questions.jsonl", "--json")
	if r.err != nil {
		t.Fatal(r.err)
	}
	var res map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &res); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"recall@1", "recall@5", "mrr@10", "ndcg@10", "refused", "answered", "cited@1", "cited", "lead", "any", "lead-factual", "any-factual", "misses"} {
		if _, ok := res[k]; !ok {
			t.Errorf("eval JSON lacks %q", k)
		}
	}
}

// TestEvalFeatures: eval --features writes one line a question, labelled
// with whether the book covers it and whether it was answered, and the
// figures are those of an eval without it.
func TestEvalFeatures(t *testing.T) {
	dir := t.TempDir()
	qs, dump := filepath.Join(dir, "qs.jsonl"), filepath.Join(dir, "features.jsonl")
	lines := `{"question": "how do I make sourdough bread?", "expect": []}
{"question": "who actually came up with node and where did he first show it off?", "expect": ["nodejs-documentary"]}
`
	if err := os.WriteFile(qs, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	ix := t.TempDir()
	plain := runCLI(t, "eval", "--content", "../../content", "--index", ix, "--questions", qs, "--json")
	r := runCLI(t, "eval", "--content", "../../content", "--index", ix, "--questions", qs, "--json", "--features", dump)
	if r.err != nil || plain.err != nil {
		t.Fatal(r.err, plain.err)
	}
	if r.stdout != plain.stdout {
		t.Errorf("eval --features figures differ:\n%s\nwithout:\n%s", r.stdout, plain.stdout)
	}
	b, err := os.ReadFile(dump)
	if err != nil {
		t.Fatal(err)
	}
	var got []featureLine
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var f featureLine
		if err := json.Unmarshal([]byte(l), &f); err != nil {
			t.Fatalf("%v: %q", err, l)
		}
		got = append(got, f)
	}
	if len(got) != 2 {
		t.Fatalf("%d lines, want 2:\n%s", len(got), b)
	}
	for i, want := range []bool{false, true} {
		f := got[i]
		if f.Set != qs || f.Covered != want || f.Answered != want || f.Features.Terms == 0 {
			t.Errorf("line %d: %+v", i+1, f)
		}
	}
}

// TestEvalWarnsAndSaysNA: an expectation the book lacks gets one warning
// line, and a share over no question prints "n/a".
func TestEvalWarnsAndSaysNA(t *testing.T) {
	qs := filepath.Join(t.TempDir(), "qs.jsonl")
	lines := `{"question": "best pizza in Naples?", "expect": []}
{"question": "who created npm?", "expect": ["nodejs-documentary#no-such-section"]}
{"question": "who created npm, really?", "expect": ["nodejs-documentary#no-such-section", "no-such-chapter"]}
`
	if err := os.WriteFile(qs, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runCLI(t, "eval", "--content", "../../content", "--index", t.TempDir(), "--questions", qs)
	if r.err != nil {
		t.Fatal(r.err)
	}
	var warnings []string
	for _, l := range strings.Split(r.stderr, "\n") {
		if strings.HasPrefix(l, "warning: ") {
			warnings = append(warnings, l)
		}
	}
	want := []string{
		"warning: " + qs + `: expect "nodejs-documentary#no-such-section": the book has no such section or chapter`,
		"warning: " + qs + `: expect "no-such-chapter": the book has no such section or chapter`,
	}
	if diff := cmp.Diff(want, warnings); diff != "" {
		t.Errorf("warnings (-want +got):\n%s\nstderr:\n%s", diff, r.stderr)
	}
	if !strings.Contains(r.stdout, "lead       n/a of covered questions with keys") {
		t.Errorf("eval does not say n/a for lead without keys:\n%s", r.stdout)
	}
}

const testToken = "MTIzNDU2Nzg5MDEyMzQ1Njc4OTA.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789AB"

func TestConfigMasksSecrets(t *testing.T) {
	env := map[string]string{"DISCORD_TOKEN": testToken, "OPENAI_API_KEY": "sk-live-secret-key-123456"}
	r := runWith(t, context.Background(), env, "", "config")
	if r.err != nil {
		t.Fatal(r.err)
	}
	if strings.Contains(r.stdout, testToken) || strings.Contains(r.stdout, "sk-live-secret-key-123456") || !strings.Contains(r.stdout, "DISCORD_TOKEN=****89AB") {
		t.Errorf("config output:\n%s", r.stdout)
	}
}

func TestBadConfigurationIsRefusedBeforeAnything(t *testing.T) {
	env := map[string]string{"LLM_TIMEOUT": "soon", "OPENAI_API_TYPE": "bedrock", "LOG_FORMAT": "xml"}
	r := runWith(t, context.Background(), env, "", "ask", "--index", t.TempDir(), "anything")
	if r.code() != 1 {
		t.Fatalf("code %d", r.code())
	}
	for _, want := range []string{"LLM_TIMEOUT:", "OPENAI_API_TYPE:", "LOG_FORMAT:"} {
		if !strings.Contains(r.err.Error(), want) {
			t.Errorf("error lacks %q: %v", want, r.err)
		}
	}
	if r.stdout != "" {
		t.Errorf("answered anyway: %s", r.stdout)
	}
}

func TestServeWithoutToken(t *testing.T) {
	r := runWith(t, context.Background(), nil, "", "serve", "--content", "../../content", "--index", t.TempDir())
	if r.err == nil || !strings.Contains(r.err.Error(), "DISCORD_TOKEN is not set") || !strings.Contains(r.err.Error(), "chapterbot ask") {
		t.Errorf("err = %v", r.err)
	}
}

// fakeModel starts an OpenAI-compatible endpoint streaming reply and
// returns its base URL.
func fakeModel(t *testing.T, reply string) string {
	t.Helper()
	srv := llmtest.New(reply)
	t.Cleanup(srv.Close)
	return srv.BaseURL()
}

func TestAskWithModel(t *testing.T) {
	env := map[string]string{"OPENAI_BASE_URL": fakeModel(t, "Isaac Schlueter created npm in 2010 [1]."), "OPENAI_API_KEY": "sk-test-secret-0001"}
	r := runWith(t, context.Background(), env, "", "ask", "--content", "../../content", "--index", t.TempDir(), "--json", "who created npm?")
	if r.err != nil {
		t.Fatal(r.err)
	}
	var a answer.Answer
	json.Unmarshal([]byte(r.stdout), &a)
	if a.Mode != "llm" || a.Text != "Isaac Schlueter created npm in 2010 [1]." || len(a.Citations) != 1 {
		t.Errorf("answer = %+v", a)
	}
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// syncBuffer is a log sink that a test reads while the program writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func getBody(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestServe starts the whole program against a fake Discord and a fake
// model: an /ask is answered with a cited embed, the metrics move, and no
// secret reaches the log.
func TestServe(t *testing.T) {
	f := fakediscord.New(fakediscord.Options{})
	defer f.Close()
	metricsAddr := freeAddr(t)
	apiKey := "sk-serve-secret-4242"
	env := map[string]string{
		"DISCORD_TOKEN":   testToken,
		"DISCORD_API_URL": f.URL(),
		"METRICS_ADDR":    metricsAddr,
		"FEEDBACK_FILE":   filepath.Join(t.TempDir(), "feedback.jsonl"),
		"OPENAI_BASE_URL": fakeModel(t, "npm was created by Isaac Schlueter [1]."),
		"OPENAI_API_KEY":  apiKey,
		"LOG_LEVEL":       "debug",
		"LOG_FORMAT":      "json",
	}
	ctx, cancel := context.WithCancel(context.Background())
	logs := &syncBuffer{}
	done := make(chan error, 1)
	go func() {
		var out bytes.Buffer
		done <- run(ctx, []string{"serve", "--content", "../../content", "--index", t.TempDir()}, func(k string) string { return env[k] }, strings.NewReader(""), &out, logs)
	}()
	wait, stop := context.WithTimeout(context.Background(), 30*time.Second)
	defer stop()
	if _, err := f.Wait(wait, func(r fakediscord.Request) bool { return r.Route == fakediscord.RouteCommandOverwrite }); err != nil {
		t.Fatalf("commands never registered: %v\n%s", err, logs)
	}
	var names []string
	for _, c := range f.Commands("") {
		names = append(names, c.Name)
	}
	sort.Strings(names)
	if got := strings.Join(names, " "); got != "ask chapter gaps reindex search status" {
		t.Errorf("registered commands: %s", got)
	}
	if code, body := getBody(t, "http://"+metricsAddr+"/healthz"); code != 200 {
		t.Errorf("/healthz = %d %s", code, body)
	}
	if code, body := getBody(t, "http://"+metricsAddr+"/readyz"); code != 200 {
		t.Errorf("/readyz after READY = %d %s", code, body)
	}
	// The container's HEALTHCHECK.
	for _, path := range []string{"/healthz", "/readyz"} {
		r := runWith(t, context.Background(), map[string]string{"METRICS_ADDR": metricsAddr}, "", "healthcheck", "--path", path)
		if r.err != nil || strings.TrimSpace(r.stdout) != "ok" {
			t.Errorf("healthcheck %s: %v %q", path, r.err, r.stdout)
		}
	}
	if r := runWith(t, context.Background(), map[string]string{"METRICS_ADDR": metricsAddr}, "", "healthcheck", "--path", "/nope"); r.err == nil {
		t.Error("healthcheck of a missing path succeeded")
	}
	_, before := getBody(t, "http://"+metricsAddr+"/metrics")

	u := f.NewUser("reader")
	i := f.Command(f.Member(u, discordgo.PermissionSendMessages), "ask", fakediscord.Option("question", "who created npm? @everyone"))
	if err := f.DispatchInteraction(i); err != nil {
		t.Fatal(err)
	}
	edit, err := f.Wait(wait, func(r fakediscord.Request) bool {
		return r.Route == fakediscord.RouteEditOriginal && r.Params["token"] == i.Token && strings.Contains(string(r.Body), "Sources")
	})
	if err != nil {
		t.Fatalf("no answer: %v\n%s", err, logs)
	}
	if !strings.Contains(string(edit.Body), "https://chapterbot.dev/book/nodejs-documentary#npm-and-the-culture-of-small-modules") {
		t.Errorf("answer lacks its deep link: %s", edit.Body)
	}
	if err := fakediscord.CheckNoMentions(f.Requests()); err != nil {
		t.Error(err)
	}
	// The bot counts a question once its reply is sent: poll briefly.
	var after string
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		_, after = getBody(t, "http://"+metricsAddr+"/metrics")
		if strings.Contains(after, `chapterbot_questions_total{`) {
			break
		}
	}
	if metricValue(before, "chapterbot_llm_seconds_count") != "0" || metricValue(after, "chapterbot_llm_seconds_count") != "1" {
		t.Errorf("llm calls before %q after %q", metricValue(before, "chapterbot_llm_seconds_count"), metricValue(after, "chapterbot_llm_seconds_count"))
	}
	if v := metricValue(after, `chapterbot_questions_total{command="ask",outcome="answered"}`); v != "1" {
		t.Errorf("answered /ask count = %q", v)
	}
	// The start-up build went through the one refresh path, and was counted once.
	if v := metricValue(after, `chapterbot_refreshes_total{result="ok"}`); v != "1" {
		t.Errorf("refreshes counted: %q", v)
	}
	if metricValue(after, "chapterbot_index_chapters") != "6" {
		t.Errorf("index chapters metric = %q", metricValue(after, "chapterbot_index_chapters"))
	}
	// /status says who asked for that refresh.
	st := f.Command(f.Member(u, discordgo.PermissionSendMessages), "status")
	if err := f.DispatchInteraction(st); err != nil {
		t.Fatal(err)
	}
	reply, err := f.Wait(wait, func(r fakediscord.Request) bool {
		mine := r.Route == fakediscord.RouteCallback && r.Params["interaction"] == st.ID ||
			r.Route == fakediscord.RouteEditOriginal && r.Params["token"] == st.Token
		return mine && strings.Contains(string(r.Body), "Last refresh")
	})
	if err != nil {
		t.Fatalf("no /status: %v\n%s", err, logs)
	}
	if !strings.Contains(string(reply.Body), "(ok), asked by start-up") {
		t.Errorf("/status does not say start-up asked for the refresh: %s", reply.Body)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve: %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop")
	}
	for _, secret := range []string{testToken, apiKey} {
		if strings.Contains(logs.String(), secret) {
			t.Errorf("a secret is in the log")
		}
	}
}

// metricValue is the value of an unlabelled sample in a Prometheus text
// exposition, "" when absent.
func metricValue(exposition, name string) string {
	for _, l := range strings.Split(exposition, "\n") {
		if v, ok := strings.CutPrefix(l, name+" "); ok {
			return v
		}
	}
	return ""
}

// startServe runs `chapterbot serve` with env until the test ends, and
// waits until it has registered its commands.
func startServe(t testing.TB, f *fakediscord.Server, env map[string]string) *syncBuffer {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	logs := &syncBuffer{}
	done := make(chan error, 1)
	before := len(f.Identifies())
	go func() {
		done <- run(ctx, []string{"serve"}, func(k string) string { return env[k] }, strings.NewReader(""), io.Discard, logs)
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve: %v", err)
			}
		case <-time.After(20 * time.Second):
			t.Error("serve did not stop")
		}
	})
	deadline := time.Now().Add(30 * time.Second)
	for len(f.Identifies()) == before {
		if time.Now().After(deadline) {
			t.Fatalf("serve never connected:\n%s", logs)
		}
		time.Sleep(10 * time.Millisecond)
	}
	return logs
}

// TestTwoShardsAnswerAlike runs two shard processes, each with its own
// index built from the same content, and asks each the same question in a
// guild of its own shard.
func TestTwoShardsAnswerAlike(t *testing.T) {
	f := fakediscord.New(fakediscord.Options{})
	t.Cleanup(f.Close) // after the shards stop: cleanups run last-in first-out
	for shard := 0; shard < 2; shard++ {
		startServe(t, f, map[string]string{
			"DISCORD_TOKEN":   testToken,
			"DISCORD_API_URL": f.URL(),
			"SHARD_ID":        fmt.Sprint(shard),
			"SHARD_COUNT":     "2",
			"CONTENT_DIR":     "../../content",
			"INDEX_DIR":       t.TempDir(),
			"FEEDBACK_FILE":   filepath.Join(t.TempDir(), "feedback.jsonl"),
		})
	}
	wait, stop := context.WithTimeout(context.Background(), 30*time.Second)
	defer stop()
	var answers []string
	for shard := uint64(0); shard < 2; shard++ {
		guild := f.NewID()
		for g, _ := strconv.ParseUint(guild, 10, 64); (g>>22)%2 != shard; g, _ = strconv.ParseUint(guild, 10, 64) {
			guild = f.NewID()
		}
		i := f.Command(f.Member(f.NewUser("reader"), discordgo.PermissionSendMessages), "ask", fakediscord.Option("question", "what opcode is a ping frame?"))
		i.GuildID = guild
		i.Channel["guild_id"] = guild
		if err := f.DispatchInteraction(i); err != nil {
			t.Fatalf("shard %d: %v", shard, err)
		}
		r, err := f.Wait(wait, func(r fakediscord.Request) bool {
			return (r.Route == fakediscord.RouteCallback && r.Params["interaction"] == i.ID && r.CallbackType() == discordgo.InteractionResponseChannelMessageWithSource) ||
				(r.Route == fakediscord.RouteEditOriginal && r.Params["token"] == i.Token)
		})
		if err != nil {
			t.Fatalf("shard %d never answered: %v", shard, err)
		}
		m, _ := r.Message()
		answers = append(answers, m.Text())
	}
	if answers[0] == "" || answers[0] != answers[1] {
		t.Errorf("shards answer differently:\n%s\n---\n%s", answers[0], answers[1])
	}
	if !strings.Contains(answers[0], "0x9") {
		t.Errorf("answer lacks the opcode: %s", answers[0])
	}
}

// TestAskWhileAnotherProcessRefreshes: with the refresh lock held elsewhere
// (as a running `chapterbot index` holds it) and the content changed, ask
// answers from the live index at once and says so on stderr.
func TestAskWhileAnotherProcessRefreshes(t *testing.T) {
	book, idx := copyBook(t), t.TempDir()
	if r := runCLI(t, "index", "--content", book, "--index", idx); r.err != nil {
		t.Fatal(r.err)
	}
	os.WriteFile(filepath.Join(book, "extra.md"), []byte("# Extra\n\nA new chapter about sourdough bread.\n"), 0o644)
	lock := flock.New(filepath.Join(idx, "refresh.lock"))
	if ok, err := lock.TryLock(); !ok || err != nil {
		t.Fatalf("take the refresh lock: %v %v", ok, err)
	}
	defer lock.Unlock()
	start := time.Now()
	r := runCLI(t, "ask", "--content", book, "--index", idx, "who created npm?")
	if r.err != nil {
		t.Fatal(r.err)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("ask waited %v for the other refresh", took)
	}
	if !strings.Contains(r.stdout, "Isaac Schlueter") || !strings.Contains(r.stderr, "another process is refreshing the index: answering from the live index") {
		t.Errorf("stdout:\n%s\nstderr:\n%s", r.stdout, r.stderr)
	}
}

func TestHelpExitsZero(t *testing.T) {
	r := runCLI(t, "ask", "-h")
	if r.err != nil || !strings.Contains(r.stdout, "-json") {
		t.Errorf("ask -h: err %v, stdout %q", r.err, r.stdout)
	}
}

// Ctrl-C while questions are read from a terminal or a pipe that stays
// open ends the command.
func TestAskStopsReadingOnCancel(t *testing.T) {
	idx := t.TempDir()
	if r := runCLI(t, "index", "--content", "../../content", "--index", idx); r.err != nil {
		t.Fatal(r.err)
	}
	pr, pw := io.Pipe()
	defer pw.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	var out bytes.Buffer
	go func() {
		done <- run(ctx, []string{"ask", "--content", "../../content", "--index", idx}, func(string) string { return "" }, pr, &out, io.Discard)
	}()
	io.WriteString(pw, "who created npm?\n")
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("run = %v, want context.Canceled", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("ask kept reading after Ctrl-C")
	}
}

// A model that echoes the key in its error body: the reader gets the quoted
// answer and the note, and the key is nowhere in the output.
func TestAskModelErrorHidesKey(t *testing.T) {
	const key = "sk-echo-secret-777777"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusUnauthorized)
		fmt.Fprintf(w, `{"error":{"message":"Incorrect API key provided: %s"}}`, r.Header.Get("Authorization"))
	}))
	defer srv.Close()
	env := map[string]string{"OPENAI_BASE_URL": srv.URL + "/v1", "OPENAI_API_KEY": key, "LOG_LEVEL": "debug"}
	r := runWith(t, context.Background(), env, "", "ask", "--content", "../../content", "--index", t.TempDir(), "--json", "who created npm?")
	if r.err != nil {
		t.Fatal(r.err)
	}
	var a answer.Answer
	json.Unmarshal([]byte(r.stdout), &a)
	if a.Mode != "extractive" || a.Note != answer.SummaryUnavailable || !a.Covered {
		t.Errorf("answer = %+v", a)
	}
	if !strings.Contains(r.stderr, "summary unavailable") {
		t.Errorf("the failure is not logged: %q", r.stderr)
	}
	if strings.Contains(r.stdout+r.stderr, key) {
		t.Errorf("the API key is in the output:\n%s\n%s", r.stdout, r.stderr)
	}
}

// TestReadyzWaitsForGateway: while the gateway cannot be reached, the
// process is healthy but not ready.
func TestReadyzWaitsForGateway(t *testing.T) {
	release := make(chan struct{})
	discordAPI := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-release
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
	}))
	defer discordAPI.Close()
	defer close(release)
	addr := freeAddr(t)
	env := map[string]string{
		"DISCORD_TOKEN": testToken, "DISCORD_API_URL": discordAPI.URL, "METRICS_ADDR": addr,
		"CONTENT_DIR": "../../content", "INDEX_DIR": t.TempDir(), "FEEDBACK_FILE": filepath.Join(t.TempDir(), "f.jsonl"),
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go run(ctx, []string{"serve"}, func(k string) string { return env[k] }, strings.NewReader(""), io.Discard, io.Discard)
	var code int
	var body string
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if code, body = getBody(t, "http://"+addr+"/readyz"); strings.Contains(body, "discord gateway not connected") {
			break
		}
	}
	if code != http.StatusServiceUnavailable || !strings.Contains(body, "discord gateway not connected") {
		t.Errorf("/readyz = %d %q, want 503 naming the gateway", code, body)
	}
	if code, _ := getBody(t, "http://"+addr+"/healthz"); code != 200 {
		t.Errorf("/healthz = %d", code)
	}
}

// A corrupted index is rebuilt from the content, with a warning.
func TestCorruptIndexIsRebuilt(t *testing.T) {
	idx := t.TempDir()
	if r := runCLI(t, "index", "--content", "../../content", "--index", idx); r.err != nil {
		t.Fatal(r.err)
	}
	gens, _ := filepath.Glob(filepath.Join(idx, "gen-*"))
	if len(gens) != 1 {
		t.Fatalf("generations: %v", gens)
	}
	if err := os.WriteFile(filepath.Join(gens[0], "manifest.json"), []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runCLI(t, "ask", "--content", "../../content", "--index", idx, "who created npm?")
	if r.err != nil || !strings.Contains(r.stdout, "Isaac Schlueter") {
		t.Fatalf("ask: %v\n%s", r.err, r.stdout)
	}
	lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "warning: ") || !strings.HasSuffix(lines[0], ": rebuilding") ||
		!strings.Contains(lines[1], "is unusable: refreshing") {
		t.Errorf("stderr:\n%s", r.stderr)
	}
}
