package answer

import "regexp"

// ruOftenQRe finds a Russian question for how often: "как часто",
// "с какой частотой", "насколько часто".
var ruOftenQRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:как|насколько) часто(?:[^\pL]|$)|с какой частотой`)

// ruRateRe finds a rate: "раз в секунду", "десять раз", "каждые пять
// секунд", "ежедневно", "в минуту".
var ruRateRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:раз(?:а)? в|(?:\d+|одн\pL*|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|\pL+надцать|двадцать|тридцать|сорок|пятьдесят|сто|тысяч\pL*|несколько|пару) раз(?:а)?|кажд\pL* (?:\pL+ )?(?:секунд|минут|час|сут|дн|ден|недел|месяц|год|мс|миллисекунд)\pL*|ежедневно|ежечасно|ежеминутно|еженедельно|ежемесячно|в (?:секунду|минуту|час|сутки|день|неделю|месяц|год))(?:[^\pL]|$)`)

// rateWeight scales the number fit of a sentence whose numbers give no
// rate, for a question how often something happens: "на 85% узел
// перестаёт получать шарды" gives a number, not how often.
const rateWeight = 0.3

// ruRateFit is the number fit of sentence s, fit before, for the Russian
// question q, given the share of the question's subject s holds (sub):
// for a question how often, a rate is the number asked for, written in
// words or not ("everysec — раз в секунду"), and a number that gives no
// rate counts for less.
func ruRateFit(q, s string, fit, sub float64) float64 {
	switch {
	case !ruOftenQRe.MatchString(q):
		return fit
	case ruRateRe.MatchString(s):
		return max(fit, 0.5+0.5*sub)
	}
	return fit * rateWeight
}
