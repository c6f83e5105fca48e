package answer

import (
	"regexp"
	"slices"
	"strconv"
)

// eventVerbs group the verbs a reader and a book use for one kind of event
// in a project's history: a question asks "when did mozilla cut the staff
// ...", its chapter says "Mozilla lays off about 250 employees"; "which
// version dropped gdbm", "version 2.0 replaces gdbm". The question's own
// verb says which event it asks of, and a sentence telling of another
// event of the subject ("Mozilla Research starts Servo in 2012") dates or
// names the wrong one. English only: a Russian question's verbs are read
// by their forms (ruForms).
var eventVerbs = []*regexp.Regexp{
	eventCreated,
	eventReleased,
	eventRemoved,
	// Deprecating is the notice, not the removal: "1.20 deprecates
	// dockershim" does not answer "which version removed dockershim".
	regexp.MustCompile(`(?i)\b(?:deprecat(?:e|es|ed|ing|ion)|(?:will|to) be removed|scheduled for removal)\b`),
	eventRenamed,
	eventAcquired,
	eventFunded,
	eventLeft,
	eventGiven,
	eventShown,
	eventForked,
	eventAdded,
}

var (
	// eventRemoved: a thing taken out of a project, or people out of a company.
	eventRemoved  = regexp.MustCompile(`(?i)\b(?:remov(?:e|es|ed|ing|al)|drop(?:s|ped|ping)?|delet(?:e|es|ed|ing)|retir(?:e|es|ed|ing)|kill(?:s|ed|ing)?|cut(?:s|ting)?|la(?:y|ys|id|ying) off|replac(?:e|es|ed|ing)|abandon(?:s|ed|ing)?|discontinu(?:e|es|ed|ing)|ditch(?:es|ed|ing)?|phas(?:e|es|ed|ing) out|g[eo]t(?:s)? rid of)\b`)
	eventRenamed  = regexp.MustCompile(`(?i)\b(?:renam(?:e|es|ed|ing)|(?:took|take|takes|taking|adopt(?:s|ed|ing)?) the name|new name|chang(?:e|es|ed|ing) (?:its|their|the) name)\b`)
	eventAcquired = regexp.MustCompile(`(?i)\b(?:acquir(?:e|es|ed|ing)|acquisition|b(?:uy|uys|ought|uying)|purchas(?:e|es|ed|ing))\b`)
	// eventForked: a project's code copied to start another ("which
	// elasticsearch version was opensearch forked from": "Amazon Web
	// Services answers by forking the last Apache-licensed code,
	// Elasticsearch 7.10.2"), or its people splitting off: "why did io.js
	// split off from node" is told by "Disagreements ... lead to a fork".
	// A question asks of it only by forkAskRe's.
	eventForked = regexp.MustCompile(`(?i)\b(?:fork(?:s|ed|ing)?|split(?:s|ting)? (?:off|away)|br(?:oke|eaks?|eaking) away)\b`)
	// forkAskRe finds the words of eventForked a question asks of it by:
	// not the noun "fork", which names the project so started ("what was
	// the name of the node fork").
	forkAskRe = regexp.MustCompile(`(?i)\b(?:fork(?:ed|ing)|split(?:s|ting)? (?:off|away)|br(?:oke|eaks?|eaking) away)\b`)
	// eventAdded: a feature brought into a release ("which release brought
	// go.mod": "Go 1.11 in August 2018 introduces modules with the go.mod
	// file", not "Go 1.0 is released in March 2012"), told in any of its
	// words ("Version 6.5 replaced table locking with mvcc" brings mvcc
	// in, "In the same version came the RESP3 protocol"). A question asks
	// of it only by addedAskRe's.
	eventAdded = regexp.MustCompile(`(?i)\b(?:introduc(?:e|es|ed|ing)|br(?:ing|ings|ought|inging)|add(?:s|ed|ing)?|land(?:s|ed|ing)|c(?:ame|omes?)|arriv(?:e|es|ed|ing)|ship(?:s|ped|ping)?|gain(?:s|ed|ing)?|replac(?:e|es|ed|ing)\b[^.;]{0,60}?\bwith)\b`)
	// addedAskRe finds the words of eventAdded a question asks of it by.
	// Not "add" nor "land": "when did X land" asks for a release as
	// "released" does, and "which version added X" is answered by a
	// reference's "Added in: v18.3.0" history row as well as by its
	// prose; asked by them, four questions lost their lead (factual-site,
	// questions, s11-site, s11-nodedoc).
	addedAskRe = regexp.MustCompile(`(?i)\b(?:introduc(?:e|es|ed|ing)|br(?:ing|ings|ought|inging))\b`)
	// eventFunded: money given for a project or its people.
	eventFunded = regexp.MustCompile(`(?i)\b(?:sponsor(?:s|ed|ing)?|fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|pa(?:id|ys|y) for)\b`)
)

