package answer

import (
	"context"
	"fmt"
	"io/fs"
	"maps"
	"math"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/chapterbot/chapterbot/internal/library"
	"github.com/chapterbot/chapterbot/internal/search"
)

// coverageBook has one chapter that answers questions on idle connections
// and only names Angular in passing, and one on another subject.
var coverageBook = fstest.MapFS{
	"servers.md": {Data: []byte(`# Servers

## Threads per connection

Early web servers gave every connection its own thread. Servers that held many idle connections ran out of memory long before their processors were busy.

A thread that only waits still holds its stack.

## Frameworks on the client

Teams compared Angular, Ember and Backbone before settling on one.
`)},
	"garden.md": {Data: []byte(`# Gardens

## Watering

Tomatoes want deep watering twice a week, early in the morning.
`)},
}

func TestCoverage(t *testing.T) {
	ix := bookIndex(t, coverageBook)
	e := New(ix, Options{})
	tests := []struct {
		q    string
		want bool
	}{
		// "old-school", "choke" and "tons" are not the book's words, but
		// they are common English; its subject words are all there.
		{"why did old-school servers choke when they had tons of idle connections?", true},
		{"how often should I water tomatoes?", true},
		{"how do I make sourdough bread?", false},
		// Postgres is a name the book never mentions.
		{"how does postgres handle idle connections?", false},
		// The one passage naming Angular holds no other word of the
		// question: a passing mention.
		{"what are angular signals?", false},
		// Here the other word is in the same passage.
		{"which client frameworks did teams compare?", true},
		// Written as names inside the sentence, and never in the book:
		// about something else, though every other word is the book's.
		{"does Tornado give every idle connection its own thread?", false},
		{"why do idle connections of WSGI servers hold a thread?", false},
		// A capital that starts a sentence, a two-letter abbreviation and
		// a code are no names.
		{"Honestly, why did servers with idle connections run out of memory?", true},
		{"why did servers with idle connections run out of memory? saw it in a PR", true},
		{"why did servers with idle connections run out of memory, error E0499", true},
		// Nor is the reader's own code.
		{"why does my `ConnPool` run out of memory with idle connections?", true},
		{"why does ConnPool::new() run out of memory with idle connections?", true},
		// A word general English does not know and the book never writes
		// names something else, in lower case too...
		{"how do i configure haproxy for servers with idle connections?", false},
		{"why did old-school servers choke with tons of idle connections, netlify or not?", false},
		// ... unless it is a word of technical English, which the
		// documentation of software writes widely ("mutex", "segfault"):
		// no name, and it weighs no more than an unknown word.
		{"why did old-school servers choke with tons of idle connections, a mutex?", true},
		{"do servers segfault with tons of idle connections?", true},
		{"how do i configure eslint for servers with idle connections?", false},
		// ... or a misspelling of a common word, or an adjective in -y of
		// one.
		{"why did old-school servers choke with tons of idle conections?", true},
		{"why did old-school servers choke with tons of idle connections, recieving nothing?", true},
		{"why did laggy old servers run out of memory with idle connections?", true},
		// A JavaScript product written with its suffix names one, though
		// the index reads two common words.
		{"why did old-school servers choke with tons of idle connections on Socket.IO?", false},
		{"do next.js servers run out of memory with idle connections?", false},
		{"do socket.io servers run out of memory with idle connections?", false},
		// A lower-case one names.txt does not list is as often a file.
		{"why did old-school servers choke with tons of idle connections in server.js?", true},
		// A name the question compares with is not what it asks about.
		{"do servers give every idle connection its own thread, like Tornado does?", true},
		{"why did old-school servers choke with tons of idle connections, unlike the haproxy ones?", true},
		// So is one it leaves out, or likens to.
		{"why did old-school servers choke with tons of idle connections, without haproxy?", true},
		{"do servers give every idle connection its own thread, no Tornado?", true},
		{"do haproxy-style servers give every idle connection its own thread?", true},
		// Or asks the book's equivalent of.
		{"what is the equivalent of Tornado's idle connections for servers that give every connection its own thread?", true},
		// A reader's pasted stack trace is code, not a name.
		{"servers with idle connections run out of memory at ConnPool.onidleconnx, why?", true},
		// What the reader pastes (a thrown error with its stack, a quoted
		// module, a path) is theirs: its names are no subject...
		{"Error: Cannot find module 'haproxy'\n    at Tornado.load (/srv/app/index.js:3:9)\nwhy do idle connections run servers out of memory?", true},
		{"servers with idle connections run out of memory when I require \"netlify\", why?", true},
		{"do servers give every idle connection its own thread, as a replacement for haproxy?", true},
		// ... but an error code the book never writes still names
		// something else, pasted or not.
		// A title in quotes or guillemets is no pasted value.
		{"servers with idle connections run out of memory, says \"The Tornado Book\", why?", false},
		{"npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE idle connections\nwhy do servers run out of memory?", false},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}

func TestCoverageWeights(t *testing.T) {
	c := coverage{english: englishWeights(), russian: russianWeights}
	w := func(word string) float64 {
		terms := search.Terms(word)
		if len(terms) != 1 {
			t.Fatalf("%q analyses to %q", word, terms)
		}
		return c.weight(terms[0])
	}
	// Common words weigh less than rare ones; a word in neither list
	// weighs the floor; a term with a digit at most codeWeight.
	if !(w("day") < w("decent") && w("decent") < w("sourdough") && w("sourdough") < w("qzxvbnt")) {
		t.Errorf("weights out of order: day %.2f, decent %.2f, sourdough %.2f, qzxvbnt %.2f", w("day"), w("decent"), w("sourdough"), w("qzxvbnt"))
	}
	if got := w("qzxvbnt"); got != c.english.floor {
		t.Errorf("unknown word weighs %.2f, want the floor %.2f", got, c.english.floor)
	}
	// ("k8s" is no such term: the index reads it as "kubernetes".)
	if got := w("es2022"); got != codeWeight {
		t.Errorf("es2022 weighs %.2f, want %v", got, float64(codeWeight))
	}
}

// TestCoverageIdentifiers: an identifier of the question is found where
// the book spells its parts as words, and the other way round.
func TestCoverageIdentifiers(t *testing.T) {
	book := fstest.MapFS{"streams.md": {Data: []byte("# Streams\n\n## Buffering\n\nA writable stream buffers data until it reaches its high water mark.\n\n## Timers\n\nCall setTimeout to run a callback once the delay has passed.\n")}}
	ix := bookIndex(t, book)
	e := New(ix, Options{})
	for _, q := range []string{"highWaterMark?", "high water mark?", "setTimeout delay", "set timeout delay"} {
		r, err := e.Retrieve(context.Background(), Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if r.Coverage < 0.999 { // a sum of weights in map order
			t.Errorf("%q: share %.3f, want 1", q, r.Coverage)
		}
	}
}

// TestCoverageSpelledWithin: a Latin word of the question is found inside
// a longer word of a passage ("fsync" in "appendfsync").
func TestCoverageSpelledWithin(t *testing.T) {
	book := fstest.MapFS{"journal.md": {Data: []byte("# Journal\n\n## Durability\n\nSet appendfsync to everysec to flush the journal to disk once a second.\n\nThe journal mutes its disk at night.\n")}}
	ix := bookIndex(t, book)
	e := New(ix, Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"how often does fsync flush the journal to disk?", true},
		{"how often does zfsck flush the journal to disk?", false},
		// A word of technical English is no misspelling of the book's word
		// one letter from it: "mutex" is not "mute".
		{"which mute at night?", true},
		{"which mutex at night?", false},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
	// A common word inside a longer one is part of another word: "board"
	// is not found in "dashboard"; a rare one is ("evict" in "noeviction").
	c := newCoverage(ix)
	for _, tt := range []struct{ t, in, want string }{
		{"board", "dashboard", ""},
		{"fsync", "appendfsync", "appendfsync"},
		{"evict", "noevict", "noevict"},
	} {
		if got := c.spelledWithin(tt.t, nil, map[string]bool{tt.in: true}); got != tt.want {
			t.Errorf("spelledWithin(%q, %q) = %q, want %q", tt.t, tt.in, got, tt.want)
		}
	}
}

func TestAsideTerms(t *testing.T) {
	ix := bookIndex(t, coverageBook)
	tests := []struct {
		q    string
		want []string
	}{
		{"can node import from a url like deno does", []string{"deno"}},
		{"does rust have inheritance like in Java?", []string{"java"}},
		{"how is it done instead of the Express way", []string{"express"}},
		{"чем это лучше, в отличие от Go?", []string{"go"}},
		{"how do I use Deno.serve", nil},
		{"what does it look like", nil},
		{"my express api gets slow under load, why?", []string{"express"}},
		{"our django app leaks memory", []string{"django"}},
		// The machine it runs on.
		{"fs.watch throws on my ubuntu box", []string{"ubuntu"}},
		{"does it work on our windows laptop", []string{"window"}},
		{"my django leaks memory", nil},
		// Where the reader's code runs.
		{"carry a request id through async calls in express middleware", []string{"express"}},
		{"month names are english inside my docker image", []string{"docker"}},
		// A word may describe it after a place, not without one.
		{"month names are english in my slim docker image", []string{"docker"}},
		{"the context vanishes in a callback from some old redis client", []string{"redi"}},
		{"my slim docker image is 1.2gb", nil},
		// Two words may, and the noun be plural or the library the code
		// calls through.
		{"callbacks from an old callback-style redis lib. fix?", []string{"callback", "redi"}},
		{"does it work on alpine docker images?", []string{"docker"}},
		{"month names in our slim docker node", []string{"docker"}},
		{"my old redis lib is slow", nil},
		{"is it in express", nil},
		{"the app in docker keeps its image", nil},
		{"is express an api framework", nil},
		// What it is built on or reached through.
		{"behind an AWS load balancer i get random 502s", []string{"aw"}},
		{"heap out of memory during webpack build", []string{"webpack"}},
		{"returns the whole string on our linux CI but works", []string{"linux"}},
		{"never fires when my code is in a docker bind mount.", []string{"docker"}},
		{"my node docker image is 1.2gb", nil},
		{"read it from the fs module", nil},
		// A name the question leaves out or likens to.
		{"can node restart itself without installing nodemon?", []string{"nodemon"}},
		{"spy on a function, no jest/sinon", []string{"jest", "sinon"}},
		// The other of two it names together.
		{"path aliases without a bundler or tsconfig paths", []string{"bundler", "tsconfig"}},
		{"trace output for internals like fs or async_hooks", []string{"async", "async_hook", "fs", "hook"}},
		{"like deno or", []string{"deno"}},
		// A tool the reader asks to do without, and not the words the
		// question asks about elsewhere.
		{"does the test runner have mocks or do i still need sinon for that", []string{"sinon"}},
		{"is there a parser so i dont need yargs or commander?", []string{"command", "yarg"}},
		{"parse flags so i can drop yargs", []string{"yarg"}},
		{"can node run .ts files or do i still need ts-node / tsx", []string{"tsx"}},
		{"did kubernetes drop docker support?", nil},
		{"как запустить это без докера?", []string{"докер"}},
		{"kafka vs a classic rabbitmq-style queue", []string{"rabbitmq"}},
	}
	for _, tt := range tests {
		got := slices.Sorted(maps.Keys(asideTerms(ix, tt.q)))
		if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("asideTerms(%q) (-want +got):\n%s", tt.q, diff)
		}
	}
}

func TestDottedNames(t *testing.T) {
	got := dottedNames("Next.js or Socket.IO? not fs.readFile, .js files or node.js.")
	want := []string{"nextjs", "socketio", "nodejs"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("dottedNames (-want +got):\n%s", diff)
	}
}

func TestAdjectiveBase(t *testing.T) {
	for term, want := range map[string]string{"laggi": "lag", "hacki": "hack", "spammi": "spam", "sleepi": "sleep", "tree": "", "hi": "", "быстрыйi": ""} {
		if got := adjectiveBase(term); got != want {
			t.Errorf("adjectiveBase(%q) = %q, want %q", term, got, want)
		}
	}
}

func TestMisspelt(t *testing.T) {
	ix := bookIndex(t, coverageBook)
	c := newCoverage(ix)
	for word, want := range map[string]bool{"recieve": true, "pasword": true, "diffrence": true, "conections": true, "webpack": false, "nodemailer": false, "axios": false} {
		if got := c.misspelt(ix, word); got != want {
			t.Errorf("misspelt(%q) = %v, want %v", word, got, want)
		}
	}
}

func TestIsName(t *testing.T) {
	tests := []struct {
		word    string
		initial bool
		want    bool
	}{
		{"Python", false, true},
		{"Python", true, false}, // starts a sentence
		{"GIL", true, true},     // capitals inside: a name anywhere
		{"ElastiCache", true, true},
		{"python", false, false},
		{"PR", false, false},    // two letters
		{"E0499", false, false}, // a code
		{"ES2022", false, false},
		{"Питон", false, true},
		{"I", false, false},
	}
	for _, tt := range tests {
		if got := isName(tt.word, tt.initial); got != tt.want {
			t.Errorf("isName(%q, %v) = %v, want %v", tt.word, tt.initial, got, tt.want)
		}
	}
}

// TestCoverageLatin: a Russian word is found in the Latin spelling of a
// whole word ("луа": Lua), not in that of a short stem cut from a longer
// word ("варить": вар, var), nor by its consonants alone when the book
// has its own transliteration.
func TestCoverageLatin(t *testing.T) {
	book := fstest.MapFS{"scripts.md": {Data: []byte("# Scripts\n\n## The var keyword\n\nDeclare a variable with var, or with let in newer code.\n\n## Lua\n\nRedis runs Lua scripts atomically: a Lua script sees no other command while it runs.\n")}}
	ix := bookIndex(t, book)
	e := New(ix, Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"сколько варить гречку?", false},
		{"как атомарно работают луа скрипты?", true},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}

// bookIndex is a real index (scorch, in a temp dir) of the chapters of
// fsys, built through the library as the product builds it.
func bookIndex(t testing.TB, fsys fs.FS) *search.Index {
	t.Helper()
	lib, err := library.Open(library.Options{IndexDir: t.TempDir(), ContentFS: fsys})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Close() })
	if _, err := lib.Refresh(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	return lib.Index()
}

