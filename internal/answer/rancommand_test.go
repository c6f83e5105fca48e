package answer

import (
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func TestRanCommands(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"делаю systemctl restart и юзеры отваливаются", []string{"systemctl restart"}},
		{"что за колонки вылезают если сделать select xmin, * from t", []string{"select xmin, * from t"}},
		{"сделаю apply, а потом plan", []string{"apply,"}},
		{"как сделать durable консьюмера?", nil}, // asks how
		{"кто сделал freenginx и в каком году", nil},
		{"как запускать php за нгинксом", nil},
		{"делаю бэкап каждый день", nil},
	} {
		if got := ranCommands(tt.q); !cmp.Equal(got, tt.want) {
			t.Errorf("ranCommands(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestCoverageRussianRanCommand: the command a Russian reader says they
// ran is theirs, not a name the book lacks.
func TestCoverageRussianRanCommand(t *testing.T) {
	book := fstest.MapFS{"nginx.md": {Data: []byte("# nginx\n\n## Перезагрузка без простоя\n\nКоманда nginx -s reload перечитывает конфиг, не роняя соединения: юзеры не отваливаются.\n")}}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"как перечитать конфиг не роняя соединения? делаю systemctl restart и юзеры отваливаются", true},
		{"как перечитать конфиг systemctl не роняя соединения?", false},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}
