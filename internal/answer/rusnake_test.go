package answer

import (
	"testing"
	"testing/fstest"
)

// TestCoverageRussianOwnSnakeName: a snake-case name a Russian question
// gives of the reader's own setup ("user_id" put in a label), made of
// words the book writes, is neither an unwritten API name nor a word the
// passages must hold; one whose words the book never writes still is.
func TestCoverageRussianOwnSnakeName(t *testing.T) {
	book := fstest.MapFS{"metrics.md": {Data: []byte("# Метрики\n\n## Кардинальность меток\n\nЕсли положить в метку метрики id пользователя (user), число рядов вырастет до миллионов, и сервер упадёт.\n")}}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"что будет если положить user_id в метку метрики?", true},
		{"что будет если положить grpc_peer_addr в метку метрики?", false},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}
