package answer

import (
	"context"
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/chapterbot/chapterbot/internal/acronym"
	"github.com/chapterbot/chapterbot/internal/book"
	"github.com/chapterbot/chapterbot/internal/search"
)

// maxAnswerWords bounds an extractive answer's length.
const maxAnswerWords = 120

// modalWords ask whether or how something can be done ("what values can
// process.platform be?"); a sentence earns nothing for sharing them ("you
// can ...").
const modalWords = "can could should would might must shall"

// headingWeight is how much a question term in a section's heading counts
// for a sentence of that section that lacks it (measured on the golden
// questions: cited@1 0.701 at 0, 0.716 at 0.5, 0.687 at 1).
const headingWeight = 0.5

type sentence struct {
	text string
	hit  int // index into the hits
	pos  int // position within the passage
	// entry is a list item or a table row: a timeline bullet repeats its
	// subject's name without saying much, so it leads only as the answer.
	entry bool
	// history is a row of an API's change history, which answers when or
	// in which version something changed, not what it does.
	history bool
	// joined: the passage's previous sentence comes right before this one,
	// with no code or dropped line between them.
	joined bool
	code   string // the short code block the sentence introduces
	// example: the sentence introduces a code block, too long to quote
	// when code is empty.
	example bool
	// listed: the sentence quotes the short list it introduces.
	listed bool
	// output: the sentence is a program's output, which never leads
	// (outputlead.go).
	output bool
	terms  map[string]bool
	// heading holds the terms of its section's own heading, which every
	// sentence of the section is about ("Backpressure and heartbeats").
	heading map[string]bool
	// stated holds the heading's terms of a titled sentence that no
	// sentence of its passage names: they count in full, since the heading
	// says them for every sentence; a term one of them names leaves that
	// one first.
	stated map[string]bool
	// title is the heading of a titled sentence: one of a short section
	// whose heading states what the sentence is about (see
	// headingStates); empty for any other. It is shown before the
	// sentence when that leads and lacks a question word the heading holds.
	title string
	// headValue: what the question asks for, a person (titledPerson) or
	// what a thing was called (calledQRe), is in the title, not the
	// sentence, which leads only with it.
	headValue bool
	// remedy: the sentence tells the way out of the problem the question
	// reports (remedylead.go), and leads though it points back at the
	// sentence that tells the problem.
	remedy bool
	// option is the name of the option whose list item the sentence is a
	// later sentence of, which it leaves to the item's head (optionlead.go).
	option string
	// fit is how well the sentence gives what the question's kind asks
	// for (a person, a date, a definition), from 0 to 1.
	fit   float64
	base  float64 // score before fit and entry weighing
	score float64
}

// cueWeight scales the question's cue words ("created", "released") in
// the match of a "who" or "when" question. A "when" question's fit
// already asks for its cue next to the date; on the tuning set 0.3 beats 0
// for "who" by one question and makes no difference for "when", where 0
// lets "When was React released?" lead with its first release rather than
// the latest "React 19 is released".
var cueWeight = map[kind]float64{kindWho: 0.3, kindWhen: 0}

// surnameWeight is the least general-English weight of a name's last word:
// "Dahl" (13.4) and "Armstrong" (11.4) pass, "Foundation" (9.4) and
// "Components" (10.2) do not.
const surnameWeight = 11

// kindWeight is how much a sentence that gives what the question asks for
// (a person for "who", a date for "when", a definition for "what is")
// gains over one that only shares its words (tuning set, lead / cited@1:
// 0.507 / 0.761 at 0.5, 0.522 / 0.776 at 1, 0.537 / 0.776 at 1.5, 0.552 /
// 0.761 at 2).
const kindWeight = 1.5

// whyWeight scales the fit of a sentence that gives a reason ("because",
// "to stop") for a "why" question: such words are common, so the fit only
// tips the balance between sentences that match about as well (tuning
// set: lead 0.552 at 0, 0.567 at 0.1 and 0.15, 0.552 at 0.2).
const whyWeight = 0.15

// howWeight scales the fit of a sentence that tells how to do something
// (code to type, "we use", "run ...", or the short code block it
// introduces) for a "how do I" question, times the share of the
// question's subject it holds, so that a command of another subject does
// not lead (tuning sets, lead / cited@1 on the Rust book: 0.183 / 0.567 at
// 0, 0.250 / 0.583 at 0.3, 0.267 / 0.567 at 0.6, 0.267 / 0.567 at 1, where
// the sample book's cited@1 falls from 0.776 to 0.761).
const howWeight = 0.6

// nextWeight is the share of a sentence's match that the sentence right
// after it gets for a "who", "why" or "how" question (tuning sets, lead /
// any: sample 0.597 / 0.701, Rust book 0.267 / 0.533, Russian 0.360 /
// 0.400 at 0; 0.597 / 0.716, 0.267 / 0.517, 0.400 / 0.480 at 0.5; at 0.8
// the Rust book's lead falls to 0.233).
const nextWeight = 0.5

// entryWeight scales a list item or table row that does not give what the
// question asks for and shares only its chapter's title with it ("Date:
// 2014; Event: Google announces Kubernetes" for "what is an operator in
// Kubernetes?"). The tuning set reads the same from 0.5 to 1.
const entryWeight = 0.7

// historyWeight scales a row of an API's change history ("Version:
// v12.0.0; Changes: ...") for a question that does not ask when or in
// which version something changed: the rows share the function's words
// but say nothing of what it does.
const historyWeight = 0.5

// hitFloor is the least share of the best passage's score a passage needs
// to give sentences; typedHitFloor for a question that asks for a date, a
// person or a number, whose fit can find the answer in a lower passage
// (factual-tune lead (factual) 0.867 at 0.4, 0.900 at 0.3 and 0.2; the
// other tuning sets the same). A lower hit holding what the passed ones
// lack still gives sentences (see belowFloor).
const (
	hitFloor      = 0.4
	typedHitFloor = 0.3
)

// topWeight scales the sentences of the best-ranked section: on the
// Node.js API reference (nodedoc-tune) sentences of lower sections that
// shared the question's words by chance led a third of the answers whose
// best section was right (cited@1 / any: 0.300 / 0.371 at 1, 0.343 / 0.371
// at 1.07, 0.414 / 0.443 at 1.15, 0.400 / 0.443 at 1.22, 0.429 / 0.429 at
// 1.5; the sample book's cited@1 0.776 at 1, 0.791 at 1.15, 0.761 at 1.5;
// the Rust book's lead 0.300 at 1, 0.267 at 1.15). Without the exception
// for a chapter's overview, the Russian chapter's cited and any fell from
// 0.720 / 0.600 to 0.680 / 0.560.
const topWeight = 1.15

var (
	// defaultRe finds a sentence that states a default value: "Default:
	// 8192", "defaults to 'utf8'", "по умолчанию — 6379".
	// "По умолчанию стоит noeviction", "Стандартный порт сервера — 6379".
	defaultRe = regexp.MustCompile(`(?i)\bdefault(?:s)?(?:\s*:|\s+to\s|\s+is\s|\s+value\s+is\s)\s*\S|по умолчанию\s*(?:—|-|:|равн\pL*|стоит|использует\pL*|включ[её]н\pL*|задан\pL*|выбран\pL*)\s*\S|стандартн\pL* \pL+(?: \pL+)?\s+(?:—|-|:)\s*\S`)
	// changeQRe finds a question about a change to an API: when or in
	// which version it was added, changed, deprecated or removed.
	changeQRe = regexp.MustCompile(`(?i)\b(?:added|introduced|changed|deprecated|removed|since|history|version|landed)\b|добав\pL*|появил\pL*|удал[её]н\pL*|устарел\pL*|верси\pL*`)
)

