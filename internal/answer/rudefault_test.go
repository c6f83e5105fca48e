package answer

import (
	"testing"
	"testing/fstest"
)

// A Russian sentence states a default with any word after "по умолчанию",
// which defaultRe, asking for a dash, a colon or a verb, misses.
func TestStatesDefaultRussian(t *testing.T) {
	q := "unclean leader election по умолчанию включен или выключен?"
	for _, s := range []string{
		"С версии 0.11 он по умолчанию выключен, т. е. Kafka предпочитает недоступность потере данных.",
		"Сегмент удаляется, когда записи старше срока retention.ms (по умолчанию семь дней).",
		"По умолчанию запросы распределяются по кругу (round-robin) с учётом веса.",
	} {
		if defaultRe.MatchString(s) {
			t.Errorf("defaultRe matches %q: the test proves nothing", s)
		}
		if !statesDefault(q, s) {
			t.Errorf("statesDefault(%q) = false, want true", s)
		}
	}
	if statesDefault(q, "Параметр задают в конфиге брокера.") {
		t.Error("a sentence without a default states one")
	}
	if statesDefault("what is unclean leader election?", "С версии 0.11 он по умолчанию выключен.") {
		t.Error("the Russian default reading applies to an English question")
	}
}

// "если ничего не указывать" and "из коробки" ask for a default.
func TestAsksDefaultRussian(t *testing.T) {
	for _, q := range []string{
		"какой метод балансировки в upstream используется если ничего не указывать",
		"какая политика вытеснения стоит из коробки?",
		"какой порт слушает брокер, если не задавать его?",
	} {
		if mentionsDefaultRe.MatchString(q) {
			t.Errorf("mentionsDefaultRe matches %q: the test proves nothing", q)
		}
		if !asksDefault(q) {
			t.Errorf("asksDefault(%q) = false, want true", q)
		}
	}
	if asksDefault("как указать порт брокера?") {
		t.Error(`"как указать порт" asks for no default`)
	}
}

// russianDefaultWordsBook states defaults the Russian way ("он по умолчанию
// выключен"), and one under the book's own name that is not asked for.
var russianDefaultWordsBook = fstest.MapFS{
	"kafka.md": {Data: []byte(`---
title: "Kafka"
lang: ru
---

# Kafka

## Выбор лидера

Если все реплики из набора ISR недоступны, кластер может ждать или назначить лидером отставшую реплику. За это отвечает параметр unclean.leader.election.enable. С версии 0.11 он по умолчанию выключен, т. е. Kafka предпочитает недоступность потере данных.
`)},
	"nginx.md": {Data: []byte(`---
title: "Nginx"
lang: ru
---

# Nginx

## Конфигурация

Основной конфиг обычно лежит в каталоге /etc/nginx. Рядом лежат файлы сайтов.

## Обратный прокси

По умолчанию Nginx подменяет заголовок Host на адрес бэкенда. Поэтому обычно добавляют proxy_set_header Host.
`)},
}

// A Russian question for a default leads with the sentence that states
// it, however the sentence words it; a default of another thing that
// holds only the book's name and the words "по умолчанию" does not lead.
func TestAskRussianDefaultWorded(t *testing.T) {
	e := New(bookIndex(t, russianDefaultWordsBook), Options{})
	askLeads(t, e, []struct{ q, want string }{
		{"unclean leader election по умолчанию включен или выключен?", "С версии 0.11 он по умолчанию выключен"},
		{"где по умолчанию лежит главный конфиг nginx?", "Основной конфиг обычно лежит"},
	})
}

// A Russian sentence that states a default but holds nothing of the
// question's subject besides "по умолчанию" and the book's name gives no
// default: about alone would count both.
func TestDefaultFitRussian(t *testing.T) {
	e := New(bookIndex(t, russianDefaultWordsBook), Options{})
	terms := func(s string) map[string]bool { return set(e.r.Terms(s)) }
	held := e.r.Terms("умолчанию лежит конфиг nginx")
	title := terms("Nginx")
	q := "где по умолчанию лежит конфиг nginx?"
	other := &sentence{text: "По умолчанию Nginx подменяет заголовок Host.", terms: terms("По умолчанию Nginx подменяет заголовок Host.")}
	if about(other, held) == 0 {
		t.Fatal("about counts nothing: the test proves nothing")
	}
	if got := e.defaultFit(q, other, held, title); got != 0 {
		t.Errorf("defaultFit(%q) = %v, want 0", other.text, got)
	}
	if got := e.defaultFit("where is the nginx config by default?", other, held, title); got != about(other, held) {
		t.Errorf("defaultFit of an English question = %v, want about's %v", got, about(other, held))
	}
	asked := &sentence{text: "Конфиг по умолчанию лежит в /etc/nginx.", terms: terms("Конфиг по умолчанию лежит в /etc/nginx.")}
	if got, want := e.defaultFit(q, asked, held, title), about(asked, held); got != want || got == 0 {
		t.Errorf("defaultFit(%q) = %v, want about's %v > 0", asked.text, got, want)
	}
}
