package answer

import "testing"

func TestJoinedNameLike(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"Кроа-Хартман", true},
		{"Kroah-Hartman", true},
		{"О'Хара", true},
		{"O’Hara", true},
		{"Dahl", true},
		// A joined word whose parts are not both names is none.
		{"Node-API", false},
		{"Санкт-петербургский", false},
		{"rabbitmq-plugins", false},
		{"Don't", false},
		{"L'", false},
	}
	for _, tt := range tests {
		if got := nameLike(tt.w); got != tt.want {
			t.Errorf("nameLike(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

func TestLastNamePart(t *testing.T) {
	for w, want := range map[string]string{"Кроа-Хартман": "Хартман", "О'Хара": "Хара", "O’Hara": "Hara", "Dahl": "Dahl"} {
		if got := lastNamePart(w); got != want {
			t.Errorf("lastNamePart(%q) = %q, want %q", w, got, want)
		}
	}
}

// A sentence that names a person by a joined surname gives a person.
func TestHasPersonJoinedName(t *testing.T) {
	rare := func(w string) bool {
		w = lastNamePart(w)
		return w == "Хартман" || w == "Хара"
	}
	plain := func(w string) bool { return w == "Стабильные" }
	known := func(string) bool { return false }
	for _, s := range []string{
		"Стабильные ветки появились в 2005 году; их ведёт Грег Кроа-Хартман вместе с другими.",
		"В 2003 году инженер банка Джон О'Хара начал работу над протоколом.",
	} {
		if got := hasPerson(s, false, plain, rare, known); got != 0.6 {
			t.Errorf("hasPerson(%q) = %v, want 0.6", s, got)
		}
	}
}