// extractive composes an answer from the best sentences of the top
// passages, each marked with the number of the section it came from.
func (e *Engine) extractive(ctx context.Context, q Question, r Retrieval) Answer {
	// "четвёртая версия" is version 4.0 to the book.
	qtext := withoutFirstPlace(spokenVersions(ruOrdinalVersions(q.Text)))
	// The question's script, read once: several rules below, and ab for
	// every candidate, ask whether it is Russian.
	russian := scriptOf(q.Text) == scriptCyrillic
	qterms := weights(e.r.Terms(qtext), 1)
	if q.Previous != "" {
		for t, w := range weights(e.r.Terms(q.Previous), 0.5) {
			if _, ok := qterms[t]; !ok {
				qterms[t] = w
			}
		}
	}
	// Conversational filler ("actually", "thing", "work") says nothing of
	// what the question asks, so a sentence earns nothing for sharing it.
	for t := range qterms {
		if e.cov.filler[t] || e.cov.modal[t] {
			delete(qterms, t)
		}
	}
	k, x := questionKind(q.Text)
	var cue map[string]bool
	switch k {
	case kindWho:
		cue = set(e.r.Terms(madeWords))
	case kindWhen:
		cue = set(e.r.Terms(releasedWords))
	}
	// The event the question's verb names, which a sentence may tell in
	// other words; a "who" or "when" question of another event than its
	// kind's asks for a sentence of that one (see eventCue). A "why"
	// question asks the reason for its event: "why did io.js split off
	// from node" is answered by "Disagreements ... lead to a fork".
	var events []askedEvent
	if (factual(k) || k == kindWhy) && !russian {
		events = askedEvents(qtext, e.r.Terms)
	}
	told := cue
	if c := eventCue(k, events); c != nil {
		told = c
	}
	// "кто раскритиковал ...?" asks the critic, not the maker (ruwho.go).
	if c := ruWhoCue(q.Text, cue, e.r.Terms); k == kindWho && russian && c != nil {
		told = c
	}
	// The subject is what the question is about, without its cue ("who
	// created", "when was ... released"): the person or date must be the
	// subject's, not any in the passage.
	// "where does the word zend come from" asks the origin of the name
	// Zend, which is the subject (nameorigin.go).
	nameOrigin := asksNameOrigin(q.Text)
	var naming map[string]bool
	if nameOrigin {
		naming = set(e.r.Terms(nameAskWords))
	}
	var subject []string
	for _, t := range e.r.Terms(firstClause(qtext)) {
		if _, ok := qterms[t]; ok && !cue[t] && !naming[t] && !slices.Contains(subject, t) {
			subject = append(subject, t)
		}
	}
	// The cue's words say what kind of sentence answers, which the fit
	// below weighs; among the question's words they count for less.
	for t := range cue {
		if _, ok := qterms[t]; ok {
			qterms[t] *= cueWeight[k]
		}
	}
	// A sentence that writes a question's term another way holds it: a
	// book that says Redis answers "кто написал редис?".
	spelled := e.spellings(ctx, q.Text, qterms, r)
	month := set(strings.Fields(months))
	plain := func(w string) bool {
		t := e.r.Terms(w)
		return len(t) == 0 || month[strings.ToLower(w)] || slices.ContainsFunc(t, func(t string) bool {
			_, ok := qterms[t]
			_, alias := spelled[t]
			return ok || alias
		})
	}
	// "Feedback" of "Google Feedback" names Google's thing, not a person
	// (thingTails), read only when a word is heavy enough for a surname.
	things := sync.OnceValue(func() map[string]bool {
		texts := make([]string, 0, len(r.Hits))
		for _, h := range r.Hits {
			texts = append(texts, h.Text)
		}
		return thingTails(texts)
	})
	surname := func(w string) bool {
		t := e.r.Terms(lastNamePart(w))
		return len(t) == 1 && e.cov.weight(t[0]) >= surnameWeight && !things()[w]
	}
	// "if you don't pass one" asks for the default (omitted.go).
	omitted := asksOmitted(q.Text)
	askDefault := asksDefault(q.Text) || omitted
	// The term of what "how many" counts. Not "how much": an amount is
	// given in its unit ("1 MB of memory"), not beside the word asked,
	// which countsOf looks for; "сколько" asks both and is read.
	var counted string
	if a, ok := openingCount(normalQuestion(q.Text)); ok && !a.much {
		if t := e.r.Terms(a.head()); len(t) == 1 {
			counted = t[0]
		}
	}
	askOrg := orgQRe.MatchString(q.Text)
	askLicence := licenceQRe.MatchString(q.Text)
	// "who made the node.js documentary?" asks for its studio as well as a
	// person.
	askWork := (k == kindWho || asksMaker(k, q.Text)) && workRe.MatchString(q.Text)
	// "which country ...", "where is it located" ask for a place.
	askPlace := !russian && placeQRe.MatchString(q.Text)
	owner := e.numberOwner(q.Text)
	askChange := k == kindWhen || k == kindNumber || changeQRe.MatchString(q.Text)
	askSignature := asksSignature(q.Text) || omitted
	// "which directive do i use ..." asks for the name of a directive
	// (namedhead.go).
	var head []string
	if k == kindWhich && !russian {
		head = askedHead(q.Text)
	}
	// The deed a Russian question for a fact asks about (see deeds.go).
	var asked map[string]bool
	if russian && (k == kindWho || k == kindWhen || k == kindNumber || k == kindWhich) {
		asked = deeds(q.Text)
	}
	// "когда ansible перешёл под крыло red hat" asks the date of the
	// purchase, not of a release (ruwhen.go). Only the deed of the clause
	// the date is asked in counts: "когда напечатали статью ... и в каком
	// журнале она вышла?" asks the date of the printing.
	var whenAsked, whenDeed map[string]bool
	if russian {
		whenAsked = deeds(firstClause(q.Text))
		whenDeed = ruWhenCue(k, whenAsked)
	}
	if whenDeed != nil {
		told = whenDeed
	}
	// A Russian stem of the question is held by a longer stem of the same
	// word the book uses: "руководит" (руковод) by "руководство"
	// (руководств), as coverage reads it; by the verb's shorter one
	// (shorterStem); and by the noun of the question's verb (nounOfVerb):
	// "покупала" (покупа) by "покупок".
	var stems []string
	for t := range qterms {
		if search.IsCyrillic(t) && utf8.RuneCountInString(t) >= minFuzzy {
			stems = append(stems, t)
		}
	}
	// A sentence that writes a spoken question word as the book does holds
	// it: "ведущий узел" holds "мастер" (slanglead.go).
	var slang map[string][]string
	if russian {
		slang = slangHolders(qterms)
	}
	// A sentence that writes a round number in digits holds the question's
	// word for it: "Default: 1000" holds "thousand" (digitwords.go).
	digits := digitHolders(qterms)
	// The question's verb of the deed whose date or version it asks
	// ("появились") is held by a sentence that tells that deed in other
	// words ("добавлены", deedterms.go).
	var dterms []string
	if k == kindWhen || k == kindNumber {
		dterms = deedTerms(q.Text, asked, qterms, e.r.Terms)
	}
	termsOf := func(text string) map[string]bool {
		terms := set(e.r.Terms(text))
		for t := range terms {
			if s, ok := spelled[t]; ok {
				terms[s] = true
			}
		}
		holdSlang(terms, slang)
		holdDigits(terms, digits)
		holdEvents(text, events, terms)
		holdDeed(text, asked, dterms, terms)
		if whenDeed != nil {
			holdAskedDeed(text, whenAsked, terms)
		}
		for _, q := range stems {
			if terms[q] {
				continue
			}
			for t := range terms {
				if strings.HasPrefix(t, q) || shorterStem(t, q) || nounOfVerb(t, q) {
					terms[q] = true
					break
				}
			}
		}
		return terms
	}
	top := r.Hits[0].Score
	// Sentences come from the passages scored within a share of the best
	// one's; a lower one's date, person or number may answer what the best
	// passage only talks about ("when was LiveView announced?": its
	// section, then the chapter's milestones at 0.398 of its score).
	floor := hitFloor
	if k == kindWhen || k == kindWho || k == kindNumber || askWork {
		floor = typedHitFloor
	}
	let := belowFloor(k, r.Hits, 5, floor, subject, e.r.Terms, plain, surname)
	var cands []sentence
	var titles []map[string]bool // each hit's chapter title and tags
	for i, h := range r.Hits {
		if i >= 5 || (top > 0 && h.Score < floor*top && len(let) == 0) {
			break
		}
		titles = append(titles, termsOf(h.ChapterTitle))
		if top > 0 && h.Score < floor*top && !let[i] {
			continue
		}
		heading := termsOf(h.Heading)
		if let[i] {
			standsFor(k, heading, h, subject, e.r.Terms)
		}
		us := units(h.Text)
		titled := headingStates(h, len(us))
		first := len(cands)
		for pos, u := range us {
			c := sentence{text: u.text, hit: i, pos: pos, entry: u.entry, history: u.history, joined: u.joined, code: u.code, example: u.example, listed: u.listed, option: u.option, output: u.output, terms: termsOf(u.text), heading: heading}
			if titled {
				c.title = strings.TrimSpace(h.Heading)
			}
			cands = append(cands, c)
		}
		if titled {
			stated := unstated(heading, cands[first:])
			for j := first; j < len(cands); j++ {
				cands[j].stated = stated
			}
		}
	}
	// Weigh each question term by how rare it is among the candidate
	// sentences (a local IDF): a term every sentence shares, such as the
	// chapter's subject, says little about which sentence answers; and in
	// English by how rare it is in general English (see rarity).
	short(cands, qterms)
	spelledOut(cands, r.Hits, qterms)
	numberParts(cands, qterms)
	misspelt(cands, qterms)
	df := map[string]int{}
	for _, c := range cands {
		for t := range c.terms {
			if _, ok := qterms[t]; ok {
				df[t]++
			}
		}
	}
	// The subject's terms no candidate holds cannot tell them apart.
	held := subject
	if russian {
		held = heldTerms(subject, cands)
	}
	// A Russian "how" asked after the trouble it is about: a sentence
	// about the way asked is about the question too (ruhowclause.go).
	var howHeld []string
	if russian && k == kindHow {
		howHeld = heldTerms(howSubject(ruHowClause(q.Text), qterms, cue, e.r.Terms), cands)
	}
	// Sums run over the question's terms in one order: summed in a map's
	// random order, two sentences that match alike could differ in the
	// last bit and swap places from one run to the next.
	qlist := slices.Sorted(maps.Keys(qterms))
	var total float64
	for _, t := range qlist {
		w := qterms[t] * math.Log(1+float64(len(cands)+1)/float64(df[t]+1)) * e.rarity(q.Text, t)
		qterms[t] = w
		total += w
	}
	titleNames := e.titleNames(titles)
	latinTitle := latinTitleNames(titleNames, spelled)
	// The share of the subject a sentence holds, a name its chapter's title
	// writes counting as one its heading does ("nginx: The Documentary"
	// for "when did nginx get its first public release"): for a Russian
	// question weighed by the terms' weights, of the title's Latin names
	// (rutitlename.go).
	ab := func(c *sentence) float64 {
		if russian {
			return aboutWeighted(c, held, qterms, latinTitle[c.hit])
		}
		return aboutTitled(c, held, titleNames[c.hit])
	}
	// A Russian word's ending says its case, number and voice: a sentence
	// that writes the question's word in the question's own form uses it
	// as the question does ("на каком языке написан": "написан на Go", not
	// "написал Vagrant").
	forms := ruForms(qtext, e.r.Terms)
	// "Её авторы — ...": a Russian sentence that opens with a pronoun
	// speaks of what the sentence before it names (rupronoun.go); so does
	// an English one, "In January 2014 they gave up the title", of a
	// question for a person, a date or a number (enpronoun.go).
	if russian {
		pronounHolds(cands, qterms, ruPronounRe, true)
	} else if pronounKind(k) {
		pronounHolds(cands, qterms, enPronounRe, false)
	}
	own := make([]float64, len(cands))
	for i := range cands {
		c := &cands[i]
		for _, t := range sameForms(c.text, forms) {
			if c.terms[t] {
				own[i] += formWeight * qterms[t]
			}
		}
		for _, t := range qlist {
			switch {
			case c.terms[t]:
				own[i] += qterms[t]
			case c.heading[t]:
				// A question term in the section's heading counts for the
				// section's sentences too, at half weight: the sentence that
				// names the term itself still comes first. A short section's
				// heading is part of what its sentences say.
				if c.stated[t] {
					own[i] += qterms[t]
				} else {
					own[i] += headingWeight * qterms[t]
				}
			}
		}
	}
	// The people each passage names in full, by surname: "Valim started
	// Elixir" names José Valim when the passage has introduced him.
	var named []map[string]bool
	if k == kindWho || (k == kindWhich && askOrg) {
		named = make([]map[string]bool, len(r.Hits))
		add := func(hit int, text string) {
			for _, n := range names(text, plain, surname) {
				if named[hit] == nil {
					named[hit] = map[string]bool{}
				}
				named[hit][n] = true
			}
		}
		for _, c := range cands {
			add(c.hit, c.text)
		}
		// A section headed by a person's full name ("D. Richard Hipp")
		// speaks of them by surname: "Hipp is the creator ...".
		for i, h := range r.Hits {
			if personHeading(h.Heading, plain, surname) {
				add(i, h.Heading)
			}
		}
	}
	excluded := leftOut(q.Text, e.r.Terms)
	// Whether the question pastes a message that Russian words ask of,
	// read once, not once a sentence.
	pasted := pastes(q.Text)
	// The runs of Latin words a mostly Russian question pastes: a sentence
	// that quotes one restates the question as a pasted message's does.
	var runs []string
	if asksInRussian(q.Text) {
		runs = latinRuns(q.Text)
	}
	// The runs a sentence that restates the question quotes (ruecho.go).
	typed := echoRuns(q.Text)
	lines := pastedLines(q.Text)
	// "что будет, если ...?" asks what comes of a condition (happens.go).
	askHappens := happensQRe.MatchString(q.Text)
	for i := range cands {
		c := &cands[i]
		match := own[i]
		// The person, reason or way a question asks for often comes in the
		// sentence after the one that shares its words ("antirez announced
		// he was stepping down. The code passed to Yossi Gottlieb ..."):
		// that sentence shares part of the match, and its fit decides.
		sub := ab(c)
		if k == kindWho || k == kindWhy || k == kindHow {
			if i > 0 && c.joined && cands[i-1].hit == c.hit {
				prev := nextShare(k, q.Text, &cands[i-1], c) * own[i-1]
				// After the sentence quoting a pasted message, the
				// question's own words the next one adds count too.
				if (pasted || quotesRun(cands[i-1].text, runs)) && ruRestates(k, q.Text, &cands[i-1]) {
					prev += addedWeight(&cands[i-1], c, qterms)
				}
				if prev > match {
					match = prev
					sub = max(sub, ab(&cands[i-1]))
				}
			}
		}
		if total == 0 || match == 0 {
			if f := bareValueFit(q.Text, c, askDefault); f > 0 && total > 0 {
				c.fit = f
				c.score = kindWeight * f
			}
			continue
		}
		rank := 0.5 + 0.5*r.Hits[c.hit].Score/top
		c.score = match / total * rank
		if c.pos == 0 {
			c.score += firstBonus(q.Text, r.Hits[c.hit].Heading, k)
		}
		switch k {
		case kindWho:
			// The sentence that writes the name a question leaves out
			// speaks of that person by their surname (besides.go).
			other := !slices.ContainsFunc(excluded, func(t string) bool { return c.terms[t] })
			known := func(w string) bool { return named[c.hit][w] && other }
			c.fit = hasPerson(c.text, holds(c.terms, told), plain, surname, known) * sub
			if f := titledPerson(c, holds(c.terms, told), plain, surname, known) * max(sub, aboutEntry(c, held, titles[c.hit])); f > c.fit {
				c.fit, c.headValue = f, true
			}
			if askWork {
				c.fit = max(c.fit, makerFit(c.text, holds(c.terms, told), plain, surname)*sub)
			}
			// "antirez предложил ...": a nickname before the verb asked.
			if russian && doesHandle(c.text, told, plain, e.r.Terms) {
				c.fit = max(c.fit, handleFit*sub)
			}
		case kindWhen:
			// A date of the subject's release beats any other date.
			c.fit = hasDate(valueText(cands, i)) * ab(c)
			if !holds(c.terms, told) {
				c.fit *= 0.7
			}
			// "when was kafka 1.0 released?" asks for that release's date:
			// a date of the subject without the version is another one's.
			if !holdsVersion(c, subject) {
				c.fit *= otherVersionWeight
			}
		case kindWhat:
			c.fit = max(defines(c.text, x), definesSpelled(c.text, x))
			if c.pos == 0 && let[c.hit] {
				c.fit = max(c.fit, headedWeight)
			}
			// "Version 7.1 in 2001 added the write-ahead log" tells when X
			// came, not what it is.
			if c.fit == 0 && hasDate(c.text) > 0 {
				c.score *= datedWeight
			}
		case kindWhy:
			c.fit = whyWeightOf(q.Text) * givesReason(c.text) * reasonAbout(q.Text, sub)
		case kindHow:
			if len(howHeld) > 0 {
				sub = max(sub, aboutWeighted(c, howHeld, qterms, nil))
			}
			text := unasked(c.text, q.Text)
			if c.code != "" {
				text += " " + c.code
			}
			f := instructs(text)
			// "Пароль передают ключом -K (--ask-become-pass)": Russian
			// prose names what to type without quoting it as code.
			named := russian && f < codeFit && namesCommand(text, q.Text)
			if named {
				f += codeFit
			}
			if c.example && c.code == "" && !codeRe.MatchString(text) && !named {
				// The example it introduces is the way, if too long to quote.
				f += codeFit
			}
			c.fit = howWeight * f * sub
		case kindNumber:
			// The question's words often name the thing counted, not what
			// the sentence is about ("which node versions": "Even-numbered
			// majors ... for 30 months"). A count in words counts as one
			// in digits (countwords.go).
			c.fit = countFit(valueText(cands, i), q.Text) * (0.5 + 0.5*ab(c))
			// "сколько слотов?" asks for the number of slots: "16384
			// слота" gives it, "версии 3.0" gives another number.
			if counted != "" && !e.countsOf(c.text, counted) {
				c.fit *= uncountedWeight
			}
			// "which git version ..." asks for git's number: "Linux
			// 2.6.12" gives Linux's (see numberOwner).
			if owner != "" && !e.ownsNumber(valueText(cands, i), q.Text, owner) {
				c.fit *= unownedWeight
			}
			c.fit = ruRateFit(q.Text, c.text, c.fit, ab(c))
			// "с какой версии монга умеет транзакции" asks for a version:
			// "ограничены 60 секундами" gives another number.
			c.fit = unversionedFit(q.Text, valueText(cands, i), c.fit)
			if russian {
				c.fit = ruUncountedFit(q.Text, valueText(cands, i), c.fit)
			}
			// "which version dropped gdbm" asks for the number of the
			// drop: "Version 1.0 ... stores its data through gdbm" gives
			// another one.
			if !tellsEvent(c, events) {
				c.fit *= untoldWeight
			}
		case kindWhere:
			if askPlace {
				c.fit = placeFit(c.text, plain) * (0.5 + 0.5*ab(c))
			} else if russian {
				// "куда класть свой юнит файл?" asks for a path (rupath.go).
				c.fit = ruPathWeight * pathFit(q.Text, valueText(cands, i)) * (0.5 + 0.5*ab(c))
			}
		case kindOther:
			// "what was that node fork called?": the heading "io.js fork"
			// names the fork its sentence tells of.
			if calledQRe.MatchString(q.Text) && c.title != "" && headAdds(c, qterms, titles[c.hit], e.r.Terms) {
				c.fit, c.headValue = headNameWeight*(0.5+0.5*ab(c)), true
			}
		case kindWhich:
			// "which company hired him?" asks for a name.
			if askWork {
				c.fit = makerFit(c.text, false, plain, surname) * sub
			} else if askPlace {
				c.fit = placeFit(c.text, plain) * (0.5 + 0.5*ab(c))
			} else if askOrg {
				known := func(w string) bool { return named[c.hit][w] }
				c.fit = namesOther(c.text, plain, surname, known) * (0.5 + 0.5*ab(c))
			} else if askLicence {
				// "под какой лицензией ...?" asks for a licence's name
				// (licence.go).
				c.fit = licenceWeight * licenceFit(q.Text, valueText(cands, i)) * (0.5 + 0.5*ab(c))
				if formerLicence(q.Text, c.text) {
					c.fit = 0
				}
			} else if russian && ruPortQRe.MatchString(q.Text) {
				// "на каких портах слушает etcd?" asks for a number (ruport.go).
				c.fit = portFit(q.Text, valueText(cands, i)) * (0.5 + 0.5*ab(c))
			} else if russian && ruPathQRe.MatchString(q.Text) {
				// "какой url вебхука прописать?" asks for a URL (rupath.go).
				c.fit = ruPathWeight * pathFit(q.Text, valueText(cands, i)) * (0.5 + 0.5*ab(c))
			} else if russian {
				c.fit = ruWhichWeight * namesLatin(c.text, e.r.Terms, plain, titles[c.hit]) * (0.5 + 0.5*ab(c))
			} else if !c.history {
				// A row of a change history names what was added or
				// removed, not what the API takes.
				c.fit = namedHeadFit(c.text, head, plain) * (0.5 + 0.5*ab(c))
			}
		}
		// A name's origin is told by what the name is, not by who made
		// the thing it names.
		if nameOrigin {
			c.fit = nameOriginFit(c.text) * sub
		}
		c.fit = max(c.fit, happensFit(askHappens, c.text, sub))
		// "how long ... by default?", "какой порт у redis по умолчанию?"
		// ask for the value a sentence states as the default: another
		// number or name is another value.
		if factual(k) && askDefault && !statesDefault(q.Text, c.text) {
			c.fit *= undefaultWeight
		}
		// "what's Buffer.poolSize by default?" asks for the value a sentence
		// states as the default.
		if askDefault && statesDefault(q.Text, c.text) {
			c.fit = max(c.fit, e.defaultFit(q.Text, c, held, titles[c.hit]))
		}
		// "с шестой 6.0 версии": a sentence of another version is about
		// another release.
		if k != kindWhen && !holdsVersion(c, versionTerms(subject)) {
			c.score *= unversionedWeight
		}
		c.base = c.score
		if c.entry && c.fit == 0 && onlyTitle(c, qterms, titles[c.hit]) {
			c.score *= entryWeight
		}
		if c.history && !askChange {
			c.score *= historyWeight
		}
		if prose, ok := signatureProse(c.text); ok && !askSignature {
			if prose != "" {
				c.text = prose // quoted without its head
			} else {
				c.score *= signatureWeight
			}
		}
		// "Alternatively, ..." that opens its passage goes on from a way
		// the answer cannot quote before it.
		if c.pos == 0 && onRe.MatchString(strings.TrimLeft(c.text, `"'“‘(`)) {
			c.score *= entryWeight
		}
		// "This chapter covers ..." tells what the book says, not what it
		// says of the question's subject: the name, date or number it
		// holds is the book's topic, not an answer.
		if aboutText(c.text, r.Hits[c.hit].Heading) {
			c.score *= entryWeight
			c.fit = 0
		}
		c.score += kindWeight * c.fit * rank
		c.score += deedWeight * deedFit(asked, c.text)
		// A sentence that quotes the message the question pastes
		// ("... a \"possible EventEmitter memory leak\" has been
		// detected") tells the reader what they saw (echolead.go); so
		// does one that quotes the command or message a question asked in
		// Russian pastes (ruecho.go).
		if !russian && quotesQuestion(c.text, q.Text) || ruEchoes(k, c, typed, lines, q.Text) {
			c.score *= echoWeight
		}
	}
	if !russian {
		untoldLead(qtext, k, cands)
		// "This error points out that ..." restates the message a
		// question pastes (errortalk.go).
		errorTalkLead(q.Text, cands)
	}
	if k == kindWhen && !slices.ContainsFunc(subject, hasDigit) {
		earliest(cands)
	}
	// "what should I use instead?" is answered by the sentence that says
	// what to use, after the one that says what is wrong (see insteadLead).
	if asksInstead(q.Text) {
		insteadLead(cands, r.Hits)
	}
	// "ReferenceError: __dirname is not defined", "how do i fix it" ask
	// for the way out, after the sentence that says what is wrong (see
	// remedyLead).
	if asksRemedy(q.Text) {
		remedyLead(cands, r.Hits)
	}
	// The search weighs a whole passage, its heading and its neighbours;
	// a sentence of another section leads only when it is clearly better.
	// A chapter's overview ("This chapter covers ...", an ID without "#")
	// names every subject of the chapter and earns no such trust.
	for i := range cands {
		if id := r.Hits[0].ID; r.Hits[cands[i].hit].ID == id && !overview(id) {
			cands[i].score *= topWeight
		}
		if overviewed(k, r.Hits[cands[i].hit].ID) {
			cands[i].score *= overviewWeight
		}
	}
	// "who actually wrote django originally" is answered by the people
	// its chapter dates first (firstmaker.go).
	if k == kindWho && !askWork && !nameOrigin && asksOrigin(q.Text) {
		firstMakerLead(cands, subject, titles, func(words []string) []int { return namePairs(words, plain, surname) })
	}
	// A Russian sentence of a lower section that holds more of the
	// question and fits it better leads over the top section's (see
	// dominantLead).
	// A Russian sentence of a lower section that only shares more of the
	// question's words leads only by a wider margin (wordsonly.go).
	if russian {
		wordsOnlyLead(cands, r.Hits)
		dominantLead(cands, r.Hits, qterms, titles)
	}
	if !russian {
		followLead(k, cands, qterms)
		laterPartLead(q.Text, cands, e.r.Terms, func(t string) bool { return e.cov.filler[t] || e.cov.modal[t] })
		proseLead(k, cands, r.Hits, qterms)
	}
	// "new URL(import.meta.url).pathname gives me /C:/...": the member the
	// reader already uses is the context, a sibling section the answer.
	if !russian {
		contextLead(q.Text, cands, r.Hits)
	}
	// A list item that scores nearly as well as the best prose sentence
	// of its passage leads in its place (entrytie.go).
	entryLead(cands)
	a := e.compose(q, r, cands, qterms, cue, k, runs, titles)
	if e.opts.Leads && a.Covered {
		a.Leads = e.leads(q, r, cands, qterms, cue, k, runs, titles, own, total, russian)
	}
	return a
}