func TestPastedText(t *testing.T) {
	tests := []struct{ q, prose, errors, rest string }{
		{"it's installed, isn't it? why", "it's installed, isn't it? why\n", "", ""},
		{"Error: Cannot find module 'dotenv'\nRequire stack:\n- /srv/app/index.js\nwhere does require look",
			"Require stack:\nwhere does require look\n", "Error: Cannot find module \n", " 'dotenv'\n- /srv/app/index.js\n"},
		{"TypeError [ERR_INVALID_URL]: Invalid URL\n    at new NodeError\nworks in the browser",
			"works in the browser\n", "TypeError [ERR_INVALID_URL]: Invalid URL\n", "    at new NodeError\n"},
		{"should I put memo/useMemo on everything? see ./src/App.jsx and https://x.dev/a", "should I put memo/useMemo on everything? see  and \n", "", " ./src/App.jsx\n https://x.dev/a\n"},
		{"why does require('dotenv') fail in src/app.js", "why does require ) fail in \n", "", "('dotenv'\n src/app.js\n"},
		// Output a Russian line quotes; not a Latin heading before Russian words.
		{"на запись ошибка NotWritablePrimary: not primary. почему", "на запись ошибка почему\n", " NotWritablePrimary: not primary. \n", ""},
		{"fatal: [db1]: FAILED! как передать пароль", " как передать пароль\n", "fatal: [db1]: FAILED! \n", ""},
		{"ksqlDB: как создать стрим", "ksqlDB: как создать стрим\n", "", ""},
		{"Note: this is English", "Note: this is English\n", "", ""},
	}
	for _, tt := range tests {
		prose, errors, rest := pastedText(tt.q)
		if prose != tt.prose || errors != tt.errors || rest != tt.rest {
			t.Errorf("pastedText(%q) = %q, %q, %q; want %q, %q, %q", tt.q, prose, errors, rest, tt.prose, tt.errors, tt.rest)
		}
	}
}

