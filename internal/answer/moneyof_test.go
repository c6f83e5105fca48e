package answer

import (
	"testing"
	"testing/fstest"
)

// pricesBook gives sums of money that are not the ones asked: what the
// seller paid for its own purchase, the revenue that makes a firm pay.
var pricesBook = fstest.MapFS{
	"db.md": {Data: []byte(`# Databases

## Owners

In 2008 Globex acquires the Swedish database company for about $1 billion, one of the largest deals of its day.
Initech completes its purchase of Globex in 2010 after a long review.
Initech was long the biggest customer of Globex.

## Initech

Initech makes printers and sells them in many countries.

## Staff

Initech staff work from offices in Austin and Berlin.

## Products

Initech printers print in colour.

## Лицензии

Компаниям, где годовая выручка превышает 10 миллионов долларов, теперь нужна платная подписка Gold.

## Сотрудники

Сотрудники Initech работают в офисах в Остине и Берлине, и их зарплата растёт каждый год.
`)},
	"shop.md": {Data: []byte(`# Магазин

## Тарифы

Тариф Silver стоит 5 долларов в месяц.
`)},
}

func TestMoneyOfAnswer(t *testing.T) {
	e := New(bookIndex(t, pricesBook), Options{})
	tests := []struct {
		q    string
		want bool
	}{
		// The only sum is what Globex paid, not what Initech paid.
		{"how much did initech pay for globex in total?", false},
		{"how much did globex pay for the swedish database company?", true},
		// The sum is the revenue's, not the subscription's price.
		{"сколько стоит подписка gold в месяц?", false},
		{"сколько стоит тариф silver в месяц?", true},
		// So in a chat's spelling of "сколько" (see ruHowMuch).
		{"скока стоит подписка gold в месяц?", false},
		{"скока стоит тариф silver в месяц?", true},
		// A salary asked by its noun is a sum: the book gives none.
		{"какая зарплата у сотрудников initech в берлине?", false},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}

func TestSumOfTerms(t *testing.T) {
	e := New(bookIndex(t, pricesBook), Options{})
	tests := []struct {
		part string
		want []string
	}{
		{"how much did oracle pay for sun", []string{"oracl"}},
		{"how much money did the rust foundation raise", []string{"rust", "foundat"}},
		{"сколько стоит подписка docker pro в месяц", []string{"подписк", "docker", "pro"}},
		{"how many nodes can a cluster hold", nil},
	}
	for _, tt := range tests {
		got := sumOfTerms(e.r, tt.part)
		if len(got) != len(tt.want) {
			t.Errorf("sumOfTerms(%q) = %q, want %q", tt.part, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("sumOfTerms(%q) = %q, want %q", tt.part, got, tt.want)
				break
			}
		}
	}
}
