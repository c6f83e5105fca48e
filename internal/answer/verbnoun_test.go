package answer

import (
	"testing"
	"testing/fstest"
)

func TestNounOfVerb(t *testing.T) {
	tests := []struct {
		t, q string
		want bool
	}{
		{"покупк", "покупа", true},           // покупка, покупала
		{"покупок", "покупа", true},          // покупок, покупала
		{"обработк", "обработа", true},       // обработку, обработано
		{"провер", "проверя", false},         // shorterStem's case: the root alone
		{"подтвержден", "подтвержда", false}, // a vowel after the root
		{"покупател", "покупа", false},       // HasPrefix's case
		{"покуп", "покупа", false},
		{"запис", "запуска", false},
		{"писк", "писа", false},    // a root under minFuzzy letters
		{"релизк", "релиз", false}, // no verb's "а" or "я"
	}
	for _, tt := range tests {
		if got := nounOfVerb(tt.t, tt.q); got != tt.want {
			t.Errorf("nounOfVerb(%q, %q) = %v, want %v", tt.t, tt.q, got, tt.want)
		}
	}
}

// verbNounBook names a company's purchases with the noun ("за счёт
// покупок") beside a sentence that shares the question's other words.
var verbNounBook = fstest.MapFS{
	"quasar.md": {Data: []byte(`---
title: "Quasar"
lang: ru
---

# Quasar

## Компания Quasar Inc.

Разработкой занимается компания Quasar Inc., основанная в 2007 году.
В октябре 2017 года Quasar Inc. вышла на биржу NASDAQ под тикером QSR.
Компания росла в том числе за счёт покупок: Corundum (2014), Malachite (2018).
`)},
}

// A Russian question that tells its deed with a verb ("покупала") leads
// with the sentence that names the deed with its noun ("покупок").
func TestAskRussianVerbNoun(t *testing.T) {
	e := New(bookIndex(t, verbNounBook), Options{})
	askLeads(t, e, []struct{ q, want string }{{"какие компании покупала quasar inc", "Компания росла"}})
}
