package answer

import (
	"regexp"
	"slices"
)

// deedQRe finds a date question in the active voice whose subject opens
// what follows its auxiliary: "what year did joe armstrong pass away",
// "when did linus torvalds move to the us".
var deedQRe = regexp.MustCompile(`^(?:when|(?:in )?(?:what|which) (?:year|month|date|day))\s+(?:did|does|do)\s+(\pL+)\s+(\pL+)\s+(.+)$`)

// personDeed is what a date question asks of a person.
type personDeed struct {
	name []string // the terms of the person's name
	deed []string // the terms of the deed
	text string   // the words of the deed, as the question writes them
}

// datedDeed returns what the last question of a date question's part
// asks the date of when its subject is a person, named by two words after
// the auxiliary (deedQRe): neither a name of names.txt nor a stop word,
// the second rare enough in English to be a surname (surnameWeight). Its
// deed is the terms of the words after the name, without filler and cue
// words. Nil for a question of another shape, or one whose deed is none
// of those words.
func (c coverage) datedDeed(r Retriever, part string, cue map[string]bool) *personDeed {
	start := 0
	for _, m := range partRe.FindAllStringIndex(part, -1) {
		start = m[0]
	}
	m := deedQRe.FindStringSubmatch(sepRe.ReplaceAllString(part[start:], ""))
	if m == nil {
		return nil
	}
	var name []string
	for _, w := range m[1:3] {
		ts := r.Terms(w)
		if len(ts) != 1 || c.names[ts[0]] != nil || c.filler[ts[0]] || cue[ts[0]] {
			return nil
		}
		name = append(name, ts[0])
	}
	if c.weight(name[1]) < surnameWeight {
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
	return p
}

// tellsOther reports whether a clause that dates something a person did
// (on: the clause and those it stands on, held: whether they hold a term)
// dates another deed than the one asked: it names the person and holds no
// word of the deed, nor tells an event of the deed's class (eventVerbs).
// "Erlang had been created in 1986 by Joe Armstrong" tells what Joe
// Armstrong did in 1986, not when he passed away; "Linus Torvalds ...
// bought a PC in 1991" not when he moved to the US.
func (p *personDeed) tellsOther(on []clause, held func(string) bool) bool {
	if !allOf(p.name, held) || slices.ContainsFunc(p.deed, held) {
		return false
	}
	for _, re := range eventVerbs {
		if !re.MatchString(p.text) {
			continue
		}
		if slices.ContainsFunc(on, func(o clause) bool { return re.MatchString(o.text) }) {
			return false
		}
	}
	return true
}
