package answer

import "testing"

// "Это" points back at the sentence before when a verb that can have it as
// its subject follows: present "-ет", "-ит" ("Это значит", "Это
// позволяет") or neuter past "-ло" ("Это привело"). A word in "-ал",
// "-ил", "-ла" or "-ли" cannot agree with "это" as a verb: it is a noun
// ("Это журнал записей", "Это сигнал"), and the sentence names what it
// is, saying something of its own.
func TestRefersBackRussian(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Это значит, что команда выполняется атомарно.", true},
		{"Это позволяет не блокировать сервер.", true},
		{"Это привело к расколу сообщества.", true},
		{"Это журнал записей только для добавления, похожий на лог Kafka.", false},
		{"Это сигнал, что брокер перегружен.", false},
		{"Это материал для следующей главы.", false},
	}
	for _, tt := range tests {
		if got := refersBack(tt.s); got != tt.want {
			t.Errorf("refersBack(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
