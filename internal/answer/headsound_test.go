package answer

import (
	"testing"
	"testing/fstest"
)

// TestCoverageHeadSound: a Russian word that sounds like the English name
// of a section ("кластер": Redis Cluster) is found there, though the text
// says it in Russian elsewhere and the index gives it no Latin spelling.
func TestCoverageHeadSound(t *testing.T) {
	book := fstest.MapFS{"store.md": {Data: []byte(`# Хранилище

## Redis Cluster

Данные распределены между ведущими узлами; рекомендуют минимум три ведущих узла, у каждого есть реплика.

## Частые ошибки

Большой ключ перегружает один узел кластера.
`)}}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"сколько реплик у кластера?", true},
		{"сколько реплик у классики?", false},
		{"сколько ведущих нужно кластеру?", true},
		{"сколько ведущих нужно классике?", false},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}
