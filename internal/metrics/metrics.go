// Package metrics exposes what the bot is doing as Prometheus metrics and
// serves them with the health endpoints. It is the only package that
// imports the Prometheus client.
package metrics

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics holds the bot's collectors in their own registry. Its methods
// are safe on a nil *Metrics, which records nothing.
type Metrics struct {
	reg         *prometheus.Registry
	questions   *prometheus.CounterVec
	answer      *prometheus.HistogramVec
	retrieval   prometheus.Histogram
	llm         prometheus.Histogram
	tokens      *prometheus.CounterVec
	chapters    prometheus.Gauge
	sections    prometheus.Gauge
	lastRefresh prometheus.Gauge
	votes       *prometheus.CounterVec
	refreshes   *prometheus.CounterVec
	embedFails  prometheus.Counter
}

// Outcomes of a question.
const (
	Answered    = "answered"
	NotCovered  = "not_covered"
	RateLimited = "rate_limited"
	Failed      = "failed"
)

// New registers every collector, with Go runtime and process collectors.
func New() *Metrics {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	buckets := []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 20}
	m := &Metrics{
		reg: reg,
		questions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "chapterbot_questions_total", Help: "Questions by command and outcome (answered, not_covered, rate_limited, failed).",
		}, []string{"command", "outcome"}),
		answer: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "chapterbot_answer_seconds", Help: "Time to answer a question, from receipt to reply.", Buckets: buckets,
		}, []string{"command"}),
		retrieval: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "chapterbot_retrieval_seconds", Help: "Time spent in index search.", Buckets: buckets,
		}),
		llm: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "chapterbot_llm_seconds", Help: "Time spent waiting for the model, retries included.", Buckets: buckets,
		}),
		tokens: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "chapterbot_llm_tokens_total", Help: "Model tokens reported by the API, by kind (prompt, completion).",
		}, []string{"kind"}),
		chapters:    prometheus.NewGauge(prometheus.GaugeOpts{Name: "chapterbot_index_chapters", Help: "Chapters in the live index."}),
		sections:    prometheus.NewGauge(prometheus.GaugeOpts{Name: "chapterbot_index_sections", Help: "Sections in the live index."}),
		lastRefresh: prometheus.NewGauge(prometheus.GaugeOpts{Name: "chapterbot_index_last_refresh_timestamp_seconds", Help: "When the live index was built (Unix time)."}),
		votes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "chapterbot_feedback_votes_total", Help: "Feedback votes on answers, by vote (up, down).",
		}, []string{"vote"}),
		refreshes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "chapterbot_refreshes_total", Help: "Index refreshes by result (ok, unchanged, failed, busy).",
		}, []string{"result"}),
	}
	m.embedFails = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "chapterbot_embeddings_failures_total", Help: "Questions that could not be embedded (server down, slow or failing): ranked by keywords only.",
	})
	reg.MustRegister(m.questions, m.answer, m.retrieval, m.llm, m.tokens, m.chapters, m.sections, m.lastRefresh, m.votes, m.refreshes, m.embedFails)
	return m
}

// Question records one question's outcome and how long the answer took.
func (m *Metrics) Question(command, outcome string, took time.Duration) {
	if m == nil {
		return
	}
	m.questions.WithLabelValues(command, outcome).Inc()
	if outcome != RateLimited {
		m.answer.WithLabelValues(command).Observe(took.Seconds())
	}
}

// Retrieval records one index search.
func (m *Metrics) Retrieval(took time.Duration) {
	if m != nil {
		m.retrieval.Observe(took.Seconds())
	}
}

// LLM records one model call and the tokens the API reported.
func (m *Metrics) LLM(took time.Duration, promptTokens, completionTokens int) {
	if m == nil {
		return
	}
	m.llm.Observe(took.Seconds())
	m.tokens.WithLabelValues("prompt").Add(float64(promptTokens))
	m.tokens.WithLabelValues("completion").Add(float64(completionTokens))
}

// Index records the live index's size and build time.
func (m *Metrics) Index(chapters, sections int, builtAt time.Time) {
	if m == nil {
		return
	}
	m.chapters.Set(float64(chapters))
	m.sections.Set(float64(sections))
	if !builtAt.IsZero() {
		m.lastRefresh.Set(float64(builtAt.Unix()))
	}
}

// Vote records one feedback vote ("up" or "down").
func (m *Metrics) Vote(vote string) {
	if m != nil {
		m.votes.WithLabelValues(vote).Inc()
	}
}

// Refresh records one refresh by result ("ok", "unchanged", "failed", "busy").
func (m *Metrics) Refresh(result string) {
	if m != nil {
		m.refreshes.WithLabelValues(result).Inc()
	}
}

// EmbeddingFailure records a question that could not be embedded.
func (m *Metrics) EmbeddingFailure() {
	if m != nil {
		m.embedFails.Inc()
	}
}

// Handler serves /metrics, /healthz (the process is alive) and /readyz
// (ready returns nil: gateway connected and index open).
func (m *Metrics) Handler(ready func() error) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		if err := ready(); err != nil {
			http.Error(w, "not ready: "+err.Error(), http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte("ready\n"))
	})
	return mux
}

// Listen opens addr for Serve; the caller listens before connecting to
// anything, so a taken port is reported at start.
func Listen(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("metrics: %w", err)
	}
	return ln, nil
}

// Serve serves h on ln until ctx ends.
func Serve(ctx context.Context, ln net.Listener, h http.Handler) error {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
