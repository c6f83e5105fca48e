package answer

import (
	"testing"
	"testing/fstest"
)

// pastedLineBook is a Russian chapter on Git and on the kernel's OOM
// killer, with an English chapter beside it.
var pastedLineBook = fstest.MapFS{
	"git.md": {Data: []byte("# Git и ядро\n\n## Detached HEAD\n\n" +
		"Если переключиться не на ветку, а прямо на коммит, HEAD будет содержать хеш, а не ссылку на ветку, — это состояние detached HEAD. " +
		"Коммиты, сделанные в этом состоянии, не принадлежат ни одной ветке, и их легко потерять.\n\n" +
		"## Ветки\n\nВетка — это указатель на коммит; HEAD указывает на текущую ветку.\n\n" +
		"## Сюрпризы OOM killer\n\nЕсли память кончилась, ядро выбирает процесс с наибольшей оценкой и убивает его. " +
		"Погибает часто не виновник утечки, а база данных. Защитить процесс можно через oom_score_adj.\n")},
	"ws.md": {Data: []byte("# WebSocket\n\n## Handshake\n\nThe server can look at the result and fix the state of the connection; " +
		"automatic changes around the handshake are experimental.\n")},
}

// TestCoverageRussianPastedLine: a line of Latin output that a Russian
// question pastes above its ask is the reader's, as a thrown error is: its
// common words, which a Russian chapter says in Russian, say nothing
// against it, nor for an English chapter that happens to write them; and a
// name in it that the prose writes again ("(postgres)", "постгрес") is the
// reader's process, not a subject the book must name.
func TestCoverageRussianPastedLine(t *testing.T) {
	e := New(bookIndex(t, pastedLineBook), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"You are in 'detached HEAD' state. You can look around, make experimental changes and commit them\nэто что значит? я потеряю коммиты если так работать?", true},
		{"Out of memory: Killed process 4242 (postgres) total-vm:2345678kB, anon-rss:1234567kB\nпочему ядро убило постгрес, а не виновника утечки, и как защитить процесс?", true},
		{"почему ядро убило постгрес, а не виновника утечки, и как защитить процесс?", false},
		{"The result can look automatic, fix the state around the changes\nчто делать с ребейзом?", false},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}
