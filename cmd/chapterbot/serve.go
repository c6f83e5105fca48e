package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"sync"
	"time"

	"github.com/chapterbot/chapterbot/internal/discord"
	"github.com/chapterbot/chapterbot/internal/feedback"
	"github.com/chapterbot/chapterbot/internal/library"
	"github.com/chapterbot/chapterbot/internal/llm"
	"github.com/chapterbot/chapterbot/internal/metrics"
	"github.com/chapterbot/chapterbot/internal/watch"
)

// serve runs the Discord bot: the index refreshed at start, metrics and
// health when METRICS_ADDR is set, and the content watched when
// CONTENT_WATCH is on. Everything is checked before anything connects.
func (a *app) serve(ctx context.Context, args []string) error {
	f := newFlags("serve")
	if pos, err := f.parse(args); err != nil {
		return err
	} else if len(pos) > 0 {
		return usagef("serve takes no arguments")
	}
	if err := a.cfg.CheckServe(); err != nil {
		return err
	}
	src, err := a.resolveSource(f)
	if err != nil {
		return err
	}
	s, err := a.openServer(src)
	if err != nil {
		return err
	}
	defer s.Close()
	return s.Run(ctx)
}

// server is the serving bot's wiring: the book (library), the feedback
// store, metrics and health, the Discord bot, the content watch and the
// watch on the index's CURRENT (refreshes by other processes). openServer
// opens what can fail before anything connects; Run runs the rest until
// its context ends; Close releases what openServer opened.
type server struct {
	app   *app
	src   source
	lib   *library.Library
	store *feedback.Store
	m     *metrics.Metrics
	ln    net.Listener // nil without METRICS_ADDR

	mu  sync.Mutex
	bot *discord.Bot // set by Run, read by the health check

	tasks sync.WaitGroup // background tasks of Run
}

func (a *app) openServer(src source) (_ *server, err error) {
	s := &server{app: a, src: src, m: metrics.New()}
	defer func() {
		if err != nil {
			s.Close()
		}
	}()
	if s.store, err = feedback.Open(a.cfg.FeedbackFile); err != nil {
		return nil, fmt.Errorf("feedback store: %w", err)
	}
	if a.cfg.MetricsAddr != "" {
		if s.ln, err = metrics.Listen(a.cfg.MetricsAddr); err != nil {
			return nil, err
		}
	}
	if s.lib, err = a.openLibrary(src, s.m); err != nil {
		return nil, err
	}
	return s, nil
}

