package answer

// deedTerm is the term a sentence holds when it tells one of the deeds a
// Russian "when" question asks of (see ruWhenCue): no question or book
// term has its shape.
const deedTerm = "\x00deed"

// ruWhenCue is the deed a Russian "when" question asks the date of when
// it names a deed other than coming out, as eventCue reads an English
// question's other event: "когда ansible перешёл под крыло red hat" asks
// the date of the purchase, and a sentence of a release ("в январе 2016
// года вышла ... Ansible 2.0") dates another event. Nil for a question of
// a release or an addition ("когда вышла четвёрка?"), or one that names
// no deed (asked, see deeds).
func ruWhenCue(k kind, asked map[string]bool) map[string]bool {
	if k != kindWhen || len(asked) == 0 || asked["add"] {
		return nil
	}
	return map[string]bool{deedTerm: true}
}

// holdAskedDeed marks text as telling a deed the question asks of. In a
// sentence that gives a date the clause of the date must not tell only
// another deed: "После покупки Ansible стал ..., а в январе 2016 года
// вышла ... Ansible 2.0" names the purchase and dates the release. A
// clause that tells none ("Год: 1998; Событие: Опубликована статья")
// leaves the sentence's deed to date.
func holdAskedDeed(text string, asked map[string]bool, terms map[string]bool) {
	fit := deedFit(asked, text)
	if fit <= 0 {
		return
	}
	dated := false
	for _, cl := range clauses(unit{text: text}) {
		if !yearRe.MatchString(cl) {
			continue
		}
		dated = true
		if deedFit(asked, cl) >= 0 {
			terms[deedTerm] = true
			return
		}
	}
	if !dated {
		terms[deedTerm] = true
	}
}
