package search

import "strings"

// Russian technical speech borrows English words that Russian technical
// writing translates: a reader asks what is lost with "снапшоты" on, what
// is "по дефолту", what the producer does "при ретраях", while the book
// writes снимки, "по умолчанию", повторы. Stemming cannot join a loan to
// its translation, so a question in the spoken words misses the section
// that answers it. slangNative maps the beginnings of such loans to the
// stem beginnings of their usual translations. Each loan here is the
// spoken word for one meaning in software text; a loan with several
// translations of different meanings ("лог": журнал or протокол) is not.
// Code released "в опенсорс" is also "открыт" (открытый исходный код,
// "Facebook открывает код").
//
// Spoken Russian also has its own words for what the book names in
// written terms: a node or master that "умер" is недоступен, мёртв, its
// отказ; the "мастер" of a cluster is its ведущий or главный node; data
// that "пишутся" somewhere are записи (the path of a write); the "фирма"
// or "контора" that made or sells a product is its компания (a контора is
// a фирма too). Such a word is searched the same way when no passage
// writes it.
var slangNative = map[string][]string{
	"дефолт":    {"умолчан"},
	"снапшот":   {"снимок", "снимк"},
	"ретра":     {"повтор"},
	"опенсорс":  {"исходн", "откры"},
	"рестарт":   {"перезапуск"},
	"бэкап":     {"резервн"},
	"бекап":     {"резервн"},
	"лидерборд": {"рекорд"},
	"апдейт":    {"обновл"},
	"коннект":   {"подключ", "соедин"},
	"дженерик":  {"обобщ"},
	"мастер":    {"ведущ", "главн"},
	"умерл":     failedNative,
	"умира":     failedNative,
	"умрет":     failedNative,
	"умрут":     failedNative,
	"пишут":     {"запис"},
	"фирм":      {"компан"},
	"контор":    {"компан", "фирм"},
}

// failedNative are the written words for a node or process that a
// question says has died ("умер", "умерла", "умрёт").
var failedNative = []string{"недоступ", "мертв", "отказ"}

// slangWhole are spoken words matched as whole stems: their beginning
// begins other words too ("умер": умеренный).
var slangWhole = map[string][]string{
	"умер": failedNative,
}

// SlangForms returns the beginnings of the usual translations of the loan
// that term (a stem) is a form of (see slangNative), or nil: the search
// looks for them where the book never writes term, and the answer reads a
// sentence that writes one as holding term.
func SlangForms(term string) []string {
	if native, ok := slangWhole[term]; ok {
		return native
	}
	for loan, native := range slangNative {
		if strings.HasPrefix(term, loan) {
			return native
		}
	}
	return nil
}

// nativeStems returns the book's text terms for the translations of the
// loan that t is (see slangNative): each translation's beginning itself
// and the terms it begins, at most MaxStemTail letters longer.
func (g *generation) nativeStems(t string) ([]string, error) {
	var out []string
	for _, b := range SlangForms(t) {
		var err error
		if out, err = g.stemsBeginning(b, true, out); err != nil {
			return nil, err
		}
	}
	return out, nil
}
