package answer

import (
	"testing"
	"testing/fstest"
)

// TestCoverageRussianSpelledLetters: a Russian reader's short form spelled
// letter by letter in Cyrillic ("ссш", "рфц") is the Latin one the chapter
// writes (SSH, RFC), ц for C and ш for H.
func TestCoverageRussianSpelledLetters(t *testing.T) {
	book := fstest.MapFS{"ssh.md": {Data: []byte("# SSH\n\n## Откуда взялся SSH\n\nВ 1995 году финский исследователь Тату Илонен придумал SSH после атаки на сеть университета и основал компанию, чтобы продавать продукт.\n\n## Протокол\n\nПротокол описан в документах RFC 4251 и RFC 4253.\n")}}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"кто вообще придумал ссш и с чего всё началось?", true},
		{"как называлась фирма которую автор ссш замутил чтобы его продавать?", true},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}
