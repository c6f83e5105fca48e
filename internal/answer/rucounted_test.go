package answer

import (
	"slices"
	"testing"
	"testing/fstest"
)

// ruPurchaseBook tells of a purchase, its price and its year, and counts
// no staff and no downloads.
var ruPurchaseBook = fstest.MapFS{
	"sale.md": {Data: []byte(`# Облачная компания

## Покупка компании

В 2024 году компанию купил крупный производитель серверов за 6 миллиардов долларов. Сделку закрыли в 2025 году.

## Модули

Модули публикуют в реестре, и у каждого модуля есть до 20 версий в год.
`)},
}

func TestCoverageRussianCountedAbsent(t *testing.T) {
	e := New(bookIndex(t, ruPurchaseBook), Options{})
	tests := []struct {
		q    string
		want bool
	}{
		// What is counted, staff, is nowhere in the chapter: the year and
		// the price beside "купил" do not count it.
		{"сколько сотрудников было в компании на момент покупки", false},
		// Nor does the first, untyped question answer the count after it.
		{"какой производитель купил компанию и сколько у него сотрудников", false},
		{"за сколько купили компанию", true},
		{"сколько версий модуля публикуют в реестре за год", true},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}

func TestRuOwnerSkipped(t *testing.T) {
	tests := []struct {
		words, want []string
	}{
		{[]string{"сотрудников", "было"}, []string{"сотрудников", "было"}},
		{[]string{"у", "них", "сотрудников"}, []string{"сотрудников"}},
		{[]string{"у", "aws", "провайдера", "скачиваний"}, []string{"скачиваний"}},
		{[]string{"у", "них"}, nil},
	}
	for _, tt := range tests {
		if got := ruOwnerSkipped(tt.words); !slices.Equal(got, tt.want) {
			t.Errorf("ruOwnerSkipped(%q) = %q, want %q", tt.words, got, tt.want)
		}
	}
}
