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
	// A crash in the middle of a write leaves a line without its newline;
	// end it so the next record starts on a line of its own.
	if fi, err := f.Stat(); err == nil && fi.Size() > 0 {
		last := make([]byte, 1)
		if _, err := f.ReadAt(last, fi.Size()-1); err == nil && last[0] != '\n' {
			if _, err := f.Write([]byte("\n")); err != nil {
				f.Close()
				return nil, fmt.Errorf("open feedback %s: %w", path, err)
			}
		}
	}
	return &Store{path: path, f: f}, nil
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

// read calls fn for each record. A last line cut short by a crash is
// skipped; a damaged line before it is an error.
func (s *Store) read(fn func(line)) error {
	f, err := os.Open(s.path)
	if err != nil {
		return fmt.Errorf("read feedback %s: %w", s.path, err)
	}
	defer f.Close()
	r := bufio.NewReader(f)
	for n := 1; ; n++ {
		b, err := r.ReadBytes('\n')
		if errors.Is(err, io.EOF) {
			return nil // b, if any, is a torn last line
		}
		if err != nil {
			return fmt.Errorf("read feedback %s: %w", s.path, err)
		}
		b = bytes.TrimSpace(b)
		if len(b) == 0 {
			continue
		}
		var l line
		if err := json.Unmarshal(b, &l); err != nil {
			return fmt.Errorf("read feedback %s:%d: %w", s.path, n, err)
		}
		fn(l)
	}
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
