package answer

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/chapterbot/chapterbot/internal/search"
)

// TestRussianFile checks the embedded Russian weights as TestEnglishFile
// does the English ones: they parse, hold only Russian terms, and were made
// with the index's analyser, so that ordinary inflected words find their
// stems in the table. When the analyser changes, this fails until
// russian.txt is generated again.
func TestRussianFile(t *testing.T) {
	e, err := parseWeights(russianFile)
	if err != nil {
		t.Fatal(err)
	}
	if len(e.lines) < 15000 || e.floor < 11 {
		t.Errorf("%d terms, floor %.2f: not the generated file", len(e.lines), e.floor)
	}
	for _, l := range strings.Split(strings.TrimSuffix(e.text, "\n"), "\n") {
		term, v, _ := strings.Cut(l, " ")
		if w, err := strconv.ParseFloat(v, 64); err != nil || w <= 0 || w > e.floor || !search.IsCyrillic(term) {
			t.Errorf("line %q: weight %v, %v", l, w, err)
			break
		}
	}
	for _, word := range strings.Fields("работает программы деньгами жизни первые сказал ошибки памяти хотели людей") {
		for _, term := range search.Terms(word) {
			if e.weight(term) >= e.floor {
				t.Errorf("%q analyses to %q, which russian.txt lacks: run go generate ./internal/answer", word, term)
			}
		}
	}
}

func TestRussianWeights(t *testing.T) {
	c := coverage{english: englishWeights(), russian: russianWeights}
	w := func(word string) float64 {
		terms := search.Terms(word)
		if len(terms) != 1 {
			t.Fatalf("%q analyses to %q", word, terms)
		}
		return c.weight(terms[0])
	}
	// Common words weigh less than rare ones, by the Russian list; a
	// Russian word in neither weighs the Russian floor, and an English
	// word in a Russian question its English weight.
	if !(w("любовь") < w("деньги") && w("деньги") < w("компилятор") && w("компилятор") < w("заимствование")) {
		t.Errorf("weights out of order: любовь %.2f, деньги %.2f, компилятор %.2f, заимствование %.2f",
			w("любовь"), w("деньги"), w("компилятор"), w("заимствование"))
	}
	// "заимствование" is in no list either, but "заимствовать" is: it
	// weighs what that word's stem does (see wordWeights.relative).
	if got := w("дебезиум"); got != c.russian().floor {
		t.Errorf("unknown Russian word weighs %.2f, want the floor %.2f", got, c.russian().floor)
	}
	if got, want := w("заимствование"), c.russian().weight("заимствова"); got != want || want >= c.russian().floor {
		t.Errorf("заимствование weighs %.2f, want заимствовать's %.2f, under the floor", got, want)
	}
	if got, want := w("closures"), c.english.weight(search.Terms("closures")[0]); got != want {
		t.Errorf("closures weighs %.2f, want its English weight %.2f", got, want)
	}
}

// russianNamesBook writes Redis in Latin letters, as books do, in an
// English chapter and in a Russian one.
var russianNamesBook = fstest.MapFS{
	"redis.md": {Data: []byte(`# Redis

## Origins

Salvatore Sanfilippo wrote Redis in 2009, when his real-time analytics startup outgrew its relational database.

## Streams

The Stream type arrived in version 5.0, an append-only log read by consumer groups.
`)},
	"ru/locks.md": {Data: []byte(`---
slug: locks
---
# Блокировки в Redis

## Замки

Для распределённых блокировок antirez предложил алгоритм Redlock. Мартин Клеппман раскритиковал его за отсутствие монотонных токенов.

## Журнал

Чтобы журнал AOF не рос бесконечно, команда BGREWRITEAOF переписывает его.
`)},
	"garden.md": {Data: []byte(`# Gardens

## Watering

Tomatoes want deep watering twice a week, early in the morning.
`)},
}

// TestRussianQuestionsOnLatinNames: a Russian question that writes a name
// in Cyrillic ("редис", "стримы") is covered by the chapter that writes it
// in Latin, and a Russian verb counts where the book has it with or
// without a prefix ("критиковал": раскритиковал; "разросся": рос); a
// question on another subject still is not.
func TestRussianQuestionsOnLatinNames(t *testing.T) {
	ix := bookIndex(t, russianNamesBook)
	e := New(ix, Options{})
	tests := []struct {
		q    string
		want bool
	}{
		{"кто вообще написал редис?", true},
		{"в какой версии редиса завезли стримы?", true},
		{"кто критиковал redlock?", true},
		{"aof разросся, как его ужать?", true},
		// Chat words say nothing of the subject.
		{"ребят, плиз, чё замутить, чтоб журнал не рос?", true},
		// So do the words of a symptom and of where it shows.
		{"журнал тормозит и глючит на проде, чё делать?", true},
		{"как сварить нормальный борщ?", false},
		{"какой ноутбук купить студенту?", false},
	}
	for _, tt := range tests {
		r, err := e.Retrieve(context.Background(), Question{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		if r.Covered != tt.want {
			t.Errorf("%q: covered %v (share %.3f), want %v", tt.q, r.Covered, r.Coverage, tt.want)
		}
	}
}

// countingSpeller counts the Latin spelling lookups of its index.
type countingSpeller struct {
	*search.Index
	n int
}

func (c *countingSpeller) Latin(ctx context.Context, text string) (map[string][]string, error) {
	c.n++
	return c.Index.Latin(ctx, text)
}

// TestLatinSpelledOnce: a Russian question's Latin spellings are looked up
// once, by coverage, and the answer reads the same ones: "редис" finds the
// sentence on Redis.
func TestLatinSpelledOnce(t *testing.T) {
	ix := &countingSpeller{Index: bookIndex(t, russianNamesBook)}
	e := New(ix, Options{})
	a, err := e.Ask(context.Background(), Question{Text: "кто вообще написал редис?"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Sanfilippo") {
		t.Errorf("answer %q: want the sentence naming Sanfilippo", a.Text)
	}
	if ix.n != 1 {
		t.Errorf("Latin looked up %d times, want 1", ix.n)
	}
}

// TestRelative checks that a Russian stem missing from the weights takes
// the weight of the stem of the same word the table has, and only that.
func TestRelative(t *testing.T) {
	e, err := parseWeights("floor 13\nкомпил 11\nпушкин 8\nхеширова 12\nхеширован 10\nхешированиям 9\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		term string
		want float64
	}{
		{"хешир", 12},     // хеширова: three letters more; хеширован has four
		{"хешировал", 12}, // хеширова: one letter less
		{"хешировани", 9}, // хешированиям, lighter than хеширован and хеширова
		{"компилят", 11},  // компил: two letters less
		{"пуш", 13},       // too short to look for: пушкин is another word
		{"компилятор", 13},
		{"кластер", 13},
	} {
		if got := e.relative(tc.term); got != tc.want {
			t.Errorf("relative(%q) = %v, want %v", tc.term, got, tc.want)
		}
	}
}
