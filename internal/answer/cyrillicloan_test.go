package answer

import (
	"testing"
	"testing/fstest"
)

// TestCoverageRussianCyrillicLoan: a rare English term a Russian question
// types in Latin letters ("committer") is held by a chapter that writes it
// in Cyrillic ("коммиттер"); a chapter that writes it in neither script
// does not hold it.
func TestCoverageRussianCyrillicLoan(t *testing.T) {
	book := fstest.MapFS{"git.md": {Data: []byte("# Git\n\n## Коммиты\n\nВ коммите записаны автор и коммиттер с отметками времени и сообщение. Автор — тот, кто написал изменение, коммиттер — тот, кто последним его применил.\n")}}
	e := New(bookIndex(t, book), Options{})
	wantCovered(t, e, "чем author отличается от committer в коммите? у меня в логе они разные", true)
	other := fstest.MapFS{"git.md": {Data: []byte("# Git\n\n## Коммиты\n\nВ коммите записаны автор с отметкой времени и сообщение. Автор — тот, кто написал изменение.\n")}}
	wantCovered(t, New(bookIndex(t, other), Options{}), "чем author отличается от committer в коммите? у меня в логе они разные", false)
}
