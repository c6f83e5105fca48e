package library

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/gofrs/flock"
)

// lockName is the file whose flock the one refresh of an index directory
// holds, in any process. While held, it names its holder.
const lockName = "refresh.lock"

// Holder is the process holding an index directory's refresh lock.
type Holder struct {
	PID     int       `json:"pid"`
	Command string    `json:"command"`
	Started time.Time `json:"started"`
}

func (h Holder) String() string {
	if h.PID == 0 {
		return "another process"
	}
	return fmt.Sprintf("pid %d (%s) since %s", h.PID, h.Command, h.Started.Format(time.RFC3339))
}

// readHolder reads who holds the lock of dir; the zero Holder when unknown.
func readHolder(dir string) Holder {
	var h Holder
	b, err := os.ReadFile(filepath.Join(dir, lockName))
	if err == nil {
		_ = json.Unmarshal(b, &h)
	}
	return h
}

// dirLock is the cross-process refresh lock of an index directory.
type dirLock struct {
	dir string
	fl  *flock.Flock
}

// tryLock takes the lock if it is free.
func (l *dirLock) tryLock() (bool, error) {
	l.fl = flock.New(filepath.Join(l.dir, lockName))
	ok, err := l.fl.TryLock()
	if err != nil {
		return false, fmt.Errorf("lock %s: %w", l.dir, err)
	}
	if ok {
		l.name()
	}
	return ok, nil
}

// lock takes the lock, waiting up to wait for the refresh holding it;
// waiting, if not nil, is told once who that is. Past the wait it fails
// with ErrBusy, naming the holder.
func (l *dirLock) lock(ctx context.Context, wait time.Duration, waiting func(Holder)) error {
	ok, err := l.tryLock()
	if err != nil || ok {
		return err
	}
	h := readHolder(l.dir)
	if waiting != nil {
		waiting(h)
	}
	wctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	ok, err = l.fl.TryLockContext(wctx, 20*time.Millisecond)
	switch {
	case ok:
		l.name()
		return nil
	case ctx.Err() != nil:
		return ctx.Err()
	case err != nil && !errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("lock %s: %w", l.dir, err)
	}
	return fmt.Errorf("%s held for %s by %s: %w", filepath.Join(l.dir, lockName), wait, readHolder(l.dir), ErrBusy)
}

// thisProcess is this process as a Holder, from now.
func thisProcess() Holder {
	return Holder{PID: os.Getpid(), Command: strings.Join(os.Args, " "), Started: time.Now().UTC().Truncate(time.Second)}
}

// name writes this process into the lock file, for those waiting.
func (l *dirLock) name() {
	b, _ := json.Marshal(thisProcess())
	_ = os.WriteFile(l.fl.Path(), b, 0o644)
}

func (l *dirLock) unlock() {
	_ = os.Truncate(l.fl.Path(), 0)
	_ = l.fl.Unlock()
}
