package answer

import (
	"testing"
	"testing/fstest"
)

func TestLicenceQuestion(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"what licence did they put foo under when they opened it up", true},
		{"which licenses did foo inc move the core to in 2024", true},
		{"what kind of license is foo under", true},
		{"под какой лицензией распространяется foo", true},
		{"какая лицензия у foo и можно ли встроить его в закрытый продукт?", true},
		{"на какие лицензии foo переехал в 2024-м?", true},
		{"foo 8 снова open source? под какой лицензией", true},
		{"so which company pulled the free foo license from the kernel folks?", false},
		{"from which kernel release did foo go under the gnu general public license", false},
		{"сколько стоит лицензия на foo?", false},
	}
	for _, tt := range tests {
		if got := licenceQRe.MatchString(tt.q); got != tt.want {
			t.Errorf("licenceQRe.MatchString(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestLicenceFit(t *testing.T) {
	tests := []struct {
		q, s string
		want float64
	}{
		{"какая лицензия у foo?", "Foo распространяется под лицензией MPL 2.0.", 1},
		{"какая лицензия у foo?", "Foo распространяется под собственной лицензией Foo License.", 1},
		{"какая лицензия у foo?", "С версии 8 добавлена третья лицензия — GNU AGPLv3.", 1},
		{"какая лицензия у foo?", "Код выложили под лицензией MIT.", 1},
		{"what license is foo under?", "Foo is released under the GPL version 2.", 1},
		{"what license is foo under?", "Foo is released under the Apache License.", 1},
		// A family without its version is vaguer than the passage may be.
		{"какая лицензия у foo?", "Foo снова открыт, хотя и под копилефтной лицензией AGPL.", vagueLicenceWeight},
		{"what license is foo under?", "Foo ships under a BSD-style licence.", vagueLicenceWeight},
		// No licence named.
		{"какая лицензия у foo?", "Лицензия разрешает использовать, изменять и распространять код.", 0},
		{"what license is foo under?", "Foo 3.12 came out in 2023, with Python 3.12 support.", 0},
		{"what license is foo under?", "The BSD kernel runs Foo.", 0}, // no licence word: the system
		{"what license is foo under?", "The License grants every user the right to copy.", 0},
		// The licence the question names is what it asks from.
		{"под какой лицензией был foo до этой истории с bsl", "Новые версии выходят под Business Source License (BSL 1.1).", 0},
		{"под какой лицензией был foo до этой истории с bsl", "До 2023 года Foo распространялся под лицензией MPL 2.0 (Mozilla Public License).", 1},
	}
	for _, tt := range tests {
		if got := licenceFit(tt.q, tt.s); got != tt.want {
			t.Errorf("licenceFit(%q, %q) = %v, want %v", tt.q, tt.s, got, tt.want)
		}
	}
}

func TestFormerLicence(t *testing.T) {
	tests := []struct {
		q, s string
		want bool
	}{
		{"под какой лицензией щас foo?", "Поначалу Foo распространялся под лицензией GNU AGPL v3.", true},
		{"what license is foo under now?", "Originally Foo shipped under the GPL version 2.", true},
		{"под какой лицензией щас foo?", "В 2018 году компания перевела Foo на SSPL.", false},
		{"под какой лицензией foo?", "Поначалу Foo распространялся под лицензией GNU AGPL v3.", false},
	}
	for _, tt := range tests {
		if got := formerLicence(tt.q, tt.s); got != tt.want {
			t.Errorf("formerLicence(%q, %q) = %v, want %v", tt.q, tt.s, got, tt.want)
		}
	}
}

// russianLicenceBook names Food's licence in its section's first sentence
// and tells what the licence allows in the next, in the words of a
// question that asks both; another section tells how the licence changed.
var russianLicenceBook = fstest.MapFS{
	"food.md": {Data: []byte(`---
title: "Food"
lang: ru
---

# Food

## Лицензия Food

Food распространяется под собственной лицензией Food License. Она короткая и либеральная.

Лицензия разрешает использовать, изменять и распространять код, в том числе в закрытых коммерческих продуктах, без требования открывать свои изменения.

## Смена лицензии Barbase

Поначалу сервер Barbase распространялся под лицензией GNU AGPL v3, а драйверы — под Apache 2.0. В 2018 году компания перевела сервер на собственную лицензию Server Side Public License (SSPL).

Компания объяснила смену лицензии облачными провайдерами. Barbase 8, вышедший в 2025 году, снова стал открытым, хотя и под копилефтной лицензией AGPL, а не разрешительной BSD.
`)},
}

// A question for a licence leads with the sentence that names it, not
// with the one that tells what the licence allows in the question's words,
// and a question for the licence now not with the one it had before.
func TestAskLicence(t *testing.T) {
	e := New(bookIndex(t, russianLicenceBook), Options{})
	askLeads(t, e, []struct{ q, want string }{
		{"какая лицензия у food и можно ли его встроить в закрытый коммерческий продукт не открывая исходники?", "Food распространяется под собственной лицензией Food License."},
		{"под какой лицензией щас barbase? слышал там не open source уже", "В 2018 году компания перевела сервер"},
	})
}
