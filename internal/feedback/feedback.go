// Package feedback keeps what readers tell the bot: their votes on answers
// and the questions the book did not cover, for the moderators' reports. It
// is an append-only file of JSON lines, so it survives restarts and a crash
// loses at most the line being written.
package feedback

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// Votes a reader can give.
const (
	Up   = "up"
	Down = "down"
)

// Vote is one reader's verdict on one answer.
type Vote struct {
	InteractionID string    `json:"interaction_id"` // the button click
	UserID        string    `json:"user_id"`
	Question      string    `json:"question"`
	Vote          string    `json:"vote"` // Up or Down
	Time          time.Time `json:"time"`
}

// Uncovered is a question the book did not cover.
type Uncovered struct {
	Question string    `json:"question"`
	Time     time.Time `json:"time"`
}

// Store is an open feedback file. Its methods are safe for concurrent use.
type Store struct {
	path string
	mu   sync.Mutex
	f    *os.File
	// damaged is how many lines the last read skipped.
	damaged int
}

// line is one record of the file.
type line struct {
	Kind string `json:"kind"` // "vote" or "uncovered"
	Vote
}

// Open opens the feedback file at path, creating it and its directory if
// needed.
func Open(path string) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("open feedback %s: %w", path, err)
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open feedback %s: %w", path, err)
	}
	// A crash in the middle of a write leaves a line without its newline:
	// drop it, so that the next record starts on a line of its own and the
	// torn one does not become damage in the middle of the file.
	if err := dropTornLine(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("open feedback %s: %w", path, err)
	}
	return &Store{path: path, f: f}, nil
}

// dropTornLine truncates f just after its last newline (to empty when it
// has none).
func dropTornLine(f *os.File) error {
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	size := fi.Size()
	if size == 0 {
		return nil
	}
	last := make([]byte, 1)
	if _, err := f.ReadAt(last, size-1); err != nil {
		return err
	}
	if last[0] == '\n' {
		return nil
	}
	// Look back in blocks for the newline that ends the last whole line.
	const block = 4096
	buf := make([]byte, block)
	keep := int64(0)
	for end := size; end > 0; {
		start := max(end-block, 0)
		b := buf[:end-start]
		if _, err := f.ReadAt(b, start); err != nil {
			return err
		}
		if k := bytes.LastIndexByte(b, '\n'); k >= 0 {
			keep = start + int64(k) + 1
			break
		}
		end = start
	}
	if err := f.Truncate(keep); err != nil {
		return err
	}
	return f.Sync()
}

// Record appends a vote.
func (s *Store) Record(v Vote) error {
	if v.Vote != Up && v.Vote != Down {
		return fmt.Errorf("record vote: vote %q is neither %q nor %q", v.Vote, Up, Down)
	}
	return s.append(line{Kind: "vote", Vote: v})
}

// RecordUncovered appends a question the book did not cover.
func (s *Store) RecordUncovered(question string, t time.Time) error {
	return s.append(line{Kind: "uncovered", Vote: Vote{Question: question, Time: t}})
}

func (s *Store) append(l line) error {
	b, err := json.Marshal(l)
	if err != nil {
		return fmt.Errorf("record %s: %w", l.Kind, err)
	}
	b = append(b, '\n')
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.f == nil {
		return fmt.Errorf("record %s: %w", l.Kind, os.ErrClosed)
	}
	if _, err := s.f.Write(b); err != nil {
		return fmt.Errorf("record %s in %s: %w", l.Kind, s.path, err)
	}
	if err := s.f.Sync(); err != nil {
		return fmt.Errorf("record %s in %s: %w", l.Kind, s.path, err)
	}
	return nil
}

// Votes returns every vote recorded, oldest first.
func (s *Store) Votes() ([]Vote, error) {
	var out []Vote
	err := s.read(func(l line) {
		if l.Kind == "vote" {
			out = append(out, l.Vote)
		}
	})
	return out, err
}

// Uncovered returns every uncovered question recorded, oldest first.
func (s *Store) Uncovered() ([]Uncovered, error) {
	var out []Uncovered
	err := s.read(func(l line) {
		if l.Kind == "uncovered" {
			out = append(out, Uncovered{Question: l.Question, Time: l.Time})
		}
	})
	return out, err
}

// read calls fn for each record. A damaged line (a torn last line, or one
// that is not a record) is skipped and counted, so that one bad line never
// loses the others.
func (s *Store) read(fn func(line)) error {
	f, err := os.Open(s.path)
	if err != nil {
		return fmt.Errorf("read feedback %s: %w", s.path, err)
	}
	defer f.Close()
	r := bufio.NewReader(f)
	damaged := 0
	for {
		b, err := r.ReadBytes('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("read feedback %s: %w", s.path, err)
		}
		eof := err != nil
		if t := bytes.TrimSpace(b); len(t) > 0 {
			var l line
			if json.Unmarshal(t, &l) != nil || eof {
				// A last line without its newline is torn even when it
				// happens to parse: its write did not finish.
				damaged++
			} else {
				fn(l)
			}
		}
		if eof {
			break
		}
	}
	s.mu.Lock()
	s.damaged = damaged
	s.mu.Unlock()
	return nil
}

// Damaged returns how many lines the last read of the file (Votes or
// Uncovered) skipped as damaged.
func (s *Store) Damaged() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.damaged
}

// Close closes the file.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.f == nil {
		return nil
	}
	err := s.f.Close()
	s.f = nil
	if err != nil {
		return fmt.Errorf("close feedback %s: %w", s.path, err)
	}
	return nil
}
