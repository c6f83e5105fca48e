package answer

import "regexp"

// ruRuleRe finds a Russian sentence that prescribes: a recommendation, a
// rule, the right way or a remedy ("Рекомендуется вставлять ... пачками",
// "Правильный порядок — сначала rate, потом sum", "Практическое правило:
// окно должно быть ...", "Решение — exec-форма ..."). The class is the
// words of prescribing; "можно", "нужно", "следует" are instructRe's.
var ruRuleRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:рекомендуется|рекомендуют|советуют|правило|правильн\pL*|должн\pL*|решение|лечат|лечится|лучше|стоит)(?:[^\pL]|$)`)

// tieShare is the share of the match of a sentence that restates a
// Russian "why" or "how" question (see ruRestates) that the sentence
// right after it gets when it tells what to do: just above the whole, so
// that it, not the restatement, leads when neither gives a reason or a
// way of its own. "почему графики с rate(errors_total[1m]) все в
// дырках?": "Если окно [1m] при интервале опроса 30 секунд, ... график
// покрывается дырами" restates, "Практическое правило: окно должно быть
// хотя бы в четыре раза длиннее интервала опроса" answers. A bare tie
// goes the other way (see ruRestates): a sentence after that only goes on
// with the story ("Стабильная вторая версия Sentinel вышла ...") does not
// answer. Russian tuning sets, lead: s6-ru 0.567 -> 0.600, s11-ru 0.633
// -> 0.700, s7-ru-tune 0.588 -> 0.647, ru-questions-tune 0.720 -> 0.760;
// every other set the same.
const tieShare = 1.0001

// remedies reports whether c tells the reader what to do: a step or
// code (instructs), or a prescription (ruRuleRe).
func remedies(c *sentence) bool {
	return instructs(withCode(*c)) > 0 || ruRuleRe.MatchString(c.text)
}