// compose writes the answer from the scored candidates: the best one
// leads (pick), the rest follow in reading order.
func (e *Engine) compose(q Question, r Retrieval, cands []sentence, qterms map[string]float64, cue map[string]bool, k kind, runs []string, titles []map[string]bool) Answer {
	picked := e.pick(cands, r.Hits, qterms, cue, k, runs)
	picked = withRecommended(picked, cands, r.Hits, e.opts.MaxSentences)
	if len(picked) == 0 {
		// No sentence shares a term with the question (a stemmed match on the
		// title alone), or the passage is all code: quote its snippet.
		if s := strings.TrimSpace(r.Hits[0].Snippet); s != "" {
			picked = append(picked, sentence{text: s})
		}
	}
	if len(picked) == 0 {
		return e.notCovered(q, r)
	}
	// Lead with the best sentence, the answer; then the other sentences of
	// its section in reading order, then those of other sections.
	sort.SliceStable(picked[1:], func(i, j int) bool {
		a, b := picked[1+i], picked[1+j]
		la, lb := r.Hits[a.hit].ID == r.Hits[picked[0].hit].ID, r.Hits[b.hit].ID == r.Hits[picked[0].hit].ID
		if la != lb {
			return la
		}
		if a.hit != b.hit {
			return a.hit < b.hit
		}
		return a.pos < b.pos
	})

	a := Answer{Question: q.Text, Mode: "extractive", Covered: true, Citations: []Citation{}}
	num := map[string]int{}
	var b strings.Builder
	// A lead from a short section that leaves a question word to its
	// heading shows the heading as its context: "Node.js 18 (Hydrogen)
	// reaches EOL: v18 reaches End-of-Life on April 30, 2025, ...".
	if l := &picked[0]; l.headValue || shows(l, k, qterms, titles[l.hit], e.r.Terms) {
		l.text = headed(l.title, l.text)
	} else if h := r.Hits[l.hit].Heading; namesMember(h, l.text, q.Text) {
		// A member's description that leaves its name to the heading
		// shows the name (memberlead.go): "worker.isMainThread: Is true if
		// ...".
		l.text = headed(h, l.text)
	} else if namesOption(l.option, l.text, q.Text) {
		// "Specify 0 to remove key counting limitations." leaves the
		// option it is of to its item's head (optionlead.go).
		l.text = headed(l.option, l.text)
	}
	for _, s := range picked {
		h := r.Hits[s.hit]
		n, ok := num[h.ID]
		if !ok {
			n = len(a.Citations) + 1
			num[h.ID] = n
			a.Citations = append(a.Citations, citationOf(n, h))
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%s [%d]", withCode(s), n)
	}
	a.Text = b.String()
	return a
}

// spellings maps the other spellings of the question's terms to them:
// those of a name (names.txt: "redis", "редис") and the Latin ones in the
// book of a Russian word it never uses ("лидерборд": leaderboard), as
// coverage reads them (those it read, when r searched this question). A
// failed lookup of Latin spellings leaves them out.
func (e *Engine) spellings(ctx context.Context, question string, qterms map[string]float64, r Retrieval) map[string]string {
	out := map[string]string{}
	for t := range qterms {
		for _, s := range e.cov.names[t] {
			if _, ok := qterms[s]; !ok {
				out[s] = t
			}
		}
	}
	latin := r.latin
	if r.Query != question {
		var err error
		if latin, err = latinSpellings(ctx, e.r, question); err != nil {
			e.log.Warn("latin spellings unavailable", "err", err)
		}
	}
	for t, ss := range latin {
		if _, ok := qterms[t]; !ok {
			continue
		}
		for _, s := range ss {
			if _, ok := qterms[s]; !ok {
				out[s] = t
			}
		}
	}
	return out
}

// short lets a sentence hold a short question term that no candidate
// writes as such by the words it abbreviates: "lts" for "long-term
// support", "k8s" for Kubernetes (see abbreviations). Terms of fewer than
// three letters would match the initials of too many word pairs.
func short(cands []sentence, qterms map[string]float64) {
	var terms []string
	for t := range qterms {
		if n := utf8.RuneCountInString(t); n < 3 || n > maxAbbr || slices.ContainsFunc(cands, func(c sentence) bool { return c.terms[t] }) {
			continue
		}
		terms = append(terms, t)
	}
	if len(terms) == 0 {
		return
	}
	for i := range cands {
		c := &cands[i]
		abbr := acronym.Of(c.text)
		for _, t := range terms {
			if abbr[t] {
				c.terms[t] = true
			}
		}
	}
}

// withCode is s's text followed by the code block it introduces, if any:
// one line as inline code, more as a fenced block; a sentence whose
// example is too long to quote ends with a full stop, not a colon.
func withCode(s sentence) string {
	switch {
	case s.code == "" && s.example:
		// The example is too long to quote: the sentence ends as one.
		if t, ok := strings.CutSuffix(s.text, ":"); ok {
			return t + "."
		}
		return s.text
	case s.code == "":
		return s.text
	case !strings.ContainsAny(s.code, "\n`"):
		return s.text + " `" + s.code + "`"
	}
	return s.text + "\n```\n" + s.code + "\n```\n"
}

// earliest favours, among sentences that date the subject, the one with
// the earliest year: "when was React released?" asks for its first
// release, not React 19's. A question naming a version ("React 19") has
// that version among its subject terms instead.
func earliest(cands []sentence) {
	first := 0
	year := func(s string) int {
		y, _ := strconv.Atoi(yearRe.FindString(s))
		return y
	}
	var best float64
	for _, c := range cands {
		best = max(best, c.fit)
	}
	for _, c := range cands {
		if y := year(c.text); c.fit >= 0.8*best && y > 0 && (first == 0 || y < first) {
			first = y
		}
	}
	for i := range cands {
		c := &cands[i]
		if c.fit > 0 && year(c.text) != first {
			c.score -= kindWeight * c.fit * (1 - laterWeight)
			c.fit *= laterWeight
		}
	}
}

// laterWeight scales the fit of a date later than the subject's first.
const laterWeight = 0.8

func hasDigit(t string) bool { return strings.ContainsAny(t, "0123456789") }

// firstClause is a question up to its first "and", comma or question
// mark: "who made elixir and why not just use erlang?" asks who made
// Elixir.
func firstClause(q string) string {
	if i := strings.IndexAny(q, ",?;"); i > 0 {
		q = q[:i]
	}
	for _, sep := range []string{" and ", " и "} {
		if i := strings.Index(strings.ToLower(q), sep); i > 0 {
			q = q[:i]
		}
	}
	return q
}

// onlyTitle reports whether the question terms c holds are all words of
// its chapter's title or tags: a timeline bullet that repeats the
// chapter's subject ("2015: React Native ...") without anything else the
// question asks.
func onlyTitle(c *sentence, qterms map[string]float64, title map[string]bool) bool {
	for t := range c.terms {
		if _, ok := qterms[t]; ok && !title[t] {
			return false
		}
	}
	return true
}

// holds reports whether terms hold one of cue.
func holds(terms, cue map[string]bool) bool {
	for t := range cue {
		if terms[t] {
			return true
		}
	}
	return false
}

// datedWeight scales a sentence that dates the subject of a "what is"
// question without defining it.
const datedWeight = 0.7

// otherVersionWeight scales the fit of a date sentence that lacks the
// version a "when" question names ("when was kafka 1.0 released?").
const otherVersionWeight = 0.3

// holdsVersion reports whether c holds, in its text or its section's
// heading, one of the subject's terms with a digit (a version such as
// "1.0" or "24"), or that release as the book numbers it ("8.0" for "8":
// see zeroRelease); true when the subject has none.
func holdsVersion(c *sentence, subject []string) bool {
	versions := 0
	for _, t := range subject {
		if !hasDigit(t) {
			continue
		}
		versions++
		if zeroRelease(c.terms, t) || zeroRelease(c.heading, t) {
			return true
		}
	}
	return versions == 0
}

// about is the share of the subject's terms that c holds, a term of its
// section's heading counting half.
func about(c *sentence, subject []string) float64 {
	if len(subject) == 0 {
		return 1
	}
	var n float64
	for _, t := range subject {
		switch {
		case c.terms[t]:
			n++
		case c.stated[t]:
			n++
		case c.heading[t]:
			n += headingWeight
		}
	}
	return n / float64(len(subject))
}

// pick takes the best-scoring sentence, then more of the best ones from its
// section, skipping near-duplicates, up to max sentences and
// maxAnswerWords words. A sentence of another section joins only when it
// holds a question term that the sentences taken so far lack: it must add
// something the question asks (not merely its cue, such as "created").
func (e *Engine) pick(cands []sentence, hits []search.Hit, qterms map[string]float64, cue map[string]bool, k kind, runs []string) []sentence {
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return cands[order[i]].score > cands[order[j]].score })
	notOutputLead(cands, order)
	var out []sentence
	words := 0
	has := map[string]bool{}
	take := func(s sentence) {
		out = append(out, s)
		words += len(strings.Fields(s.text))
		for t := range s.terms {
			has[t] = true
		}
	}
	adds := func(s sentence) bool {
		for t := range s.terms {
			if qterms[t] > 0 && !has[t] && !cue[t] {
				return true
			}
		}
		return false
	}
	var ref float64 // the lead's score, which later sentences are held to
	fits := func(s sentence) bool {
		if len(out) == e.opts.MaxSentences || words+len(strings.Fields(s.text)) > maxAnswerWords {
			return false
		}
		for _, o := range out {
			if jaccard(s.terms, o.terms) > 0.6 {
				return false
			}
		}
		// A later sentence must add real weight, not just filler: as much
		// as a share of the lead's, or of its match alone when the lead is
		// a bare value ("<integer> Default: 8192"), which says nothing of
		// what it is the value of.
		return s.score >= 0.35*ref
	}
	if len(order) == 0 || cands[order[0]].score <= 0 {
		return nil
	}
	best := cands[order[0]]
	ref = best.score
	if len(strings.Fields(best.text)) < bareWords {
		ref = best.base
	}
	// A lead that points back at the sentence before it ("This proves the
	// server speaks WebSocket") restates the question; the sentence it
	// points to holds the answer, so that one leads and the best follows.
	// "Alternatively, one could use the 'line' event:" follows on from the
	// way before it, which may itself follow on ("The easiest way to do so
	// is ..."): up to two sentences before the best one lead.
	var before []sentence
	// A message the question pastes, quoted by the book, restates the
	// question: the sentence that introduces the quote tells of it.
	quoted := false
	if j := introOf(cands, best); j >= 0 && quotesRun(best.text, runs) {
		intro := cands[j]
		intro.score = best.score
		before, quoted = append(before, intro), true
	}
	for cur := best; !quoted && !best.remedy && len(before) < 2 && (refersBack(cur.text) || k == kindWhy && followsOn(cur.text)); {
		j := slices.IndexFunc(cands, func(c sentence) bool { return c.hit == cur.hit && c.pos == cur.pos-1 })
		// Only the code example the sentence before introduces may stand
		// between the two.
		if j < 0 || !cur.joined && !cands[j].example || !refersBack(cur.text) && !restatesMore(&cur, &cands[j], qterms) {
			break
		}
		cur = cands[j]
		cur.score = best.score
		before = append(before, cur)
	}
	for i := len(before) - 1; i >= 0; i-- {
		take(before[i])
	}
	// A lead that tells what the book shows next gives way to the
	// sentence that shows it (see showsNext).
	if j := showsNext(cands, best); len(before) == 0 && !quoted && j >= 0 {
		shown := cands[j]
		shown.score = best.score
		before = append(before, shown)
		take(shown)
	}
	take(best)
	lead := hits[best.hit].ID
	var others []sentence
	for _, i := range order[1:] {
		s := cands[i]
		if slices.ContainsFunc(before, func(b sentence) bool { return b.hit == s.hit && b.pos == s.pos }) {
			continue // a sentence the lead follows on from, taken already
		}
		if s.score <= 0 {
			break
		}
		if hits[s.hit].ID != lead {
			others = append(others, s)
			continue
		}
		// Entries of a list or table stand alone: one more timeline bullet
		// joins only when it adds a question word, like another section; so
		// does a sentence that introduces an example too long to quote,
		// which says little without it ("..., like this.").
		if (!s.entry && (!s.example || s.code != "") || adds(s)) && fits(s) {
			take(s)
		}
	}
	for _, s := range others {
		if adds(s) && fits(s) {
			take(s)
		}
	}
	return out
}

