package answer

import (
	"testing"
	"testing/fstest"
)

// TestCoverageRussianNameBesideCommon: a name a Russian question asks
// about that the chapter writes in one passage, beside only common words
// of the question ("память"), is a passing mention, and the question on
// it is not covered; beside a word of the passage's own subject ("epoll")
// it still covers, as does a name the chapter writes throughout.
func TestCoverageRussianNameBesideCommon(t *testing.T) {
	book := fstest.MapFS{"nginx.md": {Data: []byte("# Nginx\n\n" +
		"## Проблема C10K\n\nВ начале двухтысячных сервер на Linux с трудом держал десять тысяч соединений: каждый процесс съедал память, пока не появился epoll.\n\n" +
		"## Рабочие процессы\n\nМастер-процесс запускает рабочие процессы, и каждый обслуживает тысячи соединений в цикле событий.\n\n" +
		"## Перезагрузка\n\nКоманда reload перечитывает конфигурацию без разрыва соединений.\n")}}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"как ограничить память для процесса в линуксе?", false},
		{"зачем серверам на линуксе понадобился epoll?", true},
		{"сколько соединений держит рабочий процесс nginx?", true},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}
