package search

import (
	"context"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
)

// Numbers in words. A book writes a count in words as often as in digits,
// and a reader the other way: "who came up with golang? i think it was 3
// people" is answered under "Three engineers and a whiteboard", "сколько
// отказов переживёт ансамбль из 5" by "ансамбль из пяти серверов", and
// "querystring.parse drops params after the first thousand" by
// "maxKeys ... Default: 1000". So a query term that is a number, in digits
// or in words, is also matched by the book's other spellings of it, as one
// clause (numberForms), so that it still counts as one term.
//
// Only a count is read so: digits that open the question or a sentence of
// it or follow a stop word ("it was 3", "из 5"), outside code spans, as a
// word of their own, no number word after them ("5 million") and no other
// number through a stop word around them (a range or a choice: "between 7
// and 12", "6 or 7"). Digits after a word ("node 18", "php 7") are a
// version, after a sign ("= 5", ": 3") a value. And only counts a book
// writes in words (wordsCount: two to ten, round hundreds and thousands);
// words only from a hundred on (minWordsNumber). A year never expands.
//
// Measured (recall@5 / MRR@10, ROLES=tune): s10-site and s10-html 0.907
// / 0.900 -> 0.927 / 0.920 ("i think it was 3 people" finds "Three
// engineers and a whiteboard"), s22-ru MRR 0.883 -> 0.900 and lead
// 0.800 -> 0.833 ("ансамбль из 5" answered from "Кворум и размер
// ансамбля"), nodedoc-tune MRR 0.626 -> 0.633; no set lost, SciFact's
// nDCG@10 0.706 kept. Without the stop-word, range and code rules, "let x
// = 5;", "2 kb/min" and "php ... 5 -> 7" lost; with small number words
// expanded, "two separate instances" matched every "2" (s18, s22 nodedoc).

// numberWords are the words of the numbers books write in words, by value:
// English and Russian, each Russian numeral in its cases ("пять", "пяти",
// "пятью", "пятеро"), since Russian declines them: the book that answers
// "сколько цифр в суффиксе?" writes "записывается десятью цифрами".
// "Семью" (seven, instrumental) is also "family" in the accusative; a book
// of software rarely writes the latter. One ("one", "один") is left out:
// it is an article and a pronoun more often than a count.
var numberWords = []struct {
	n     int
	words []string
}{
	{2, []string{"two", "два", "две", "двух", "двум", "двумя", "двое"}},
	{3, []string{"three", "три", "трёх", "трех", "трём", "трем", "тремя", "трое"}},
	{4, []string{"four", "четыре", "четырёх", "четырех", "четырём", "четырем", "четырьмя", "четверо"}},
	{5, []string{"five", "пять", "пяти", "пятью", "пятеро"}},
	{6, []string{"six", "шесть", "шести", "шестью"}},
	{7, []string{"seven", "семь", "семи", "семью"}},
	{8, []string{"eight", "восемь", "восьми", "восемью"}},
	{9, []string{"nine", "девять", "девяти", "девятью"}},
	{10, []string{"ten", "десять", "десяти", "десятью"}},
	{11, append([]string{"eleven"}, ruCases("одиннадцат")...)},
	{12, append([]string{"twelve", "dozen"}, ruCases("двенадцат")...)},
	{13, ruCases("тринадцат")},
	{14, ruCases("четырнадцат")},
	{15, ruCases("пятнадцат")},
	{16, ruCases("шестнадцат")},
	{17, ruCases("семнадцат")},
	{18, ruCases("восемнадцат")},
	{19, ruCases("девятнадцат")},
	{20, ruCases("двадцат")},
	{30, ruCases("тридцат")},
	{40, []string{"сорок", "сорока"}},
	{50, []string{"пятьдесят", "пятидесяти"}},
	{60, []string{"шестьдесят", "шестидесяти"}},
	{70, []string{"семьдесят", "семидесяти"}},
	{80, []string{"восемьдесят", "восьмидесяти"}},
	{90, []string{"девяносто", "девяноста"}},
	{100, []string{"hundred", "hundreds", "сто", "ста", "сотни"}},
	{200, []string{"двести", "двухсот"}},
	{300, []string{"триста", "трёхсот", "трехсот"}},
	{400, []string{"четыреста"}},
	{500, []string{"пятьсот", "пятисот"}},
	{1000, []string{"thousand", "thousands", "тысяча", "тысячи", "тысячу", "тысяч"}},
	{1000000, []string{"million", "millions", "миллион", "миллионы", "миллиона", "миллионов"}},
	{1000000000, []string{"billion", "billions"}},
}