// A lead of fewer than bareWords words is a bare value: the sentences of
// its section that say what it is join it more easily.
const bareWords = 5

// backRe finds a sentence that opens with a demonstrative standing for
// the whole sentence before it, followed by a verb: "This proves ...",
// "That is why ...", "This means ...", "Это значит ...". "This HashMap
// has ..." or "It is a weaker fit ..." name their subject and say
// something of their own. So does "Это журнал записей ...": a Russian verb
// with "это" as its subject is present ("-ет", "-ит", ...) or neuter past
// ("-ло"); a word in "-ал", "-ил", "-ла", "-ли" after it is a noun
// ("журнал", "сигнал"), not such a verb.
var backRe = regexp.MustCompile(`^(?i:this|that|это|то)(?:'s|’s|\s+(?:is|was|has|had|can|will|would|should|must|may|might|does|did|lets|let|makes|made|means|meant|\pL+[^s\PL]s|\pL+ed)\b|\s+\p{Cyrillic}+(?:ет|ит|ют|ут|ат|ят|ло)(?:[^\pL]|$))`)

// orgQRe finds a question for a company or an organisation.
var orgQRe = regexp.MustCompile(`(?i)\b(?:company|companies|organi[sz]ation|firm|vendor|corporation|employer|startup)\b|компани\pL*|организаци\pL*|фирм\pL*|корпораци\pL*`)

