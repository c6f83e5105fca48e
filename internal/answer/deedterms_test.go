package answer

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestDeedTerms(t *testing.T) {
	terms := func(s string) []string { return strings.Fields(strings.ToLower(s)) }
	tests := []struct {
		q    string
		want []string
	}{
		{"с какой версии появились ключи ed25519", []string{"появились"}},
		{"когда dotcloud переименовалась в docker inc?", []string{"переименовалась"}},
		// A question that names no deed has no deed terms.
		{"какой порт у редиса по умолчанию?", nil},
	}
	for _, tt := range tests {
		qterms := map[string]float64{}
		for _, w := range terms(tt.q) {
			qterms[w] = 1
		}
		if got := deedTerms(tt.q, deeds(tt.q), qterms, terms); !slices.Equal(got, tt.want) {
			t.Errorf("deedTerms(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// deedTermsBook tells when two kinds of key were added: one in the words a
// question uses ("появились"), the other in other words ("добавлены").
var deedTermsBook = fstest.MapFS{
	"tool.md": {Data: []byte(`---
title: "Квазар"
lang: ru
---

# Квазар

## Типы ключей

Квазар умеет работать с несколькими видами ключей.

- **Корунд** — ключи на решётках, появились в Квазаре 5.7 (2011).
- **Малахит** — подписи на кривой Эдвардса, добавлены в Квазаре 6.5 (2014).
`)},
}

// A Russian question for the version a thing came in leads with the
// sentence of that thing, which tells the deed in other words, not with
// one of another thing in the question's own verb.
func TestAskRussianDeedTerms(t *testing.T) {
	e := New(bookIndex(t, deedTermsBook), Options{})
	askLeads(t, e, []struct{ q, want string }{{"с какой версии квазара появились ключи малахит", "Малахит"}})
}
