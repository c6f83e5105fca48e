package answer

import (
	"testing"
	"testing/fstest"
)

// A Russian question how many or how much reads a version or a date as no
// answer.
func TestRuUncountedFit(t *testing.T) {
	q := "за сколько red hat купил ansible?"
	tests := []struct {
		s    string
		want float64
	}{
		{"В прессе называли цифру около 150 миллионов долларов.", 1},
		{"Организациям, где работает больше 250 сотрудников, нужна подписка.", 1},
		{"Сделку закрыли за два месяца.", 1},
		{"Новый движок быстрее старого в 1.5 раза.", 1},
		{"Elasticsearch 7.10.2 стал последним под Apache.", namedNumberWeight},
		{"После покупки в январе 2016 года вышла крупная версия Ansible 2.0.", namedNumberWeight},
		{"Сам Docker Engine распространяется под лицензией Apache 2.0.", namedNumberWeight},
		{"В Windows для этого обычно используется WSL 2.", namedNumberWeight},
		{"Льготный период длился до 31 января 2022 года.", namedNumberWeight},
		{"Главный реестр запустили вместе с версией 1.0.", namedNumberWeight},
	}
	for _, tt := range tests {
		if got := ruUncountedFit(q, tt.s, 1); got != tt.want {
			t.Errorf("ruUncountedFit(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	if got := ruUncountedFit("в какой версии ansible появились коллекции?", "Коллекции появились в Ansible 2.10.", 1); got != 1 {
		t.Errorf("ruUncountedFit for a question that asks for a version = %v, want 1", got)
	}
}

// russianAmountBook gives the amount of a purchase in one sentence and a
// version, in the sentence that shares more of the question's words, in
// another.
var russianAmountBook = fstest.MapFS{
	"ansible.md": {Data: []byte(`---
title: "Ansible"
lang: ru
---

# Ansible

## Компания и покупка Red Hat

В октябре 2015 года компанию Ansible купила Red Hat. Сумму сделки официально не раскрывали, но в прессе называли цифру около 150 миллионов долларов. После покупки Ansible стал одним из ключевых продуктов Red Hat, а в январе 2016 года вышла крупная версия Ansible 2.0.
`)},
}

// A Russian question for an amount leads with the amount, not with a
// version.
func TestAskRussianAmount(t *testing.T) {
	e := New(bookIndex(t, russianAmountBook), Options{})
	askLeads(t, e, []struct{ q, want string }{{"за скока редхат купил ансибл, сумма известна?", "Сумму сделки официально не раскрывали"}})
}
