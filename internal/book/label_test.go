package book

import (
	"strings"
	"testing"
)

func TestLabelParagraph(t *testing.T) {
	src := "# Потоки\n\n" +
		"<span class=\"filename\">Файл: src/main.rs</span>\n\n" +
		"```rust\nfn main() {}\n```\n\n" +
		"<span class=\"caption\">Листинг 20-10: Имитация медленного запроса с помощью\n`thread::sleep`</span>\n\n" +
		"Мы переключились с <span class=\"x\">if</span> на match. <span class=\"caption\">Это</span> текст.\n\n" +
		"<span class=\"note\">Заметка о потоках.</span>\n"
	ch, err := Parse("ch20.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	got := ch.Sections[0].Text
	want := "fn main() {}\n\nЛистинг 20-10: Имитация медленного запроса с помощью thread::sleep\n\nМы переключились с if на match. Это текст.\n\nЗаметка о потоках."
	if got != want {
		t.Errorf("text = %q, want %q", got, want)
	}
	if strings.Contains(got, "Файл") {
		t.Errorf("a file name label is in the text: %q", got)
	}
}
