package answer

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"

	"github.com/chapterbot/chapterbot/internal/search"
	"github.com/google/go-cmp/cmp"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"sentence ends", "Node.js runs one thread per process. It uses an event loop! Does it ever block the loop? Rarely if ever at all.",
			[]string{"Node.js runs one thread per process.", "It uses an event loop!", "Does it ever block the loop?", "Rarely if ever at all."}},
		{"abbreviation", "Runtimes, e.g. Deno, took ideas from it. Then came Bun and others.",
			[]string{"Runtimes, e.g. Deno, took ideas from it.", "Then came Bun and others."}},
		{"list items are units", "- npm was created in 2010\n- the left-pad incident was in 2016",
			[]string{"npm was created in 2010", "the left-pad incident was in 2016"}},
		{"wrapped paragraph joins lines", "The event loop runs\ncallbacks when I/O completes.",
			[]string{"The event loop runs callbacks when I/O completes."}},
		{"code and short units dropped", "const x = require('fs');\n\nToo short.\n\nThis one has enough words in it.",
			[]string{"This one has enough words in it."}},
		{"lower-case start after a stop", "Some work runs in a pool. libuv sends those jobs to four threads; more if set.",
			[]string{"Some work runs in a pool.", "libuv sends those jobs to four threads; more if set."}},
		{"table rows carry their headers", "Opcode | Frame | Purpose\n0x9 | Ping | Heartbeat check from either side\n0xA | Pong | Reply to a ping",
			[]string{"Opcode: 0x9; Frame: Ping; Purpose: Heartbeat check from either side", "Opcode: 0xA; Frame: Pong; Purpose: Reply to a ping"}},
		{"company names", "The company npm, Inc. was founded later. It ran the registry.",
			[]string{"The company npm, Inc. was founded later.", "It ran the registry."}},
		{"initials", "It was written by J. R. Smith in the nineties.",
			[]string{"It was written by J. R. Smith in the nineties."}},
		{"a macro's bang before a lower-case word", "If we call println! in a test, we won't see the println! output. It uses an event loop! Does it ever block?",
			[]string{"If we call println! in a test, we won't see the println! output.", "It uses an event loop!", "Does it ever block?"}},
		{"a list of short values goes with its introduction", "The property names the platform.\n\nCurrently possible values are:\n\n- 'aix'\n- 'darwin'\n- 'win32'\n\nThe value 'android' may also be returned.",
			[]string{"The property names the platform.", "Currently possible values are: 'aix', 'darwin', 'win32'.", "The value 'android' may also be returned."}},
		{"a default is kept, short and typed", "- <integer> Default: 8192\n- <string>\n\nThis is the size of the pool.",
			[]string{"<integer> Default: 8192", "This is the size of the pool."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Sentences(tt.text)); diff != "" {
				t.Errorf("Sentences (-want +got):\n%s", diff)
			}
		})
	}
}

// A sentence ending with ":" holds the short code block that follows it
// (past a one-line caption), one line for inline quoting; a long block, a
// block after prose, or a list item's colon holds none.
func TestUnitsCode(t *testing.T) {
	text := "Show the output of passing tests with this flag:\n\n$ cargo test -- --show-output\n\n" +
		"Print the whole listing like this:\n\nfn a() {}\nfn b() {}\nfn c() {}\nfn d() {}\nfn e() {}\n\n" +
		"This sentence ends without a colon.\n\nlet x = 1;\n\n" +
		"- a list item that ends in a colon:\n\nlet y = 2;"
	var got []string
	var examples []bool
	for _, u := range units(text) {
		got = append(got, u.code)
		examples = append(examples, u.example)
	}
	want := []string{"$ cargo test -- --show-output", "", "", ""}
	if diff := cmp.Diff([]bool{true, true, false, false}, examples); diff != "" {
		t.Errorf("units example (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("units code (-want +got):\n%s", diff)
	}
	s := sentence{text: "Show the output with this flag:", code: "$ cargo test -- --show-output"}
	if got, want := withCode(s), "Show the output with this flag: `$ cargo test -- --show-output`"; got != want {
		t.Errorf("withCode = %q, want %q", got, want)
	}
	s = sentence{text: "Print the whole listing like this:", example: true}
	if got, want := withCode(s), "Print the whole listing like this."; got != want {
		t.Errorf("withCode = %q, want %q", got, want)
	}
}

// fakeRetriever returns fixed hits; Terms lower-cases words and drops a
// few stop words, enough for composing tests.
type fakeRetriever struct {
	hits []search.Hit
	err  error
}

func (f fakeRetriever) Search(ctx context.Context, q string, k int) ([]search.Hit, error) {
	return f.hits, f.err
}

func (f fakeRetriever) Terms(text string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !('a' <= r && r <= 'z' || '0' <= r && r <= '9') }) {
		switch w {
		case "the", "a", "i", "is", "it", "of", "in", "what", "how", "does", "do", "to", "and", "was", "with", "when": // the index's stop words
			continue
		}
		out = append(out, w)
	}
	return out
}