var (
	// eventCreated: a project or company coming into being. "found" is
	// founding only before a name ("found MySQL AB"), not "we found that".
	// "make" and "made" ask of it ("who made X?"), but a book writes them
	// of anything ("makes it easy"), so only a question's "made" reads as
	// this event.
	eventCreated = regexp.MustCompile(`(?i)\b(?:creat(?:e|es|ed|ing)|found(?:s|ed|ing)|establish(?:es|ed|ing)?|set(?:s|ting)? up|start(?:s|ed|ing)?|beg(?:in|ins|an|un|inning)|buil(?:d|ds|t|ding)|writ(?:e|es|ing|ten)|wrote|invent(?:s|ed|ing)?|design(?:s|ed|ing)?|develop(?:s|ed|ing)?|c(?:o|a)mes? up with|originat(?:e|es|ed|ing))\b|\b(?-i:found [A-Z])`)
	// eventReleased: a version or a work coming out.
	eventReleased = regexp.MustCompile(`(?i)\b(?:releas(?:e|es|ed|ing)|ship(?:s|ped|ping)?|launch(?:es|ed|ing)?|publish(?:es|ed|ing)?|announc(?:e|es|ed|ing)|debut(?:s|ed)?|c(?:o|a)mes? out|arriv(?:e|es|ed|ing)|general availability|hit(?:s)?)\b`)
	// madeRe is a question's "make" or "made", of the event eventCreated
	// finds in a sentence.
	madeRe = regexp.MustCompile(`(?i)\b(?:mak(?:e|es|ing)|made)\b`)
)

// askedEvent is the event a question's verb names: the class in
// eventVerbs, the question's terms of the verb, and the term a sentence
// telling of that event holds (eventTerm).
type askedEvent struct {
	class int
	terms []string
}

// eventTerm is the term a sentence holds when it tells of event class i,
// in whatever words: no question or book term has its shape.
func eventTerm(i int) string { return "\x00event" + strconv.Itoa(i) }

// askedEvents are the events q's verbs name, with q's terms of each verb
// ("set up": set), as terms analyses them.
func askedEvents(q string, terms func(string) []string) []askedEvent {
	var out []askedEvent
	for i, re := range eventVerbs {
		ms := eventWords(re, q)
		if len(ms) == 0 {
			continue
		}
		a := askedEvent{class: i}
		for _, m := range ms {
			a.terms = append(a.terms, terms(m)...)
		}
		out = append(out, a)
	}
	return out
}

// eventAsks are the narrower words a question asks of an event class by,
// where a sentence tells it in more (see eventAdded, eventForked).
var eventAsks = map[*regexp.Regexp]*regexp.Regexp{eventAdded: addedAskRe, eventForked: forkAskRe}

// eventWords are the words of question q that name the event class re
// of eventVerbs: its verbs, and for creating a question's "make" or
// "made" too (madeRe); for adding and forking only addedAskRe's and
// forkAskRe's.
func eventWords(re *regexp.Regexp, q string) []string {
	if ask, ok := eventAsks[re]; ok {
		re = ask
	}
	ms := re.FindAllString(q, -1)
	if re == eventCreated {
		ms = append(ms, madeRe.FindAllString(q, -1)...)
	}
	return ms
}

// holdEvents adds to terms, the terms of a sentence (or heading) text,
// the question's terms of each event the text tells of in other words, and
// the event's own term: "Mozilla lays off ..." holds "cut" for "when did
// mozilla cut the staff?".
func holdEvents(text string, events []askedEvent, terms map[string]bool) {
	for _, a := range events {
		if !eventVerbs[a.class].MatchString(text) {
			continue
		}
		terms[eventTerm(a.class)] = true
		for _, t := range a.terms {
			terms[t] = true
		}
	}
}

// eventCue is what a sentence must hold to tell of the event a "who" or
// "when" question asks of, when its verb names another event than the
// kind's own (creating for "who", coming out for "when"): "when did
// mozilla cut the staff" asks for the date of the cut, not of a start. It
// is nil otherwise, and the kind's cue words stay the test.
func eventCue(k kind, events []askedEvent) map[string]bool {
	own := ownEvent(k)
	if own < 0 {
		return nil
	}
	cue := map[string]bool{}
	for _, a := range events {
		if a.class == own {
			return nil
		}
		cue[eventTerm(a.class)] = true
	}
	if len(cue) == 0 {
		return nil
	}
	return cue
}

// ownEvent is the class in eventVerbs of the event a question of kind k
// asks of by its kind alone: creating for "who", coming out for "when";
// -1 for other kinds.
func ownEvent(k kind) int {
	switch k {
	case kindWho:
		return slices.Index(eventVerbs, eventCreated)
	case kindWhen:
		return slices.Index(eventVerbs, eventReleased)
	}
	return -1
}

// untoldWeight scales the fit of a sentence's number when the sentence
// does not tell of the event the question's verb names.
const untoldWeight = 0.7

// tellsEvent reports whether c tells of one of the events a question's
// verbs name; true when they name none.
func tellsEvent(c *sentence, events []askedEvent) bool {
	return len(events) == 0 || slices.ContainsFunc(events, func(a askedEvent) bool { return c.terms[eventTerm(a.class)] })
}
