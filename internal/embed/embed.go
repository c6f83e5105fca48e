// Package embed turns text into vectors through any OpenAI-compatible
// embeddings endpoint (POST /v1/embeddings: OpenAI, Azure OpenAI, Ollama,
// vLLM, llama.cpp, text-embeddings-inference). It batches inputs, paces
// requests, retries rate limits and server errors as the chat client does,
// checks every answer (count, order, dimension), keeps the API key out of
// every error, and refreshes a vector.Store by embedding only the passages
// whose text changed.
package embed

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	openai "github.com/sashabaranov/go-openai"
	"golang.org/x/time/rate"

	"github.com/chapterbot/chapterbot/internal/llm"
	"github.com/chapterbot/chapterbot/internal/vector"
)

// Defaults used when the corresponding Config field is zero.
const (
	DefaultBatchSize         = 64
	DefaultBatchBytes        = 64 << 10 // about 16k tokens of English
	DefaultMaxInputBytes     = 8 << 10  // about 2k tokens: within every common model's context
	DefaultTimeout           = 60 * time.Second
	DefaultRequestsPerSecond = 10
	DefaultAttempts          = 3
)

// Sentinel errors, checked with errors.Is. Every error of Embed,
// EmbedQuery and EmbedPassages wraps at most one of them (or a context
// error when the caller's own context ended).
var (
	// ErrUnavailable means the server could not be reached or answered
	// with a server error (5xx), retries included.
	ErrUnavailable = errors.New("embeddings server unavailable")
	// ErrRateLimited means the server still answered 429 after the
	// retries.
	ErrRateLimited = errors.New("embeddings server rate limit")
	// ErrTimeout means Config.Timeout elapsed before a request (its
	// retries included) was answered.
	ErrTimeout = errors.New("embeddings timeout")
	// ErrRefused means the server refused the request: a bad key (401,
	// 403), an unknown model or endpoint (404), an input it rejects (400).
	ErrRefused = errors.New("embeddings request refused")
	// ErrEmptyData means an answer held no vectors, or an empty one.
	ErrEmptyData = errors.New("embeddings answer without vectors")
	// ErrCount means an answer held another number of vectors than the
	// inputs sent, or numbered them wrongly.
	ErrCount = errors.New("embeddings answer with the wrong number of vectors")
	// ErrDimension means the server's vectors changed length between
	// answers (or within one): its model was probably swapped.
	ErrDimension = vector.ErrDimension
)

// Config configures a Client. The environment variable named beside each
// field is read by the config package, not here.
type Config struct {
	// Model is the embedding model (EMBEDDINGS_MODEL; Azure: mapped to the
	// deployment of the same name). Required.
	Model string
	// BaseURL is EMBEDDINGS_BASE_URL (default OPENAI_BASE_URL), e.g.
	// http://localhost:11434/v1; empty means api.openai.com.
	BaseURL string
	// APIKey is EMBEDDINGS_API_KEY (default OPENAI_API_KEY); may be empty
	// when BaseURL points at a server without auth.
	APIKey string
	// APIType and APIVersion are OPENAI_API_TYPE ("", "openai" or "azure")
	// and OPENAI_API_VERSION (Azure only).
	APIType, APIVersion string
	// Dimensions, when not 0, asks the model for vectors of this length
	// (OpenAI's text-embedding-3 models can shorten theirs).
	Dimensions int
	// QueryPrefix and DocumentPrefix are put before questions and passages
	// for models trained with them, e.g. "search_query: " and
	// "search_document: " for nomic-embed-text, "query: " and "passage: "
	// for e5. Changing DocumentPrefix re-embeds every passage.
	QueryPrefix, DocumentPrefix string
	// BatchSize caps the inputs of one request; default DefaultBatchSize.
	BatchSize int
	// BatchBytes caps the bytes of text of one request (a rough token
	// budget); one input longer than it still goes alone. Default
	// DefaultBatchBytes.
	BatchBytes int
	// MaxInputBytes cuts longer inputs (on a character boundary) before
	// they are sent, so a long passage does not exceed the model's
	// context; default DefaultMaxInputBytes.
	MaxInputBytes int
	// Timeout bounds each request, its retries included; default
	// DefaultTimeout.
	Timeout time.Duration
	// RequestsPerSecond paces requests (retries excepted, which follow the
	// server's Retry-After); default DefaultRequestsPerSecond.
	RequestsPerSecond float64
	// Attempts is how many times a request is sent at most, the first
	// included, when it meets 429, 5xx or a connection error; default
	// DefaultAttempts.
	Attempts int
	Logger   *slog.Logger
}

// Client embeds texts with one model. It is safe for concurrent use.
type Client struct {
	api      *openai.Client
	model    string
	key      string
	host     string // BaseURL without credentials, for errors
	dims     int
	qPrefix  string
	dPrefix  string
	batch    int
	bytes    int
	maxInput int
	timeout  time.Duration
	limiter  *rate.Limiter
	log      *slog.Logger

	// dim is the vector length of the first answer; every later answer
	// must match it.
	dim atomic.Int64
}

