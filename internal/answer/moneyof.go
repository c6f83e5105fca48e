package answer

import (
	"regexp"
	"slices"
	"strings"
)

// payerQRe finds what an English money question asks the sum of, between
// its auxiliary and its verb: the payer of "how much did oracle pay for
// sun", the thing priced of "how much does deno deploy cost".
var payerQRe = regexp.MustCompile(`^how much (?:\S+ ){0,2}?(?:did|does|do|will|would|has|have|had) (?:the |a |an )?((?:\S+ ){1,3}?)(?:pay|paid|spend|spent|raise|raised|earn|make|charge|offer|cost)(?:[^\pL\pN]|$)`)

// ruHowMuch is "сколько" as a Russian money question writes it, in full
// or in a chat's spoken spellings: "скока стоит redis cloud подписка",
// "за скока редхат купил ансибл". A reader who writes "скока" asks a price
// as one who writes "сколько" does.
const ruHowMuch = `(?:сколько|скока|скоко|скок)`

// pricedQRe finds the thing a Russian money question prices, after its
// verb: "сколько стоит подписка docker pro в месяц".
var pricedQRe = regexp.MustCompile(`^(?:за )?` + ruHowMuch + ` (?:\S+ ){0,2}?(?:стоит|стоят|стоил|стоила|стоило|стоили|стоить) (.+)$`)

// maxSumOf is the most words of what a sum is asked of.
const maxSumOf = 3

// sumOfTerms are the terms of what the last question of part asks the sum
// of (the payer, the thing priced), nil when it names none. A clause that
// gives a sum must name one of them (see answerablePart): the $1 billion
// Sun paid for MySQL is not what Oracle paid for Sun, nor is the revenue
// that makes a firm need a paid subscription the subscription's price.
// The Russian thing priced runs up to a preposition ("в месяц").
func sumOfTerms(r Retriever, part string) []string {
	q := strings.TrimRight(lastQuestion(part), "?!. ")
	var words []string
	if m := payerQRe.FindStringSubmatch(q); m != nil {
		words = strings.Fields(m[1])
	} else if m := pricedQRe.FindStringSubmatch(q); m != nil {
		for _, w := range strings.Fields(m[1]) {
			if ruPrepositions[w] || len(words) == maxSumOf {
				break
			}
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return nil
	}
	return r.Terms(strings.Join(words, " "))
}

// namesSumOf reports whether one of sumOf (see sumOfTerms) is named by
// the part of clause text between commas that gives the sum, or by the
// clauses around it (its headings, what it points back at): in
// "Организациям, где ... выручка превышает 10 миллионов долларов, теперь
// нужна платная подписка (Pro ...)" the sum is the revenue's, not the
// subscription's.
func (c coverage) namesSumOf(r Retriever, sumOf []string, around []clause, text string, latin map[string][]string) bool {
	on := slices.Clone(around)
	for _, seg := range commaRe.Split(text, -1) {
		if moneyRe.MatchString(seg) {
			on = append(on, newClause(r, seg))
		}
	}
	return slices.ContainsFunc(sumOf, func(t string) bool {
		return slices.ContainsFunc(on, func(o clause) bool { return c.holds(t, o, latin) })
	})
}

// commaRe cuts a clause into the parts between its commas.
var commaRe = regexp.MustCompile(`,\s+`)
