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

// TestCoverageRussianPastedWords: the words of the English output a
// Russian reader pastes that the passages lack weigh nothing, though
// another chapter writes them, and the question is Russian by its own
// words however long the output; a product the output names still weighs.
func TestCoverageRussianPastedWords(t *testing.T) {
	book := fstest.MapFS{
		"ansible.md": {Data: []byte("# Ansible\n\n## Подключение по SSH\n\nAnsible заходит на хост по ssh под пользователем из инвентаря и с его ключом; если руками по ssh заходит, а Ansible нет, ему не нравится ключ или пользователь.\n")},
		"notes.md":   {Data: []byte("# Notes\n\n## Deploys\n\nThe deploy failed.\n\n## Access\n\nPermission was denied.\n\n## Changes\n\nNothing changed.\n\n## Proxies\n\nWe could not connect via the proxy.\n\n## Flags\n\nThe flag is false.\n\n## Config\n\nAn unknown directive is a config error.\n")},
		"web.md":     {Data: []byte("# Web\n\n## Proxies\n\nMany sites put nginx in front of the app.\n")},
	}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{`fatal: [web1]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via ssh: deploy@10.0.0.5: Permission denied (publickey).", "unreachable": true} что ему не нравится, руками по ssh захожу`, true},
		{`nginx: [emerg] unknown directive "more_set_headers" in /etc/nginx/conf.d/site.conf:12 откуда взять этот модуль`, false},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}

// TestCoverageRussianPastedCommonWords: in a Russian question, a common
// English word of pasted output that no passage found holds weighs
// nothing; the output's rare words still count.
func TestCoverageRussianPastedCommonWords(t *testing.T) {
	book := fstest.MapFS{
		"ansible.md": {Data: []byte("# Ansible\n\n## SSH\n\nAnsible подключается к узлам по SSH с ключом пользователя; если ключ не принят, узел помечается как UNREACHABLE и задачи на нём не выполняются.\n")},
		"network.md": {Data: []byte("# Networking\n\n## Connections\n\nA client failed to connect to the host when permission was denied: the server closes the connection.\n")},
	}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{`fatal: [web1]: UNREACHABLE! => {"msg": "Failed to connect to the host via ssh: Permission denied (publickey)."} что не так с ключом?`, true},
		{`fatal: [web1]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via ssh: Permission denied (publickey).", "unreachable": true} что ему не нравится, по ssh захожу`, true},
		// Written in English, the same words are the question's own.
		{`fatal: [web1]: UNREACHABLE! => {"msg": "Failed to connect to the host via ssh: Permission denied (publickey)."} why, I log in with my key?`, false},
		// Its rare words still count: the chapter holds no such key.
		{`fatal: [web1]: UNREACHABLE! => {"msg": "Failed to connect to the host via gssapi: Kerberos ticket expired"} что не так с тикетом?`, false},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}
