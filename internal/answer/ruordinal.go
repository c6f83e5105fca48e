package answer

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

// ruOrdinals are the stems of the Russian ordinals from "второй" to
// "двадцатый", in order from 2. "Первый" is left out: "первая версия" asks
// for the first release, which a book rarely numbers 1.0 ("Первая
// публичная версия вышла в 2007 году").
var ruOrdinals = []string{"втор", "трет", "четв[её]рт", "пят", "шест", "седьм", "восьм", "девят", "десят",
	"одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат", "семнадцат", "восемнадцат", "девятнадцат", "двадцат"}

// ruOrdinalVersionRe finds an ordinal before a word for a version:
// "четвёртая версия", "с шестой версии", "третьего релиза", by the
// endings of an ordinal, so that a cardinal ("пять версий", "шесть
// релизов") is not one.
var ruOrdinalVersionRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(` + strings.Join(ruOrdinals, "|") + `)(?:ой|ая|ую|ый|ий|ое|ого|ому|ом|ым|ых|ые|ыми|ей|ья|ью|ье|ьей|ьего|ьему|ьем|ьи|ьих|ьим)\s+(?:верси|релиз|мажор)`)

// ruOrdinalVersions is q with the number of each version it names by an
// ordinal written after that ordinal, as a book numbers it: "когда вышла
// четвёртая 4 4.0 версия rabbitmq" ("Версия 4.0 вышла в сентябре 2024
// года"; "В версии 6.0 появились потоки ввода-вывода").
func ruOrdinalVersions(q string) string {
	ms := ruOrdinalVersionRe.FindAllStringSubmatchIndex(q, -1)
	if ms == nil {
		return q
	}
	var b strings.Builder
	last := 0
	for _, m := range ms {
		n := ordinalNumber(strings.ToLower(q[m[2]:m[3]]))
		end := m[3] + strings.IndexFunc(q[m[3]:], unicode.IsSpace)
		b.WriteString(q[last:end])
		fmt.Fprintf(&b, " %d %d.0", n, n)
		last = end
	}
	b.WriteString(q[last:])
	return b.String()
}

// ordinalNumber is the number of an ordinal's stem as ruOrdinalVersionRe
// captures it ("четвёрт": 4).
func ordinalNumber(stem string) int {
	stem = strings.ReplaceAll(stem, "ё", "е")
	for i, o := range ruOrdinals {
		if strings.ReplaceAll(o, "[её]", "е") == stem {
			return i + 2
		}
	}
	return 0
}
