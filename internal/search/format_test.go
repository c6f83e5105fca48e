package search

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/blevesearch/bleve/v2/analysis"
	index "github.com/blevesearch/bleve_index_api"
)

var formatDump = flag.String("formatdump", "", "write what TestFormatFingerprint hashes to this file")

// formatBook is a fixed book that goes through every part of index-time
// analysis: markdown with front matter (title, tags), nested headings
// (trail), an API heading (names), a list of codes (defined), a section
// long enough for two passages, a list whose item a passage's end cuts, English with stop words, possessives,
// camelCase, snake_case, "Node.js", "Vec::with_capacity", "k8s", a lone "?",
// a code span quoting a message of two sentences
// and a Rust code block with lines mdBook hides and the label of its file,
// a console block with a command and its output (in the HTML page too);
// Russian with stop words (the forms of "какой" among them), ё, and Latin
// words with Russian endings; an HTML page whose paragraphs link to its
// sections (cited); and a site-text export. formatFingerprint is of this
// book: change it only with a change of analysis, which needs a new format
// anyway. (A new field needs text here too: TestFormatFingerprint fails
// until every field has terms.)
func formatBook() fstest.MapFS {
	// The lone "?" sits where a passage of 250 words is cut, its "!" inside
	// brackets too: a change to
	// the sentences it ends shows in the passages. So do, at the second
	// cut, the name spelled with "!" and the path "." of a command: the
	// second passage ends before their sentence only when neither ends it.
	long := strings.Repeat("The writable side buffers each chunk until the consumer's highWaterMark is reached, and then write() returns false. ", 13) +
		"Each chunk waits in the internal buffer until the consumer reads it, so memory grows with every write the producer makes. The ? operator (or try!) in a pipeline returns early on the first error. " +
		strings.Repeat("The writable side buffers each chunk until the consumer's highWaterMark is reached, and then write() returns false. ", 13) +
		"At Yahoo! Research they ran protoc --go_out=. --go-grpc_out=. over every schema file that the teams kept in the shared repository."
	// A list of 288 words: the passage of 250 words ends inside its 21st
	// item, which starts the next passage whole.
	var retries strings.Builder
	for i := range 24 {
		fmt.Fprintf(&retries, "- E%02d (Retry): the call failed once. Retry it after a pause.\n", i+1)
	}
	return fstest.MapFS{
		"streams.md": {Data: []byte(`---
title: "Streams: a field guide"
tags: [k8s, realtime, i18n]
---
# Streams: a field guide

Node.js streams move data in chunks, e.g. a file read by fs.createReadStream() piped into zlib's gzip.

## Readable streams

A readable stream's data is consumed with async iterators or the 'data' event.

### fs.watch(filename[, options][, listener])

Watches for changes on filename. A watcher logs ` + "`Error: watch failed. Retry later.`" + ` and stops. The XMLHttpRequest and unwrap_or_else names split into parts; Vec::with_capacity too.

### Backpressure

` + long + `

## Errors

These codes are defined by the runtime:

- ERR_STREAM_PREMATURE_CLOSE: the stream closed before it ended.
- 'ERR_INVALID_ARG_TYPE' (TypeError): an argument of the wrong type.
- EPIPE (Broken pipe): a write to a pipe with no reader.

## Retries

` + retries.String() + `
## Deployment on k8s

The DBs and deps of a service run on Kubernetes clusters, with o11y and a11y in mind.

<span class="filename">Filename: deploy.rs</span>

` + "```rust\n# fn hidden_wrapper() {\nlet replicas = 3;\n# }\n```" + `

` + "```console\n$ kubectl apply -f deploy.yaml\n  deployment.apps/web created\n```" + `
`)},
		"базы.md": {Data: []byte(`---
title: Базы данных
lang: ru
tags: [субд, postgres]
---
# Базы данных

## Какой движок выбрать

В каком году появился PostgreSQL? Какие версии Redis'а ещё поддерживаются, и какую выбрать для кластера? Это также зависит от того, который из движков уже стоит в Kafka'у и Postgres’ом.

## Журнал предзаписи

Журнал предзаписи (WAL) сохраняет ёмкие изменения до записи страниц; highWaterMark и Vec::new здесь ни при чём.
`)},
		"os.html": {Data: []byte(`<html><head><title>OS | Docs</title></head><body>
<h1>OS</h1><p>Facts about the machine the process runs on.</p>
<h2 id="notes">Notes</h2><p>Inside a container, size a worker pool with <a href="#osavailableparallelism">os.availableParallelism()</a>, not with the number of cores.</p>
<p>See <a href="#oscpus">os.cpus()</a> for details.</p>
<pre><code class="language-rust"><span class="boring">fn hidden_pool() {
</span>let workers = 4;
<span class="boring">}</span></code></pre>
<pre><code class="language-console">$ node -p "os.availableParallelism()"
8
</code></pre>
<h2 id="oscpus"><code>os.cpus()</code></h2><p>Returns an array of objects with information about each logical CPU core.</p>
<h2 id="osavailableparallelism"><code>os.availableParallelism()</code></h2><p>Returns an estimate of the default amount of parallelism a program should use.</p>
</body></html>`)},
		"kafka.txt": {Data: []byte(`Kafka started as LinkedIn's answer to its log pipelines.
Practical value of this chapter
Design in practice
Choose partitions by the keys you read together.
Kafka: The Documentary
How a commit log became the backbone of event streaming
Source
Book cube
Documentary review
Origins
LinkedIn needed one pipeline for every event in 2010.
LinkedIn opens the code
In 2011 the project is released as open source.
Partitions
Card one
Each partition is an ordered, immutable sequence of records.
Card two
Consumers track their offset in each partition.
Related chapters
- Streams: a field guide - both move data in order.
`)},
	}
}

