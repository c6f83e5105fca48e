package answer

import "regexp"

// A Russian question for a fact names the deed it asks about with a verb
// the book often words otherwise: "в какой версии выпилили зукипер" is
// answered by "режим ZooKeeper удалён", "кому принадлежит rabbitmq после
// покупок" by "Broadcom завершила покупку VMware". The stems differ, so
// the word match cannot see it; a sentence that tells another deed of the
// same subject ("KRaft появился в версии 2.8") tells another fact. Each
// deed is a class of Russian words and, for a Russian question asked of
// English chapters, English ones: the event classes an English question's
// verbs name (eventVerbs, verbkin.go), where there is one.
type deed struct {
	ru *regexp.Regexp
	en *regexp.Regexp // an event class of eventVerbs, or its own words
}

var deedClasses = map[string]deed{
	// "удалённый" is remote, not removed.
	"remove": {deedRe(`удал(?:ил|ял|ени|яет|яют|ить|ят)|удал[её]н[аоы]?(?:[^\pL]|$)|выпил|убрал|убира|выкинул`), eventRemoved},
	// An English question asks of adding a feature as an event of its
	// own only by "introduce" and "bring" (eventAdded, addedAskRe: asked
	// by "added" it cost the Node sets' lead), and adding is not
	// eventReleased (xlang-tune's "кто придумал node.js?" lost its lead):
	// its words stay here.
	"add":   {deedRe(`появ|добав|завез|вышел|вышла|вышло|вышли|вышедш|выпуст|выпущ|релиз`), deedRe(`introduc|added|adds|arriv|landed|ship`)},
	"found": {deedRe(`основал|основан|основат|созда|придума|написал|написан|разработал|разработан|запилил|пилил`), eventCreated},
	// A company "взяла под крыло" what it bought: "когда ansible перешёл
	// под крыло red hat".
	"buy": {deedRe(`купил|купле|покуп|приобр|поглот|под крыл`), eventAcquired},
	// A paper or a book printed: "когда напечатали исходную статью
	// лэмпорта" asks of its publication, not of a release. An English
	// book's "published" is as often a release (eventReleased), and read
	// as this deed it cost xlang-tune's "кто придумал node.js?": no
	// English words.
	"publish": {deedRe(`опублик|напечат|публику`), noWords},
	"rename":  {deedRe(`переимен|смени\pL* (?:название|имя)`), eventRenamed},
}

// noWords matches no text.
var noWords = regexp.MustCompile(`[^\s\S]`)

// deedRe finds a word that starts with one of the stems.
func deedRe(stems string) *regexp.Regexp {
	return regexp.MustCompile(`(?i)(?:^|[^\pL])(?:` + stems + `)`)
}

// deedWeight is what a sentence telling the question's deed gains, and one
// telling only another deed loses: it parts sentences that match about
// alike (tuning sets, lead: +3 at 0.05 and 0.1; at 0.2 one more fixed and
// three lost: "кто написал редис?" led by the sentence after the name,
// which says "написал").
const deedWeight = 0.1

// deeds returns the deed classes s tells.
func deeds(s string) map[string]bool {
	out := map[string]bool{}
	for name, d := range deedClasses {
		if d.ru.MatchString(s) || d.en.MatchString(s) {
			out[name] = true
		}
	}
	return out
}

// deedFit is 1 for a sentence that tells one of the deeds a question asks
// about, -1 for one that tells only others, 0 for one that tells none or
// a question that names none.
func deedFit(asked map[string]bool, s string) float64 {
	if len(asked) == 0 {
		return 0
	}
	told := deeds(s)
	for d := range told {
		if asked[d] {
			return 1
		}
	}
	if len(told) > 0 {
		return -1
	}
	return 0
}
