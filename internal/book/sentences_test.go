package book

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"stops", "One thread runs it. Does it block? Rarely! Fine…  Next", []string{"One thread runs it.", "Does it block?", "Rarely!", "Fine…", "Next"}},
		{"closing quote", `He said "Go." Then left.`, []string{`He said "Go."`, "Then left."}},
		{"abbreviations and initials", "Tools, e.g. Deno, came later. J. R. Smith and npm, Inc. agreed.", []string{"Tools, e.g. Deno, came later.", "J. R. Smith and npm, Inc. agreed."}},
		{"decimal", "Version 0.10 was stable. Then 4.0 came.", []string{"Version 0.10 was stable.", "Then 4.0 came."}},
		{"short last word", "Go to step 3. Then stop it. It is a.", []string{"Go to step 3.", "Then stop it.", "It is a."}},
		{"line break ends a sentence", "first line\nsecond line", []string{"first line", "second line"}},
		{"lower-case start", "It ran in a pool. libuv sent jobs there.", []string{"It ran in a pool.", "libuv sent jobs there."}},
		{"empty", "   ", nil},
		{"a mark standing for itself", "The ? operator returns early. Use the ! type for that.", []string{"The ? operator returns early.", "Use the ! type for that."}},
		{"a lone mark before a capital ends one", "Is it blocking ? Yes, it is.", []string{"Is it blocking ?", "Yes, it is."}},
		{"abbreviation in brackets", "Some tools (e.g. Deno) came later. Fine.", []string{"Some tools (e.g. Deno) came later.", "Fine."}},
		{"etc. mid-sentence", "Queues, caches, etc. are everywhere. Fine.", []string{"Queues, caches, etc. are everywhere.", "Fine."}},
		{"etc. ends a sentence before a capital", "It caches pages, images, etc. Then it stops.", []string{"It caches pages, images, etc.", "Then it stops."}},
		{"Latin acronym still ends a sentence", "It came from the U.S. Then it spread.", []string{"It came from the U.S.", "Then it spread."}},
		{"a name spelled with !", "Its authors came from Yahoo! Research and Yahoo! Grid. Then it spread.", []string{"Its authors came from Yahoo! Research and Yahoo! Grid.", "Then it spread."}},
		{"a name spelled with ! before a lower-case word", "ZooKeeper was born at Yahoo! in 2007. Fine.", []string{"ZooKeeper was born at Yahoo! in 2007.", "Fine."}},
		{"a name after a comma is called", "Thanks, John! Please sit.", []string{"Thanks, John!", "Please sit."}},
		{"a shouted word is no name", "It says STOP! Then it stops.", []string{"It says STOP!", "Then it stops."}},
		{"a path argument", "Run protoc --go_out=. --go-grpc_out=. shop.proto to build. Then test it with ./. Done.", []string{"Run protoc --go_out=. --go-grpc_out=. shop.proto to build.", "Then test it with ./.", "Done."}},
		{"a path argument ends a sentence before a capital", "Set the root to dir=. Then build.", []string{"Set the root to dir=.", "Then build."}},
		{"a mark before a no-break space", "The message No revision.\u00a0Verify it.\u00a0comes from Git. Fine.", []string{"The message No revision.\u00a0Verify it.\u00a0comes from Git.", "Fine."}},
		{"a mark inside brackets", "Because we didn't cover (and couldn't cover!) every valid value, Rust errs. Fine.", []string{"Because we didn't cover (and couldn't cover!) every valid value, Rust errs.", "Fine."}},
		{"sentences inside brackets", "It runs (see chapter 3. It is short.) in a loop. Fine.", []string{"It runs (see chapter 3. It is short.) in a loop.", "Fine."}},
		{"an aside ending with a mark before a capital", "It ends with an aside (really!) Then it goes on.", []string{"It ends with an aside (really!)", "Then it goes on."}},
		{"a sentence in brackets of its own", "(See chapter 3.) Then go on.", []string{"(See chapter 3.)", "Then go on."}},
		{"a bracket with no closer", "1) First one. 2) Second one. (see below. Then stop.", []string{"1) First one.", "2) Second one.", "(see below.", "Then stop."}},
		{"Russian: a mark inside brackets", "Мы не покрыли (и не могли покрыть!) все значения, поэтому ошибка. Да.", []string{"Мы не покрыли (и не могли покрыть!) все значения, поэтому ошибка.", "Да."}},
		// Russian
		{"т. е.", "Node.js — это среда, т. е. программа для запуска JavaScript. Она быстрая.", []string{"Node.js — это среда, т. е. программа для запуска JavaScript.", "Она быстрая."}},
		{"т.е.", "Это цикл событий, т.е. один поток. Дальше.", []string{"Это цикл событий, т.е. один поток.", "Дальше."}},
		{"(т.е.", "Один поток (т.е. цикл событий) всё решает. Дальше.", []string{"Один поток (т.е. цикл событий) всё решает.", "Дальше."}},
		{"г. before a name", "В 2009 г. Райан Дал показал Node.js. Потом появился npm.", []string{"В 2009 г. Райан Дал показал Node.js.", "Потом появился npm."}},
		{"гг.", "В 2014–2015 гг. проект раскололся. Потом объединился.", []string{"В 2014–2015 гг. проект раскололся.", "Потом объединился."}},
		{"в.", "В XX в. Кодд придумал реляционную модель. Это важно.", []string{"В XX в. Кодд придумал реляционную модель.", "Это важно."}},
		{"и т. д. mid-sentence", "Очереди, кэши и т. д. используются везде. Это норма.", []string{"Очереди, кэши и т. д. используются везде.", "Это норма."}},
		{"и т. д. ends a sentence before a capital", "Есть очереди, кэши и т. д. Потом идёт сеть.", []string{"Есть очереди, кэши и т. д.", "Потом идёт сеть."}},
		{"и т. п.", "Кэши, очереди и т. п. — всё это инфраструктура. Да.", []string{"Кэши, очереди и т. п. — всё это инфраструктура.", "Да."}},
		{"др. mid-sentence", "Его поддерживают Google, Microsoft и др. компании. Это помогает.", []string{"Его поддерживают Google, Microsoft и др. компании.", "Это помогает."}},
		{"и др. ends a sentence before a capital", "Авторы: Крепс, Нархеде и др. Они работали в LinkedIn.", []string{"Авторы: Крепс, Нархеде и др.", "Они работали в LinkedIn."}},
		{"см.", "Подробнее см. главу о Kafka. Там всё.", []string{"Подробнее см. главу о Kafka.", "Там всё."}},
		{"см. рис.", "Схема проста, см. рис. 3 ниже. Готово.", []string{"Схема проста, см. рис. 3 ниже.", "Готово."}},
		{"initials with spaces", "А. С. Пушкин писал стихи. Его читают.", []string{"А. С. Пушкин писал стихи.", "Его читают."}},
		{"initials without spaces", "Пушкин А.С. писал стихи. Его читают.", []string{"Пушкин А.С. писал стихи.", "Его читают."}},
		{"я. ends a sentence", "Это сделал я. Потом ушёл.", []string{"Это сделал я.", "Потом ушёл."}},
		{"Yahoo! in Russian", "Исследователи Yahoo! Research предложили сервис. Его авторы из Yahoo! Grid и Yahoo! Research.", []string{"Исследователи Yahoo! Research предложили сервис.", "Его авторы из Yahoo! Grid и Yahoo! Research."}},
		{"Russian quotes", "Он сказал: «Готово.» Потом ушёл! Верно? Да…", []string{"Он сказал: «Готово.»", "Потом ушёл!", "Верно?", "Да…"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			Sentences(tt.text, func(start, end int) { got = append(got, tt.text[start:end]) })
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Sentences(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