// TestCoverageLongerName: a Russian question naming Postgres in Cyrillic
// ("постгреса") is covered by a book that writes PostgreSQL, whose Latin
// spelling begins with the name's; a name the book's sound-alike does not
// begin with ("раст": rest) is still missing.
func TestCoverageLongerName(t *testing.T) {
	book := fstest.MapFS{"pg.md": {Data: []byte("# PostgreSQL\n\n## Vacuum\n\nPostgreSQL reclaims dead rows with VACUUM; autovacuum runs it in the background.\n\n## REST\n\nA REST API serves the rows to clients.\n")}}
	ix := bookIndex(t, book)
	e := New(ix, Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"как постгрес чистит мёртвые строки через vacuum?", true},
		{"зачем постгресу autovacuum?", true},
		{"как раст отдаёт строки клиентам через api?", false},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}

func TestLongerSpelling(t *testing.T) {
	for _, tt := range []struct {
		s     string
		latin []string
		want  bool
	}{
		{"postgr", []string{"postgresql"}, true},
		{"postgr", []string{"postgr"}, false}, // the same: df counts it
		{"rust", []string{"rest"}, false},
		{"rust", nil, false},
	} {
		if got := longerSpelling(tt.s, tt.latin); got != tt.want {
			t.Errorf("longerSpelling(%q, %q) = %v, want %v", tt.s, tt.latin, got, tt.want)
		}
	}
}

