package answer

import (
	"regexp"
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// chronoWords are the headings of the section that dates a subject's
// events in one list: "Хронология", "Redis milestones", "Timeline", and
// "Вехи MongoDB", "Основные вехи" (вехи is Russian for milestones).
const chronoWords = `хронология хронологии вехи timeline timelines milestones chronology`

// chronoBoost weighs a word of chronoWords matched in a passage's headings
// against a question term matched there (see search.Lean). Measured on
// every tuning set against main (recall@5 / MRR@10): at 0.35 s12-ru 0.967
// / 0.942 -> 1 / 0.958, s8-ru 0.950 -> 0.967, s10-ru 0.900 -> 0.917,
// s12-site and s12-html 0.880 -> 0.920, MRR up on val-ru, site-questions,
// s9-site, s10-site, lead up on xlang-tune; ru-near2-tune MRR 0.900 -> 0.862 ("в каком году вышла
// версия 1.0.0?": the list before the release's section). At 0.7 four
// questions "с какой версии ..." (ru-kafka, s8-ru, s9-ru, ru-near2) put
// the list before the feature's section; at 0.5 one of them (s8-ru); at
// 0.2 the same recall, no MRR gains. Added to originLean's words, the
// origin questions of s6-ru and s11-ru gained too, but "when did work on
// go first start" lost its origin section to the sections under "Key
// milestones" (s10-site 0.907 -> 0.887): an origin question leans only
// to the origin.
const chronoBoost = 0.35

// chronoAskRe is a part of a question that asks when, in which release or
// from which version: "когда добавили", "в каком релизе", "с какой
// версии", "which version added". Russian puts what happened, or where,
// before its past verb as often as after it: "когда в постгресе появился
// wal", "когда исходники кликхауса выложили" ask when as "когда
// появился" does.
var chronoAskRe = regexp.MustCompile(`^(?:(?:в |с |начиная с )?(?:как(?:ой|ая|ую|ом|ого)) (?:верси\pL*|релиз\pL*)|(?:in |since )?(?:which|what) (?:\S+ ){0,2}(?:version|release)|когда (?:\S+ ){1,2}\p{Cyrillic}+(?:л|ла|ло|ли|лся|лась|лось|лись))(?:[^\pL\pN]|$)`)

// asksChrono reports whether a part of question asks a date, a release or
// a version, or the question names a year (yearRe: "в 2023м").
func asksChrono(question string) bool {
	s := normalQuestion(question)
	if yearRe.MatchString(s) {
		return true
	}
	for _, qp := range questionParts(s) {
		p := sepRe.ReplaceAllString(strings.TrimSpace(qp.text), "")
		if dateQRe.MatchString(p) || chronoAskRe.MatchString(p) {
			return true
		}
	}
	return false
}

// rankLean is what a question is ranked by besides its words: originLean
// when it asks about its subject's origin, else chronoWords when it asks
// when or in which release (asksChrono). A chapter that keeps a dated
// list ("Хронология") answers there too, beside the section on the event
// itself; the list shares few of the question's words ("2023 — переход
// на BSL") and fell below the sections that repeat the subject.
func rankLean(question string) search.Lean {
	if lean := originLean(question); lean.Words != "" || !asksChrono(question) {
		return lean
	}
	return search.Lean{Words: chronoWords, Boost: chronoBoost}
}