// namesOther scores whether s names something the question does not: a
// capitalised word after its first ("In 2010 VMware hired ..."), or a
// first word rare in general English ("Honeypot captures ...", as rare as
// a surname), 1 or 0. People are not what it names (peopleNamed: "Jay
// Kreps, Neha Narkhede and Jun Rao designed Kafka"), and its first name
// that qualifies a thing ("The KRaft mode replaced ZooKeeper") says the
// sentence is about that thing (modifier). known reports whether a word
// is the surname of a person named in full nearby.
func namesOther(s string, plain, rare, known func(w string) bool) float64 {
	words := strings.Fields(s)
	person := peopleNamed(words, plain, rare, known)
	for i, w := range words {
		if w = nameWord(w); person[i] || !capitalName(w, plain) {
			continue
		}
		if i > 0 || rare(w) {
			if modifier(words, i) {
				return 0
			}
			return 1
		}
	}
	return 0
}

// metaRe finds a sentence about the text itself: "This chapter covers
// ...", "In this chapter, we'll ...", "Эта глава рассказывает ...".
var metaRe = regexp.MustCompile(`^(?i:this|the present|the following) (?i:chapter|section|guide|page|article|document)\b|^(?i:in|throughout) (?i:this) (?i:chapter|section|guide|page|article)\b|^(?:Эта|Данная|Настоящая|эта|данная) (?:глава|статья|часть|страница)(?:[^\pL]|$)|^(?:В|в) (?:этой|данной) (?:главе|статье|части)(?:[^\pL]|$)`)

