package answer

import (
	"slices"
	"testing"
	"testing/fstest"
)

// "откуда это берётся" at a question's end asks for a cause; "откуда"
// before the thing asked of asks for an origin or a place.
func TestQuestionKindWhence(t *testing.T) {
	tests := []struct {
		q    string
		want kind
	}{
		{"Error: Unsupported argument при вызове своего модуля, откуда это берется?", kindWhy},
		{"ловим org.apache.cassandra.db.filter.TombstoneOverwhelmingException: Scanned over 100001 tombstones during query; query aborted. что это и откуда", kindWhy},
		{"обработка у меня долгая, откуда это", kindWhy},
		{"откуда берётся эта ошибка?", kindWhere},
		{"откуда взялся redis?", kindWho},
		{"откуда nginx читает конфиг?", kindWhere},
	}
	for _, tt := range tests {
		if got, _ := questionKind(tt.q); got != tt.want {
			t.Errorf("questionKind(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestLatinRuns(t *testing.T) {
	tests := []struct {
		q    string
		want []string
	}{
		{"Error: Unsupported argument при вызове своего модуля, откуда это берется?", []string{"error unsupported argument"}},
		{"что за ошибка ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN?", []string{"login was refused using authentication mechanism plain"}},
		// Two words are a name more often than a message.
		{"как сейчас называется бывшая Redis Labs?", nil},
		{"почему редис однопоточный", nil},
	}
	for _, tt := range tests {
		if got := latinRuns(tt.q); !slices.Equal(got, tt.want) {
			t.Errorf("latinRuns(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestQuotesRun(t *testing.T) {
	runs := []string{"error unsupported argument"}
	tests := []struct {
		text string
		want bool
	}{
		{"Самая частая ошибка новичков — `Error: Unsupported argument`.", true},
		{"Её выдаёт проверка конфигурации, когда указан аргумент, которого нет в схеме.", false},
		{"Error: Unsupported arguments are rare.", false},
	}
	for _, tt := range tests {
		if got := quotesRun(tt.text, runs); got != tt.want {
			t.Errorf("quotesRun(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// quotedErrorBook quotes two messages a question may paste: one in a
// sentence the cause follows, one as a block its cause introduces.
var quotedErrorBook = fstest.MapFS{
	"ch.md": {Data: []byte(`---
title: "Terraform и Cassandra"
lang: ru
---

# Terraform и Cassandra

## Частые ошибки конфигурации

Большинство проблем связано не с языком, а с состоянием. Самая частая ошибка новичков — ` + "`Error: Unsupported argument`" + `. Её выдаёт проверка конфигурации, когда в блоке указан аргумент, которого нет в схеме ресурса или во входных переменных модуля.

## Надгробия

Много надгробий сильно замедляют чтение, потому что узлу приходится просматривать их все. При 100000 надгробий в одном запросе Cassandra прерывает запрос (` + "`tombstone_failure_threshold`" + `) с ошибкой вроде:

` + "```" + `
ERROR [ReadStage-2] ... Scanned over 100001 tombstones during query ...; query aborted
org.apache.cassandra.db.filter.TombstoneOverwhelmingException
` + "```" + `

## Хранение

Данные лежат на локальном диске в файлах SSTable.

`)},
}

// A sentence that quotes the message a Russian question pastes restates
// the question: the cause after it, or the sentence introducing the
// quote, leads.
func TestAskQuotedMessage(t *testing.T) {
	e := New(bookIndex(t, quotedErrorBook), Options{})
	askLeads(t, e, []struct{ q, want string }{
		{"Error: Unsupported argument при вызове своего модуля, откуда это берется?", "Её выдаёт проверка"},
		{"ловим org.apache.cassandra.db.filter.TombstoneOverwhelmingException: Scanned over 100001 tombstones during query; query aborted. что это и откуда", "При 100000 надгробий"},
	})
}