var loopHits = []search.Hit{
	{ID: "node#event-loop", ChapterTitle: "Node.js", Heading: "Event loop", URL: "https://b/node#event-loop", Score: 4,
		Text: "Node.js was shown at a conference in 2009. The event loop hands slow I/O to the operating system and runs callbacks when it completes. Bananas are yellow and grow in bunches."},
	{ID: "node#libuv", ChapterTitle: "Node.js", Heading: "libuv", URL: "https://b/node#libuv", Score: 3,
		Text: "The libuv thread pool runs file system work for the event loop, four threads by default."},
	{ID: "react#intro", ChapterTitle: "React", Score: 0.5, Text: "React renders user interfaces from components."},
}

func TestAskComposesCitedSentences(t *testing.T) {
	e := New(fakeRetriever{hits: loopHits}, Options{})
	got, err := e.Ask(context.Background(), Question{Text: "How does the event loop handle slow I/O callbacks and thread pool work?"})
	if err != nil {
		t.Fatal(err)
	}
	want := Answer{
		Question: "How does the event loop handle slow I/O callbacks and thread pool work?",
		Text:     "The event loop hands slow I/O to the operating system and runs callbacks when it completes. [1] The libuv thread pool runs file system work for the event loop, four threads by default. [2]",
		Mode:     "extractive",
		Covered:  true,
		Citations: []Citation{
			{N: 1, ID: "node#event-loop", ChapterTitle: "Node.js", Heading: "Event loop", URL: "https://b/node#event-loop"},
			{N: 2, ID: "node#libuv", ChapterTitle: "Node.js", Heading: "libuv", URL: "https://b/node#libuv"},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Ask (-want +got):\n%s", diff)
	}
}

func TestAskNotCovered(t *testing.T) {
	hits := append([]search.Hit(nil), loopHits...)
	hits = append(hits, hits[0]) // a second passage of a section is listed once
	tests := []struct {
		name, question string
		nearest        []string
	}{
		// The book has neither "bake" nor "bread" (the fake's DocFreqs finds
		// them in no passage): the question is not covered, and the sections
		// holding its other words are the nearest.
		{"near", "how do I bake sourdough bread with a starter in the event loop?", []string{"node#event-loop", "node#libuv"}},
		// Nothing but filler ("best") is near: no section is listed.
		{"nothing near", "best bread in Naples?", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := New(fakeRetriever{hits: hits}, Options{}).Ask(context.Background(), Question{Text: tt.question})
			if err != nil {
				t.Fatal(err)
			}
			if got.Covered || len(got.Citations) != 0 {
				t.Errorf("covered = %v, citations %v", got.Covered, got.Citations)
			}
			var ids []string
			for _, c := range got.Nearest {
				ids = append(ids, c.ID)
			}
			if diff := cmp.Diff(tt.nearest, ids); diff != "" {
				t.Errorf("nearest (-want +got):\n%s", diff)
			}
			if !strings.Contains(got.Text, "does not cover") {
				t.Errorf("text %q does not say so", got.Text)
			}
		})
	}
}

func TestAskEmptyAndFailingSearch(t *testing.T) {
	e := New(fakeRetriever{err: errors.New("disk gone")}, Options{})
	if _, err := e.Ask(context.Background(), Question{Text: "  "}); !errors.Is(err, ErrEmptyQuestion) {
		t.Errorf("blank question: %v", err)
	}
	if _, err := e.Ask(context.Background(), Question{Text: "event loop"}); err == nil || !strings.Contains(err.Error(), "disk gone") {
		t.Errorf("search error: %v", err)
	}
	if got, err := New(fakeRetriever{}, Options{}).Ask(context.Background(), Question{Text: "anything"}); err != nil || got.Covered {
		t.Errorf("no hits: %+v, %v", got, err)
	}
}

func (f fakeRetriever) DocFreqs(ctx context.Context, terms []string) (map[string]int, error) {
	df := map[string]int{}
	for _, t := range terms {
		for _, h := range f.hits {
			if strings.Contains(strings.ToLower(h.Text), t) {
				df[t]++
			}
		}
	}
	return df, nil
}

// A passage that is all code has no sentence to quote: the answer quotes
// its snippet, and with no snippet either it is no answer at all.
func TestAskCodeOnlyPassage(t *testing.T) {
	hit := search.Hit{ID: "ops#setup", ChapterTitle: "Ops", Heading: "Setup", Score: 2,
		Text: "frobnicator.setup({ retries: 3 });\nfrobnicator.start();"}
	got, err := New(fakeRetriever{hits: []search.Hit{hit}}, Options{}).Ask(context.Background(), Question{Text: "frobnicator setup"})
	if err != nil {
		t.Fatal(err)
	}
	if got.Covered || len(got.Citations) != 0 || len(got.Nearest) != 1 {
		t.Errorf("without a snippet: %+v, want not covered with the section as nearest", got)
	}
	hit.Snippet = "frobnicator.setup({ retries: 3 });"
	got, err = New(fakeRetriever{hits: []search.Hit{hit}}, Options{}).Ask(context.Background(), Question{Text: "frobnicator setup"})
	if err != nil {
		t.Fatal(err)
	}
	if !got.Covered || got.Text != "frobnicator.setup({ retries: 3 }); [1]" || len(got.Citations) != 1 {
		t.Errorf("with a snippet: %+v", got)
	}
}