// onRe finds a sentence that goes on from the one before it: an
// alternative or a way "to do so".
var onRe = regexp.MustCompile(`^(?i:alternatively|otherwise|similarly|likewise|in addition|also)\b|(?i:\b(?:to|can|could|will|would) do so\b)|^(?:иначе|также|кроме того|для этого|альтернативно)(?:[^\pL]|$)`)

// refersBack reports whether s opens by pointing back at the sentence
// before it, or goes on from it.
func refersBack(s string) bool {
	s = strings.TrimLeft(s, `"'“‘(`)
	return backRe.MatchString(s) || onRe.MatchString(s) || sameRe.MatchString(s)
}

// uncountedWeight scales the fit of a sentence whose numbers count no
// thing a "how many" question counts.
const uncountedWeight = 0.7

// countsOf reports whether s gives a number of the thing whose term is t:
// a number with a word of t right after it ("16384 слота", "two
// replicas"), or a word that is no stop word between ("20 случайных
// ключей").
func (e *Engine) countsOf(s, t string) bool {
	words := strings.Fields(s)
	for i, w := range words {
		if !digitsRe.MatchString(w) && !numWordRe.MatchString(w) {
			continue
		}
		for j := i + 1; j < len(words) && j <= i+2; j++ {
			ts := e.r.Terms(words[j])
			if slices.Contains(ts, t) {
				return true
			}
			if len(ts) == 0 {
				break // "3 with slots": a stop word, not a word of the thing
			}
		}
	}
	return false
}

