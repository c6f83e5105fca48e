package book

import (
	"strings"
	"testing"
)

func TestChapterLang(t *testing.T) {
	ru := "Node.js появился в 2009 году, когда Райан Дал показал, что JavaScript может работать на сервере без потока на каждый запрос. " +
		"Вместо этого среда выполнения использует цикл событий и неблокирующий ввод-вывод. Такой подход хорошо подходит для сетевых сервисов, " +
		"где большую часть времени программа ждёт ответа от базы данных или другого сервиса."
	en := "Node.js appeared in 2009, when Ryan Dahl showed that JavaScript could run on a server without a thread for every request. " +
		"Instead the runtime uses an event loop and non-blocking input and output, which suits network services that spend most of their time waiting."
	tests := []struct {
		name, file, src, want string
		warning               string
	}{
		{"front matter", "c.md", "---\nlang: de\n---\n" + en, "de", ""},
		{"front matter region is dropped", "c.md", "---\nlang: pt-BR\n---\n" + en, "pt", ""},
		{"front matter upper-case, underscore", "c.md", "---\nlang: RU_ru\n---\n" + en, "ru", ""},
		{"front matter not a code: detected", "c.md", "---\nlang: English\n---\n" + ru, "ru",
			`c.md:2: front matter: lang "English" is not a language code such as "en" or "ru"; the language is detected from the text`},
		{"detected Russian in Markdown", "c.md", "# Глава\n\n" + ru, "ru", ""},
		{"detected English in plain text", "c.txt", "Title\n\n" + en, "en", ""},
		{"html lang wins over the text", "c.html", `<html lang="en-GB"><p>` + ru + `</p></html>`, "en", ""},
		{"detected in html without lang", "c.html", `<p>` + ru + `</p>`, "ru", ""},
		{"too little text to tell", "c.md", "Ok.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch := mustParse(t, tt.file, tt.src)
			if ch.Lang != tt.want {
				t.Errorf("Lang = %q, want %q", ch.Lang, tt.want)
			}
			var got []string
			for _, w := range ch.Warnings {
				got = append(got, w.Error())
			}
			if strings.Join(got, "\n") != tt.warning {
				t.Errorf("warnings = %q, want %q", got, tt.warning)
			}
		})
	}
}
