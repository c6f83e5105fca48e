package library

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"slices"

	"github.com/chapterbot/chapterbot/internal/book"
	"github.com/chapterbot/chapterbot/internal/search"
)

// scanned is one chapter file found in the content: the hash of what it is
// read from (chapterHash), or why it was refused unread (whose key then
// stands for the hash). data
// holds the bytes of a file the base indexes in another version (a changed
// chapter): a refresh parses them to decide, then indexes them, without
// reading the file again.
type scanned struct {
	file, hash string
	refused    *refusal
	data       []byte
}

// scan lists and hashes the chapter files, each read once, keeping the
// bytes of those b indexes in another version. It parses nothing.
func scan(c *content, b base) ([]scanned, error) {
	files, err := c.files()
	if err != nil {
		return nil, err
	}
	out := make([]scanned, 0, len(files))
	c.summaries = nil
	for _, f := range files {
		data, r := c.read(f)
		if r != nil {
			out = append(out, scanned{file: f, hash: r.key, refused: r})
			continue
		}
		if book.IsSummary(f, data) {
			c.summaries = append(c.summaries, f)
			continue
		}
		s := scanned{file: f, hash: chapterHash(c.fsys, f, data)}
		if h, ok := b.files[f]; ok && h != s.hash {
			s.data = data
		}
		out = append(out, s)
	}
	return out, nil
}

