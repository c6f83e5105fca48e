package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/chapterbot/chapterbot/internal/discord"
	"github.com/chapterbot/chapterbot/internal/feedback"
	"github.com/chapterbot/chapterbot/internal/llm"
	"github.com/chapterbot/chapterbot/internal/metrics"
	"github.com/chapterbot/chapterbot/internal/search"
	"github.com/chapterbot/chapterbot/internal/watch"
)

// serve runs the Discord bot: the index refreshed at start, metrics and
// health when METRICS_ADDR is set, and the content watched when
// CONTENT_WATCH is on. Everything is checked before anything connects.
func (a *app) serve(ctx context.Context, args []string) error {
	f := newFlags("serve", a.stderr)
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
	store, err := feedback.Open(a.cfg.FeedbackFile)
	if err != nil {
		return fmt.Errorf("feedback store: %w", err)
	}
	defer store.Close()

	var wg sync.WaitGroup
	defer wg.Wait()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// Health answers from the start, before a long index rebuild: /healthz
	// at once, /readyz once the index is open and the gateway connected.
	m := metrics.New()
	var ready struct {
		ix  atomic.Pointer[search.Index]
		bot atomic.Pointer[discord.Bot]
	}
	if a.cfg.MetricsAddr != "" {
		ln, err := metrics.Listen(a.cfg.MetricsAddr)
		if err != nil {
			return err
		}
		h := m.Handler(func() error {
			if ix := ready.ix.Load(); ix == nil || ix.Status().Version == "" {
				return errors.New("index not open")
			}
			if bot := ready.bot.Load(); bot == nil || !bot.Ready() {
				return errors.New("discord gateway not connected")
			}
			return nil
		})
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := metrics.Serve(ctx, ln, h); err != nil {
				a.log.Error("metrics server", "addr", a.cfg.MetricsAddr, "err", err)
			}
		}()
	}

	ix, err := a.openIndex(ctx, src, false)
	if err != nil {
		return err
	}
	defer ix.Close()
	r := &refresher{ix: ix, src: src, m: m}
	// Start-up goes through the refresher too, so it is counted.
	if err := a.freshen(ctx, ix, src, r.Refresh); err != nil {
		return err
	}
	r.observe()
	ready.ix.Store(ix)

	eng, err := a.engine(ix, m)
	if err != nil {
		return err
	}
	bot, err := discord.New(discord.Config{
		Token:              a.cfg.DiscordToken,
		GuildID:            a.cfg.DiscordGuildID,
		APIURL:             a.cfg.DiscordAPIURL,
		ShardID:            a.cfg.ShardID,
		ShardCount:         a.cfg.ShardCount,
		RateLimitPerMinute: a.cfg.RateLimitPerMinute,
		Feedback:           store,
		Logger:             a.log,
		AlwaysDefer:        a.cfg.LLMEnabled(),
		LLM:                a.cfg.LLMEnabled(),
		Shelf:              &shelf{r: r, dir: src.dir},
		Secrets:            []string{a.cfg.OpenAIAPIKey},
		ModeratorRoleID:    a.cfg.ModeratorRoleID,
		AnswerInThread:     a.cfg.AnswerInThread,
		Status:             ix.Status,
		Recorder:           m,
	}, eng, ix)
	if err != nil {
		return err
	}
	ready.bot.Store(bot)

	if a.cfg.ContentWatch {
		dir := src.dir
		if dir == "" {
			a.log.Warn("CONTENT_WATCH is on but the book is the embedded one: nothing to watch")
		} else {
			wg.Add(1)
			go func() {
				defer wg.Done()
				err := watch.Run(ctx, dir, 2*time.Second, a.log, func(ctx context.Context) {
					if err := r.refreshAfterBusy(ctx); err != nil {
						a.log.Warn("refresh after a content change", "err", err)
					}
				})
				if err != nil {
					a.log.Error("content watch", "dir", dir, "err", err)
				}
			}()
		}
	}
	// A refresh by another process (chapterbot index on the same directory)
	// is picked up within a few seconds.
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(5 * time.Second)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				before := ix.Status().Version
				if err := ix.Reload(); err != nil {
					a.log.Warn("reload index", "err", err)
				} else if ix.Status().Version != before {
					a.log.Info("index reloaded", "version", ix.Status().Version)
					r.observe()
				}
			}
		}
	}()
	a.log.Info("serving", "content", src.name, "index", src.indexDir, "llm", a.cfg.LLMEnabled(), "metrics", a.cfg.MetricsAddr)
	err = bot.Run(ctx)
	cancel()
	return err
}

// refresher is the one refresh path of a serving bot: /reindex, the
// content watch and start-up all go through it.
type refresher struct {
	ix  *search.Index
	src source
	m   *metrics.Metrics
}

// Refresh re-reads the content and swaps the new index in.
func (r *refresher) Refresh(ctx context.Context, progress func(done, total int)) (search.Report, error) {
	rep, err := r.ix.Refresh(ctx, r.src.fsys, progress)
	switch {
	case errors.Is(err, search.ErrBusy):
		r.m.Refresh("busy")
	case err != nil:
		r.m.Refresh("failed")
	case rep.Unchanged():
		r.m.Refresh("unchanged")
	default:
		r.m.Refresh("ok") // the search package logs what changed
	}
	r.observe()
	return rep, err
}

// refreshAfterBusy refreshes; when a refresh is already running (a
// /reindex), it waits for it to end and refreshes again, since that one may
// have read the content before the change.
func (r *refresher) refreshAfterBusy(ctx context.Context) error {
	for {
		_, err := r.Refresh(ctx, nil)
		if !errors.Is(err, search.ErrBusy) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// Progress reports a running refresh.
func (r *refresher) Progress() (done, total int, running bool) { return r.ix.Progress() }

func (r *refresher) observe() {
	st := r.ix.Status()
	r.m.Index(st.Chapters, st.Sections, st.BuiltAt)
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
