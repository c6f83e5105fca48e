package answer

import (
	"testing"
	"testing/fstest"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A Russian "who" question of a deed other than making asks the doer of
// that deed.
func TestRuWhoCue(t *testing.T) {
	cue := set(search.Terms(madeWords))
	tests := []struct {
		q    string
		want string // the cue's one term, "" for none
	}{
		{"кто раскритиковал алгоритм redlock?", "раскритикова"},
		{"Кто предложил алгоритм Redlock?", "предлож"},
		{"кто написал редис?", ""},
		{"кто создал clickhouse", ""},
		{"кто сейчас поддерживает redis?", ""},
		{"когда раскритиковали redlock?", ""},
	}
	for _, tt := range tests {
		got := ruWhoCue(tt.q, cue, search.Terms)
		if tt.want == "" {
			if got != nil {
				t.Errorf("ruWhoCue(%q) = %v, want nil", tt.q, got)
			}
			continue
		}
		if len(got) != 1 || !got[tt.want] {
			t.Errorf("ruWhoCue(%q) = %v, want {%s}", tt.q, got, tt.want)
		}
	}
}

// A lower-case Latin nickname names the doer only right before the verb
// asked of.
func TestDoesHandle(t *testing.T) {
	told := map[string]bool{"предлож": true}
	plain := func(w string) bool { return w == "redlock" }
	tests := []struct {
		s    string
		want bool
	}{
		{"Для распределённых блокировок antirez предложил алгоритм Redlock.", true},
		{"Для распределённых блокировок antirez написал алгоритм Redlock.", false},
		{"Конфигурацию nginx предложили хранить в git.", false},
		{"Файл redis.conf предложил хранить пароль.", false},
		{"Алгоритм redlock предложил antirez.", false},
	}
	for _, tt := range tests {
		if got := doesHandle(tt.s, told, plain, search.Terms); got != tt.want {
			t.Errorf("doesHandle(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// russianWhoBook names the author of an algorithm by his nickname and its
// critic by his full name, in the sentence after.
var russianWhoBook = fstest.MapFS{
	"redis.md": {Data: []byte(`---
title: "Redis"
lang: ru
---

# Redis

## Типичные сценарии использования

Для распределённых блокировок antirez предложил алгоритм Redlock. В 2016 году Мартин Клеппман раскритиковал его в статье о том, что без монотонных токенов такой замок небезопасен при паузах процессов.
`)},
}

// A Russian "who" question leads with the doer of the deed it asks of:
// the author by his nickname, the critic by his name.
func TestAskRussianWhoDeed(t *testing.T) {
	e := New(bookIndex(t, russianWhoBook), Options{})
	askLeads(t, e, []struct{ q, want string }{
		{"кто предложил алгоритм redlock?", "Для распределённых блокировок antirez"},
		{"кто раскритиковал алгоритм redlock?", "В 2016 году Мартин Клеппман"},
	})
}
