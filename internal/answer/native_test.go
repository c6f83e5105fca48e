package answer

import (
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/chapterbot/chapterbot/internal/search"
)

// TestNativeLatin: in a chapter written in Russian, a common Russian word
// ("поиск") is not the Latin term that sounds like it ("pascal"), though it
// is its own transliteration ("сервер": server); across scripts the
// spellings stand.
func TestNativeLatin(t *testing.T) {
	ix := bookIndex(t, fstest.MapFS{"a.md": {Data: []byte("# A\n\nText.\n")}})
	latin := map[string][]string{"поиск": {"pascal"}, "сервер": {"server"}, "редис": {"redi"}}
	q := "как сервер делает поиск в редисе?"
	ru := []search.Hit{{Chapter: "ru", Text: "Сервер ищет ключи; типы пишут в стиле PascalCase."}}
	want := map[string][]string{"сервер": {"server"}, "редис": {"redi"}}
	if diff := cmp.Diff(want, nativeLatin(ix, q, ru, "ru", latin)); diff != "" {
		t.Errorf("nativeLatin, Russian chapter (-want +got):\n%s", diff)
	}
	en := []search.Hit{{Chapter: "en", Text: "The server looks keys up; types are written in PascalCase."}}
	if diff := cmp.Diff(latin, nativeLatin(ix, q, en, "en", latin)); diff != "" {
		t.Errorf("nativeLatin, English chapter (-want +got):\n%s", diff)
	}
}
