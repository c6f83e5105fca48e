package answer

import (
	"testing"
	"testing/fstest"
)

// TestCoverageRussianLatinCompound: a Latin compound of a Russian question
// ("systemd-journal-remote", "loginctl enable-linger") that the book never
// writes names a program or a subcommand the book is not about, though the
// book writes its parts; one the book writes, as it is or as its parts in
// a row, one of common English words ("split-brain"), and one given as an
// example do not.
func TestCoverageRussianLatinCompound(t *testing.T) {
	book := fstest.MapFS{
		"journal.md": {Data: []byte("# Журнал\n\n## Сбор журнала\n\n" +
			"Служба systemd-journald собирает журнал ядра и служб и пересылает записи на удалённый сервер через rsyslog.\n\n" +
			"## Сессии\n\nСессии пользователей видны через loginctl: команда loginctl enable покажет, кто вошёл в систему. " +
			"Сервер ведёт журнал сессий и после выхода пользователя.\n\n" +
			"## Кластер\n\nПри разделении сети кластер выбирает одного лидера большинством голосов, поэтому два лидера не пишут одновременно. " +
			"Запросы к кластеру идут через grpc gateway.\n\n" +
			"## Реплика\n\nГорячая резервная реплика принимает запросы на чтение, пока основной сервер пишет журнал. " +
			"Сообщения о новых записях журнала реплика получает через pub/sub.\n")},
		"garden.md": {Data: []byte("# Сад\n\n## Полив\n\nТоматы поливают дважды в неделю рано утром.\n")},
	}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"как пересылать журнал на удалённый сервер через systemd-journal-remote", false},
		{"сессии пользователей умирают после выхода, как работает loginctl enable-linger", false},
		{"как пересылать журнал на удалённый сервер через systemd-journald", true},
		{"сессии пользователей видны через loginctl, как работает loginctl enable", true},
		// Written as its parts in a row.
		{"как запросы к кластеру идут через grpc-gateway", true},
		{"как реплика получает сообщения о новых записях журнала через pub-sub", true},
		// Common English words, in general or in software English: a term
		// the reader types for an idea.
		{"может ли при разделении сети кластер выбрать два лидера? боюсь split-brain", true},
		{"принимает ли реплика запросы на чтение в режиме hot-standby", true},
		// An example of what the question asks in general words.
		{"как пересылать журнал на удалённый сервер через службу типа systemd-journal-remote", true},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}
