package answer

import (
	"regexp"
	"strings"
)

// orgWordRe finds a word that says a name next to it is an organisation's:
// "компания VMware", "BitMover, the company of Larry McVoy", "the Linux
// Foundation".
var orgWordRe = regexp.MustCompile(`^(?i:company|companies|corporation|foundation|startup|firm|vendor|inc|ltd|labs|компания|компании|компанией|корпорация|корпорации|фонд|фонда|стартап|фирма|фирмы)$`)

// orgNear is how far from its organisation word an organisation's name may
// stand.
const orgNear = 3

// orgWeight is how well a sentence that names an organisation answers
// "who": as well as a person's full name does (see hasPerson).
const orgWeight = 0.6

// namesOrg reports whether s names an organisation the question does not:
// a capitalised word that plain does not take for an ordinary word, within
// orgNear words of an organisation word.
func namesOrg(s string, plain func(w string) bool) bool {
	words := strings.Fields(s)
	for i, w := range words {
		if !orgWordRe.MatchString(nameWord(w)) {
			continue
		}
		for j := max(0, i-orgNear); j < min(len(words), i+orgNear+1); j++ {
			if n := nameWord(words[j]); j != i && upperFirst(n) && !orgWordRe.MatchString(n) && !plain(n) {
				return true
			}
		}
	}
	return false
}

// upperFirst reports whether w opens with an upper-case letter and has
// another letter after it: "VMware", "BitMover", "AWS".
func upperFirst(w string) bool {
	rs := []rune(w)
	return len(rs) >= 2 && strings.ToUpper(string(rs[0])) == string(rs[0]) && strings.ToLower(string(rs[0])) != string(rs[0])
}

// hirerQRe finds a "who" question whose verb is one companies do rather
// than people: hire, buy, sponsor, fund, back ("кто нанял Санфилиппо?").
var hirerQRe = regexp.MustCompile(`(?i)\b(?:hire[sd]?|hiring|employ(?:s|ed)?|bought|buys?|acquire[sd]?|sponsor(?:s|ed)?|fund(?:s|ed)?|back(?:s|ed)?|own(?:s|ed)?)\b|нанял\pL*|наним\pL*|купил\pL*|покупал\pL*|приобр[её]л\pL*|спонсир\pL*|финансир\pL*|поддерж\pL*|владе\pL*`)

// unsureOrgWeight scales the fit for "which company" of a sentence that
// names something capitalised, but not next to an organisation word.
const unsureOrgWeight = 0.7
