package answer

import (
	"testing"
	"testing/fstest"
)

// TestPassingRelation: a company the book names once, in no heading, is
// asked about only where the clause naming it holds what the question asks
// of it: "кто основал компанию Kestrix?" is not answered by the clause
// where Kestrix hired the author, "в каком году Kestrix наняла
// Санфилиппо?" is; a name the book writes in a heading keeps the clause as
// before; a name written in two passages is named in passing too.
func TestPassingRelation(t *testing.T) {
	book := fstest.MapFS{
		"cache.md": {Data: []byte("# Кэш-сервер\n\n## Кто развивал проект\n\n" +
			"Первую версию кэш-сервера Санфилиппо написал в 2009 году для своего стартапа. " +
			"В марте 2010 года компания Kestrix наняла Санфилиппо, чтобы он занимался кэш-сервером полный рабочий день. " +
			"С 2015 года разработку поддерживает компания Ориола.\n\n" +
			"## Ориола\n\nКомпанию Ориола в 2011 году основал Офер Бенгаль.\n")},
		"stream.md": {Data: []byte("# Журнал событий\n\n## Откуда взялся журнал\n\n" +
			"Журнал событий написали в 2010 году инженеры компании Линдин. " +
			"Позже Линдин передала журнал фонду Apache.\n\n" +
			"## Кто развивает журнал\n\nВ 2014 году авторы журнала ушли из компании Линдин в стартап Конфлюэнт.\n")},
	}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"кто основал компанию kestrix?", false},
		{"в каком году kestrix наняла санфилиппо?", true},
		{"кто основал компанию ориола?", true},
		{"кто купил компанию линдин?", false},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}
