package library

import (
	"context"
	"errors"
	"fmt"

	"github.com/chapterbot/chapterbot/internal/search"
)

var errInjected = errors.New("injected failure")

// failAfter makes the refreshes of l fail once n chapters are written
// (n = all of them: after the last, before the generation is complete):
// the failure injection of the tests.
func (l *Library) failAfter(n int) {
	l.apply = func(ctx context.Context, base *search.Snapshot, ch search.Changes) (*search.Snapshot, bool, error) {
		ctx, cancel := context.WithCancelCause(ctx)
		defer cancel(nil)
		progress := ch.Progress
		ch.Progress = func(done, total int) {
			progress(done, total)
			if done >= n {
				cancel(errInjected)
			}
		}
		s, rebuilt, err := l.ix.Apply(ctx, base, ch)
		if err != nil && errors.Is(context.Cause(ctx), errInjected) {
			err = fmt.Errorf("%w: %w", errInjected, err)
		}
		return s, rebuilt, err
	}
}

// failWith makes every refresh of l fail with err before writing anything
// (a full disk), counting the attempts.
func (l *Library) failWith(err error, attempts *int) {
	l.apply = func(context.Context, *search.Snapshot, search.Changes) (*search.Snapshot, bool, error) {
		*attempts++
		return nil, false, err
	}
}

// healed undoes failAfter and failWith.
func (l *Library) healed() { l.apply = l.ix.Apply }

// meanwhile makes the refreshes of l run change after they decided what
// to index and before the builder loads any chapter: content that changes
// between the two reads of a file.
func (l *Library) meanwhile(change func()) {
	l.apply = func(ctx context.Context, base *search.Snapshot, ch search.Changes) (*search.Snapshot, bool, error) {
		change()
		return l.ix.Apply(ctx, base, ch)
	}
}