// ruCases are the cases of a Russian numeral ending in -ть, given its
// beginning: "двадцать", "двадцати", "двадцатью".
func ruCases(b string) []string {
	return []string{b + "ь", b + "и", b + "ью"}
}

// NumberWords are the words of numbers from two to a billion, English and
// Russian, the Russian ones in their cases (see numberWords): what a
// count in words is written with.
func NumberWords() []string {
	var out []string
	for _, e := range numberWords {
		out = append(out, e.words...)
	}
	return out
}

// WordDigits are the terms a book writes in digits for the number whose
// word has the analysed term t ("thousand": "1000" and "1,000"), as the
// search reads them (numberForms): the answer's lead must read them the
// same way. Only words of a hundred and more (minWordsNumber): "two
// separate instances" is not about every "2". Nil for any other term.
func WordDigits(t string) []string {
	n, ok := textNumberStems().value[t]
	if !ok || n < minWordsNumber {
		return nil
	}
	return numberDigits(n)
}

// textNumberStems are numberWords' terms under the text analyser (see
// Terms), built once.
var textNumberStems = sync.OnceValue(func() numberStems {
	return newNumberStems(textAnalyzer())
})

// ambiguousNumberStems are number words' stems that other common words
// share: "стоит" and "стоят" stem to сто (a hundred), "семья" to сем
// (seven). They are searched as themselves only.
var ambiguousNumberStems = map[string]bool{"сто": true, "сем": true}

// numberStems are the analysed terms of numberWords: each number's terms,
// and each term's number.
type numberStems struct {
	terms map[int][]string
	value map[string]int
}

// newNumberStems analyses numberWords with a; a word that is a stop word
// ("два", "три") or whose term is ambiguous is left out.
func newNumberStems(a analysis.Analyzer) numberStems {
	s := numberStems{terms: map[int][]string{}, value: map[string]int{}}
	for _, e := range numberWords {
		for _, w := range e.words {
			ts := analyse(a, w)
			if len(ts) != 1 || ambiguousNumberStems[ts[0]] {
				continue
			}
			if _, dup := s.value[ts[0]]; dup {
				continue
			}
			s.value[ts[0]] = e.n
			s.terms[e.n] = append(s.terms[e.n], ts[0])
		}
	}
	return s
}

// countDigitsRe finds digits written as a number, a word of their own: a
// run of digits, or digits grouped by commas ("1,000"), then the word
// that follows them, if any. Digits within a word ("sha1", "10k", "5'",
// "10%", "10/66") or a version ("2.0") are none.
var countDigitsRe = regexp.MustCompile(`(?:^|\s)(\d{1,3}(?:,\d{3})+|\d+)[.,;:?!)]*(?:\s+([\pL]+)|\s|$)`)

// codeSpanRe finds a question's code spans: "`let x = 5;`".
var codeSpanRe = regexp.MustCompile("`[^`]*`")

// countDigits maps the numbers q writes in digits as counts, as the
// analyser writes them ("3", "1,000"), to their values: digits that open
// q or a sentence of it, or follow a stop word, outside code spans, and
// that no number word follows ("5 million").
func (ns numberStems) countDigits(a analysis.Analyzer, q string) map[string]int {
	q = codeSpanRe.ReplaceAllStringFunc(q, func(c string) string { return strings.Repeat(" ", len(c)) })
	var out map[string]int
	for _, m := range countDigitsRe.FindAllStringSubmatchIndex(q, -1) {
		d := q[m[2]:m[3]]
		if !countFollows(a, q[:m[2]]) || m[4] >= 0 && ns.isNumberWord(a, q[m[4]:m[5]]) || rangeFrom(a, q[m[3]:]) {
			continue
		}
		n, err := strconv.Atoi(strings.ReplaceAll(d, ",", ""))
		if err != nil {
			continue
		}
		if out == nil {
			out = map[string]int{}
		}
		out[d] = n
	}
	return out
}

