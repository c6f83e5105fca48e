package answer

import (
	"regexp"
	"strings"
)

// A question may ask for a measure of its subject by the measure's noun
// rather than by "how many" or "how much": "what's the population of
// lawrence kansas", "how much money did X's kickstarter raise". The book
// that answers it states that measure; one that names the subject only
// ("a daily newspaper in Lawrence, Kansas"; "Godwin then raised money on
// Kickstarter") answers another question, however many numbers stand
// beside it.
var (
	// sumNounQRe asks for a sum of money by its noun, whatever verb
	// follows it and however far: "how much money did andrew godwin's
	// kickstarter for django migrations raise", "what was the revenue of";
	// in Russian, "какая зарплата у", "какая выручка у", "скока стоимость".
	sumNounQRe = regexp.MustCompile(`^(?:how much (?:money|funding|cash|capital)|(?:what|whats|which)(?:'s| is| was| are| were)? (?:the |its |their )?(?:current |total |annual |yearly |estimated )?(?:revenue|valuation|salary|budget|funding)|(?:как(?:ая|ой|ую|ова|ов)|` + ruHowMuch + `) (?:сейчас |средн\pL+ |годов\pL+ |примерн\pL+ )?(?:зарплат\pL*|зп|выручк\pL*|капитализаци\pL*|бюджет\pL*|цен\pL|стоимост\pL*))(?:[^\pL\pN]|$)`)
	// measureQRe asks for a number of people by its noun: "what's the
	// population of", "what is the headcount of".
	measureQRe = regexp.MustCompile(`^(?:what|whats|which)(?:'s| is| was| are| were)? (?:the |its |their )?(?:current |total |estimated )?(population|headcount)(?:[^\pL\pN]|$)`)
)

// measureTerms are the terms of the measure the last question of part
// asks for by its noun ("population"), nil when it asks none. Like what a
// "how many" question counts (countedTerms), the number that answers
// must stand beside it.
func measureTerms(r Retriever, part string) []string {
	m := measureQRe.FindStringSubmatch(strings.TrimRight(lastQuestion(part), "?!. "))
	if m == nil {
		return nil
	}
	return r.Terms(m[1])
}
