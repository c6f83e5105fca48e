package search

import (
	"context"
	"fmt"
	"os"
	"slices"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	index "github.com/blevesearch/bleve_index_api"
)

// passage is one passage document's fields.
type passage struct {
	file, id                        string
	text, title, trail, slug, secID string
	cited                           string   // the page's paragraphs citing the section (cited.go)
	names                           []string // API names of the section's heading (names.go)
	defined                         []string // codes the passage's list items define (defined.go)
}

func (p passage) data() map[string]interface{} {
	d := map[string]interface{}{
		fieldText:    p.text,
		fieldTitle:   p.title,
		fieldTrail:   p.trail,
		fieldFile:    p.file,
		fieldChapter: p.slug,
		fieldSection: p.secID,
	}
	if p.cited != "" {
		d[fieldCited] = p.cited
	}
	if len(p.names) > 0 {
		d[fieldNames] = p.names
	}
	if len(p.defined) > 0 {
		d[fieldDefined] = p.defined
	}
	return d
}

// A writer fills a new generation's bleve index, and counts the tokens of
// what it adds into the manifest (the BM25 statistics).
type writer interface {
	add(p passage) error
	delete(id string)
	// flush writes what is pending when there is enough of it.
	flush(ctx context.Context) error
	// close writes the rest and closes the index.
	close(ctx context.Context) error
	// abort closes without finishing; the caller removes the directory.
	abort()
}

// batchWriter updates a copy of the live generation in place through
// batches: the way to change a few files. Scorch analyses a batch in
// parallel.
type batchWriter struct {
	w       bleve.Index
	m       *mapping.IndexMappingImpl
	nm      *manifest
	size    int
	batch   *bleve.Batch
	pending []passageDoc // in batch
}

// passageDoc is a passage document of file waiting in a batch.
type passageDoc struct {
	file string
	doc  *document.Document
}

// newBatchWriter copies generation directory src into dst (which must not
// exist) and opens the copy for writing.
func newBatchWriter(src, dst string, m *mapping.IndexMappingImpl, size int, nm *manifest) (*batchWriter, error) {
	if err := os.Mkdir(dst, 0o755); err != nil {
		return nil, err
	}
	if err := copyGeneration(src, dst); err != nil {
		return nil, fmt.Errorf("copy generation: %w", err)
	}
	w, err := bleve.OpenUsing(dst, map[string]interface{}{"bolt_timeout": boltTimeout})
	if err != nil {
		return nil, fmt.Errorf("open copy of generation for writing: %w", err)
	}
	return &batchWriter{w: w, m: m, nm: nm, size: size, batch: w.NewBatch()}, nil
}

func (b *batchWriter) add(p passage) error {
	doc := document.NewDocument(p.id)
	if err := b.m.MapDocument(doc, p.data()); err != nil {
		return err
	}
	if err := b.batch.IndexAdvanced(doc); err != nil {
		return err
	}
	b.pending = append(b.pending, passageDoc{p.file, doc})
	return nil
}

func (b *batchWriter) delete(id string) { b.batch.Delete(id) }

func (b *batchWriter) flush(ctx context.Context) error { return b.write(ctx, b.size) }

// write executes the batch if it holds at least min operations.
func (b *batchWriter) write(ctx context.Context, min int) error {
	if n := b.batch.Size(); n == 0 || n < min {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := b.w.Batch(b.batch); err != nil {
		return err
	}
	// A new batch rather than Reset: scorch's Batch may still be ranging
	// over the old one's operations in a goroutine when it returns (a data
	// race with Reset when deletes follow updates).
	b.batch = b.w.NewBatch()
	// Bleve has analysed the passages: their token counts are known.
	for _, p := range b.pending {
		e := b.nm.Files[p.file]
		p.doc.VisitFields(func(f index.Field) {
			if i := slices.Index(textFields[:], f.Name()); i >= 0 {
				n := int64(f.AnalyzedLength())
				e.Tokens[i] += n
				b.nm.Tokens[i] += n
			}
		})
		b.nm.Files[p.file] = e
	}
	b.pending = nil
	return nil
}

func (b *batchWriter) close(ctx context.Context) error {
	err := b.write(ctx, 1)
	if cerr := b.w.Close(); err == nil {
		err = cerr
	}
	return err
}

func (b *batchWriter) abort() { _ = b.w.Close() }

// builderWriter builds a generation from scratch with bleve's offline
// builder: segments of BatchSize passages merged into one at the end. It
// analyses in the calling goroutine, so a whole-book build keeps one core
// free for searches, and the result is a single segment, the fastest to
// search.
type builderWriter struct {
	b    bleve.Builder
	a    analysis.Analyzer
	m    *mapping.IndexMappingImpl
	dst  string
	nm   *manifest
	docs int
	// count caches the token count of the last title and trail.
	last [len(textFields)]struct {
		text string
		n    int64
	}
}

// newBuilderWriter starts a build in dst, which must not exist.
func newBuilderWriter(dst string, m *mapping.IndexMappingImpl, a analysis.Analyzer, size int, nm *manifest) (*builderWriter, error) {
	b, err := bleve.NewBuilder(dst, m, map[string]interface{}{
		"batchSize":       size,
		"buildPathPrefix": dst, // its temporary files go where failures are cleaned
	})
	if err != nil {
		return nil, fmt.Errorf("start build: %w", err)
	}
	return &builderWriter{b: b, a: a, m: m, dst: dst, nm: nm}, nil
}

func (b *builderWriter) add(p passage) error {
	if err := b.b.Index(p.id, p.data()); err != nil {
		return err
	}
	b.docs++
	// The builder does not return the analysed documents: count here.
	e := b.nm.Files[p.file]
	for i, text := range [...]string{p.text, p.title, p.trail} {
		if i == 0 || text != b.last[i].text {
			b.last[i].text = text
			b.last[i].n = countTokens(b.a, text)
		}
		e.Tokens[i] += b.last[i].n
		b.nm.Tokens[i] += b.last[i].n
	}
	b.nm.Files[p.file] = e
	return nil
}

func (b *builderWriter) delete(string) {}

func (b *builderWriter) flush(ctx context.Context) error { return ctx.Err() }

func (b *builderWriter) close(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if b.docs > 0 {
		return b.b.Close()
	}
	// The builder cannot make an empty index (it panics): a book with no
	// usable chapter is an empty index made the ordinary way.
	if err := os.RemoveAll(b.dst); err != nil {
		return err
	}
	idx, err := bleve.NewUsing(b.dst, b.m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return err
	}
	return idx.Close()
}

func (b *builderWriter) abort() {}