// TestCoverageRelatedStem: a Russian word of the question is found in a
// passage that writes the same word stemmed otherwise ("скомпилилось":
// скомпил, "скомпилируется": скомпилир), not in a short stem that merely
// begins it.
func TestCoverageRelatedStem(t *testing.T) {
	book := fstest.MapFS{"vars.md": {Data: []byte("# Переменные\n\n## Затенение\n\nМожно объявить переменную с тем же именем ещё раз: код скомпилируется, новая переменная затеняет прежнюю.\n")}}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"переменную объявил дважды с тем же именем и оно скомпилилось, что за магия?", true},
		{"как вырастить помидоры на балконе?", false},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}

func TestRelatedStem(t *testing.T) {
	body := map[string]bool{"скомпилир": true, "код": true, "перемен": true}
	for _, tt := range []struct{ t, want string }{
		{"скомпил", "скомпилир"},
		{"скомпилирова", "скомпилир"},
		{"переменн", "перемен"},
		{"ко", ""},
		{"компил", ""},
	} {
		if got := relatedStem(tt.t, nil, body); got != tt.want {
			t.Errorf("relatedStem(%q) = %q, want %q", tt.t, got, tt.want)
		}
	}
}

// wantCovered fails the test unless e decides that question q is covered
// (want true) or not.
func wantCovered(t *testing.T, e *Engine, q string, want bool) {
	t.Helper()
	r, err := e.Retrieve(context.Background(), Question{Text: q})
	if err != nil {
		t.Fatal(err)
	}
	if r.Covered != want {
		t.Errorf("%q: covered = %v (share %.3f), want %v", q, r.Covered, r.Coverage, want)
	}
}

