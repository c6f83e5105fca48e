package answer

import (
	"testing"
	"testing/fstest"
)

func TestNamesCommand(t *testing.T) {
	tests := []struct {
		s, q string
		want bool
	}{
		{"Пароль передают ключом -K (--ask-become-pass).", "как передать пароль для судо", true},
		{"Для этого в Ansible есть утилита ansible-vault: она шифрует файлы.", "как хранить пароли", true},
		{"Чтобы журнал не рос бесконечно, команда BGREWRITEAOF переписывает его.", "aof разросся, как ужать?", true},
		{"Команда CREATE INDEX CONCURRENTLY строит индекс, не блокируя запись.", "как строить индекс без блокировки", true},
		{"-- на исходном сервере CREATE PUBLICATION orders_pub FOR TABLE orders;", "какими командами?", true},
		{"Для больших файлов есть спецификация GridFS.", "как хранить файлы по 50 мегабайт", true},
		{"Автоочистку включают параметрами autopurge.purgeInterval и autopurge.snapRetainCount.", "как включить автоочистку", true},
		{"TTL-узлы включаются системным свойством zookeeper.extendedTypesEnabled=true.", "как включить ttl", true},
		// The noun announces the name after a dash or a colon; a script
		// is a tool to run.
		{"Самая полезная команда — nginx -t: она проверяет конфигурацию.", "как проверить конфиг перед перезагрузкой", true},
		{"Модули включают и выключают утилитами: a2enmod и a2dismod.", "как включить модуль", true},
		{"Скрипт ssh-copy-id дописывает открытый ключ на сервер.", "как положить ключ на сервер", true},
		{"Главная утилита — Docker.", "как запустить контейнер", false},
		// A product's name, an acronym, a word that only holds the noun's
		// letters, or the command the question names give nothing to type.
		{"Команды Redis выполняются в одном потоке.", "как ускорить редис", false},
		{"BRIN — компактный индекс, веб-интерфейс и HTTP API.", "как строить индекс", false},
		{"Ключевое слово break прекращает цикл.", "как выйти из цикла", false},
		{"Автоматическое переключение обеспечивает Redis Sentinel.", "как подключить реплику", false},
		{"Обратная сторона — медленная команда KEYS.", "почему тормозит команда keys", false},
		// A setting named as the subject ("параметр appendfsync задаёт"),
		// not as the means ("параметром"), is no way to type.
		{"Частоту сброса на диск задаёт параметр appendfsync.", "aof разросся, как ужать?", false},
		{"Править его руками не стоит: для этого есть команды terraform state list и terraform state rm.", "как затащить ресурс", false},
	}
	for _, tt := range tests {
		if got := namesCommand(tt.s, tt.q); got != tt.want {
			t.Errorf("namesCommand(%q, %q) = %v, want %v", tt.s, tt.q, got, tt.want)
		}
	}
}

// commandBook states the problem in the question's words first and the
// key that solves it after, as Russian prose names a command without
// quoting it as code.
var commandBook = fstest.MapFS{
	"deploy.md": {Data: []byte(`---
title: "Развёртывание"
lang: ru
---

# Развёртывание

## Пароль sudo

Если sudo на сервере требует пароль, а пароль при запуске не передали, задача падает с ошибкой. Пароль передают ключом -K (--ask-become-pass).
`)},
}

// A Russian "how" question leads with the sentence that names the key to
// type, not the one that restates the problem.
func TestAskRussianCommand(t *testing.T) {
	e := New(bookIndex(t, commandBook), Options{})
	askLeads(t, e, []struct{ q, want string }{{"как передать пароль sudo при запуске", "Пароль передают ключом -K"}})
}
