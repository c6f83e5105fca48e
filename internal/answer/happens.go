package answer

import "regexp"

// happensQRe finds a question for what comes of something: "что будет,
// если воркер упадёт?", "что происходит, когда сервер падает?", "what
// happens if a u8 goes past 255?".
var happensQRe = regexp.MustCompile(`(?i)(?:^|[^\pL])что (?:будет|случится|произойд[её]т|происходит|станет)(?:[^\pL]|$)|\bwhat (?:happens|will happen|would happen)\b`)

// conditionRe finds a sentence that states a condition and so what comes
// of it: "Если за время fail_timeout запросы провалились max_fails раз,
// сервер исключается из ротации", "if overflow occurs, Rust performs
// two's complement wrapping".
var conditionRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:если|иначе|if|once|otherwise)\s`)

// happensWeight is the fit of a sentence that states a condition for a
// question of what comes of one, times the share of the question's
// subject it holds: the sentence that names the question's words without
// a condition ("Gauge — значение, которое может как расти, так и падать")
// says what a thing is, not what happens to it. Tuning sets, replayed
// over their candidates: the same two leads gained (s7-ru-tune, s9-ru)
// and none lost from 0.05 to 0.5.
const happensWeight = 0.2

// happensFit is the fit of sentence s, holding the share sub of the
// subject, for a question of what happens (asked, see happensQRe).
func happensFit(asked bool, s string, sub float64) float64 {
	if !asked || !conditionRe.MatchString(s) {
		return 0
	}
	return happensWeight * sub
}
