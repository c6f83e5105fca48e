package answer

import (
	"testing"
	"testing/fstest"
)

// TestSiblingClauses: the date of a Russian sentence answers for the
// clause after its ", и" that gives none of its own; an English clause
// after ", and" states its own fact.
func TestSiblingClauses(t *testing.T) {
	book := fstest.MapFS{
		"licence.md": {Data: []byte("# Лицензия сервера\n\n## Смена лицензии\n\n" +
			"В марте 2024 года компания перевела сервер на лицензию SSPL. " +
			"В мае 2025 года добавили лицензию AGPLv3, и проект снова стал открытым.\n")},
		"render.md": {Data: []byte("# Rendering\n\n## Frameworks\n\n" +
			"Teams moved to frameworks such as Vitepress, and the old starter kit was deprecated in 2025.\n")},
	}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"в каком году проект снова стал открытым?", true},
		{"when did teams move to vitepress?", false},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}
