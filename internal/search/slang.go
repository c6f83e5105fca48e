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
var slangNative = map[string][]string{
	"дефолт":    {"умолчан"},
	"снапшот":   {"снимок", "снимк"},
	"ретра":     {"повтор"},
	"опенсорс":  {"исходн"},
	"рестарт":   {"перезапуск"},
	"бэкап":     {"резервн"},
	"бекап":     {"резервн"},
	"лидерборд": {"рекорд"},
	"апдейт":    {"обновл"},
	"коннект":   {"подключ", "соедин"},
}

// slangForms returns the beginnings of the usual translations of the loan
// that term (a stem) is a form of, or nil.
func slangForms(term string) []string {
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
	for _, b := range slangForms(t) {
		var err error
		if out, err = g.stemsBeginning(b, true, out); err != nil {
			return nil, err
		}
	}
	return out, nil
}
