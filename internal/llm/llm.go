// Package llm is chapterbot's client for OpenAI-compatible chat models
// (OpenAI, Azure OpenAI, Ollama and other servers speaking the same API).
// It streams the answer, bounds concurrency with a small queue, retries
// rate limits and server errors within one overall timeout, and keeps the
// API key out of every error and log line. It is the only package that
// imports go-openai.
package llm

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// Defaults used when the corresponding Config field is zero.
const (
	DefaultModel          = "gpt-4o-mini"
	DefaultTimeout        = 20 * time.Second
	DefaultMaxConcurrency = 4
	DefaultMaxQueue       = 32
)

// Sentinel errors, checked with errors.Is. Every error Complete returns
// wraps at most one of them (or a context error when the caller's own
// context ended).
var (
	// ErrQueueFull means MaxConcurrency requests were in flight and
	// MaxQueue more were already waiting: the request was refused at once.
	ErrQueueFull = errors.New("llm queue full")
	// ErrEmpty means the model's answer was empty or only whitespace.
	ErrEmpty = errors.New("empty llm answer")
	// ErrTimeout means Config.Timeout elapsed (queueing, retries and
	// streaming included) before the answer was complete.
	ErrTimeout = errors.New("llm timeout")
)

// Config configures a Client. The environment variable named beside each
// field is read by the config package, not here.
type Config struct {
	APIKey  string // OPENAI_API_KEY; may be empty when BaseURL points at a server without auth (Ollama)
	BaseURL string // OPENAI_BASE_URL, e.g. http://localhost:11434/v1 for Ollama; empty means api.openai.com
	// APIType is OPENAI_API_TYPE: "" or "openai", or "azure".
	APIType string
	// APIVersion is OPENAI_API_VERSION, used by Azure only (default
	// go-openai's Azure version).
	APIVersion string
	// Model is the model name (Azure: mapped to the deployment of the same
	// name); default DefaultModel.
	Model string
	// Timeout bounds a whole Complete call, including the wait in the queue
	// and retries (LLM_TIMEOUT); default DefaultTimeout.
	Timeout time.Duration
	// MaxConcurrency is how many requests may be in flight at once
	// (LLM_MAX_CONCURRENCY); default DefaultMaxConcurrency.
	MaxConcurrency int
	// MaxQueue is how many more requests may wait for a free slot; beyond
	// it Complete fails with ErrQueueFull. 0 means DefaultMaxQueue; a
	// negative value means no waiting at all.
	MaxQueue int
	// MaxTokens caps the answer's length in tokens (LLM_MAX_TOKENS); 0
	// leaves it to the server.
	MaxTokens int
	Logger    *slog.Logger
}

// Message is one chat message; Role is "system", "user" or "assistant".
type Message struct {
	Role    string
	Content string
}

// Result is a complete answer. The token counts are zero when the server
// does not report usage.
type Result struct {
	Text             string
	PromptTokens     int
	CompletionTokens int
}

// Client talks to one model. It is safe for concurrent use.
type Client struct {
	api       *openai.Client
	retry     *retryTransport
	model     string
	key       string
	timeout   time.Duration
	maxTokens int
	log       *slog.Logger

	// tickets bounds the requests admitted (in flight plus waiting); slots
	// bounds the requests in flight.
	tickets chan struct{}
	slots   chan struct{}
}

