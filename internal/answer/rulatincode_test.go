package answer

import (
	"testing"
	"testing/fstest"
)

// TestCoverageRussianLatinCode: a short Latin code of a Russian question
// ("s3", "L1") that the book never writes names a product or a part the
// book is not about; one the book writes, one given as an example ("типа
// s3") and a version ("v7") do not.
func TestCoverageRussianLatinCode(t *testing.T) {
	book := fstest.MapFS{
		"backup.md": {Data: []byte("# Снимки\n\n## Снимки на диск\n\n" +
			"Сервер сохраняет снимок данных на диск в файл dump.rdb; автоматический снимок настраивают директивой save.\n\n" +
			"## Объектное хранилище\n\nСтарые снимки можно сгружать в объектное хранилище, начиная с версии 7.\n")},
		"cache.md": {Data: []byte("# Кэш\n\n## Кэш процессора\n\n" +
			"Кэш процессора хранит недавно прочитанные данные рядом с ядром, поэтому повторное чтение быстрее.\n")},
	}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"как настроить автоматический снимок dump.rdb в s3?", false},
		{"чем отличается кэш процессора L1 от L2?", false},
		{"как настроить автоматический снимок dump.rdb на диск?", true},
		{"зачем нужен кэш процессора?", true},
		{"с какой версии можно сгружать старые снимки в объектное хранилище типа s3?", true},
		{"с какой версии v7 можно сгружать старые снимки в объектное хранилище?", true},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}
