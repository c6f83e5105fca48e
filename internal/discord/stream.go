package discord

import (
	"reflect"
	"strings"
	"sync"
	"time"
)

// stream carries a message that changes while a handler works (a model's
// answer as it streams in, a refresh's progress) to Discord through write:
// the first version at once, then at most one write every interval, each
// time the latest version; versions superseded before their turn are
// dropped. Writes never overlap, and once stop returns there are no more,
// so the final message can follow without racing a partial one.
type stream struct {
	every time.Duration
	write func(m message) error

	first     chan struct{} // closed by the first update
	firstOnce sync.Once
	wake      chan struct{} // a token means: look for a pending version
	quit      chan struct{}
	exited    chan struct{}
	stopOnce  sync.Once

	mu      sync.Mutex
	latest  message
	pending bool
	written *message  // the last version written, to skip repeats
	last    time.Time // when the last write finished; zero before the first
	running bool
	stopped bool
	failed  bool // a write failed: stop writing partial versions

	// idle, when set (by tests), is called each time the stream has nothing
	// left to write and waits for a new version.
	idle func()
}

func newStream(every time.Duration, write func(m message) error) *stream {
	return &stream{
		every:  every,
		write:  write,
		first:  make(chan struct{}),
		wake:   make(chan struct{}, 1),
		quit:   make(chan struct{}),
		exited: make(chan struct{}),
	}
}

// update offers a new version of the message. It never blocks; a stream
// that is stopped ignores it.
func (s *stream) update(m message) {
	s.mu.Lock()
	if s.stopped || s.failed {
		s.mu.Unlock()
		return
	}
	s.latest, s.pending = m, true
	s.mu.Unlock()
	s.firstOnce.Do(func() { close(s.first) })
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// started is closed once the first version has been offered.
func (s *stream) started() <-chan struct{} { return s.first }

// start begins writing; until then versions only accumulate (the latest
// kept), e.g. while the interaction is not yet acknowledged.
func (s *stream) start() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.running || s.stopped {
		return
	}
	s.running = true
	go s.loop()
}

func (s *stream) loop() {
	defer close(s.exited)
	for {
		if s.idle != nil {
			s.idle()
		}
		select {
		case <-s.quit:
			return
		case <-s.wake:
		}
		for {
			s.mu.Lock()
			if !s.pending || s.failed {
				s.mu.Unlock()
				break
			}
			wait := time.Until(s.last.Add(s.every))
			s.mu.Unlock()
			if wait > 0 {
				t := time.NewTimer(wait)
				select {
				case <-s.quit:
					t.Stop()
					return
				case <-t.C:
				}
			}
			select {
			case <-s.quit:
				return
			default:
			}
			s.mu.Lock()
			m := s.latest
			s.pending = false
			same := s.written != nil && reflect.DeepEqual(*s.written, m)
			s.mu.Unlock()
			if same {
				continue
			}
			err := s.write(m)
			s.mu.Lock()
			s.last = time.Now()
			if err != nil {
				s.failed = true
			} else {
				s.written = &m
			}
			s.mu.Unlock()
		}
	}
}

// stop ends the stream: it drops a pending version, waits for a write in
// progress and returns when the last write finished (zero when there was
// none), so that the caller can keep its interval before the final write.
func (s *stream) stop() time.Time {
	s.mu.Lock()
	s.stopped = true
	running := s.running
	s.mu.Unlock()
	s.stopOnce.Do(func() { close(s.quit) })
	if running {
		<-s.exited
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.last
}

// pace waits until every has passed since last (a write that finished then)
// or done is closed.
func pace(last time.Time, every time.Duration, done <-chan struct{}) {
	if last.IsZero() {
		return
	}
	wait := time.Until(last.Add(every))
	if wait <= 0 {
		return
	}
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case <-t.C:
	case <-done:
	}
}

// partialText is the description of an answer still being written: the
// text so far and an ellipsis, within an embed's description.
func partialText(text string) string {
	const more = " …"
	text = strings.TrimSpace(text)
	if text == "" {
		return ""
	}
	if runeLen(text)+runeLen(more) > maxEmbedDescription {
		text = splitText(text, maxEmbedDescription-runeLen(more))[0]
	}
	return text + more
}

// renderPartial renders an answer still being written: the question as
// the title, the text so far (every link showing its URL: the sources are
// not known yet) and a "writing…" footer.
func renderPartial(tr *texts, question, text string) message {
	sp := embedSpec{Title: question, Description: partialText(unmaskLinks(text, nil)), Color: colorAnswer, Footer: footer(tr.writing)}
	return message{Embeds: sp.build()}
}