// New returns a Client for cfg. It makes no request.
func New(cfg Config) (*Client, error) {
	c := &Client{
		model:     cfg.Model,
		key:       cfg.APIKey,
		timeout:   cfg.Timeout,
		maxTokens: cfg.MaxTokens,
		log:       cfg.Logger,
	}
	if c.model == "" {
		c.model = DefaultModel
	}
	if c.timeout <= 0 {
		c.timeout = DefaultTimeout
	}
	if c.maxTokens < 0 {
		return nil, fmt.Errorf("llm max tokens %d: must not be negative", c.maxTokens)
	}
	if c.log == nil {
		c.log = slog.New(slog.DiscardHandler)
	}
	concurrency := cfg.MaxConcurrency
	if concurrency == 0 {
		concurrency = DefaultMaxConcurrency
	}
	if concurrency < 0 {
		return nil, fmt.Errorf("llm max concurrency %d: must be positive", concurrency)
	}
	queue := cfg.MaxQueue
	switch {
	case queue == 0:
		queue = DefaultMaxQueue
	case queue < 0:
		queue = 0
	}
	c.slots = make(chan struct{}, concurrency)
	c.tickets = make(chan struct{}, concurrency+queue)

	if cfg.BaseURL != "" {
		u, err := url.Parse(cfg.BaseURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, c.redact(fmt.Errorf("llm base url %q: want an http or https url", cfg.BaseURL))
		}
	}

	oc, err := OpenAIConfig(cfg.APIType, cfg.BaseURL, cfg.APIKey, cfg.APIVersion)
	if err != nil {
		return nil, fmt.Errorf("llm: %w", err)
	}

	base := http.DefaultTransport.(*http.Transport).Clone()
	c.retry = &retryTransport{
		base:     base,
		log:      c.log,
		redact:   c.redactString,
		sleep:    sleepContext,
		attempts: 3,
		backoff:  250 * time.Millisecond,
	}
	// No http.Client.Timeout: it would cut long streams. The context of
	// each call carries the deadline instead.
	oc.HTTPClient = &http.Client{Transport: c.retry}
	c.api = openai.NewClientWithConfig(oc)
	return c, nil
}

// Model returns the model name requests are sent with.
func (c *Client) Model() string { return c.model }

// Complete sends msgs and streams the answer. onDelta, when not nil, is
// called synchronously with the whole text so far each time it grows; that
// text is unvalidated and may still end in an error. Complete returns the
// full answer only when the stream finished properly: a stream that breaks
// midway is an error, never a partial success.
func (c *Client) Complete(ctx context.Context, msgs []Message, onDelta func(sofar string)) (Result, error) {
	start := time.Now()
	ctx, cancel := context.WithTimeoutCause(ctx, c.timeout, ErrTimeout)
	defer cancel()

	res, err := c.complete(ctx, msgs, onDelta)
	if err != nil {
		return Result{}, c.classify(ctx, err)
	}
	c.log.Debug("llm answer", "model", c.model, "duration", time.Since(start),
		"prompt_tokens", res.PromptTokens, "completion_tokens", res.CompletionTokens)
	return res, nil
}

