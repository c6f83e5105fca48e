package search

import (
	"context"
	"testing"
	"testing/fstest"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	unicodetokenizer "github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/google/go-cmp/cmp"
)

func TestTermsLanguagesAndIdentifiers(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// English, as bleve's English analyser has it.
		{"The servers are running", []string{"server", "run"}},
		{"Node.js' event loop", []string{"node", "js", "event", "loop"}},
		// camelCase and snake_case: the whole, then its parts.
		{"highWaterMark", []string{"highwatermark", "high", "water", "mark"}},
		{"setTimeout", []string{"settimeout", "set", "timeout"}},
		{"unwrap_or_else", []string{"unwrap_or_els", "unwrap", "els"}},
		{"xmlHTTPRequest", []string{"xmlhttprequest", "xml", "http", "request"}},
		{"__proto__", []string{"__proto__", "proto"}},
		// `::` and `.` split into words; a capitalised name stays whole.
		{"Vec::with_capacity", []string{"vec", "with_capac", "capac"}},
		{"fs.cp", []string{"fs", "cp"}},
		{"WebSocket JavaScript HTTP", []string{"websocket", "javascript", "http"}},
		{"utf8 base64", []string{"utf8", "base64"}},
		// Russian: stop words dropped, Snowball stems, ё read as е.
		{"Кто выпускал самую первую версию?", []string{"выпуска", "сам", "перв", "верс"}},
		{"выпускает первые версии", []string{"выпуска", "перв", "верс"}},
		{"определённой определенной", []string{"определен", "определен"}},
		// Every form of the stop word "какой": "каком" is no term "как".
		{"в каком году, какие версии", []string{"год", "верс"}},
		// English words in a Russian sentence analyse as English.
		{"Как работают closures и Vec::new?", []string{"работа", "closur", "vec", "new"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Terms(tt.text)); diff != "" {
			t.Errorf("Terms(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestIsCyrillic(t *testing.T) {
	for term, want := range map[string]bool{"верс": true, "vec": false, "x1": false, "": false, "ёж": true, "mixedж": true} {
		if got := IsCyrillic(term); got != want {
			t.Errorf("IsCyrillic(%q) = %v, want %v", term, got, want)
		}
	}
}

// TestSearchLanguagesAndIdentifiers finds a Russian section from a
// question in other word forms, and identifiers by their parts and whole,
// in a book of an English and a Russian chapter.
func TestSearchLanguagesAndIdentifiers(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, fstest.MapFS{
		"streams.md":    {Data: []byte("# Streams\n\n## Backpressure\n\nA writable stream buffers until its highWaterMark; then write returns false.\n\n## Timers\n\nCall setTimeout to run a callback later.\n\n## Errors\n\nCall unwrap_or_else with a closure for the default.\n")},
		"ru/history.md": {Data: []byte("---\nlang: ru\nslug: history\n---\n# История\n\n## Первые версии\n\nКоманда выпускает первые версии языка раз в шесть недель.\n\n## Векторы\n\nVec::with_capacity заранее выделяет память под элементы вектора.\n")},
	})
	tests := []struct {
		query string
		want  string // the first hit
	}{
		{"high water mark", "streams#backpressure"},
		{"highWaterMark", "streams#backpressure"},
		{"setTimeout", "streams#timers"},
		{"set timeout", "streams#timers"},
		{"unwrap or else", "streams#errors"},
		{"кто выпускал самую первую версию?", "history#первые-версии"},
		{"как работает Vec::with_capacity?", "history#векторы"},
		{"with capacity", "history#векторы"},
	}
	for _, tt := range tests {
		hits := search(t, ix, tt.query, 3)
		if len(hits) == 0 || hits[0].ID != tt.want {
			t.Errorf("Search(%q) = %v, want %s first", tt.query, ids(hits), tt.want)
		}
	}
}

// TestEnglishAnalysisUnchanged: apart from identifiers, whose parts are
// added, English text analyses exactly as with bleve's English chain before
// languages and identifiers: possessives, lower case, English stop words,
// Porter.
func TestEnglishAnalysisUnchanged(t *testing.T) {
	if err := registerAnalysis(); err != nil {
		t.Fatal(err)
	}
	m := bleve.NewIndexMapping()
	err := m.AddCustomAnalyzer("english_before", map[string]interface{}{
		"type":          custom.Name,
		"char_filters":  []string{splitJoinedName},
		"tokenizer":     unicodetokenizer.Name,
		"token_filters": []string{en.PossessiveName, lowercase.Name, en.StopName, porter.Name},
	})
	if err != nil {
		t.Fatal(err)
	}
	before := m.AnalyzerNamed("english_before")
	a := testAnalyzer(t)
	identifiers := 0
	for _, text := range tokenTexts() {
		if IsCyrillic(text) {
			continue
		}
		// The positions of identifiers, left out of both.
		skip := map[int]bool{}
		for _, tok := range unicodetokenizer.NewUnicodeTokenizer().Tokenize(splitJoined{}.Filter([]byte(text))) {
			if IsIdentifier(string(tok.Term)) {
				skip[tok.Position] = true
				identifiers++
			}
		}
		terms := func(a analysis.Analyzer) []string {
			var out []string
			for _, tok := range a.Analyze([]byte(text)) {
				if !skip[tok.Position] {
					out = append(out, string(tok.Term))
				}
			}
			return out
		}
		if diff := cmp.Diff(terms(before), terms(a)); diff != "" {
			t.Errorf("%.60q (-before +now):\n%s", text, diff)
		}
	}
	if identifiers == 0 {
		t.Errorf("no identifier in the texts: the test tests nothing of them")
	}
}

func TestTransliterate(t *testing.T) {
	tests := []struct{ word, want string }{
		{"редис", "redis"},
		{"Кубернетес", "kubernetes"},
		{"постгрес", "postgres"},
		{"джанго", "dzhango"},
		{"хэш", "khesh"},
		{"щётка", "shchetka"},
		{"йогурт", "yogurt"},
		{"юникс", "yuniks"},
		{"объект", "obekt"},
		{"redis", "redis"},
		// Short forms spelled letter by letter: consonants only, ц for C
		// and ш for H.
		{"ссш", "ssh"},
		{"грпц", "grpc"},
		{"рфц", "rfc"},
		{"гпл", "gpl"},
		{"шифр", "shifr"}, // a word: it has a vowel
	}
	for _, tt := range tests {
		if got := Transliterate(tt.word); got != tt.want {
			t.Errorf("Transliterate(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

// cyrillicNamesBook names its subjects in Latin letters, as books do, in
// an English and a Russian chapter; the Russian one also uses a Russian
// word that sounds English ("сервер").
var cyrillicNamesBook = fstest.MapFS{
	"redis.md":   {Data: []byte("# Redis\n\n## Origins\n\nSalvatore Sanfilippo wrote Redis in 2009 to keep a web analytics stream in memory.\n\n## Containers\n\nThe official Docker image starts a server on port 6379.\n")},
	"ru/rust.md": {Data: []byte("---\nslug: rust\n---\n# Rust\n\n## Установка\n\nRust ставят через rustup, он же обновляет компилятор и сервер языка.\n")},
	"garden.md":  {Data: []byte("# Gardens\n\n## Watering\n\nTomatoes want deep watering twice a week.\n")},
}

// TestLatin: a Russian word the book never uses stands for the book's
// Latin terms it transliterates to, exactly or but for its vowels; a
// Russian word the book uses, or one that sounds like none of its terms,
// stands for nothing.
func TestLatin(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, cyrillicNamesBook)
	got, err := ix.Latin(context.Background(), "Кто написал редис? Есть образ для докера, стримы, и как поставить раст на сервер? Томаты поливать?")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"редис": {"redi"},   // exactly: "redis", as English is analysed
		"докер": {"docker"}, // but for its vowels: "doker"
		"стрим": {"stream"}, // "strim"
		"раст":  {"rust"},   // "rast"
		"томат": {"tomato"}, // a word of both languages
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Latin (-want +got):\n%s", diff)
	}
}

// TestSearchCyrillicNames: a Russian question that writes a name in
// Cyrillic finds the passages that write it in Latin.
func TestSearchCyrillicNames(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, cyrillicNamesBook)
	for _, tt := range []struct{ query, want string }{
		{"кто вообще написал редис?", "redis#origins"},
		{"есть официальный образ для докера?", "redis#containers"},
	} {
		hits := search(t, ix, tt.query, 3)
		if len(hits) == 0 || hits[0].ID != tt.want {
			t.Errorf("Search(%q) = %v, want %s first", tt.query, ids(hits), tt.want)
		}
	}
}

func TestSkeleton(t *testing.T) {
	tests := []struct {
		term, want string
		n          int
	}{
		{"docker", "d_k_r", 3},
		{"doker", "d_k_r", 3},
		{"stream", "str_m", 4},
		{"strim", "str_m", 4},
		{"kept", "k_pt", 3},
		{"kupit", "k_p_t", 3},
		{"c3po", "", 0},
	}
	for _, tt := range tests {
		if got, n := skeleton(tt.term); got != tt.want || n != tt.n {
			t.Errorf("skeleton(%q) = %q, %d, want %q, %d", tt.term, got, n, tt.want, tt.n)
		}
	}
}