// wantFirstCovered fails the test unless e's first hit for question q is
// the section headed heading and e decides that q is covered.
func wantFirstCovered(t *testing.T, e *Engine, q, heading string) {
	t.Helper()
	r, err := e.Retrieve(context.Background(), Question{Text: q})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Hits) == 0 || r.Hits[0].Heading != heading {
		t.Fatalf("%q: hits %+v, want the section %q first", q, r.Hits, heading)
	}
	if !r.Covered {
		t.Errorf("%q: not covered (share %.3f)", q, r.Coverage)
	}
}

func TestLatinBegins(t *testing.T) {
	body := map[string]bool{"mongodb": true, "mongo": true, "elasticsearch": true, "kafka": true}
	for _, tt := range []struct {
		latin []string
		want  string
	}{
		{[]string{"mongo"}, "mongodb"}, // "монга"
		{[]string{"elast"}, "elasticsearch"},
		{[]string{"kafk"}, ""},  // too short to begin a name
		{[]string{"kafka"}, ""}, // the name itself: no longer term
		{nil, ""},
	} {
		if got := latinBegins(tt.latin, nil, body); got != tt.want {
			t.Errorf("latinBegins(%q) = %q, want %q", tt.latin, got, tt.want)
		}
	}
}

func TestPrefixed(t *testing.T) {
	body := map[string]bool{"диск": true, "раскритикова": true, "ключ": true}
	for _, tt := range []struct{ t, want string }{
		{"критикова", "раскритикова"},
		{"полдиск", "диск"}, // пол-, half
		{"полключ", "ключ"},
		{"дискет", ""},
	} {
		if got := prefixed(tt.t, nil, body); got != tt.want {
			t.Errorf("prefixed(%q) = %q, want %q", tt.t, got, tt.want)
		}
	}
}

