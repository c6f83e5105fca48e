package answer

import (
	"testing"
	"testing/fstest"
)

func TestCoverageCountedInNumbersSentence(t *testing.T) {
	// The controller is named the sentence before the numbers: neither
	// 2019 nor KIP-500 counts controllers.
	before := New(bookIndex(t, fstest.MapFS{"kraft.md": {Data: []byte(`# Кафка

## Переход на Raft

Для Кафки координатор стал обузой: число разделов упиралось в то, как быстро новый контроллер вычитывает состояние из координатора.

В 2019 году был предложен KIP-500: заменить координатор собственным кворумом метаданных внутри Кафки на основе протокола Raft.
`)}}), Options{})
	wantCovered(t, before, "сколько контроллеров в режиме raft у кафки?", false)
	// Here the number stands beside them.
	beside := New(bookIndex(t, fstest.MapFS{"kraft.md": {Data: []byte(`# Кафка

## Переход на Raft

В 2019 году был предложен KIP-500: заменить координатор собственным кворумом метаданных внутри Кафки на основе протокола Raft. В режиме Raft обычно ставят 3 контроллера.
`)}}), Options{})
	wantCovered(t, beside, "сколько контроллеров в режиме raft у кафки?", true)
}