// New returns a Client for cfg. It makes no request.
func New(cfg Config) (*Client, error) {
	c := &Client{
		model:    cfg.Model,
		key:      cfg.APIKey,
		batch:    orDefault(cfg.BatchSize, DefaultBatchSize),
		bytes:    orDefault(cfg.BatchBytes, DefaultBatchBytes),
		maxInput: orDefault(cfg.MaxInputBytes, DefaultMaxInputBytes),
		timeout:  orDefault(cfg.Timeout, DefaultTimeout),
		log:      cfg.Logger,
		host:     "api.openai.com",
		dims:     cfg.Dimensions,
		qPrefix:  cfg.QueryPrefix,
		dPrefix:  cfg.DocumentPrefix,
	}
	if c.log == nil {
		c.log = slog.New(slog.DiscardHandler)
	}
	if c.model == "" {
		return nil, errors.New("embeddings: no model (set EMBEDDINGS_MODEL)")
	}
	if cfg.BatchSize < 0 || cfg.BatchBytes < 0 || cfg.MaxInputBytes < 0 || cfg.Timeout < 0 || cfg.RequestsPerSecond < 0 || cfg.Attempts < 0 || cfg.Dimensions < 0 {
		return nil, errors.New("embeddings: dimensions, batch size, batch bytes, max input bytes, timeout, rate and attempts must not be negative")
	}
	rps := cfg.RequestsPerSecond
	if rps == 0 {
		rps = DefaultRequestsPerSecond
	}
	c.limiter = rate.NewLimiter(rate.Limit(rps), 1)

	if cfg.BaseURL != "" {
		u, err := url.Parse(cfg.BaseURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, fmt.Errorf("embeddings base url %q: want an http or https url", c.redact(redactURL(cfg.BaseURL)))
		}
		c.host = u.Redacted()
	}
	oc, err := llm.OpenAIConfig(cfg.APIType, cfg.BaseURL, cfg.APIKey, cfg.APIVersion)
	if err != nil {
		return nil, fmt.Errorf("embeddings: %w", err)
	}
	base := http.DefaultTransport.(*http.Transport).Clone()
	oc.HTTPClient = &http.Client{Transport: llm.NewRetryTransport(base, orDefault(cfg.Attempts, DefaultAttempts), c.log, c.redact)}
	c.api = openai.NewClientWithConfig(oc)
	return c, nil
}

func orDefault[T int | time.Duration](v, def T) T {
	if v == 0 {
		return def
	}
	return v
}

// Model returns the model name requests are sent with.
func (c *Client) Model() string { return c.model }

// EmbedQuery returns the vector of one text, a question to search with,
// after Config.QueryPrefix. It is not normalised.
func (c *Client) EmbedQuery(ctx context.Context, text string) ([]float32, error) {
	if strings.TrimSpace(text) == "" {
		return nil, errors.New("embed query: it is empty")
	}
	vecs, _, err := c.embed(ctx, []string{c.qPrefix + text}, nil)
	if err != nil {
		return nil, err
	}
	return vecs[0], nil
}

// Embed returns the vectors of texts, in order, in as many requests as the
// batch limits need. progress, when not nil, is called after each request
// with the number of texts done and the total. The vectors are not
// normalised. An empty text is an error (the APIs reject them). No prefix
// is added.
func (c *Client) Embed(ctx context.Context, texts []string, progress func(done, total int)) ([][]float32, error) {
	vecs, _, err := c.embed(ctx, texts, progress)
	if err != nil {
		return nil, err
	}
	return vecs, nil
}

func (c *Client) embed(ctx context.Context, texts []string, progress func(done, total int)) (vecs [][]float32, requests int, err error) {
	inputs := make([]string, len(texts))
	for i, t := range texts {
		if strings.TrimSpace(t) == "" {
			return nil, 0, fmt.Errorf("embed text %d: it is empty", i+1)
		}
		inputs[i] = c.cut(t)
	}
	vecs = make([][]float32, 0, len(texts))
	for start := 0; start < len(inputs); {
		end, size := start, 0
		for end < len(inputs) && end-start < c.batch && (end == start || size+len(inputs[end]) <= c.bytes) {
			size += len(inputs[end])
			end++
		}
		got, err := c.request(ctx, inputs[start:end])
		requests++
		if err != nil {
			return vecs, requests, err // the vectors so far, for EmbedPassages
		}
		vecs = append(vecs, got...)
		if progress != nil {
			progress(end, len(inputs))
		}
		start = end
	}
	return vecs, requests, nil
}

// cut shortens s to at most maxInput bytes on a rune boundary.
func (c *Client) cut(s string) string {
	if len(s) <= c.maxInput {
		return s
	}
	n := c.maxInput
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}

