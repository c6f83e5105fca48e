package answer

import (
	"regexp"
	"strings"
)

// ruPronounRe finds a Russian sentence that opens with a pronoun standing
// for what the sentence before it is about: "Её авторы — Патрик Хант ...",
// "Он читает журналы изменений баз данных ...", "Они появились в версии
// 3.8 ...", "У него нет транзакций ...".
var ruPronounRe = regexp.MustCompile(`^(?i:(?:он|она|оно|они|его|её|ее|их|ему|ей|им|ею|ими)|(?:у|в|во|на|с|со|о|об|из|для|при|за|под|от|к|по)\s+(?:него|неё|нее|них|нём|нем|ней|ним|нему|ними))(?:[^\pL]|$)`)

// pronounHolds gives each sentence that opens with a pronoun (re:
// ruPronounRe, enPronounRe) the question's terms (qterms) the sentence
// right before it holds: the pronoun stands for them. "кто авторы той
// самой статьи про zk на usenix" is answered by "Её авторы — Патрик Хант
// (Patrick Hunt) ...", whose "Её" is the paper the sentence before names;
// without them a later sentence that writes "статье" and other people's
// names led. With top, only the best passage's sentences: "Она платит
// зарплату Торвальдсу ..." in a lower one, whose "Она" is the Linux
// Foundation, and "Его называют то кешем ..." in a chapter's overview
// then led over the answers to questions of other passages. Russian
// tuning sets, lead: ru-kafka, s10-ru, s18-ru and s22-ru +1 each, s6-ru
// -1 ("Он совместим с клиентским протоколом ZooKeeper" now leads over the
// sentence it follows, which a date weighs down for "что такое ClickHouse
// Keeper"); every other set the same. English questions read every
// passage (top false): "when did holovaty and kaplan-moss quit being the
// bdfls" is answered in the second one (s22-site), by "In January 2014
// they gave up the title", whose "they" its sentence before names; only
// the best passage's, it still led with that sentence, which holds no
// date. The "it" that stands for nothing (expletiveRe) holds nothing.
func pronounHolds(cands []sentence, qterms map[string]float64, re *regexp.Regexp, top bool) {
	for i := 1; i < len(cands); i++ {
		c, prev := &cands[i], &cands[i-1]
		if top && c.hit != 0 || !c.joined || prev.hit != c.hit || prev.pos != c.pos-1 {
			continue
		}
		if text := strings.TrimLeft(c.text, `"'«“(`); !re.MatchString(text) || expletiveRe.MatchString(text) {
			continue
		}
		for t := range prev.terms {
			if _, ok := qterms[t]; ok {
				c.terms[t] = true
			}
		}
	}
}