// How sentences are chosen and ordered, each case on two passages.
var historyHits = []search.Hit{{ID: "fs#fscp", ChapterTitle: "File system", Heading: "fs.cp(src, dest)", Score: 4,
	Text: "Version | Changes\nv20.1.0 | Accept a mode option to copy a directory recursively.\nv16.7.0 | Added in: v16.7.0\n\n" +
		"Asynchronously copies the entire directory structure from src to dest, recursively including subdirectories."}}

func TestAskChoosesSentences(t *testing.T) {
	tests := []struct {
		name, question string
		hits           []search.Hit
		want           string
		sources        []string
	}{
		{
			// The answer leads with the passage of its best sentence, even
			// when a higher-ranked passage also gives a sentence.
			name:     "leads with the best sentence",
			question: "why did servers with many idle connections run out of memory?",
			hits: []search.Hit{
				{ID: "ws#scaling", ChapterTitle: "WebSocket", Heading: "Scaling", Score: 5,
					Text: "A load balancer can run out of memory when many clients reconnect at once."},
				{ID: "node#threads", ChapterTitle: "Node.js", Heading: "Threads", Score: 4,
					Text: "Servers that kept many idle connections open ran out of memory before their processors were busy."},
			},
			want:    "Servers that kept many idle connections open ran out of memory before their processors were busy. [1] A load balancer can run out of memory when many clients reconnect at once. [2]",
			sources: []string{"node#threads", "ws#scaling"},
		},
		{
			// A sentence that shares only filler with the question is not
			// quoted.
			name:     "ignores filler",
			question: "what does the event loop actually run?",
			hits: []search.Hit{
				{ID: "misc#people", ChapterTitle: "Misc", Heading: "People", Score: 3,
					Text: "People actually like quiet mornings and long walks by the river."},
				{ID: "node#loop", ChapterTitle: "Node.js", Heading: "Loop", Score: 4,
					Text: "The event loop runs each callback when its I/O completes."},
			},
			want:    "The event loop runs each callback when its I/O completes. [1]",
			sources: []string{"node#loop"},
		},
		{
			// A section's heading names what each of its sentences is about:
			// a sentence of a section headed "Backpressure" answers a
			// question on backpressure, though the word is only in the
			// heading; the other section's sentence adds the word itself.
			// The short section's heading is shown as the lead's context.
			name:     "counts the heading",
			question: "backpressure on a slow client?",
			hits: []search.Hit{
				{ID: "node#fit", ChapterTitle: "Node.js", Heading: "Fit", Score: 4,
					Text: "Production systems still need queues, backpressure, timeouts and metrics."},
				{ID: "ws#backpressure", ChapterTitle: "WebSocket", Heading: "Backpressure", Score: 3,
					Text: "A slow client lets messages pile up in server memory."},
			},
			want:    "Backpressure: A slow client lets messages pile up in server memory. [1] Production systems still need queues, backpressure, timeouts and metrics. [2]",
			sources: []string{"ws#backpressure", "node#fit"},
		},
		{
			// A sentence of another section joins only when it holds a
			// question word the answer lacks.
			name:     "adds another section only for new words",
			question: "why did idle connections run out of memory?",
			hits: []search.Hit{
				{ID: "node#threads", ChapterTitle: "Node.js", Heading: "Threads", Score: 5,
					Text: "Servers that kept many idle connections open would run out of memory."},
				{ID: "ws#scaling", ChapterTitle: "WebSocket", Heading: "Scaling", Score: 4,
					Text: "Idle connections run out of memory on a busy load balancer."},
			},
			want:    "Servers that kept many idle connections open would run out of memory. [1]",
			sources: []string{"node#threads"},
		},
		{
			// "who" leads with the sentence naming a person who made the
			// subject, not the one that repeats "created"; that one, of
			// another section, adds only the question's cue and is left out.
			name:     "who: a person",
			question: "Who created Node.js?",
			hits: []search.Hit{
				{ID: "node#foundation", ChapterTitle: "Node.js", Heading: "Foundation", Score: 5,
					Text: "The Node.js Foundation was created in 2015 under a new board, and io.js merged back."},
				{ID: "node#milestones", ChapterTitle: "Node.js", Heading: "Milestones", Score: 4,
					Text: "- 2009: Ryan Dahl publishes the first releases of Node.js at a conference.\n- 2010: npm ships with Node.js for the first time."},
			},
			want:    "2009: Ryan Dahl publishes the first releases of Node.js at a conference. [1]",
			sources: []string{"node#milestones"},
		},
		{
			// "when" leads with a date of the subject, its first one when the
			// question names no version, and a dated bullet may lead; the
			// other bullets add no question word and are left out.
			name:     "when: the first date",
			question: "When was React released?",
			hits: []search.Hit{
				{ID: "react#milestones", ChapterTitle: "React", Heading: "Milestones", Score: 5,
					Text: "- 2011: a prototype of React runs in the news feed of a large site.\n- May 2013: React is open-sourced at a conference.\n- December 2024: React 19 is released with new features."},
				{ID: "react#why", ChapterTitle: "React", Heading: "Why", Score: 4,
					Text: "React answered a problem that large interfaces had with state."},
			},
			want:    "May 2013: React is open-sourced at a conference. [1]",
			sources: []string{"react#milestones"},
		},
		{
			// "what is X" leads with the sentence that defines X, even when
			// another comes first in the passage; a timeline row that only
			// repeats the chapter's name does not lead. The answer is the
			// definition: the rest of its section says less.
			name:     "what is: a definition",
			question: "What is an operator in Kubernetes?",
			hits: []search.Hit{
				{ID: "k8s#milestones", ChapterTitle: "Kubernetes", Heading: "Milestones", Score: 5,
					Text: "Date | Event\nJune 2014 | Google announces Kubernetes to the public\n2016 | the operator pattern appears in Kubernetes"},
				{ID: "k8s#operators", ChapterTitle: "Kubernetes", Heading: "Extending the API", Score: 4,
					Text: "Custom resources add new object types to the API of Kubernetes. An operator, a term coined in 2016, is a controller that manages such a resource."},
			},
			want:    "An operator, a term coined in 2016, is a controller that manages such a resource. [1]",
			sources: []string{"k8s#operators"},
		},
		{
			// "how do I" leads with the sentence that says what to do (code
			// to type, "we use"), not the one that repeats the question.
			name:     "how do I: the way to do it",
			question: "how do I drop a value early?",
			hits: []search.Hit{
				{ID: "rust#drop", ChapterTitle: "Rust", Heading: "Cleanup", Score: 5,
					Text: "A value is freed early when the program ends. To drop it early, we use the std::mem::drop function."},
			},
			want:    "To drop it early, we use the std::mem::drop function. [1] A value is freed early when the program ends. [1]",
			sources: []string{"rust#drop"},
		},
		{
			// A sentence that introduces an example, however long, tells how;
			// one that goes on from it ("Alternatively, ...", "to do so")
			// follows the sentence it goes on from. A lower passage's
			// sentence that shares words by chance ("command line") and
			// names a flag does not lead.
			name:     "how do I: a long example",
			question: "how do I read a file line by line?",
			hits: []search.Hit{
				{ID: "readline#example", ChapterTitle: "Readline", Heading: "Example: read a file stream line by line", Score: 5,
					Text: "A common use case is to consume an input file one line at a time. The easiest way to do so is a loop over a stream:\n\nconst rl = readline.createInterface({\n  input: fs.createReadStream('in.txt'),\n});\nfor await (const line of rl) {\n  console.log(line);\n}\n\nAlternatively, one could listen for each 'line' event:\n\nrl.on('line', (line) => {\n  console.log(line);\n});\nrl.on('close', done);\nrl.resume();"},
				{ID: "cli#openssl", ChapterTitle: "Command-line API", Heading: "--openssl-shared-config", Score: 2.5,
					Text: "The configuration file is named openssl.cnf unless the command line option --openssl-config names another."},
			},
			want:    "A common use case is to consume an input file one line at a time. [1] The easiest way to do so is a loop over a stream. [1] Alternatively, one could listen for each 'line' event. [1]",
			sources: []string{"readline#example"},
		},
		{
			// The best-ranked section's sentences weigh more, but not those
			// of a chapter's overview, which names all its subjects. The
			// company that opens the answer is the answer (a rare word, even
			// first); the overview adds nothing to it.
			name:     "a chapter's overview is not the best section",
			question: "which company hired the author to work on the project?",
			hits: []search.Hit{
				{ID: "redis", ChapterTitle: "Redis", Score: 5,
					Text: "This chapter covers which company backed the author."},
				{ID: "redis#people", ChapterTitle: "Redis", Heading: "People", Score: 3,
					Text: "VMware hired the author to work on the project in 2010."},
			},
			want:    "VMware hired the author to work on the project in 2010. [1]",
			sources: []string{"redis#people"},
		},
		{
			// A question for a default leads with the value a line states as
			// the default, short and typed as it is; the sentences that say
			// what it is the value of follow.
			name:     "default: the value",
			question: "what's Buffer.poolSize by default?",
			hits: []search.Hit{
				{ID: "buffer#poolsize", ChapterTitle: "Buffer", Heading: "Class property: Buffer.poolSize", Score: 5,
					Text: "Added in: v0.11.3\n\n- <integer> Default: 8192\n\nThis is the size (in bytes) of pre-allocated internal Buffer instances used for pooling. This value may be modified."},
				{ID: "buffer#allocunsafe", ChapterTitle: "Buffer", Heading: "Static method: Buffer.allocUnsafe(size)", Score: 4,
					Text: "The Buffer module pre-allocates an internal Buffer instance of size Buffer.poolSize that is used as a pool."},
			},
			want:    "<integer> Default: 8192 [1] This is the size (in bytes) of pre-allocated internal Buffer instances used for pooling. [1] This value may be modified. [1]",
			sources: []string{"buffer#poolsize"},
		},
		{
			// A sentence that introduces a short code block ("add these
			// lines:") is quoted with it, past a caption line.
			name:     "how do I: with its code",
			question: "how do I change the optimization level of dev builds?",
			hits: []search.Hit{
				{ID: "rust#profiles", ChapterTitle: "Rust", Heading: "Profiles", Score: 5,
					Text: "To change the optimization level of dev builds, add these two lines to Cargo.toml:\n\nFilename: Cargo.toml\n\n[profile.dev]\nopt-level = 1\n\nThe optimization level of release builds is 3, like this:\n\n$ cargo build --release\nline two\nline three\nline four\nline five"},
			},
			want:    "To change the optimization level of dev builds, add these two lines to Cargo.toml:\n```\n[profile.dev]\nopt-level = 1\n```\n [1]",
			sources: []string{"rust#profiles"},
		},
		{
			// The person a "who" question asks for may come in the sentence
			// after the one that shares its words: that sentence shares its
			// match, and naming a person, leads.
			name:     "who: the next sentence names the person",
			question: "who took over when antirez stepped down?",
			hits: []search.Hit{
				{ID: "redis#people", ChapterTitle: "Redis", Heading: "People", Score: 3,
					Text: "In June 2020 antirez stepped down as maintainer. The code passed to Yossi Gottlieb and Oran Agra."},
			},
			want:    "The code passed to Yossi Gottlieb and Oran Agra. [1] In June 2020 antirez stepped down as maintainer. [1]",
			sources: []string{"redis#people"},
		},
		{
			// A best sentence that opens with "This" standing for the
			// sentence before it ("This proves ...") says what the question
			// asks but not the answer: the sentence it points to leads.
			name:     "points back: the sentence before leads",
			question: "how does the server prove it speaks websocket?",
			hits: []search.Hit{
				{ID: "ws#handshake", ChapterTitle: "WebSocket", Heading: "Handshake", Score: 5,
					Text: "The client sends a random key in the upgrade request. The server hashes that key with a fixed GUID and returns the result in its reply. This proves the server speaks websocket; it is not a security feature."},
			},
			want:    "The server hashes that key with a fixed GUID and returns the result in its reply. [1] This proves the server speaks websocket; it is not a security feature. [1]",
			sources: []string{"ws#handshake"},
		},
		{
			// "It is ..." names its subject and says something of its own:
			// it leads as it is.
			name:     "points back: not a pronoun",
			question: "is node a weak fit for heavy image processing?",
			hits: []search.Hit{
				{ID: "node#fit", ChapterTitle: "Node.js", Heading: "Fit", Score: 5,
					Text: "Node.js fits network work such as gateways and proxies. It is a weak fit for heavy image processing, where real threads do better."},
			},
			want:    "It is a weak fit for heavy image processing, where real threads do better. [1]",
			sources: []string{"node#fit"},
		},
		{
			// "This works" after a code line points to the code, not to the
			// sentence before it: it leads as it is.
			name:     "points back: not across code",
			question: "does resizing images work in a worker pool?",
			hits: []search.Hit{
				{ID: "node#code", ChapterTitle: "Node.js", Heading: "Code", Score: 4,
					Text: "Some long sentence about node workers.\n\nsharp(input).resize(300);\n\nThis works for resizing images in a worker pool."},
			},
			want:    "This works for resizing images in a worker pool. [1]",
			sources: []string{"node#code"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := New(fakeRetriever{hits: tt.hits}, Options{}).Ask(context.Background(), Question{Text: tt.question})
			if err != nil {
				t.Fatal(err)
			}
			var sources []string
			for _, c := range got.Citations {
				sources = append(sources, c.ID)
			}
			if got.Text != tt.want || !slices.Equal(sources, tt.sources) {
				t.Errorf("answer %q, sources %v; want %q, %v", got.Text, sources, tt.want, tt.sources)
			}
		})
	}
}

