package library

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"

	"github.com/chapterbot/chapterbot/internal/book"
	"github.com/chapterbot/chapterbot/internal/search"
)

// scanned is one chapter file found in the content: the hash of its bytes,
// or why it was refused unread (whose key then stands for the hash).
type scanned struct {
	file, hash string
	refused    *refusal
}

// scan lists and hashes the chapter files. It parses nothing.
func scan(c *content) ([]scanned, error) {
	files, err := c.files()
	if err != nil {
		return nil, err
	}
	out := make([]scanned, len(files))
	for i, f := range files {
		data, r := c.read(f)
		if r != nil {
			out[i] = scanned{file: f, hash: r.key, refused: r}
			continue
		}
		out[i] = scanned{file: f, hash: hashBytes(data)}
	}
	return out, nil
}

func hashBytes(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// contentHash identifies the content a scan saw.
func contentHash(files []scanned) string {
	h := sha256.New()
	for _, s := range files {
		fmt.Fprintf(h, "%s\x00%s\n", s.file, s.hash)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// base is what the content is compared with: the live generation's files
// and skipped files (empty when there is none, or it must be rebuilt).
type base struct {
	files    map[string]string // file -> hash
	skipped  []search.Skipped
	chapters []search.ChapterInfo
}

func baseOf(s *search.Snapshot) base {
	if s == nil {
		return base{files: map[string]string{}}
	}
	return base{files: s.Files(), skipped: s.Skipped(), chapters: s.Chapters()}
}

// plan is what a refresh has to do.
type plan struct {
	parse   []scanned // added or changed files
	removed []string
	keep    []search.Skipped // known problems of unchanged broken files
	dirty   bool             // a new generation is needed
}

// diff compares the content with b.
func diff(files []scanned, b base) plan {
	var p plan
	problems := make(map[string]search.Skipped, len(b.skipped))
	for _, pe := range b.skipped {
		problems[pe.File] = pe
	}
	present := make(map[string]bool, len(files))
	unchanged := make(map[string]bool, len(files)) // indexed as they are
	for _, s := range files {
		present[s.file] = true
		if h, ok := b.files[s.file]; ok && h == s.hash {
			unchanged[s.file] = true
		}
	}
	for _, s := range files {
		_, indexed := b.files[s.file]
		pe, broken := problems[s.file]
		switch {
		case indexed && unchanged[s.file]:
			if broken { // a broken edit was undone
				p.dirty = true
			}
		case broken && pe.Hash == s.hash && (pe.With == "" || unchanged[pe.With]):
			p.keep = append(p.keep, pe)
		default:
			p.parse = append(p.parse, s)
			p.dirty = true
		}
	}
	for f := range b.files {
		if !present[f] {
			p.removed = append(p.removed, f)
			p.dirty = true
		}
	}
	for f := range problems {
		if !present[f] {
			p.dirty = true
		}
	}
	slices.Sort(p.removed)
	return p
}

// changes decides what to do with the files of p and applies the slug
// rule: a section ID names one place, so a chapter whose slug another
// indexed chapter holds is skipped (reported, with the file it collides
// with). Chapters the base indexes go first, each in path order: a chapter
// keeps its slug against a file that arrives with the same one. A changed
// file that fails keeps its previous version indexed. It returns the
// changes for the builder and the report's Added and Changed (files put:
// an added file the builder then skips is a problem, not added; see
// refresh).
//
// No chapter is held beyond its turn: the changed files the base indexes
// are parsed here to decide (their slug or problem) and the chapter
// dropped, then parsed again when the builder loads them (loadIndexed);
// the new files are decided when the builder loads them, in path order
// after all of those (loadNew), and parsed once.
func changes(c *content, b base, p plan) (ch search.Changes, added, changed []string) {
	ch.Remove = p.removed
	ch.Skipped = slices.Clone(p.keep)

	// owner maps a slug to the file holding it: first the base chapters
	// that stay as they are.
	owner := map[string]string{}
	oldSlug := map[string]string{}
	reparsed := map[string]bool{}
	for _, s := range p.parse {
		reparsed[s.file] = true
	}
	gone := map[string]bool{}
	for _, f := range p.removed {
		gone[f] = true
	}
	for _, ci := range b.chapters {
		oldSlug[ci.File] = ci.Slug
		if !reparsed[ci.File] && !gone[ci.File] {
			owner[ci.Slug] = ci.File
		}
	}
	var old, fresh []scanned // changed files the base indexes, new files
	for _, s := range p.parse {
		if _, ok := b.files[s.file]; ok {
			old = append(old, s)
		} else {
			fresh = append(fresh, s)
		}
	}
	byFile := func(x, y scanned) int { return cmp.Compare(x.file, y.file) }
	slices.SortFunc(old, byFile)
	slices.SortFunc(fresh, byFile)

	// A changed chapter that fails keeps its previous version, and with it
	// its slug: those are known before any other chapter claims one.
	slugs := make([]string, len(old))
	hashes := make([]string, len(old))
	probs := make([]*search.Skipped, len(old))
	for i, s := range old {
		parsed, hash, prob := parse(c, s)
		hashes[i], probs[i] = hash, prob
		if parsed != nil {
			slugs[i] = parsed.Slug
		}
		if prob != nil {
			owner[oldSlug[s.file]] = s.file
		}
	}
	for i, s := range old {
		prob := probs[i]
		if prob == nil {
			if f, taken := owner[slugs[i]]; taken && f != s.file {
				prob = &search.Skipped{File: s.file, Reason: fmt.Sprintf("slug %q is already used by %s", slugs[i], f), Hash: hashes[i], With: f}
				owner[oldSlug[s.file]] = s.file
			}
		}
		if prob != nil {
			ch.Skipped = append(ch.Skipped, *prob)
			continue
		}
		owner[slugs[i]] = s.file
		ch.Put = append(ch.Put, search.Put{File: s.file, Load: loadIndexed(c, s.file, slugs[i])})
		changed = append(changed, s.file)
	}
	for _, s := range fresh {
		if s.refused != nil {
			ch.Skipped = append(ch.Skipped, search.Skipped{File: s.file, Reason: s.refused.reason, Hash: s.hash})
			continue
		}
		ch.Put = append(ch.Put, search.Put{File: s.file, Load: loadNew(c, s.file, owner)})
		added = append(added, s.file)
	}
	return ch, added, changed
}

// parse reads and parses one chapter file, and returns the hash of the
// bytes parsed (the file may have changed since the scan). A file that
// cannot be used is a problem, not an error.
func parse(c *content, s scanned) (*book.Chapter, string, *search.Skipped) {
	if s.refused != nil {
		return nil, s.hash, &search.Skipped{File: s.file, Reason: s.refused.reason, Hash: s.hash}
	}
	return parseFile(c, s.file)
}

func parseFile(c *content, file string) (*book.Chapter, string, *search.Skipped) {
	data, r := c.read(file)
	if r != nil {
		return nil, r.key, &search.Skipped{File: file, Reason: r.reason, Hash: r.key}
	}
	hash := hashBytes(data)
	ch, err := book.Parse(file, data)
	if err != nil {
		var bp *book.Problem
		if !errors.As(err, &bp) {
			bp = &book.Problem{File: file, Reason: err.Error()}
		}
		return nil, hash, &search.Skipped{File: bp.File, Line: bp.Line, Reason: bp.Reason, Hash: hash}
	}
	return &ch, hash, nil
}

// loadIndexed is the builder's Load of file, indexed before, which
// changes decided to index with slug: it parses the file again, as it is
// now. A file that changed since, still parses and keeps its slug is
// indexed as it is now; one that no longer parses is skipped with its
// problem, like any file that fails (its previous version is not kept: its
// slug may be another's by now); one whose slug changed is skipped, with
// no hash, so that the index is stale and the next refresh decides again.
func loadIndexed(c *content, file, slug string) func() (book.Chapter, string, *search.Skipped) {
	return func() (book.Chapter, string, *search.Skipped) {
		ch, hash, prob := parseFile(c, file)
		if prob != nil {
			return book.Chapter{}, hash, prob
		}
		if ch.Slug != slug {
			return book.Chapter{}, "", &search.Skipped{File: file,
				Reason: fmt.Sprintf("changed while being indexed: its slug is now %q, was %q; refresh again", ch.Slug, slug)}
		}
		return *ch, hash, nil
	}
}

// loadNew is the builder's Load of file, a new file: it parses it and
// applies the slug rule against owner, which it updates. The builder loads
// the puts in order, so the new files are decided in path order, after
// the files indexed before.
func loadNew(c *content, file string, owner map[string]string) func() (book.Chapter, string, *search.Skipped) {
	return func() (book.Chapter, string, *search.Skipped) {
		ch, hash, prob := parseFile(c, file)
		if prob != nil {
			return book.Chapter{}, hash, prob
		}
		if f, taken := owner[ch.Slug]; taken && f != file {
			return book.Chapter{}, hash, &search.Skipped{File: file,
				Reason: fmt.Sprintf("slug %q is already used by %s", ch.Slug, f), Hash: hash, With: f}
		}
		owner[ch.Slug] = file
		return *ch, hash, nil
	}
}