// isNumberWord reports whether w is a number word.
func (ns numberStems) isNumberWord(a analysis.Analyzer, w string) bool {
	ts := analyse(a, w)
	if len(ts) != 1 {
		return false
	}
	_, ok := ns.value[ts[0]]
	return ok
}

// rangeNextRe finds the word after digits and whether a number follows it.
var rangeNextRe = regexp.MustCompile(`^\s+(\pL+)\s+\d`)

// rangeFrom reports whether after, what follows digits, goes on to
// another number through a stop word: "7 and 12 kb/min", "2 or 3", "2 to
// 4". A range or a choice of numbers is a measure or a version, which a
// book writes in digits.
func rangeFrom(a analysis.Analyzer, after string) bool {
	m := rangeNextRe.FindStringSubmatch(after)
	return m != nil && len(analyse(a, m[1])) == 0
}

// countFollows reports whether digits after before are a count by what
// precedes them: nothing, the end of a sentence, or a stop word ("it was
// ", "из "), spaces between, that no other number precedes ("between 0.7
// and 2", see rangeFrom).
func countFollows(a analysis.Analyzer, before string) bool {
	b := strings.TrimRight(before, " ")
	if b == "" {
		return true
	}
	if b == before {
		return false // "(3", "x=3"
	}
	r, _ := utf8.DecodeLastRuneInString(b)
	if strings.ContainsRune(".?!", r) {
		return true
	}
	w := b
	if i := strings.LastIndexFunc(b, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		_, size := utf8.DecodeRuneInString(b[i:])
		w = b[i+size:]
	}
	if w == "" || len(analyse(a, w)) > 0 {
		return false
	}
	r, _ = utf8.DecodeLastRuneInString(strings.TrimRight(b[:len(b)-len(w)], " "))
	return !unicode.IsDigit(r)
}

// numberForms maps each query term that is a number, in digits that q
// writes as a count (countDigits) or in words (a term of numberStems), to
// the book's other terms for the same number: its words' terms and its
// digits ("1000", "1,000"), those the text field has. A term without any
// is left out; nil when none has any.
func (g *generation) numberForms(ctx context.Context, a analysis.Analyzer, ns numberStems, q string, terms []string) (map[string][]string, error) {
	var digits map[string]int
	var out map[string][]string
	for _, t := range terms {
		var alts []string
		if n, ok := ns.value[t]; ok {
			if n < minWordsNumber {
				continue
			}
			alts = append(slices.Clone(ns.terms[n]), numberDigits(n)...)
		} else {
			if t == "" || t[0] < '0' || t[0] > '9' {
				continue
			}
			if digits == nil {
				digits = ns.countDigits(a, q)
			}
			n, ok := digits[t]
			if !ok || !wordsCount(n) {
				continue
			}
			alts = append(slices.Clone(ns.terms[n]), numberDigits(n)...)
		}
		var forms []string
		for _, f := range alts {
			if f == t || slices.Contains(forms, f) {
				continue
			}
			df, err := g.textDF(ctx, f)
			if err != nil {
				return nil, err
			}
			if df > 0 {
				forms = append(forms, f)
			}
		}
		if len(forms) == 0 {
			continue
		}
		if out == nil {
			out = map[string][]string{}
		}
		out[t] = forms
	}
	return out, nil
}

// minWordsNumber is the least number whose words are also searched as its
// other spellings: "a thousand fields" as "Default: 1000". A book writes
// small numbers in digits for its code, its lists and its versions as
// often as for a count ("two separate instances" matched every "2"), and
// a small number's other cases ("две записи": двух, двум) are as many
// more words to match.
const minWordsNumber = 100

// wordsCount reports whether a count n written in digits is also searched
// as its words: from two to ten, and round hundreds, thousands, millions.
// A number between is a version more often than a count ("java 11",
// "node 18") and a book rarely writes it in words.
func wordsCount(n int) bool {
	switch n {
	case 100, 1000, 1000000, 1000000000:
		return true
	}
	return n >= 2 && n <= 10
}

// numberDigits are n's spellings in digits: "1000" and "1,000".
func numberDigits(n int) []string {
	s := strconv.Itoa(n)
	if n < 1000 {
		return []string{s}
	}
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return []string{s, b.String()}
}