// wordRetriever is a fakeRetriever whose terms are the lower-cased words
// of any script, unstemmed: enough for Russian questions.
type wordRetriever struct{ fakeRetriever }

func (w wordRetriever) Terms(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// A sentence that writes a question's term another way (names.txt: Redis
// for "редис") holds it: the person it names answers "who".
func TestAskOtherSpelling(t *testing.T) {
	hits := []search.Hit{{ID: "redis#history", ChapterTitle: "Redis", Heading: "Как появился Redis", Score: 3,
		Text: "В 2009 году программист Сальваторе Санфилиппо делал стартап LLOOGG. Реляционная база не успевала, и он написал собственное хранилище в памяти."}}
	q := Question{Text: "кто написал редис?"}
	got := New(wordRetriever{fakeRetriever{hits: hits}}, Options{}).extractive(context.Background(), q, Retrieval{Query: q.Text, Hits: hits, Covered: true})
	if want := "В 2009 году программист Сальваторе Санфилиппо делал стартап LLOOGG."; !strings.HasPrefix(got.Text, want) {
		t.Errorf("answer %q, want it to lead with %q", got.Text, want)
	}
}

// A row of an API's change history leads only a question on when or in
// which version something changed.
func TestAskChangeHistory(t *testing.T) {
	hits := []search.Hit{{ID: "fs#fscp", ChapterTitle: "File system", Heading: "fs.cp(src, dest)", Score: 4,
		Text: "Version | Changes\nv20.1.0 | Accept a mode option to copy a directory recursively.\nv16.7.0 | Added in: v16.7.0\n\n" +
			"Asynchronously copies the entire directory structure from src to dest, recursively including subdirectories."}}
	tests := []struct{ question, want string }{
		{"does fs cp copy a directory recursively?", "Asynchronously copies the entire directory structure from src to dest, recursively including subdirectories."},
		{"which version of fs cp added a mode option?", "Version: v20.1.0; Changes: Accept a mode option to copy a directory recursively."},
	}
	for _, tt := range tests {
		q := Question{Text: tt.question}
		got := New(fakeRetriever{hits: hits}, Options{}).extractive(context.Background(), q, Retrieval{Query: q.Text, Hits: hits, Covered: true})
		if !strings.HasPrefix(got.Text, tt.want+" [1]") {
			t.Errorf("%q: answer %q, want it to lead with %q", tt.question, got.Text, tt.want)
		}
	}
}

// "Alternatively, ..." that opens its passage goes on from a way the
// answer cannot quote: another sentence that matches about as well leads.
func TestAskGoesOnFromNothing(t *testing.T) {
	hits := []search.Hit{{ID: "readline#lines", ChapterTitle: "Readline", Heading: "Example: read file stream line by line", Score: 4,
		Text: "Alternatively, use the line event to read a large file line by line.\n\nThe readline module can read a large file one line at a time."}}
	wantLead(t, hits, "how to read a large file line by line?",
		"The readline module can read a large file one line at a time. [1]")
}

// A modal verb of the question ("can") earns a sentence nothing: "what
// values can process.platform be?" is about process.platform.
func TestAskModalWords(t *testing.T) {
	hits := []search.Hit{
		{ID: "child#windows", ChapterTitle: "Child processes", Heading: "Spawning on Windows", Score: 4,
			Text: "The distinction between exec and execFile can vary based on platform."},
		{ID: "process#platform", ChapterTitle: "Process", Heading: "process.platform", Score: 3.9,
			Text: "The process.platform property returns a string identifying the operating system platform, such as win32."},
	}
	wantLead(t, hits, "what values can process.platform be?",
		"The process.platform property returns a string identifying the operating system platform, such as win32. [1]")
}

// A question for a date finds it in a passage scored well below the best
// one, which only talks about its subject.
func TestAskDateInLowerPassage(t *testing.T) {
	hits := []search.Hit{
		{ID: "elixir#liveview", ChapterTitle: "Elixir", Heading: "Phoenix and LiveView", Score: 1,
			Text: "LiveView renders interactive pages on the server. Phoenix announced its channels layer for realtime topics."},
		{ID: "elixir#milestones", ChapterTitle: "Elixir", Heading: "Milestones", Score: 0.35,
			Text: "- 2018: Phoenix LiveView is announced.\n- 2014: Elixir 1.0 is released."},
	}
	wantLead(t, hits, "when was LiveView announced?",
		"2018: Phoenix LiveView is announced. [1]")
}

// A short term of the question that no sentence writes is held by the
// words it abbreviates: "SSE" by "Server-Sent Events".
func TestAskAbbreviation(t *testing.T) {
	hits := []search.Hit{{ID: "ws#choosing", ChapterTitle: "WebSocket", Heading: "Choosing", Score: 4,
		Text: "A live feed over WebSocket suits frequent messages in both directions. Server-Sent Events stream a live feed from server to client over plain HTTP."}}
	wantLead(t, hits, "should I use SSE for a live feed?",
		"Server-Sent Events stream a live feed from server to client over plain HTTP. [1]")
}

// A sentence about the text itself ("This chapter covers ...") does not
// lead over one that says the same of the subject.
func TestAskMetaSentence(t *testing.T) {
	hits := []search.Hit{
		{ID: "redis#intro", ChapterTitle: "Redis", Heading: "Introduction", Score: 4,
			Text: "This chapter covers the company that hired the author."},
		{ID: "redis#people", ChapterTitle: "Redis", Heading: "People", Score: 4,
			Text: "In 2010 the company VMware hired the author full time."},
	}
	wantLead(t, hits, "which company hired the author?",
		"In 2010 the company VMware hired the author full time. [1]")
}

// A question for a company leads with a sentence that names one.
func TestAskCompany(t *testing.T) {
	hits := []search.Hit{{ID: "redis#people", ChapterTitle: "Redis", Heading: "People", Score: 4,
		Text: "The company hired the author to work on the project full time. In 2010 VMware hired the author."}}
	wantLead(t, hits, "which company hired the author?",
		"In 2010 VMware hired the author. [1]")
}

// A question for a company leads with a sentence that opens with a rare
// name ("Honeypot captures ..."), not one that names only a common word
// later.
func TestAskCompanyFirstWord(t *testing.T) {
	hits := []search.Hit{{ID: "node#premiere", ChapterTitle: "Node.js", Heading: "Premiere", Score: 4,
		Text: "The documentary premieres as a film about the runtime. Honeypot made the documentary about the runtime."}}
	wantLead(t, hits, "which company made the documentary?",
		"Honeypot made the documentary about the runtime. [1]")
}

// "when was kafka 4 released?" leads with the date of version 4, not
// with another date of Kafka that repeats the question's cue.
func TestAskWhenVersion(t *testing.T) {
	hits := []search.Hit{
		{ID: "kafka#apache", ChapterTitle: "Kafka", Heading: "Open source", Score: 4.2,
			Text: "LinkedIn released Kafka as open source in October 2012."},
		{ID: "kafka#kraft", ChapterTitle: "Kafka", Heading: "Life without ZooKeeper", Score: 4,
			Text: "Version 4 followed in March 2025."},
	}
	wantLead(t, hits, "when was kafka 4 released?",
		"Version 4 followed in March 2025. [1]")
}

// "what is the write-ahead log?" leads with what it does, not with the
// milestone that dates it.
func TestAskWhatNotDated(t *testing.T) {
	hits := []search.Hit{
		{ID: "pg#wal-milestone", ChapterTitle: "PostgreSQL", Heading: "Write-ahead log", Score: 5,
			Text: "Version 7.1 in 2001 added the write-ahead log, which made crash recovery fast."},
		{ID: "pg#wal", ChapterTitle: "PostgreSQL", Heading: "Write-ahead logging", Score: 4,
			Text: "Every change is first recorded in the write-ahead log, so a crash can be recovered by replaying the log."},
	}
	wantLead(t, hits, "what is the write-ahead log?",
		"Every change is first recorded in the write-ahead log, so a crash can be recovered by replaying the log. [1]")
}

// A sentence that opens with "the same version" leads after the sentence
// that names the version.
func TestAskSameVersion(t *testing.T) {
	hits := []search.Hit{{ID: "redis#threads", ChapterTitle: "Redis", Heading: "Threads", Score: 4,
		Text: "Version 6 made sockets parallel. In the same version came ACL lists and the RESP3 protocol."}}
	wantLead(t, hits, "RESP3 protocol?",
		"Version 6 made sockets parallel. [1] In the same version came ACL lists and the RESP3 protocol. [1]")
}

// russianDefaultsBook states defaults the Russian way: "По умолчанию стоит
// X", "Стандартный порт — N", next to sentences that share more of the
// question's words.
var russianDefaultsBook = fstest.MapFS{
	"cache.md": {Data: []byte(`---
title: "Кэш"
lang: ru
---

# Кэш

## Вытеснение ключей

Политика вытеснения задаётся параметром maxmemory-policy, и политики вытеснения LFU появились в версии 4.0. По умолчанию стоит noeviction: сервер возвращает ошибку на запись.

## Порты

Стандартный порт сервера — 6379. Процессы наблюдения слушают по умолчанию на порту 26379 и следят за сервером.
`)},
}

// A Russian question for a default leads with the sentence that states
// it.
func TestAskRussianDefault(t *testing.T) {
	e := New(bookIndex(t, russianDefaultsBook), Options{})
	tests := []struct{ q, want string }{
		{"какая политика вытеснения стоит по умолчанию?", "По умолчанию стоит noeviction"},
		{"какой порт сервера по умолчанию?", "Стандартный порт сервера — 6379"},
	}
	askLeads(t, e, tests)
}

// "how many slots" leads with the number of slots, not with another
// number of the subject.
func TestAskHowManyCounted(t *testing.T) {
	hits := []search.Hit{
		{ID: "redis#cluster", ChapterTitle: "Redis", Heading: "Cluster", Score: 4.2,
			Text: "Version 3 came with slots for every key."},
		{ID: "redis#slots", ChapterTitle: "Redis", Heading: "Keys", Score: 4,
			Text: "The key space has 16384 slots."},
	}
	wantLead(t, hits, "how many slots are there?",
		"The key space has 16384 slots. [1]")
}

// "which version added RESP3?" weighs a sentence that opens with "In the
// same version" by the version of the sentence before it, which leads.
func TestAskVersionFromBefore(t *testing.T) {
	hits := []search.Hit{
		{ID: "redis#cluster", ChapterTitle: "Redis", Heading: "Cluster", Score: 4.2,
			Text: "Version 2 added the RESP3 cluster mode."},
		{ID: "redis#threads", ChapterTitle: "Redis", Heading: "Threads", Score: 4,
			Text: "Version 6 made sockets parallel. In the same version came the RESP3 protocol."},
	}
	wantLead(t, hits, "which version brought the RESP3 protocol?",
		"Version 6 made sockets parallel. [1] In the same version came the RESP3 protocol. [1]")
}

// russianLeadersBook names the people who lead a project with a noun
// ("Руководство") where a question asks with a verb ("руководит").
var russianLeadersBook = fstest.MapFS{
	"redis.md": {Data: []byte(`---
title: "Redis"
lang: ru
---

# Redis

## Люди

В 2009 году Сальваторе Санфилиппо написал сервер и выложил код под лицензией BSD. В 2020 году Санфилиппо ушёл. Руководство кодом перешло к Йосси Готлибу и Орану Агре.
`)},
}

// A Russian question's stem is held by a longer stem of the same word:
// "руководит" by "Руководство".
func TestAskRussianLongerStem(t *testing.T) {
	e := New(bookIndex(t, russianLeadersBook), Options{})
	askLeads(t, e, []struct{ q, want string }{{"кто сейчас руководит кодом redis?", "Руководство кодом перешло к Йосси Готлибу и Орану Агре."}})
}

// askLeads fails the test unless the engine's answer to each question
// opens with its want.
func askLeads(t *testing.T, e *Engine, tests []struct{ q, want string }) {
	t.Helper()
	for _, tt := range tests {
		a, err := e.Ask(context.Background(), Question{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(a.Text, tt.want) {
			t.Errorf("%q: answer %q, want it to lead with %q", tt.q, a.Text, tt.want)
		}
	}
}

// wantLead fails the test unless the extractive answer to question, over
// hits that cover it, opens with want.
func wantLead(t *testing.T, hits []search.Hit, question, want string) {
	t.Helper()
	q := Question{Text: question}
	got := New(fakeRetriever{hits: hits}, Options{}).extractive(context.Background(), q, Retrieval{Query: q.Text, Hits: hits, Covered: true})
	if !strings.HasPrefix(got.Text, want) {
		t.Errorf("%q: answer %q, want it to lead with %q", question, got.Text, want)
	}
}

func TestShorterStem(t *testing.T) {
	tests := []struct {
		t, q string
		want bool
	}{
		{"переименова", "переименован", true}, // переименовали, переименования
		{"подключ", "подключа", true},         // подключиться, подключаюсь
		{"проксирова", "проксирован", true},   // проксировать, проксирования
		{"переименован", "переименован", false},
		{"переименован", "переименова", false}, // the longer one: HasPrefix's case
		{"настро", "настройк", true},
		{"прилож", "приложениям", false}, // more than two letters longer
		{"созд", "созда", false},         // too short to tell
		{"запуст", "запрос", false},
	}
	for _, tt := range tests {
		if got := shorterStem(tt.t, tt.q); got != tt.want {
			t.Errorf("shorterStem(%q, %q) = %v, want %v", tt.t, tt.q, got, tt.want)
		}
	}
}

// russianRenamedBook tells a renaming with the verb ("переименовали")
// that a question asks with its noun ("после переименования"), beside a
// sentence that shares the question's other words.
var russianRenamedBook = fstest.MapFS{
	"cloud.md": {Data: []byte(`---
title: "Облачный сервис Foo"
lang: ru
---

# Облачный сервис Foo

## Foo Cloud

Foo Cloud — платный сервис для команд, который появился в 2018 году. Версия для установки на свои серверы называется Foo Enterprise. В 2022 году Foo Cloud переименовали в Foo Platform.
`)},
}

// A Russian question that names a deed by its noun leads with the
// sentence that tells it with the verb.
func TestAskRussianDeedNoun(t *testing.T) {
	e := New(bookIndex(t, russianRenamedBook), Options{})
	askLeads(t, e, []struct{ q, want string }{
		{"как теперь называется foo cloud после переименования?", "В 2022 году Foo Cloud переименовали"},
	})
}

func TestSameForms(t *testing.T) {
	stems := map[string]string{"языке": "язык", "написан": "написа", "foo": "foo"}
	terms := func(w string) []string {
		if t, ok := stems[w]; ok {
			return []string{t}
		}
		return nil // a stop word
	}
	forms := ruForms("На каком языке написан Foo?", terms)
	tests := []struct {
		s    string
		want []string
	}{
		{"Инструмент написан на Go.", []string{"написа"}},
		{"Автор написал Bar.", nil}, // the same stem in another form
		{"Языке, языке, и Foo написан.", []string{"язык", "написа"}},
		{"Foo и foo.", nil}, // a Latin word has one form
	}
	for _, tt := range tests {
		if got := sameForms(tt.s, forms); !slices.Equal(got, tt.want) {
			t.Errorf("sameForms(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// russianWrittenBook has two sentences that share a stem of the
// question's verb: one in the question's form ("написан"), one in
// another ("написал").
var russianWrittenBook = fstest.MapFS{
	"tool.md": {Data: []byte(`---
title: "Утилита Foo"
lang: ru
---

# Утилита Foo

## Откуда взялась Foo

Проект начался в 2012 году в небольшой компании. До этого автор написал Bar — утилиту для управления виртуальными машинами. Инструмент написан на Go и распространяется как один исполняемый файл.
`)},
}

// A Russian question's word in its own form leads over the same stem in
// another form.
func TestAskRussianSameForm(t *testing.T) {
	e := New(bookIndex(t, russianWrittenBook), Options{})
	askLeads(t, e, []struct{ q, want string }{
		{"на каком языке написан foo?", "Инструмент написан на Go"},
	})
}

// leadCase is a question and the words its answer must open with.
type leadCase struct{ q, lead string }

// wantAskLeads asks e each question and checks that its answer opens with
// the case's lead.
func wantAskLeads(t *testing.T, e *Engine, tests []leadCase) {
	t.Helper()
	for _, tt := range tests {
		got, err := e.Ask(context.Background(), Question{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(got.Text, tt.lead) {
			t.Errorf("%q: answer %q, want it to lead with %q", tt.q, got.Text, tt.lead)
		}
	}
}
