package answer

import (
	"testing"
	"testing/fstest"
)

// TestCoverageRussianSlang: a question in spoken words ("мастер умер",
// "пишутся") is covered by the passage the search finds for them, which
// writes them as the book does (ведущий, недоступен, запись); a question
// whose other words the book misses is still refused.
func TestCoverageRussianSlang(t *testing.T) {
	book := fstest.MapFS{
		"replication.md": {Data: []byte("# Репликация\n\n## Sentinel\n\nПроцессы Sentinel следят за ведущим сервером, и когда кворум соглашается, что он недоступен, одну из реплик повышают до ведущей.\n\n## Журнал\n\nДанные каждой записи физически попадают сначала в журнал на диске, а затем в таблицу в памяти.\n")},
	}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"как sentinel решает, что мастер умер?", true},
		{"куда физически пишутся данные?", true},
		{"как мастер выбирает бюджет на рекламу?", false},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}

func TestSlangIn(t *testing.T) {
	for _, tt := range []struct {
		t     string
		terms []string
		want  string
	}{
		{"мастер", []string{"ведущ", "узел"}, "ведущ"},
		{"умер", []string{"недоступн"}, "недоступн"},
		{"пишут", []string{"запис"}, "запис"},
		{"мастер", []string{"узел"}, ""},
		{"сервер", []string{"ведущ"}, ""},
	} {
		if got := slangIn(tt.t, set(tt.terms), nil); got != tt.want {
			t.Errorf("slangIn(%q, %v) = %q, want %q", tt.t, tt.terms, got, tt.want)
		}
	}
}