// request sends one batch and checks the answer.
func (c *Client) request(ctx context.Context, batch []string) ([][]float32, error) {
	fail := func(err error) error {
		ks := kinds(ctx, err)
		detail := err.Error()
		for _, k := range ks {
			if k == ErrUnavailable || k == ErrRateLimited || k == ErrRefused {
				detail = k.Error() + ": " + detail
			}
		}
		return &redactedError{
			msg:   fmt.Sprintf("embed %d texts with %s at %s: %s", len(batch), c.model, c.host, llm.Truncate(c.redact(detail), 400)),
			kinds: ks,
		}
	}
	if err := c.limiter.Wait(ctx); err != nil {
		if ctx.Err() != nil {
			return nil, fail(ctx.Err())
		}
		// The wait for the request rate would pass the caller's deadline.
		return nil, &redactedError{
			msg:   fmt.Sprintf("embed %d texts with %s: the request rate allows no request before the deadline", len(batch), c.model),
			kinds: []error{context.DeadlineExceeded},
		}
	}
	rctx, cancel := context.WithTimeoutCause(ctx, c.timeout, ErrTimeout)
	defer cancel()
	start := time.Now()
	res, err := c.api.CreateEmbeddings(rctx, openai.EmbeddingRequestStrings{Input: batch, Model: openai.EmbeddingModel(c.model), Dimensions: c.dims})
	if err != nil {
		if ctx.Err() == nil && context.Cause(rctx) == ErrTimeout {
			err = fmt.Errorf("%w: no answer within %s", ErrTimeout, c.timeout)
		}
		return nil, fail(err)
	}
	c.log.Debug("embeddings", "model", c.model, "inputs", len(batch), "tokens", res.Usage.TotalTokens, "duration", time.Since(start))
	vecs, err := c.check(batch, res.Data)
	if err != nil {
		return nil, fail(err)
	}
	return vecs, nil
}

// check puts the answer's vectors in input order and checks their number
// and dimension.
func (c *Client) check(batch []string, data []openai.Embedding) ([][]float32, error) {
	if len(data) == 0 {
		return nil, fmt.Errorf("%w: the answer's data is empty", ErrEmptyData)
	}
	if len(data) != len(batch) {
		return nil, fmt.Errorf("%w: %d vectors for %d inputs", ErrCount, len(data), len(batch))
	}
	vecs := make([][]float32, len(batch))
	for _, d := range data {
		if d.Index < 0 || d.Index >= len(batch) || vecs[d.Index] != nil {
			return nil, fmt.Errorf("%w: index %d is out of range or repeated", ErrCount, d.Index)
		}
		if len(d.Embedding) == 0 {
			return nil, fmt.Errorf("%w: vector %d is empty", ErrEmptyData, d.Index)
		}
		vecs[d.Index] = d.Embedding
	}
	want := len(vecs[0])
	c.dim.CompareAndSwap(0, int64(want))
	if seen := int(c.dim.Load()); seen != want {
		return nil, fmt.Errorf("%w: %d dimensions where earlier answers had %d; did the server's model change? restart to start afresh", ErrDimension, want, seen)
	}
	for i, v := range vecs {
		if len(v) != want {
			return nil, fmt.Errorf("%w: vector %d has %d dimensions, vector 0 has %d", ErrDimension, i, len(v), want)
		}
	}
	return vecs, nil
}

// kinds returns the sentinels err falls under.
func kinds(ctx context.Context, err error) []error {
	if ctx.Err() != nil {
		return []error{ctx.Err()}
	}
	for _, k := range []error{ErrTimeout, ErrEmptyData, ErrCount, ErrDimension} {
		if errors.Is(err, k) {
			if k == ErrTimeout {
				return []error{ErrTimeout, context.DeadlineExceeded}
			}
			return []error{k}
		}
	}
	status := 0
	var apiErr *openai.APIError
	var reqErr *openai.RequestError
	switch {
	case errors.As(err, &apiErr):
		status = apiErr.HTTPStatusCode
	case errors.As(err, &reqErr):
		status = reqErr.HTTPStatusCode
	}
	switch {
	case status == http.StatusTooManyRequests:
		return []error{ErrRateLimited}
	case status >= 500:
		return []error{ErrUnavailable}
	case status >= 400:
		return []error{ErrRefused}
	}
	var urlErr *url.Error
	if errors.As(err, &urlErr) {
		return []error{ErrUnavailable} // no answer at all: refused, reset, DNS
	}
	return nil
}

func (c *Client) redact(s string) string {
	if c.key == "" {
		return s
	}
	return strings.ReplaceAll(s, c.key, "***")
}

// redactURL hides a password written into a URL.
func redactURL(s string) string {
	if u, err := url.Parse(s); err == nil {
		return u.Redacted()
	}
	if at := strings.LastIndex(s, "@"); at >= 0 {
		return "xxxxx@" + s[at+1:]
	}
	return s
}

// redactedError carries a message with the API key replaced by "***". It
// unwraps only to sentinels and context errors, so no caller can reach the
// unredacted text.
type redactedError struct {
	msg   string
	kinds []error
}

func (e *redactedError) Error() string   { return e.msg }
func (e *redactedError) Unwrap() []error { return e.kinds }
