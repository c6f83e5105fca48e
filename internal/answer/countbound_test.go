package answer

import (
	"testing"
	"testing/fstest"
)

func TestCountBound(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Рекомендация — держать размер шарда в пределах от 10 до 50 ГБ.", false},
		{"Таймаут не больше 30 секунд.", false},
		{"На одном узле держат не больше 1000 шардов.", true},
		{"Размер шарда до 50 ГБ, а шардов на узел не больше 1000.", true},
		{"Число полей ограничено.", true},
	}
	for _, tt := range tests {
		if got := countBound(tt.text); got != tt.want {
			t.Errorf("countBound(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestCoverageCountBound(t *testing.T) {
	size := New(bookIndex(t, fstest.MapFS{"es.md": {Data: []byte(`# Поиск

## Слишком много шардов

Каждый шард стоит памяти на узле. Рекомендация — держать размер шарда в пределах от 10 до 50 ГБ.
`)}}), Options{})
	wantCovered(t, size, "сколько шардов максимум можно держать на одной ноде?", false)
	count := New(bookIndex(t, fstest.MapFS{"es.md": {Data: []byte(`# Поиск

## Слишком много шардов

Каждый шард стоит памяти на узле. На одной ноде держат не больше 1000 шардов.
`)}}), Options{})
	wantCovered(t, count, "сколько шардов максимум можно держать на одной ноде?", true)
}
