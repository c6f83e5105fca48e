package answer

import (
	"testing"
	"testing/fstest"
)

// russianTitleBook names its subject in its title and opening, and its
// author in a later section that never writes the name again.
var russianTitleBook = fstest.MapFS{
	"zabbix.md": {Data: []byte(`---
title: "Zabbix: система мониторинга и её история"
lang: ru
---

# Zabbix: система мониторинга и её история

Zabbix — открытая система мониторинга серверов и сетей, написанная на C.

## Откуда взялся проект

Автор проекта — Алексей Владышев (Alexei Vladishev), инженер, который в конце 1990-х работал администратором в банке.
`)},
}

// A Russian "who" question about a chapter's subject, spelled in Cyrillic,
// leads with the person of a section that speaks of it without its name:
// the chapter's title writes it.
func TestAskRussianTitleName(t *testing.T) {
	e := New(bookIndex(t, russianTitleBook), Options{})
	askLeads(t, e, []struct{ q, want string }{
		{"кто вообще написал заббикс? какой-то админ вроде", "Автор проекта — Алексей Владышев"},
	})
}

// Only a title's Latin names count, with the question's spellings of them.
func TestLatinTitleNames(t *testing.T) {
	got := latinTitleNames([]map[string]bool{{"zabbix": true, "мониторинг": true}, nil}, map[string]string{"zabbix": "заббикс"})
	if len(got) != 2 || len(got[0]) != 2 || !got[0]["zabbix"] || !got[0]["заббикс"] || len(got[1]) != 0 {
		t.Errorf("latinTitleNames = %v, want [map[zabbix:true заббикс:true] map[]]", got)
	}
}
