package answer

import (
	"testing"
	"testing/fstest"
)

// TestCoverageRussianCompound: a Latin word of a Russian question that
// neither the book nor general English writes is a name, though it is two
// common English words written as one ("netcraft"); in an English question
// such a word is more often the reader's word for a general idea.
func TestCoverageRussianCompound(t *testing.T) {
	book := fstest.MapFS{"servers.md": {Data: []byte("# Серверы\n\n## Соединения\n\nВеб-сервер держит тысячи соединений на одном ядре процессора.\n\n## Connections\n\nA web server holds thousands of connections on one core.\n")}}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"сколько соединений держит веб-сервер по данным netcraft?", false},
		{"how many connections does a web server hold on one core, per netcraft?", true},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}

// TestCoverageRussianCommonName: a name of names.txt that is a common
// English word too ("windows") is the product in a Russian question, in
// lower case as well: a chapter without it is about something else,
// though the book mentions it elsewhere.
func TestCoverageRussianCommonName(t *testing.T) {
	book := fstest.MapFS{
		"licence.md": {Data: []byte("# Лицензии\n\n## Смена лицензии\n\nВ 2024 году сервер перевели на новую лицензию, и стоимость лицензии выросла.\n")},
		"desktop.md": {Data: []byte("# Desktop\n\n## Shells\n\nWindows ships its own desktop shell.\n")},
	}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"сколько стоит лицензия на windows?", false},
		{"почему выросла стоимость лицензии?", true},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}

// TestCoverageRussianShortNames: a reader's short form of a name the
// passages write is that name: "монга" clips MongoDB (its Latin spelling
// mongo begins the name), "es" is the initials of Elasticsearch's two
// English words. A chapter that never writes the name does not cover it.
func TestCoverageRussianShortNames(t *testing.T) {
	book := fstest.MapFS{
		"mongodb.md":       {Data: []byte("# MongoDB\n\n## Откуда взялась MongoDB\n\nMongoDB придумали Дуайт Мерриман и Элиот Горовиц в 2007 году в компании 10gen.\n\n## Оболочка\n\nСтарый клиент mongo заменила оболочка mongosh.\n")},
		"elasticsearch.md": {Data: []byte("# Elasticsearch\n\n## Лицензия\n\nElasticsearch долго распространялся под лицензией Apache 2.0, а в 2021 году перешёл на SSPL.\n\n## Шарды\n\nElasticsearch делит индекс на шарды и раскладывает их по узлам кластера.\n")},
	}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"кто вообще придумал монгу?", true},
		{"почему es жутко тормозит на шардах?", true},
		{"кто придумал постгрес?", false},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}

// TestCoverageRussianPastedOutput: the output a Russian question quotes
// ("ошибка NotWritablePrimary: not primary") is the reader's, not a name
// the book lacks, and its words the book never writes weigh nothing.
func TestCoverageRussianPastedOutput(t *testing.T) {
	book := fstest.MapFS{"mongodb.md": {Data: []byte("# MongoDB\n\n## Выборы\n\nЕсли в наборе реплик из двух узлов один упал, второй не станет primary: для выборов нужно большинство голосов, и запись отклоняется.\n")}}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"один узел упал, на запись ошибка NotWritablePrimary: primary unreachable. почему второй не стал primary?", true},
		{"один узел упал, почему второй не стал primary в NotWritableCluster?", false},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}

// TestCoverageRussianChapterName: a name the question writes that the
// passages found lack is the chapter's when the chapter writes it in
// several passages (the setting of a Terraform chapter's "aws"), and not
// when it names it once, in passing.
func TestCoverageRussianChapterName(t *testing.T) {
	book := fstest.MapFS{
		"terraform.md": {Data: []byte("# Terraform\n\n" +
			"## Ручные правки\n\nЕсли ресурс поправили руками в консоли, следующий apply вернёт его к описанию в коде.\n\n" +
			"## Дрейф\n\nПлан показывает дрейф: ресурс, поправленный руками, apply приведёт обратно к коду.\n\n" +
			"## Консоль\n\nПравки руками в консоли Terraform не видит до следующего plan или apply.\n\n" +
			"## Провайдеры\n\nПровайдер AWS создаёт виртуальные машины.\n\n" +
			"## Бэкенды\n\nСостояние хранят в бакете S3 у AWS.\n\n" +
			"## Реестр\n\nМодули для AWS публикуют в реестре.\n")},
		"clickhouse.md": {Data: []byte("# ClickHouse\n\n" +
			"## Репликация\n\nClickHouse реплицирует таблицы между серверами через ClickHouse Keeper.\n\n" +
			"## Движки\n\nДвижок ReplicatedMergeTree хранит реплики таблицы на двух серверах и больше.\n\n" +
			"## Настройка\n\nНастройка реплик задаётся в конфигурации сервера.\n\n" +
			"## История\n\nClickHouse часто сравнивают с PostgreSQL.\n\n" +
			"## Интеграции\n\nДвижок PostgreSQL читает таблицы из внешней базы.\n")},
	}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"что будет если кто-то поправил ресурс руками в консоли aws, а я потом сделаю apply", true},
		{"как настроить потоковую репликацию в PostgreSQL между двумя серверами?", false},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}