// valueText is the text of cands[i] that may give a date or a number: with
// the sentence before it when it opens with the version or the year that
// one names ("В той же версии добавили ACL").
func valueText(cands []sentence, i int) string {
	c := cands[i]
	text := c.text
	if i > 0 && c.joined && cands[i-1].hit == c.hit && sameRe.MatchString(c.text) {
		text = cands[i-1].text + " " + c.text
	}
	if c.title != "" {
		text = headed(c.title, text)
	}
	return text
}

// sameRe finds a sentence that opens with a version or a date the one
// before it gives: "In the same version ...", "В той же версии ...".
var sameRe = regexp.MustCompile(`^(?i:in the same (?:version|release|year|month)|in that (?:version|release|year)|the same (?:version|release|year) )|^(?:В|в) (?:той же|этой же|этой|той) (?:версии|релизе)(?:[^\pL]|$)|^(?:В|в) том же (?:году|релизе|месяце)(?:[^\pL]|$)|^(?:Тогда же|тогда же)(?:[^\pL]|$)`)

func weights(terms []string, w float64) map[string]float64 {
	m := make(map[string]float64, len(terms))
	for _, t := range terms {
		m[t] = w
	}
	return m
}

func set(terms []string) map[string]bool {
	m := make(map[string]bool, len(terms))
	for _, t := range terms {
		m[t] = true
	}
	return m
}

func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter := 0
	for t := range a {
		if b[t] {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// Sentences splits a passage into sentences: paragraphs, then lines of
// lists and tables, then sentence ends. Units that look like code or are
// too short to say anything (under four words) are dropped.
func Sentences(text string) []string {
	var out []string
	for _, u := range units(text) {
		out = append(out, u.text)
	}
	return out
}

// unit is one sentence of a passage; entry marks a list item or table row,
// joined one that follows the unit before it with nothing dropped between.
// A unit that ends with ":" before a short code block holds that block.
type unit struct {
	text   string
	entry  bool
	joined bool
	code   string // the short code block the unit introduces ("... like this:")
	// example: the unit introduces a code block, short or not.
	example bool
	// listed: the unit introduces a short list whose items it quotes
	// (listedlead.go).
	listed bool
	// history: a row of an API's change history ("Version: v15.0.0;
	// Changes: Exposed as require('node:assert/strict')").
	history bool
	// option: the name of the option whose list item the unit is a later
	// sentence of (optionlead.go).
	option string
	// output: the unit is a program's output the book shows in a code
	// block (outputlead.go).
	output bool
}

func units(text string) []unit {
	var out []unit
	joined := false // nothing dropped since the last unit kept
	intro := -1     // the unit ending the paragraph before with ":", if any
	for _, para := range strings.Split(text, "\n\n") {
		lines, output := outputLines(strings.Split(para, "\n"))
		if output != nil {
			para = strings.Join(lines, "\n")
		}
		if items, ok := shortList(lines); intro >= 0 && ok {
			// "Currently possible values are:" says little without the
			// values it lists: a list of short items goes with it.
			out[intro].text += " " + strings.Join(items, ", ") + "."
			intro = -1
			continue
		}
		if heads, ok := listHeads(lines); intro >= 0 && ok {
			// "Частоту сброса задаёт параметр appendfsync:" names none of
			// the values its list of "always — ...", "everysec — ..."
			// gives: their heads go with it (listheads.go), the items
			// stay sentences of their own.
			out[intro].text += " " + strings.Join(heads, ", ") + "."
		} else if items, ok := listedItems(lines); intro >= 0 && ok {
			// "Keep these rules in mind ...:" says nothing of the rules
			// its short list states: the items go with it, and stay
			// sentences of their own (listedlead.go).
			out[intro].text += " " + strings.Join(items, "; ") + "."
			out[intro].listed = true
		}
		if intro >= 0 && isCode(lines) {
			// "... add these two lines to Cargo.toml:" says little without
			// the lines it introduces: a short block goes with it.
			if len(lines) <= maxCodeLines && len(para) <= maxCodeChars {
				out[intro].code = strings.TrimSpace(para)
			}
			out[intro].example = true
			intro, joined = -1, false
			continue
		}
		if intro >= 0 && len(lines) == 1 && len(strings.Fields(para)) < 4 {
			continue // a caption between the two, "Filename: Cargo.toml"
		}
		intro = -1
		units, outs := lines, output
		entry, history := false, false
		switch {
		case isTable(lines):
			units, entry, history = tableRows(lines), true, changeTable(lines[0])
			if outs != nil {
				outs = outs[1:]
			}
		case len(lines) > 1 && !isList(lines):
			units, outs = joinRuns(lines, output)
		case isList(lines):
			entry = true
		}
		for ui, u := range units {
			printed := outs != nil && outs[ui]
			u = strings.TrimSpace(u)
			bullet := strings.TrimLeft(u, "-*+•")
			if bullet != u || trimOrdinal(u) != u {
				entry = true
			}
			u = trimOrdinal(strings.TrimSpace(bullet))
			var head string
			if entry {
				head = optionHead(u)
			}
			for j, s := range splitSentences(u) {
				s = withOptionHead(head, s, j == 0)
				// A parameter's default ("<integer> Default: 8192") is short
				// and typed like code, but answers what the default is.
				if len(strings.Fields(s)) >= 4 && !looksLikeCode(s) || entry && len(strings.Fields(s)) >= 2 && defaultRe.MatchString(s) {
					out = append(out, unit{text: s, entry: entry, history: history, joined: joined && len(out) > 0, option: laterOption(head, j), output: printed})
					joined = true
					intro = -1
					if !entry && strings.HasSuffix(s, ":") {
						intro = len(out) - 1
					}
				} else {
					joined = false
					intro = -1
				}
			}
		}
	}
	return out
}

// shortList returns the items of a list of at most maxListItems items of
// fewer than four words each ("- 'aix'", "- 'darwin'"), and whether lines
// are one.
func shortList(lines []string) ([]string, bool) {
	items, ok := listItems(lines, maxListItems)
	if !ok {
		return nil, false
	}
	for _, item := range items {
		if item == "" || len(strings.Fields(item)) >= 4 {
			return nil, false
		}
	}
	return items, true
}

// listItems returns the items of lines, a list of at most most items, with
// their bullets or numbers cut, and whether lines are such a list: every
// line an item. shortList, listHeads and listedItems each ask more of the
// items.
func listItems(lines []string, most int) ([]string, bool) {
	if len(lines) > most || !isList(lines) {
		return nil, false
	}
	items := make([]string, 0, len(lines))
	for _, l := range lines {
		l = strings.TrimSpace(l)
		item := trimOrdinal(strings.TrimSpace(strings.TrimLeft(l, "-*+•")))
		if item == l {
			return nil, false
		}
		items = append(items, item)
	}
	return items, true
}

// maxListItems is the most items of a list quoted with the sentence that
// introduces it.
const maxListItems = 12

// A code block of at most maxCodeLines lines and maxCodeChars characters
// is quoted with the sentence that introduces it.
const (
	maxCodeLines = 4
	maxCodeChars = 200
)

// isCode reports whether the lines of a paragraph are code: a shell
// prompt, or a line that looks like code.
func isCode(lines []string) bool {
	return slices.ContainsFunc(lines, func(l string) bool {
		l = strings.TrimSpace(l)
		return strings.HasPrefix(l, "$ ") || looksLikeCode(l)
	})
}

func isList(lines []string) bool {
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "- ") || strings.HasPrefix(l, "* ") || trimOrdinal(l) != l {
			return true
		}
	}
	return false
}

