package answer

import (
	"testing"
	"testing/fstest"
)

// TestCoverageRussianRareLatin: a rare Latin word a Russian question asks
// about ("cron", "freebsd") that the chapter never writes leaves the
// question uncovered, however many of its Russian words the chapter
// shares; one the chapter writes does not, nor does a word of a pasted
// English line.
func TestCoverageRussianRareLatin(t *testing.T) {
	book := fstest.MapFS{"ssh.md": {Data: []byte("# SSH\n\n## Конфигурация клиента\n\nКлиент читает настройки из файла конфигурации и запускает сеанс для каждого хоста: скрипт может задать свои настройки.\n\n## Агент\n\nАгент ssh-agent хранит ключи в памяти, чтобы не вводить пароль каждый раз.\n")}}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"как настроить cron чтобы скрипт запускался для каждого хоста?", false},
		{"как настроить скрипт чтобы он запускался для каждого хоста?", true},
		{"зачем нужен ssh-agent, он хранит ключи в памяти?", true},
		{"пишет run cron job failed, как настроить скрипт чтобы он запускался для каждого хоста?", true},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}