func hashBytes(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// chapterHash identifies what the chapter file, whose bytes are data, is
// read from: its bytes, and the files its mdBook directives include (see
// book.Includes), each one's bytes or why it could not be read. So a
// change to an included file alone, or an include that appears or goes,
// changes the chapter, as mdBook rebuilds a chapter when a file it
// includes changes. A chapter that includes nothing is the hash of its
// bytes.
func chapterHash(fsys fs.FS, file string, data []byte) string {
	inc := book.Includes(fsys, file, data)
	if len(inc) == 0 {
		return hashBytes(data)
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\n", hashBytes(data))
	for _, f := range inc {
		if f.Missing != "" {
			fmt.Fprintf(h, "%s\x00!%s\n", f.Path, f.Missing)
			continue
		}
		fmt.Fprintf(h, "%s\x00%s\n", f.Path, hashBytes(f.Data))
	}
	return hex.EncodeToString(h.Sum(nil))
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
	present := make(map[string]string, len(files)) // file -> hash
	for _, s := range files {
		present[s.file] = s.hash
	}
	unchanged := func(f string) bool { // indexed as it is
		h, ok := b.files[f]
		return ok && h == present[f]
	}
	// settled reports whether the slug f holds stays as it is: f is
	// indexed unchanged, or it keeps its previous version for a known
	// problem that still holds (a chapter kept for a slug conflict with a
	// chapter itself kept so).
	memo := map[string]bool{}
	var settled func(f string) bool
	settled = func(f string) bool {
		if ok, seen := memo[f]; seen {
			return ok
		}
		memo[f] = false // a cycle settles nothing
		pe, broken := problems[f]
		h, there := present[f]
		ok := unchanged(f) || broken && there && pe.Hash == h && (pe.With == "" || settled(pe.With))
		memo[f] = ok
		return ok
	}
	for _, s := range files {
		_, indexed := b.files[s.file]
		pe, broken := problems[s.file]
		switch {
		case indexed && unchanged(s.file):
			if broken { // a broken edit was undone
				p.dirty = true
			}
		case broken && pe.Hash == s.hash && (pe.With == "" || settled(pe.With)):
			p.keep = append(p.keep, pe)
		default:
			p.parse = append(p.parse, s)
			p.dirty = true
		}
	}
	for f := range b.files {
		if _, ok := present[f]; !ok {
			p.removed = append(p.removed, f)
			p.dirty = true
		}
	}
	for f := range problems {
		if _, ok := present[f]; !ok {
			p.dirty = true
		}
	}
	slices.Sort(p.removed)
	return p
}

// changes decides what to do with the files of p and applies the slug
// rule: a section ID names one place, so a chapter whose slug another
// indexed chapter holds is skipped (reported, with the file it collides
// with). Chapters the base indexes are decided first: a chapter keeps its
// slug against a file that arrives with the same one, and against another
// changed chapter that takes it (see holders). A changed file that fails
// keeps its previous version indexed. It returns the changes for the
// builder and the report's Added and Changed (files put: an added file the
// builder then skips is a problem, not added; see refresh).
//
// No chapter is held beyond its turn: a changed file the base indexes is
// parsed here from the bytes the scan read, to decide, and the chapter
// dropped; the builder parses the same bytes again when it loads it
// (loadIndexed), so that what is indexed is what was decided and hashed.
// New files are decided when the builder loads them, in path order after
// all of those (loadNew), read then and parsed once.
func changes(c *content, b base, p plan) (ch search.Changes, added, changed []string) {
	ch.Remove = p.removed
	ch.Skipped = slices.Clone(p.keep)

	reparsed := map[string]bool{}
	for _, s := range p.parse {
		reparsed[s.file] = true
	}
	gone := map[string]bool{}
	for _, f := range p.removed {
		gone[f] = true
	}
	// held maps a slug to the base chapter that stays as it is and holds it.
	held := map[string]string{}
	oldSlug := map[string]string{}
	for _, ci := range b.chapters {
		oldSlug[ci.File] = ci.Slug
		if !reparsed[ci.File] && !gone[ci.File] {
			held[ci.Slug] = ci.File
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

	ds := make([]decision, len(old))
	for i, s := range old {
		parsed, hash, prob := parse(c.fsys, s)
		ds[i] = decision{file: s.file, old: oldSlug[s.file], hash: hash, prob: prob}
		if parsed != nil {
			ds[i].slug = parsed.Slug
		}
	}
	owner := holders(held, ds)
	for i, s := range old {
		d := ds[i]
		prob := d.prob
		if prob == nil && d.with != "" {
			prob = &search.Skipped{File: d.file, Reason: fmt.Sprintf("slug %q is already used by %s", d.slug, d.with), Hash: d.hash, With: d.with}
		}
		if prob != nil {
			ch.Skipped = append(ch.Skipped, *prob)
			continue
		}
		ch.Put = append(ch.Put, search.Put{File: d.file, Load: loadIndexed(c.fsys, d.file, s.data, d.hash)})
		changed = append(changed, d.file)
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

// decision is what becomes of a changed chapter the base indexes: its new
// slug, or the problem that keeps its previous version (prob, or with: the
// file holding its new slug).
type decision struct {
	file, old, slug, hash string
	prob                  *search.Skipped
	with                  string
}

// holders decides which of the changed chapters ds (in path order) take
// their new slug, setting with on those that cannot, and returns who holds
// each slug then: held, the slugs of the chapters that stay as they are,
// with those of ds added. A chapter that keeps its previous version (it
// fails, or its new slug is taken) keeps its slug; one that keeps its slug
// holds it. Those never collide (the base's slugs are unique). A chapter
// whose slug changes takes it if no other holds it, the first in path
// order among those wanting one; one that cannot keeps its previous slug,
// which another may have taken: the decision starts again then, one
// chapter kept more each time.
func holders(held map[string]string, ds []decision) map[string]string {
	for {
		taken := make(map[string]string, len(ds)) // by the chapters of ds
		owner := func(slug string) (string, bool) {
			if f, ok := taken[slug]; ok {
				return f, true
			}
			f, ok := held[slug]
			return f, ok
		}
		for _, d := range ds {
			switch {
			case d.prob != nil || d.with != "":
				taken[d.old] = d.file
			case d.slug == d.old:
				taken[d.slug] = d.file
			}
		}
		again := false
		for i := range ds {
			d := &ds[i]
			if d.prob != nil || d.with != "" || d.slug == d.old {
				continue
			}
			if f, ok := owner(d.slug); ok {
				d.with, again = f, true
				break
			}
			taken[d.slug] = d.file
		}
		if !again {
			maps.Copy(held, taken)
			return held
		}
	}
}

// parse parses one changed chapter from the bytes the scan read. A file
// that cannot be used is a problem, not an error.
func parse(fsys fs.FS, s scanned) (*book.Chapter, string, *search.Skipped) {
	if s.refused != nil {
		return nil, s.hash, &search.Skipped{File: s.file, Reason: s.refused.reason, Hash: s.hash}
	}
	return parseData(fsys, s.file, s.data, s.hash)
}

func parseFile(c *content, file string) (*book.Chapter, string, *search.Skipped) {
	data, r := c.read(file)
	if r != nil {
		return nil, r.key, &search.Skipped{File: file, Reason: r.reason, Hash: r.key}
	}
	return parseData(c.fsys, file, data, chapterHash(c.fsys, file, data))
}

// parseData parses data, the bytes of file whose hash is hash, a chapter of
// the content fsys (where the files it includes are read).
func parseData(fsys fs.FS, file string, data []byte, hash string) (*book.Chapter, string, *search.Skipped) {
	ch, err := book.ParseFS(fsys, file, data)
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
// changes decided to index: it parses again the bytes changes parsed (data,
// whose hash is hash), and lets them go.
func loadIndexed(fsys fs.FS, file string, data []byte, hash string) func() (book.Chapter, string, *search.Skipped) {
	return func() (book.Chapter, string, *search.Skipped) {
		ch, hash, prob := parseData(fsys, file, data, hash)
		data = nil
		if prob != nil { // changes parsed the same bytes without one
			return book.Chapter{}, hash, prob
		}
		return *ch, hash, nil
	}
}

// loadNew is the builder's Load of file, a new file: it reads and parses
// it and applies the slug rule against owner, which it updates. The
// builder loads the puts in order, so the new files are decided in path
// order, after the files indexed before.
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
