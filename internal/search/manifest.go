package search

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"
)

// formatVersion is the on-disk format: the mapping, the document layout and
// the manifest. An index of another format is rebuilt, never read. (8: the
// trail field keeps a top heading that repeats the title, and chapters are
// read as book reads them now: an index of 7 holds HTML pages' menus. 9:
// abbreviations such as "k8s" are indexed as their words, and a Cyrillic
// word of few passages with its Latin spellings. 10: the API names of each
// section's heading, in fieldNames. 11: the paragraphs of a page that link
// to a section, in fieldCited. 12: the codes a passage's list items define,
// in fieldDefined. 13: the forms of "какой" are Russian stop words, so an
// index of 12 holds terms such as "как" for "каком" that a query no longer
// has, and counts them in the token totals coverage reads. 14: the
// sections of other pages each section links to, in the manifest. 15: a
// heading where words follow a name, "GitHub announces its GraphQL API",
// names no API: an index of 14 holds "github" in fieldNames. 16: a "?" or
// "!" standing as a word before a lower-case one ends no sentence, "The ?
// operator returns early", so a long paragraph's passages are cut
// elsewhere. 17: a Markdown chapter's mdBook include directives are
// replaced by the lines they include, or left out: an index of 16 holds
// the directives' words, "listings", "src", a listing's path, as text. 18:
// the lines mdBook hides in a Rust code block ("# fn main() {") are left
// out: an index of 17 holds them. 19: an mdBook SUMMARY.md, the book's
// table of contents, is no chapter: an index of 18 holds it as one (the
// format book has none, so its hash is unchanged). 20: the lines an
// mdBook page's code block hides (<span class="boring">) and a
// playground's result are left out of an HTML chapter: an index of 19
// holds them. 21: a line of a long paragraph (a list item) that a
// passage's end would cut starts the next passage whole: an index of 20
// holds its later sentences apart from its first words. 22: a "!" that
// ends a name ("Yahoo! Research") and a "." that is a command's path
// ("--go_out=. --go-grpc_out=.") end no sentence, so a long paragraph's
// passages may be cut elsewhere. 24: a code span's own sentence marks
// end no sentence ("`ERROR: ... build. Verify ...`"): its spaces after
// them are stored as no-break spaces, and an index of 23 holds them cut.
// 25: a mark inside round brackets ends no sentence ("we didn't cover
// (and couldn't cover!) every valid value"), so a long paragraph's
// passages may be cut elsewhere. 26: a paragraph that is only mdBook's
// label of a listing's file (<span class="filename">Filename:
// src/main.rs</span>) is left out of the text. 27: a line of a fenced
// block of output ("text", "output", "console" but for its "$ command"
// lines; an HTML page's <code class="language-console">) holds
// book.OutputMark after its indentation: an index of 26 holds it without
// the mark, which the answer package reads.)
//
// Nothing but this number tells an index of the old analysis from one of
// the new: formatFingerprint is there to catch a change that forgot it.
const formatVersion = 27

// formatFingerprint is formatVersion and the hash of what an index holds for
// a fixed book of English, Russian, code names, an API reference page and
// a site-text export (formatBook in format_test.go): its terms and
// postings in every field, its stored text and its manifest, with the
// analyser's stop words and abbreviations whole. A change to index-time
// analysis (book's parsing, passages, the mapping, the analyser and its
// word lists, the names, defined and cited fields, the token totals)
// changes it, and TestFormatFingerprint fails: bump formatVersion, say
// above what changed, and record the fingerprint the test prints. (A change
// to code that no word of the fixed book goes through is not seen: give the
// book such a word when you make one.)
const formatFingerprint = "27:e27ba8395190aaf10acc2105ae183bb5c2690ae077ac282347a0035b46b6af85"

const manifestName = "manifest.json"

// manifest describes one generation: what it indexes, from which content.
// It lives in the generation's directory and is never changed once written.
type manifest struct {
	Format  int       `json:"format"`
	Version string    `json:"version"` // see contentVersion
	BuiltAt time.Time `json:"built_at"`
	// BuiltBy and BuiltPID are who asked for the generation and the
	// process that built it (see Status).
	BuiltBy  string `json:"built_by,omitempty"`
	BuiltPID int    `json:"built_pid,omitempty"`
	// Files are the indexed files.
	Files map[string]fileEntry `json:"files"`
	// Chapters is the outline, one per indexed file, in file order.
	Chapters []ChapterInfo `json:"chapters"`
	// Problems are files that could not be parsed, with the hash of the
	// content that failed, so that an unchanged broken file is neither
	// parsed again nor makes the index look stale.
	Problems []Skipped `json:"problems,omitempty"`
	// Passages is the number of passage documents; Tokens the number of
	// analysed tokens of each of textFields over all passages. They are
	// bleve's BM25 statistics (see bm25Stats).
	Passages int                    `json:"passages"`
	Tokens   [len(textFields)]int64 `json:"tokens"`
}

// fileEntry is one indexed file.
type fileEntry struct {
	Hash     string                 `json:"hash"` // what the caller's Load gave: of the bytes read, hex
	Passages int                    `json:"passages"`
	Tokens   [len(textFields)]int64 `json:"tokens"`
}

// contentVersion is the hash over the sorted (file, hash) pairs of the
// indexed files: two indexes of the same content have the same version.
func contentVersion(files map[string]fileEntry) string {
	names := make([]string, 0, len(files))
	for f := range files {
		names = append(names, f)
	}
	slices.Sort(names)
	h := sha256.New()
	for _, f := range names {
		fmt.Fprintf(h, "%s\x00%s\n", f, files[f].Hash)
	}
	return hex.EncodeToString(h.Sum(nil))
}

func (m *manifest) sections() int {
	n := 0
	for _, c := range m.Chapters {
		n += len(c.Sections)
	}
	return n
}

// readManifest reads and checks the manifest of generation directory dir.
// Any flaw wraps ErrCorrupt.
func readManifest(dir string) (*manifest, error) {
	b, err := os.ReadFile(filepath.Join(dir, manifestName))
	if err != nil {
		return nil, fmt.Errorf("read manifest: %w: %w", ErrCorrupt, err)
	}
	var m manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("read manifest: %w: %w", ErrCorrupt, err)
	}
	if m.Format != formatVersion {
		return nil, fmt.Errorf("manifest format %d, want %d: %w", m.Format, formatVersion, ErrCorrupt)
	}
	if len(m.Chapters) != len(m.Files) {
		return nil, fmt.Errorf("manifest lists %d files and %d chapters: %w", len(m.Files), len(m.Chapters), ErrCorrupt)
	}
	for _, c := range m.Chapters {
		if _, ok := m.Files[c.File]; !ok {
			return nil, fmt.Errorf("manifest chapter %s has no file entry: %w", c.File, ErrCorrupt)
		}
	}
	return &m, nil
}

// writeManifest writes m into generation directory dir (whose tree the
// caller syncs).
func writeManifest(dir string, m *manifest) error {
	b, err := json.Marshal(m)
	if err != nil {
		return fmt.Errorf("encode manifest: %w", err)
	}
	return replaceFile(filepath.Join(dir, manifestName), b)
}