// TestCoverageApostropheless: a chat writes "whats", "doesnt", "theres"
// without the apostrophe; they are the stop words they stand for, not a
// rare word the book lacks ("whats" stems to "what"), so the share is the
// one of the question written properly.
func TestCoverageApostropheless(t *testing.T) {
	book := fstest.MapFS{"node.md": {Data: []byte("# Node.js\n\n## The thread pool\n\nlibuv runs file system work on a pool of four threads; the UV_THREADPOOL_SIZE variable makes it bigger.\n\n## Vectors\n\nIndexing past the end of a vector panics, while get returns None.\n")}}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct{ chat, proper string }{
		{"whats the env var to make libuv's threadpool bigger", "what's the env var to make libuv's threadpool bigger"},
		{"indexing past the end panics but get doesnt?", "indexing past the end panics but get does not?"},
		{"theres no get on vectors?", "there is no get on vectors?"},
		{"hows the pool sized", "how is the pool sized"},
	} {
		var share [2]float64
		for i, q := range []string{tt.chat, tt.proper} {
			r, err := e.Retrieve(context.Background(), Question{Text: q})
			if err != nil {
				t.Fatal(err)
			}
			share[i] = r.Coverage
		}
		if math.Abs(share[0]-share[1]) > 1e-9 { // the same words, summed in another order
			t.Errorf("%q: share %.3f, but %.3f written with its apostrophe (%q)", tt.chat, share[0], share[1], tt.proper)
		}
	}
}

// A name the question compares with or leaves out, which the book does
// not write, weighs nothing against the share of what it asks.
func TestCoverageCompared(t *testing.T) {
	e := New(bookIndex(t, coverageBook), Options{})
	for _, q := range []string{
		"idle threads, unlike haproxy?",
		"idle connections without haproxy or varnish?",
		"do idle threads hold stacks, like in erlang?",
	} {
		wantCovered(t, e, q, true)
	}
}

// TestCoverageYearAlone: a year the question names, found alone in a
// passage that dates something else, is no cover; found beside another of
// the question's words, or in a heading, it is.
func TestCoverageYearAlone(t *testing.T) {
	book := fstest.MapFS{"rust.md": {Data: []byte(`# Rust

## Editions

Each edition bundles changes; Rust 1.31 ships a new one in December 2018, with a simpler module system.

## Popularity

In one survey after another, Rust won the title of most loved language.

## Error messages

The compiler team, led by Esteban Küber, won praise for its error messages.

## Async

The design of async functions took most of 2018; they shipped in Rust 1.39.

## Edition 2021

The 2021 edition changes closures to capture disjoint fields.
`)}}
	ix := bookIndex(t, book)
	e := New(ix, Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"who won the 2018 world cup", false},
		{"what did the module system become in 2018?", true},
		{"what did the 2021 edition change?", true},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}

