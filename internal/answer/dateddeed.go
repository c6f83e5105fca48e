package answer

import (
	"regexp"
	"slices"
	"strings"
)

// deedQRe finds a date question in the active voice whose subject opens
// what follows its auxiliary: "what year did joe armstrong pass away",
// "when did linus torvalds move to the us".
var deedQRe = regexp.MustCompile(`^(?:when|(?:in )?(?:what|which) (?:year|month|date|day))\s+(?:did|does|do)\s+(\pL+)\s+(\pL+)\s+(.+)$`)

// ruDeedQRe finds a Russian date question whose subject, one word or two,
// stands before its verb in the past tense, the deed: "в каком году
// лэмпорт получил премию тьюринга", "когда лесли лэмпорт опубликовал
// paxos".
var ruDeedQRe = regexp.MustCompile(`^(?:когда|в (?:каком|какой) (?:году|месяце|день)|какого числа)\s+(?:(\pL+)\s+)?(\pL+)\s+(\pL+(?:л|ла|ло|ли|лся|лась|лось|лись)\s+.+)$`)

// personDeed is what a date question asks of a person.
type personDeed struct {
	name []string         // the terms of the person's name
	deed []string         // the terms of the deed
	text string           // the words of the deed, as the question writes them
	kin  []*regexp.Regexp // the classes of events the deed is one of
	// told are the terms a clause must hold to tell the deed, when not
	// all of deed: a Russian verb of a class of deedClasses.
	told []string
}

// datedDeed returns what the last question of a date question's part
// asks the date of when its subject is a person: in English named by two
// words after the auxiliary (deedQRe), in Russian by one or two before
// the verb (ruDeedQRe). No word of the name is a name of names.txt nor a
// stop word, the last rare enough in its language to be a surname
// (surnameWeight). Its deed is the terms of the words after the name,
// without filler and cue words. Nil for a question of another shape, or
// one whose deed is none of those words.
func (c coverage) datedDeed(r Retriever, part string, cue map[string]bool) *personDeed {
	q := lastQuestion(part)
	m := deedQRe.FindStringSubmatch(q)
	russian := m == nil
	if russian {
		m = ruDeedQRe.FindStringSubmatch(q)
	}
	if m == nil {
		return nil
	}
	var name []string
	for _, w := range m[1:3] {
		if w == "" {
			continue
		}
		ts := r.Terms(w)
		if len(ts) != 1 || c.names[ts[0]] != nil || c.filler[ts[0]] || cue[ts[0]] {
			return nil
		}
		name = append(name, ts[0])
	}
	if c.weight(name[len(name)-1]) < surnameWeight {
		return nil
	}
	p := &personDeed{name: name, text: m[3]}
	for _, t := range r.Terms(m[3]) {
		if !c.filler[t] && !cue[t] && !slices.Contains(name, t) {
			p.deed = append(p.deed, t)
		}
	}
	if len(p.deed) == 0 {
		return nil
	}
	if !russian {
		for _, re := range eventVerbs {
			if re.MatchString(p.text) {
				p.kin = append(p.kin, re)
			}
		}
		return p
	}
	// A Russian deed's class is told by its Russian words, or by the
	// English ones of an English book.
	verb, _, _ := strings.Cut(p.text, " ")
	for _, d := range deedClasses {
		if d.ru.MatchString(verb) {
			p.kin = append(p.kin, d.ru, d.en)
		}
	}
	// A deed of a class is told by its verb, not by what it was done to:
	// "Instagram's web app in 2012" is no purchase of Instagram.
	if len(p.kin) > 0 {
		p.told = r.Terms(verb)
	}
	return p
}

// tellsOther reports whether a clause that dates something a person did
// (on: the clause and those it stands on, held: whether they hold a term)
// dates another deed than the one asked: it names the person and holds no
// word of the deed, nor a noun made of its verb (nounOfVerb), nor tells
// an event of the deed's class (eventVerbs, deedClasses). "Erlang had been
// created in 1986 by Joe Armstrong" tells what Joe Armstrong did in 1986,
// not when he passed away; "Linus Torvalds ... bought a PC in 1991" not
// when he moved to the US; "1998 | Опубликована статья Лэмпорта" not
// when Lamport won the Turing award. A Russian deed of a class of
// deedClasses must be told by its verb, its noun or its class whoever the
// clause names: "The approach first went into ... Instagram's web app in
// 2012", after a sentence of Facebook's, dates no purchase of Instagram.
func (p *personDeed) tellsOther(on []clause, held func(string) bool) bool {
	told := p.deed
	if len(p.told) > 0 {
		told = p.told
	}
	if len(p.told) == 0 && !allOf(p.name, held) || slices.ContainsFunc(told, held) {
		return false
	}
	for _, o := range on {
		if slices.ContainsFunc(p.kin, func(re *regexp.Regexp) bool { return re.MatchString(o.text) }) {
			return false
		}
		for t := range o.terms {
			if slices.ContainsFunc(told, func(d string) bool { return nounOfVerb(t, d) }) {
				return false
			}
		}
	}
	return true
}