// Run serves until ctx ends or the bot stops. Health answers from the
// start, before a long index rebuild: /healthz at once, /readyz once the
// index is open and the gateway connected.
func (s *server) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer s.tasks.Wait()
	defer cancel()
	a := s.app
	if s.ln != nil {
		s.start(ctx, "metrics server", func(ctx context.Context) error {
			return metrics.Serve(ctx, s.ln, s.m.Handler(s.ready))
		})
	}
	if err := a.freshen(library.AskedBy(ctx, discord.AskerStartup), s.lib, s.src); err != nil {
		return err
	}
	ix := s.lib.Index()
	eng, err := a.engine(ix, s.m)
	if err != nil {
		return err
	}
	var lib discord.Library = ix
	if a.cfg.EmbeddingsEnabled() {
		lib = hybridIndex{ix, eng} // /search finds by meaning too
	}
	bot, err := discord.New(discord.Config{
		Token:              a.cfg.DiscordToken,
		GuildID:            a.cfg.DiscordGuildID,
		APIURL:             a.cfg.DiscordAPIURL,
		ShardID:            a.cfg.ShardID,
		ShardCount:         a.cfg.ShardCount,
		RateLimitPerMinute: a.cfg.RateLimitPerMinute,
		Feedback:           s.store,
		Logger:             a.log,
		AlwaysDefer:        a.cfg.LLMEnabled(),
		LLM:                a.cfg.LLMEnabled(),
		Shelf:              newShelf(s.lib, s.src.dir != ""),
		Secrets:            a.cfg.Secrets(),
		ModeratorRoleID:    a.cfg.ModeratorRoleID,
		AnswerInThread:     a.cfg.AnswerInThread,
		Status:             ix.Status,
		Recorder:           s.m,
	}, eng, lib)
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.bot = bot
	s.mu.Unlock()

	if a.cfg.EmbeddingsEnabled() {
		// Vectors the index lacks (a new model, an earlier failure) are
		// embedded in the background; keywords answer meanwhile.
		s.start(ctx, "embed passages", func(ctx context.Context) error {
			if _, err := s.lib.Refresh(library.AskedBy(ctx, discord.AskerStartup), nil); err != nil && ctx.Err() == nil {
				return err
			}
			return nil
		})
	}
	// A refresh by another process (chapterbot index on the same
	// directory) is picked up as soon as it replaces CURRENT.
	s.start(ctx, "index watch", func(ctx context.Context) error { return s.lib.WatchCurrent(ctx, nil) })
	if a.cfg.ContentWatch {
		if s.src.dir == "" {
			a.log.Warn("CONTENT_WATCH is on but the book is the embedded one: nothing to watch")
		} else {
			s.start(ctx, "content watch", func(ctx context.Context) error {
				return watch.Run(ctx, watch.Config{Dir: s.src.dir, Debounce: 2 * time.Second, Log: a.log, OnChange: s.contentChanged})
			})
		}
	}
	a.log.Info("serving", "content", s.src.name, "index", s.src.indexDir, "llm", a.cfg.LLMEnabled(), "metrics", a.cfg.MetricsAddr)
	return bot.Run(ctx)
}

// start runs task in the background until ctx ends; Run waits for it.
func (s *server) start(ctx context.Context, name string, task func(context.Context) error) {
	s.tasks.Add(1)
	go func() {
		defer s.tasks.Done()
		if err := task(ctx); err != nil {
			s.app.log.Error(name, "err", err)
		}
	}()
}

// contentChanged refreshes after a change to the content. A refresh
// already running (a /reindex) is waited for: it may have read the
// content before the change, and the library checks again.
func (s *server) contentChanged(ctx context.Context) {
	if _, err := s.lib.Refresh(library.AskedBy(ctx, discord.AskerFileWatcher), nil); err != nil && ctx.Err() == nil {
		s.app.log.Warn("refresh after a content change", "err", err)
	}
}

// ready is the health check of /readyz.
func (s *server) ready() error {
	if s.lib.Index().Status().Version == "" {
		return errors.New("index not open")
	}
	s.mu.Lock()
	bot := s.bot
	s.mu.Unlock()
	if bot == nil || !bot.Ready() {
		return errors.New("discord gateway not connected")
	}
	return nil
}

// Close releases what openServer opened; Run has returned.
func (s *server) Close() error {
	var errs []error
	if s.lib != nil {
		errs = append(errs, s.lib.Close())
	}
	if s.store != nil {
		errs = append(errs, s.store.Close())
	}
	if s.ln != nil {
		s.ln.Close() // closed already when Run served metrics
	}
	return errors.Join(errs...)
}

// queue maps LLM_MAX_QUEUE to llm.Config.MaxQueue, where 0 means the
// default and a negative number no queue.
func queue(n int) int {
	if n == 0 {
		return -1
	}
	return n
}

// llmClient builds the model client from the configuration.
func (a *app) llmClient() (*llm.Client, error) {
	return llm.New(llm.Config{
		APIKey:         a.cfg.OpenAIAPIKey,
		BaseURL:        a.cfg.OpenAIBaseURL,
		APIType:        a.cfg.OpenAIAPIType,
		APIVersion:     a.cfg.OpenAIAPIVersion,
		Model:          a.cfg.OpenAIModel,
		Timeout:        a.cfg.LLMTimeout,
		MaxConcurrency: a.cfg.LLMMaxConcurrency,
		MaxQueue:       queue(a.cfg.LLMMaxQueue),
		MaxTokens:      a.cfg.LLMMaxTokens,
		Logger:         a.log,
	})
}