func TestJoinedInStopsAtNumbers(t *testing.T) {
	hits := []search.Hit{
		{Chapter: "docker", Text: "Docker 0.9 drops LXC as its default driver."},
		{Chapter: "http", Text: "HTTP/2 multiplexes streams over one connection; Node.js ships it."},
	}
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"docker0", false}, // the passage's number is 0.9, not 0
		{"http2", true},
		{"nodejs", true},
	} {
		if got := joinedIn(tt.word, hits, ""); got != tt.want {
			t.Errorf("joinedIn(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

func TestCoverageIncidentalWords(t *testing.T) {
	book := fstest.MapFS{
		"util.md": {Data: []byte(`# util

## Foreground colors

The inspect output can be coloured: black, red, green, yellow, blue, magenta, cyan and white.

## Background colors

Each foreground color has a background counterpart, such as bgRed and bgWhite.

## Custom inspection

An object can define its own inspect function to decide how util.inspect prints it.

## Setting up the depth

By default util.inspect prints nested objects to a depth of two.
`)},
		"stream.md": {Data: []byte(`# Stream

## Readable streams

A readable stream emits data events; pipe it into a writable stream to move data without buffering it all.

## Backpressure

When the writable stream's buffer is full, write returns false and the readable stream pauses.

## Object mode

A stream in object mode carries any JavaScript value instead of buffers and strings.
`)},
	}
	// Keyness compares a word's passages with the book's: a book of a few
	// passages writes every word it holds often.
	var options strings.Builder
	options.WriteString("# Stream options\n")
	for i := range 40 {
		fmt.Fprintf(&options, "\n## Option %d\n\nOption number %d of a stream changes how its buffer fills.\n", i, i)
	}
	book["options.md"] = &fstest.MapFile{Data: []byte(options.String())}
	ix := bookIndex(t, book)
	e := New(ix, Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"how do i get red wine out of a white carpet", false},
		{"can util.inspect print objects in red?", true},
		// Found in a heading ("Background colors"): the book's subject.
		{"why do my background colors look washed out on a projector", true},
		// Found in the book's own words ("buffer" throughout).
		{"my laptop gets hot whenever the buffer fills", true},
		// A heading word far lighter than the word the book never
		// writes ("set" of "Setting up", "router") is the heading's
		// wording, not the question's subject.
		{"how do i set up my router to print", false},
		{"how do i set up util.inspect to print deeper", true},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}

func TestCoverageIncidentalHeadingAlone(t *testing.T) {
	book := fstest.MapFS{
		"sqlite.md": {Data: []byte(`# SQLite

## Recommended by the Library of Congress

The Library of Congress lists the database file among the formats it prefers for keeping data for decades.

## Testing every branch

Anyone can read the code of the test suite, which exercises every branch before a release ships.

## LAMP takes over the web

Linux, Apache, MySQL and PHP form the LAMP stack, the default free toolkit for dynamic sites.
`)},
	}
	// Keyness compares a word's passages with the book's.
	var options strings.Builder
	options.WriteString("# Pragmas\n")
	for i := range 40 {
		fmt.Fprintf(&options, "\n## Pragma %d\n\nPragma number %d changes how the file grows.\n", i, i)
	}
	book["pragmas.md"] = &fstest.MapFile{Data: []byte(options.String())}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		// "Recommended" heads a passage that holds no other word of the
		// question: the heading's wording, not the question's subject.
		{"can someone recommend a good mechanical keyboard for coding", false},
		// A heading word that is all the book holds of the question is
		// its subject.
		{"what do the letters in lamp stand for", true},
		{"which formats does the library of congress recommend", true},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}