// TestFormatFingerprint fails when index-time analysis changes while
// formatVersion does not: an index on disk of the same format would then
// be read with terms and token totals it does not hold (as happened when
// the forms of "какой" became stop words without a new format). It builds
// an index of formatBook and hashes what the generation holds: each
// field's terms with their postings (document, frequency, norm), the
// stored fields, and the manifest but for when and by whom it was built.
// Book's parsing, the document layout, the mapping and the analyser all
// show in it. Run with -args -formatdump FILE to see what is hashed (diff
// the dumps of two commits to see what changed).
func TestFormatFingerprint(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, formatBook())
	g, err := ix.acquire()
	if err != nil {
		t.Fatal(err)
	}
	defer g.refs.Done()
	dump := generationDump(t, g)
	if *formatDump != "" {
		if err := os.WriteFile(*formatDump, []byte(dump), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sum := sha256.Sum256([]byte(dump))
	got := fmt.Sprintf("%d:%s", formatVersion, hex.EncodeToString(sum[:]))
	switch recorded, _, _ := strings.Cut(formatFingerprint, ":"); {
	case got == formatFingerprint:
	case recorded == fmt.Sprint(formatVersion):
		t.Errorf("index-time analysis changed: bump the format number (formatVersion %d, manifest.go) and record the new fingerprint", formatVersion)
	default:
		t.Errorf("formatVersion is %d, the fingerprint recorded is of format %s: record the new one:\n\tconst formatFingerprint = %q", formatVersion, recorded, got)
	}
}

// generationDump writes out what generation g holds, in a fixed order.
func generationDump(t *testing.T, g *generation) string {
	t.Helper()
	var b strings.Builder
	m := *g.man
	m.Format, m.BuiltAt, m.BuiltBy, m.BuiltPID = 0, time.Time{}, "", 0
	man, err := json.MarshalIndent(m, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(&b, "manifest %s\n", man)

	fields, err := g.reader.Fields()
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(fields)
	mapped, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	for f, fm := range mapped.DefaultMapping.Properties {
		if fm.Enabled && !slices.Contains(fields, f) {
			t.Errorf("formatBook gives field %s no term: give it text", f)
		}
	}
	for _, f := range fields {
		dumpField(t, &b, g, f)
	}

	for _, id := range passageIDs(t, g) {
		doc, err := g.idx.Document(id)
		if err != nil {
			t.Fatal(err)
		}
		var stored []string // in field order: a document's fields come in any order
		doc.VisitFields(func(f index.Field) {
			stored = append(stored, fmt.Sprintf("stored %s %s %d %q\n", id, f.Name(), f.Options(), f.Value()))
		})
		slices.Sort(stored)
		b.WriteString(strings.Join(stored, ""))
	}
	// The word lists the analyser reads, whole: a stop word or an
	// abbreviation formatBook does not use changes no term of it.
	ss := newScriptStem()
	for _, l := range []struct {
		name string
		list analysis.TokenMap
	}{{"en", ss.enStop}, {"ru", ss.ruStop}} {
		fmt.Fprintf(&b, "stop %s %q\n", l.name, slices.Sorted(maps.Keys(l.list)))
	}
	for _, a := range slices.Sorted(maps.Keys(abbreviated)) {
		fmt.Fprintf(&b, "abbreviated %s %s\n", a, abbreviated[a])
	}
	return b.String()
}

// dumpField writes each term of field f with its postings.
func dumpField(t *testing.T, b *strings.Builder, g *generation, f string) {
	t.Helper()
	dict, err := g.reader.FieldDict(f)
	if err != nil {
		t.Fatal(err)
	}
	defer dict.Close()
	for {
		e, err := dict.Next()
		if err != nil {
			t.Fatal(err)
		}
		if e == nil {
			return
		}
		fmt.Fprintf(b, "term %s %q %d:", f, e.Term, e.Count)
		tfr, err := g.reader.TermFieldReader(context.Background(), []byte(e.Term), f, true, true, false)
		if err != nil {
			t.Fatal(err)
		}
		type posting struct {
			id   string
			freq uint64
			norm float64
		}
		var ps []posting
		for {
			d, err := tfr.Next(nil)
			if err != nil {
				t.Fatal(err)
			}
			if d == nil {
				break
			}
			id, err := g.reader.ExternalID(d.ID)
			if err != nil {
				t.Fatal(err)
			}
			ps = append(ps, posting{id, d.Freq, d.Norm})
		}
		tfr.Close()
		slices.SortFunc(ps, func(a, b posting) int { return cmp.Compare(a.id, b.id) })
		for _, p := range ps {
			fmt.Fprintf(b, " %s/%d/%g", p.id, p.freq, p.norm)
		}
		b.WriteByte('\n')
	}
}

// passageIDs are the IDs of g's passages, from its manifest, sorted.
func passageIDs(t *testing.T, g *generation) []string {
	t.Helper()
	var ids []string
	for _, c := range g.man.Chapters {
		for si, s := range c.Sections {
			for n := range s.Passages {
				ids = append(ids, docID(c.File, si, n))
			}
		}
	}
	if len(ids) != g.man.Passages {
		t.Fatalf("%d passage IDs in the outline, manifest says %d", len(ids), g.man.Passages)
	}
	slices.Sort(ids)
	return ids
}
