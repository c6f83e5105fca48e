package answer

import (
	"testing"
	"testing/fstest"
)

// TestCoverageRussianForeignWord: a Latin word of a Russian question that
// the book never writes names something else, though English knows it
// ("shovel", "pulsar"); unless it is a code with a digit, part of a pasted
// English message, or inside a longer word of a passage ("appendfsync").
func TestCoverageRussianForeignWord(t *testing.T) {
	book := fstest.MapFS{"queues.md": {Data: []byte("# Очереди\n\n## Кластер\n\n" +
		"Сообщения между двумя кластерами брокера перекидывают по сети, настроить это можно в конфигурации кластера.\n\n" +
		"## Диск\n\nРежим appendfsync задаёт, как часто брокер сбрасывает журнал на диск; по умолчанию раз в секунду.\n\n" +
		"## Таймауты\n\nЕсли бэкенд долго отвечает, увеличьте таймаут чтения заголовка ответа в конфигурации.\n")}}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"как настроить shovel чтобы перекидывать сообщения между двумя кластерами?", false},
		{"как настроить pulsar чтобы перекидывать сообщения между двумя кластерами?", false},
		{"как настроить перекидывание сообщений между двумя кластерами брокера?", true},
		{"как часто брокер делает fsync журнала на диск по умолчанию?", true},
		{"брокер пишет ошибку E0499, когда сбрасывает журнал на диск: как часто он это делает по умолчанию?", true},
		{"upstream timed out while reading response header, какой таймаут чтения заголовка ответа увеличить?", true},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}

// TestCoverageRussianLoneTerm: a word of software documentation written
// alone among Russian words ("flush") is the reader's English word for an
// idea, weighed as any word; Latin words in a row ("dead letter
// exchange") still name something the book never writes.
func TestCoverageRussianLoneTerm(t *testing.T) {
	book := fstest.MapFS{"queues.md": {Data: []byte("# Очереди\n\n## Кластер\n\n" +
		"Сообщения между двумя кластерами брокера перекидывают по сети, настроить это можно в конфигурации кластера.\n\n" +
		"## Диск\n\nРежим appendfsync задаёт, как часто брокер сбрасывает журнал на диск; по умолчанию раз в секунду.\n")}}
	e := New(bookIndex(t, book), Options{})
	wantCovered(t, e, "как часто брокер делает flush журнала на диск по умолчанию?", true)
	wantCovered(t, e, "как настроить dead letter exchange чтобы перекидывать сообщения между двумя кластерами?", false)
}