// isTable reports whether every line is a row of cells joined by " | ",
// as the book package renders tables.
func isTable(lines []string) bool {
	if len(lines) < 2 {
		return false
	}
	n := strings.Count(lines[0], " | ")
	for _, l := range lines {
		if n == 0 || strings.Count(l, " | ") != n {
			return false
		}
	}
	return true
}

// tableRows turns each row under the header into one readable unit,
// "Header: cell; Header: cell", so a row can answer on its own.
func tableRows(lines []string) []string {
	head := strings.Split(lines[0], " | ")
	var rows []string
	for _, l := range lines[1:] {
		cells := strings.Split(l, " | ")
		parts := make([]string, 0, len(cells))
		for i, c := range cells {
			if c = strings.TrimSpace(c); c != "" {
				parts = append(parts, strings.TrimSpace(head[i])+": "+c)
			}
		}
		rows = append(rows, strings.Join(parts, "; "))
	}
	return rows
}

// changeTable reports whether a table's header row is that of a change
// history: "Version | Changes", as API references give one under each
// function.
func changeTable(header string) bool {
	cells := strings.Split(strings.ToLower(header), " | ")
	return len(cells) == 2 && strings.TrimSpace(cells[0]) == "version" && strings.TrimSpace(cells[1]) == "changes"
}

// trimOrdinal drops a leading "1. " or "12) " list number.
func trimOrdinal(s string) string {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' ' {
		return strings.TrimSpace(s[i+2:])
	}
	return s
}

func splitSentences(s string) []string {
	var out []string
	book.Sentences(s, func(start, end int) {
		// "we won't see the println! output": a macro's "!" before a
		// lower-case word does not end the sentence.
		if n := len(out); n > 0 && macroEnd.MatchString(out[n-1]) {
			if r, _ := utf8.DecodeRuneInString(s[start:end]); unicode.IsLower(r) {
				out[n-1] += " " + s[start:end]
				return
			}
		}
		if n := len(out); n > 0 && openQuote(out[n-1], s[start:end]) {
			out[n-1] += " " + s[start:end]
			return
		}
		out = append(out, s[start:end])
	})
	return out
}

// macroEnd finds a piece that ends with a macro's name: "println!".
var macroEnd = regexp.MustCompile(`[\pL\pN_]!$`)

// looksLikeCode reports whether s is code rather than prose: braces, a
// token of code outside a sentence of words (see inlineCode), or under
// three quarters letters, digits and spaces (the
// digits of a date or a version are prose: "Версия 1.0.0 вышла 12 апреля
// 2011 года.").
func looksLikeCode(s string) bool {
	if strings.ContainsAny(s, "{}") {
		return true
	}
	for _, tok := range []string{"=>", ");", " = ", ":=", "==", "</"} {
		if strings.Contains(s, tok) && !inlineCode(s) {
			return true
		}
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == ' ' {
			letters++
		}
	}
	return float64(letters) < 0.75*float64(utf8.RuneCountInString(s))
}

// minProseWords is the fewest words of letters a sentence must have for
// a token of code in it to be inline code in prose; they must also be two
// thirds of its words.
const minProseWords = 8

// inlineCode reports whether s, which holds a token of code, is prose that
// quotes code: "в версии 2.0 появились легковесные транзакции (lightweight
// transactions, IF NOT EXISTS, IF column = ...).", its backticks gone. A
// sentence ends as one; a line of code with a comment in words does not.
func inlineCode(s string) bool {
	if !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "?") && !strings.HasSuffix(s, "!") || strings.Contains(s, "//") {
		return false
	}
	fields := strings.Fields(s)
	n := 0
	for _, f := range fields {
		w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
		if utf8.RuneCountInString(w) >= 2 && !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) {
			n++
		}
	}
	return n >= minProseWords && 3*n >= 2*len(fields)
}

// shorterStem reports whether t is the stem of the verb whose noun or
// other form q stems to, one or two letters longer: "переименова"
// (переименовали) of "переименован" (переименования), "подключ"
// (подключиться) of "подключа" (подключаюсь). The question names the
// deed by its noun, the book tells it with the verb. A stem under
// minFuzzy letters begins too many other words.
func shorterStem(t, q string) bool {
	n, m := utf8.RuneCountInString(t), utf8.RuneCountInString(q)
	return n >= minFuzzy && m-n <= 2 && m > n && strings.HasPrefix(q, t)
}

// formWeight is the share of a question term's weight that a sentence
// writing it in the question's own form gains: it parts sentences that
// match about alike (Russian tuning sets, lead: +2 at 0.05 and 0.1, with
// one lost on the Rust book; 0.05 loses the key of one more Rust book
// answer, 0.2 loses two more leads).
const formWeight = 0.1

// ruForms maps the Russian words of q, lower-cased, to their terms.
func ruForms(q string, terms func(string) []string) map[string]string {
	forms := map[string]string{}
	for _, w := range letterWords(strings.ToLower(q)) {
		if !isCyrillicWord(w) {
			continue
		}
		if t := terms(w); len(t) == 1 {
			forms[w] = t[0]
		}
	}
	return forms
}

// sameForms lists, once each, the terms of the words s writes in a form
// that forms holds.
func sameForms(s string, forms map[string]string) []string {
	if len(forms) == 0 {
		return nil
	}
	var out []string
	for _, w := range letterWords(strings.ToLower(s)) {
		if t, ok := forms[w]; ok && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}
