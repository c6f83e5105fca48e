package answer

import (
	"testing"
	"testing/fstest"
)

// TestCoverageRussianNode: a question that says "ноды" is covered by the
// passage that writes узлы or члены: the share holds it ("ttl ноды":
// TTL-узлы), and so does the clause that counts them ("сколько максимум
// нод": "до 50 членов"); a question whose other words the book misses is
// still refused.
func TestCoverageRussianNode(t *testing.T) {
	book := fstest.MapFS{
		"cluster.md": {Data: []byte("# Кластер\n\n## Временные узлы\n\nTTL-узлы по умолчанию выключены и включаются системным свойством extendedTypes.\n\n## Набор реплик\n\nВ наборе может быть до 50 членов, но голосовать могут не больше 7.\n")},
	}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"почему ttl ноды не создаются?", true},
		{"сколько максимум нод может быть в наборе и сколько голосуют?", true},
		{"сколько стоит аренда ноды в облаке у хостера?", false},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}

func TestNodeIn(t *testing.T) {
	for _, tt := range []struct {
		t     string
		terms []string
		want  string
	}{
		{"нод", []string{"узл", "кластер"}, "узл"},
		{"нод", []string{"член"}, "член"},
		{"нод", []string{"членств", "кластер"}, ""},
		{"нод", []string{"кластер"}, ""},
		{"узел", []string{"член"}, ""},
	} {
		if got := nodeIn(tt.t, set(tt.terms), nil); got != tt.want {
			t.Errorf("nodeIn(%q, %v) = %q, want %q", tt.t, tt.terms, got, tt.want)
		}
	}
}