func (c *Client) complete(ctx context.Context, msgs []Message, onDelta func(string)) (Result, error) {
	release, err := c.acquire(ctx)
	if err != nil {
		return Result{}, err
	}
	defer release()

	req := openai.ChatCompletionRequest{
		Model:         c.model,
		Messages:      make([]openai.ChatCompletionMessage, len(msgs)),
		StreamOptions: &openai.StreamOptions{IncludeUsage: true},
	}
	for i, m := range msgs {
		req.Messages[i] = openai.ChatCompletionMessage{Role: m.Role, Content: m.Content}
	}
	if c.maxTokens > 0 {
		if reasoningModel(c.model) {
			req.MaxCompletionTokens = c.maxTokens
		} else {
			req.MaxTokens = c.maxTokens
		}
	}

	stream, err := c.api.CreateChatCompletionStream(ctx, req)
	if err != nil {
		return Result{}, err
	}
	defer stream.Close()

	var (
		text   strings.Builder
		finish openai.FinishReason
		res    Result
	)
	for {
		chunk, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return Result{}, fmt.Errorf("read stream: %w", err)
		}
		if chunk.Usage != nil {
			res.PromptTokens = chunk.Usage.PromptTokens
			res.CompletionTokens = chunk.Usage.CompletionTokens
		}
		for _, choice := range chunk.Choices {
			if choice.Index != 0 {
				continue
			}
			if choice.Delta.Content != "" {
				text.WriteString(choice.Delta.Content)
				if onDelta != nil {
					onDelta(text.String())
				}
			}
			if choice.FinishReason != "" && choice.FinishReason != openai.FinishReasonNull {
				finish = choice.FinishReason
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	switch finish {
	case openai.FinishReasonStop:
	case openai.FinishReasonLength:
		c.log.Warn("llm answer cut at the token limit", "model", c.model, "max_tokens", c.maxTokens)
	case "":
		// The body ended cleanly but the model never said it was done: a
		// proxy or server cut the stream.
		return Result{}, errors.New("stream ended before the answer finished")
	default:
		return Result{}, fmt.Errorf("answer stopped: finish reason %q", finish)
	}
	res.Text = text.String()
	if strings.TrimSpace(res.Text) == "" {
		return Result{}, ErrEmpty
	}
	return res, nil
}

// acquire waits for a free slot, queueing at most MaxQueue requests.
func (c *Client) acquire(ctx context.Context) (release func(), err error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	select {
	case c.tickets <- struct{}{}:
	default:
		return nil, fmt.Errorf("%w: %d in flight, %d waiting", ErrQueueFull, cap(c.slots), cap(c.tickets)-cap(c.slots))
	}
	select {
	case c.slots <- struct{}{}:
		return func() { <-c.slots; <-c.tickets }, nil
	case <-ctx.Done():
		<-c.tickets
		return nil, fmt.Errorf("wait in queue: %w", ctx.Err())
	}
}

// classify turns err into the error Complete returns: wrapped around the
// sentinel that fits, with the API key redacted. The redacted error does
// not unwrap to the original, so no caller can reach the unredacted text.
func (c *Client) classify(ctx context.Context, err error) error {
	msg := c.redactString(err.Error())
	var kinds []error
	switch {
	case errors.Is(err, ErrQueueFull), errors.Is(err, ErrEmpty):
		kinds = append(kinds, err)
	case ctx.Err() != nil && context.Cause(ctx) == ErrTimeout:
		msg = fmt.Sprintf("no complete answer within %s: %s", c.timeout, msg)
		kinds = append(kinds, ErrTimeout, context.DeadlineExceeded)
	case ctx.Err() != nil:
		// The caller's context ended first.
		kinds = append(kinds, ctx.Err())
	}
	return &redactedError{msg: "complete with " + c.model + ": " + Truncate(msg, 600), kinds: kinds}
}

func (c *Client) redact(err error) error {
	return &redactedError{msg: c.redactString(err.Error())}
}

func (c *Client) redactString(s string) string {
	if c.key == "" {
		return s
	}
	return strings.ReplaceAll(s, c.key, "***")
}

// redactedError carries an error message with the API key replaced by
// "***". It unwraps only to sentinels and context errors.
type redactedError struct {
	msg   string
	kinds []error
}

func (e *redactedError) Error() string   { return e.msg }
func (e *redactedError) Unwrap() []error { return e.kinds }

// Truncate shortens s to at most n bytes on a rune boundary, and marks
// the cut with an ellipsis: what a prompt quotes of a passage or an
// answer, and what an error quotes of a server's or a model's reply (a
// server's error body may be a whole HTML page). The packages that talk to
// a model (embed, rerank, rewrite) share it.
func Truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// reasoningModel reports whether model rejects max_tokens in favour of
// max_completion_tokens, following go-openai's own validator.
func reasoningModel(model string) bool {
	for _, p := range []string{"o1", "o3", "o4", "gpt-5", "gpt-6"} {
		if strings.HasPrefix(model, p) {
			return true
		}
	}
	return false
}

// OpenAIConfig is go-openai's configuration for an endpoint: OpenAI's own
// (an API key required) or any compatible base URL, or Azure (base URL and
// key required). The chat and the embeddings clients share it.
func OpenAIConfig(apiType, baseURL, apiKey, apiVersion string) (openai.ClientConfig, error) {
	switch strings.ToLower(apiType) {
	case "", "openai", "open_ai":
		if baseURL == "" && apiKey == "" {
			return openai.ClientConfig{}, errors.New("an api key is required for api.openai.com")
		}
		oc := openai.DefaultConfig(apiKey)
		if baseURL != "" {
			oc.BaseURL = baseURL
		}
		return oc, nil
	case "azure":
		if baseURL == "" || apiKey == "" {
			return openai.ClientConfig{}, errors.New("azure needs both a base url and an api key")
		}
		oc := openai.DefaultAzureConfig(apiKey, baseURL)
		if apiVersion != "" {
			oc.APIVersion = apiVersion
		}
		return oc, nil
	}
	return openai.ClientConfig{}, fmt.Errorf("api type %q: want openai or azure", apiType)
}
