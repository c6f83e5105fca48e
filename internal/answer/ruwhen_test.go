package answer

import "testing"

// A Russian "when" question of a deed other than coming out asks the date
// of that deed, read from the clause the date is asked in.
func TestRuWhenCue(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"когда ansible перешёл под крыло red hat", true},
		{"В каком году Red Hat купила Ansible?", true},
		{"когда напечатали исходную статью лэмпорта про паксос и в каком журнале она вышла?", true},
		{"когда dotcloud переименовалась в docker inc?", true},
		{"когда вышла четвёрка, 4.0?", false},
		{"когда в постгресе появился wal?", false},
		{"когда кафку окончательно отвязали от зукипера?", false},
		{"кто купил ansible?", false},
	}
	for _, tt := range tests {
		k, _ := questionKind(tt.q)
		if got := ruWhenCue(k, deeds(firstClause(tt.q))) != nil; got != tt.want {
			t.Errorf("ruWhenCue(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// A sentence tells the deed asked when the clause of its date does not
// tell only another one.
func TestHoldAskedDeed(t *testing.T) {
	buy := map[string]bool{"buy": true}
	publish := map[string]bool{"publish": true}
	tests := []struct {
		s     string
		asked map[string]bool
		want  bool
	}{
		{"В октябре 2015 года компанию Ansible купила Red Hat.", buy, true},
		{"2015, октябрь — Red Hat покупает Ansible, по данным прессы примерно за 150 миллионов долларов.", buy, true},
		{"После покупки Ansible стал одним из ключевых продуктов Red Hat наравне с RHEL и OpenShift, а в январе 2016 года вышла крупная версия Ansible 2.0.", buy, false},
		{"Год: 1998; Событие: Опубликована статья Лэмпорта «The Part-Time Parliament» о Paxos", publish, true},
		{"В 2001 году Лэмпорт выпустил короткую заметку «Paxos Made Simple».", publish, false},
		{"Red Hat купила Ansible.", buy, true},
	}
	for _, tt := range tests {
		terms := map[string]bool{}
		holdAskedDeed(tt.s, tt.asked, terms)
		if terms[deedTerm] != tt.want {
			t.Errorf("holdAskedDeed(%q) = %v, want %v", tt.s, terms[deedTerm], tt.want)
		}
	}
}
