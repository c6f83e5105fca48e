package answer

import "testing"

func TestRemedies(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Рекомендуется вставлять не чаще раза в секунду пачками.", true},
		{"Правильный порядок — сначала rate, потом sum.", true},
		{"Практическое правило: окно должно быть хотя бы в четыре раза длиннее.", true},
		{"Для этого нужно задать параметр.", true},
		{"Без слэша (proxy_pass http://backend) запрос уйдёт как есть.", true},
		// Going on with the story tells nothing to do.
		{"Стабильная вторая версия Sentinel вышла вместе с Redis 2.8 в 2013 году.", false},
		{"Кластеры просто перешли на другой рантайм.", false},
		{"Платой за надёжность становится большая нагрузка на диск.", false},
	}
	for _, tt := range tests {
		if got := remedies(&sentence{text: tt.text}); got != tt.want {
			t.Errorf("remedies(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
