package answer

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chapterbot/chapterbot/internal/acronym"
	"github.com/chapterbot/chapterbot/internal/search"
	"golang.org/x/text/unicode/norm"
)

// answerType is the type of answer a factual question asks for.
type answerType int

const (
	typeAny    answerType = iota // not a typed question
	typeName                     // a person or an organisation: "who created", "which company"
	typeDate                     // a date or a year: "when did", "what year"
	typeNumber                   // a number or a version: "how many", "which version", "what port"
	typePerson                   // a person: "who are the authors", "who was the dev"
	typeMoney                    // a sum of money: "how much did X pay", "сколько стоит"
)

// The questions that ask for a typed answer, by their words, English and
// Russian, after a greeting (see normalQuestion). A "when" or "who" that
// asks what to do ("when should I use Arc", "who should use Kafka") asks
// for no date or name: only a past or future fact does ("when did",
// "when was", "when will"; "когда вышел").
var (
	dateQRe = regexp.MustCompile(`^(?:when (?:did|was|were|will|has|had)|(?:in )?(?:what|which) (?:year|month|date|day)|since when|how long ago|когда (?:был|была|было|были|\p{Cyrillic}+(?:л|ла|ло|ли|лся|лась|лось|лись))|(?:в|с) каком (?:году|месяце)|с какого года|какого числа)(?:[^\pL\pN]|$)`)
	// numberQRe asks how many, how much or how long, or which version,
	// port or code: "which k8s version", "what port does wss use".
	numberQRe = regexp.MustCompile(`^(?:how (?:many|much|long)|(?:which|what) (?:\S+ ){0,2}(?:version|versions|release|rfc|port|status code|close code|error code|exit code|opcode)|(?:what|which)(?:'s| is|s| was)? (?:the )?(?:default )?(?:number|count|port|limit|timeout|interval|size) of|(?:в |с |начиная с )?(?:как(?:ой|ая|ую|ом|ие|их)) (?:(?:последн|текущ|свеж|актуальн)\pL* )?(?:верси\pL*|порт\pL*|номер\pL*|код\pL*|rfc|релиз\pL*)|сколько)(?:[^\pL\pN]|$)`)
	// moneyQRe asks what something costs or was paid: "how much did
	// microsoft pay", "what does it cost", "сколько стоит", "за сколько
	// купила", "сколько денег подняли", "скока стоит" (see ruHowMuch).
	moneyQRe = regexp.MustCompile(`^(?:how much (?:\S+ ){0,4}?(?:cost|costs|pay|paid|charge|charges|earn|earns|make|makes|raise|raised|spend|spent)|what (?:does|did|do) (?:\S+ ){0,4}?cost|what(?:'s| is| was)? the price|` + ruHowMuch + ` (?:\S+ ){0,2}?(?:стоит|стоят|стоил|стоила|стоило|стоили|стоить|денег|заплатил\pL*|плат\pL*|зарабатыва\pL*|получа\pL*|привлек\pL*)|за ` + ruHowMuch + `)(?:[^\pL\pN]|$)`)
	// personQRe asks for people by their role: "who are the authors of",
	// "who was the dev that ...", "кто автор".
	personQRe = regexp.MustCompile(`^(?:who(?:'s| is| was| are| were) (?:the |a |an )?(?:\pL+ )?(?:author|creator|founder|inventor|designer|maintainer|director|ceo|cto|manager|dev|developer|engineer|person|guy)s?|кто (?:автор|создатель|основатель|разработчик))(?:[^\pL\pN]|$)`)
	// nameQRe asks who did something, or which company: "who created",
	// "who is the author of", "кто придумал", "which company". An adverb
	// may stand between the question word and the verb: "who actually
	// wrote", "кто вообще придумал".
	nameQRe = regexp.MustCompile(`^(?:who(?:'s| is| was| are| were)? (?:the |a |an )?(?:\pL+ )?(?:author|creator|founder|inventor|designer|maintainer|lead|head|owner|director|ceo|cto|manager|dev|developer|engineer|person|guy|team|company)s?|who (?:(?:` + whoAdverbs + `) )?\pL+ed|who (?:(?:` + whoAdverbs + `) )?(?:wrote|made|built|began|led|ran|took|bought|sold|won|gave|came up|owns|runs|leads|maintains|funds|sponsors|develops|designs|writes|makes|created|designed|invented|founded)|whose|(?:which|what) (?:company|companies|organi[sz]ation|firm|foundation|startup|vendor|corporation|person|engineer|developer)|кто (?:(?:` + ktoAdverbs + `) )?(?:\p{Cyrillic}+(?:л|ла|ли)|автор|создатель|основатель|разработчик|владелец)|кем (?:был|была|были|\p{Cyrillic}+(?:ан|ана|ен|ена|ены|ты|та|т))|(?:как(?:ая|ой|ие)) (?:компани|организаци|фирм|фонд|корпораци))(?:[^\pL\pN]|$)`)
)

// whoAdverbs and ktoAdverbs are the words a who question puts between
// its question word and its verb without changing what it asks: "who
// actually wrote redis", "кто вообще придумал прометеус".
const (
	whoAdverbs = `actually|really|originally|first|initially|exactly|even|ever|ultimately|personally`
	ktoAdverbs = `вообще|же|именно|изначально|первым|впервые|сначала|всё-таки|все-таки|реально|конкретно|лично|собственно`
)

// numberWords are the cue of a question that asks for a number: what it
// asks, not what it is about.
const numberWords = `version versions number numbers many much long default release верси версия версии номер число
сколько релиз`

// questionWords ask; they are no part of a question's subject, whether or
// not the index keeps them.
const questionWords = `who whom whose when what which how many much long year years кто кем кому кого чей когда сколько
какой какая какое какие каком какую каких году год`

// firstWords ask for the first of the dates a subject has, as "first"
// does among releasedWords.
const firstWords = `первый первая первое первые первую впервые самый самая самое самые самую`

// moneyWords are the cue of a question that asks a sum of money.
const moneyWords = `much cost costs pay paid charge charges earn earns make makes raise raised spend spent price сколько
скока скоко скок стоит стоят стоил стоила стоило стоили стоить денег деньги заплатил заплатила заплатили платит платят зарабатывает
зарабатывают получает привлекла привлекли цена`

// personWords are the roles a question asks a person in.
const personWords = `author authors creator founder inventor designer maintainer director ceo cto manager dev developer
engineer person guy автор создатель основатель разработчик`

// nameWords are the cue of a question that asks which company or person.
const nameWords = `company companies organisation organization firm startup vendor corporation person engineer developer
компания компании организация фирма`

// meanQRe asks what a thing means, whatever its words: "what does close
// code 1006 mean?".
var meanQRe = regexp.MustCompile(`(?:^|[^\pL\pN])(?:mean|means|stand for|stands for|означает|значит)$`)

// partRe finds where a question asks a second question: "who made elixir
// and why ...", "how many bytes ...? is it like C", "..., how many pods".
var partRe = regexp.MustCompile(`(?:\?\s*|[,;]\s*|\s+(?:and|but|или|и|а)\s+)(?:who|whom|whose|when|what|whats|which|why|how|where|is|are|does|do|did|can|кто|кем|когда|что|как\pL*|почему|зачем|где|сколько|в каком|с какой|в какой|в каких)(?:[^\pL\pN]|$)`)

// compareRe asks how much one thing differs from another, which the book
// may answer in words: "how much slower is dyn Trait".
var compareRe = regexp.MustCompile(`^how (?:much|many times) (?:\pL+er|more|less|worse)(?:[^\pL\pN]|$)`)

// sepRe is the start of a part of a question: a separator, "and".
var sepRe = regexp.MustCompile(`^(?:[?,;]\s*|(?:and|but|или|и|а)\s+)+`)

// questionPart is a part of a question as partRe cuts it: its text, with
// the separator it starts with, and where it ends in the question.
type questionPart struct {
	text string
	end  int
}

// questionParts cuts s before each of its questions after the first (see
// partRe): "when did X ship, and in which version" is two.
func questionParts(s string) []questionPart {
	var out []questionPart
	start := 0
	for _, m := range partRe.FindAllStringIndex(s, -1) {
		out = append(out, questionPart{s[start:m[0]], m[0]})
		// A part cut before " and why" starts at "and", so that sepRe,
		// anchored at its start, strips the separator.
		start = m[0] + len(s[m[0]:m[1]]) - len(strings.TrimLeftFunc(s[m[0]:m[1]], unicode.IsSpace))
	}
	return append(out, questionPart{s[start:], len(s)})
}

// lastQuestion is the last question of part (see questionParts), without
// the separator it starts with (see sepRe): "how many bytes is a rune? is
// it like C" asks "is it like C".
func lastQuestion(part string) string {
	ps := questionParts(part)
	return sepRe.ReplaceAllString(ps[len(ps)-1].text, "")
}

// askRe finds a part of a question that is a question itself ("why not
// just use erlang"), not a clause that sets it up ("if i leave replicas
// out of a deployment").
var askRe = regexp.MustCompile(`^(?:who|whom|whose|when|what|whats|which|why|how|where|is|are|does|do|did|can|could|should|кто|кем|кому|кого|чей|чья|чьи|когда|что|как\pL*|почему|зачем|где|сколько|в каком|с какой|в какой|в каких)(?:[^\pL\pN]|$)`)

// wantedType is the type of answer q asks for, the words of q up to the
// part that asks for it, and the words of its cue ("created",
// "released", "version"), which say what kind of sentence answers rather
// than what it is about. A question whose first question is of another
// kind ("what is X and when did it ...") asks for no type: its answer is
// more than a fact.
func wantedType(q string) (want answerType, part, cue string) {
	if ws := wantedTypes(q); len(ws) > 0 {
		return ws[0].want, ws[0].part, ws[0].cue
	}
	return typeAny, "", ""
}

// wanted is a part of a question that asks for a typed answer (see
// wantedType).
type wanted struct {
	want      answerType
	part, cue string
}

// wantedTypes returns the typed asks of q in order: the first, as
// wantedType reads it, and those of the questions after it that ask for a
// typed answer too ("за сколько дней он написал git? когда был первый
// коммит"), each with its own words as its part, up to a question of
// another kind. Nil when q asks for no typed answer first.
func wantedTypes(q string) []wanted {
	s := normalQuestion(q)
	if meanQRe.MatchString(s) {
		return nil
	}
	var out []wanted
	from := 0
	for _, qp := range questionParts(s) {
		p := sepRe.ReplaceAllString(qp.text, "")
		if butRe.MatchString(qp.text) {
			// "i know X, but when did Y" asks of Y only.
			from = qp.end - len(p)
		}
		upTo := s[from:qp.end]
		var w wanted
		switch {
		case compareRe.MatchString(p):
		case dateQRe.MatchString(p):
			w = wanted{typeDate, upTo, releasedWords + "\n" + firstWords}
		case moneyQRe.MatchString(p) || sumNounQRe.MatchString(p):
			w = wanted{typeMoney, upTo, moneyWords}
		case personQRe.MatchString(p):
			w = wanted{typePerson, upTo, madeWords + "\n" + nameWords + "\n" + personWords}
		case nameQRe.MatchString(p):
			w = wanted{typeName, upTo, madeWords + "\n" + nameWords}
		case numberQRe.MatchString(p) || measureQRe.MatchString(p):
			w = wanted{typeNumber, upTo, numberWords}
		case askRe.MatchString(p):
		default:
			continue // a clause that sets the question up
		}
		if w.want == typeAny {
			// A question of another kind: first, its answer is more than
			// a fact; later, the typed ones before it stand.
			return out
		}
		if len(out) > 0 && !laterBackRe.MatchString(p) {
			// A later question is its own words: what the first counts
			// or names is not what it asks, unless it points back at
			// it ("who wrote npm and when was it released").
			w.part = p
		}
		out = append(out, w)
	}
	return out
}

// butRe finds a part of a question that sets itself against what comes
// before it: "..., but when did kafka 1.0 come out".
var butRe = regexp.MustCompile(`^[?,;]?\s*but\s`)

// laterBackRe finds a word of a later question that stands for something
// an earlier one names: "when was it released", "which company did he
// join there".
var laterBackRe = regexp.MustCompile(`(?:^|[^\pL\pN])(?:it|its|he|him|his|she|her|they|them|their|there|он|она|оно|они|его|её|ее|их|него|неё|нее|ним|ней|там)(?:[^\pL\pN]|$)`)

// minAnswerable is the least weighted share of a typed question's subject
// that one clause holding an answer of its type must hold, with its
// section's headings (and the clause or sentence before it when it points
// back at it: "it", "they").
var minAnswerable = 0.4

// A clause: a piece of text and what it holds.
type clause struct {
	text  string
	terms map[string]bool // its analysed terms
	abbr  map[string]bool // the abbreviations of its words ("ts": TypeScript)
	back  bool            // it points back at the text before it
}

func newClause(r Retriever, text string) clause {
	return clause{text: text, terms: set(r.Terms(text)), abbr: abbreviations(r, text), back: backRefRe.MatchString(text)}
}

// abbreviations are the abbreviations of the words of text: their
// initials, capitals and numeronyms (acronym.Of), and the initials of a
// compound name ("es": Elasticsearch).
func abbreviations(r Retriever, text string) map[string]bool {
	abbr := acronym.Of(text)
	for _, word := range acronym.Words(text) {
		if a := compoundInitials(r, word); a != "" {
			abbr[a] = true
		}
	}
	return abbr
}

// newClauses are the clauses of texts with their terms.
func newClauses(r Retriever, texts []string) []clause {
	cls := make([]clause, len(texts))
	for i, text := range texts {
		cls[i] = newClause(r, text)
	}
	return cls
}

// typedAsk is what answerable reads of a question, whichever chapter it
// reads: worked out once a question (newTypedAsk), not once a chapter.
type typedAsk struct {
	q       string
	want    answerType      // the type of answer it asks for
	part    string          // its words up to the part that asks for it
	cue     map[string]bool // the terms of its cue and question words
	qterms  map[string]bool // the terms of part
	owner   []string        // the terms of what a version is asked of ("which go version")
	counted []string        // what a "how many" question counts
	subject string          // a subject named in passing ("did oracle pay")
	phrase  []string        // the words of subject's phrase the book writes in a few passages only
	deed    *personDeed     // the deed of a person a date is asked of (dateddeed.go)
	sumOf   []string        // what a sum of money is asked of (moneyof.go)
	feature []string        // the feature a version is asked of (versionfeature.go)
	latest  bool            // whether it asks for the latest version (versionfeature.go)

	versionTerms map[string]bool // the words for version, read on the first chapter that asks one

	// more are the typed asks of the questions after the first (see
	// wantedTypes): the book answers the reader when it answers one.
	more []*typedAsk
}

// versionWords are the terms of the words for version, read once for the
// question: answerable asks for them chapter by chapter.
func (a *typedAsk) versionWords(r Retriever) map[string]bool {
	if a.versionTerms == nil {
		a.versionTerms = set(r.Terms(versionWordsList))
	}
	return a.versionTerms
}

// newTypedAsk reads question q for answerable; df holds the number of
// passages of the book that write its terms (see passingRelation).
func (c coverage) newTypedAsk(r Retriever, q string, df map[string]int) *typedAsk {
	ws := wantedTypes(q)
	if len(ws) == 0 {
		a := &typedAsk{q: q, want: typeAny}
		// A Russian count asked after an untyped question is read for
		// what it counts only (see countedAbsent).
		for _, qp := range questionParts(normalQuestion(q)) {
			p := sepRe.ReplaceAllString(strings.TrimSpace(qp.text), "")
			if ca, ok := openingCount(p); ok && ca.russian && !moneyQRe.MatchString(p) {
				a.more = append(a.more, c.newTypedPart(r, q, wanted{typeNumber, p, numberWords}, df))
			}
		}
		return a
	}
	a := c.newTypedPart(r, q, ws[0], df)
	for _, w := range ws[1:] {
		a.more = append(a.more, c.newTypedPart(r, q, w, df))
	}
	return a
}

// newTypedPart reads the typed ask w of question q (see newTypedAsk).
func (c coverage) newTypedPart(r Retriever, q string, w wanted, df map[string]int) *typedAsk {
	want, part, cueWords := w.want, w.part, w.cue
	a := &typedAsk{q: q, want: want, part: part}
	a.cue = set(r.Terms(adverbCue(want, cueWords) + "\n" + questionWords))
	a.qterms = set(r.Terms(part))
	// The word a version belongs to ("which go version") must be held
	// even when it is filler elsewhere: TypeScript 5.8 is no Go version.
	if m := ownerRe.FindStringSubmatch(part); m != nil && !genericOwner[m[1]] {
		a.owner = r.Terms(m[1])
	}
	// The feature a version is asked of is weighed whole
	// (versionfeature.go).
	if want == typeNumber {
		a.feature = featureTerms(r, part)
		a.latest = latestVersionQRe.MatchString(part)
	}
	// What a "how many" question counts must stand beside the number.
	a.counted = c.countedTerms(r, part)
	// So must the word of a port asked (askedport.go).
	if want == typeNumber {
		a.counted = append(a.counted, askedPort(r, part)...)
	}
	// So must the measure it asks by its noun ("the population of":
	// measureask.go).
	a.counted = append(a.counted, measureTerms(r, part)...)
	// So must a subject named in passing ("did oracle pay").
	a.subject = c.subjectTerm(r, part, a.cue, df)
	// A date of a person's must be of the deed asked ("did joe armstrong
	// pass away"), not of another of theirs.
	if want == typeDate {
		a.deed = c.datedDeed(r, part, a.cue)
	}
	// A sum must be of the payer or the thing priced.
	if want == typeMoney {
		a.sumOf = sumOfTerms(r, part)
	}
	// A subject the passages never write ("native sharding", "the css
	// style code") is named by another word of its phrase, as the share
	// weighs a term they lack, if that word is one the book writes in a
	// few passages only: "the freebsd project" is not any project. One
	// they write must be named (see answerable).
	if a.subject != "" {
		for _, t := range subjectPhrase(r, part, a.cue) {
			if df[t] <= maxStandIn {
				a.phrase = append(a.phrase, t)
			}
		}
	}
	return a
}

// answerable is the best weighted share of the subject of question a
// (its terms without filler or cue, weighed as coverage weighs them) that
// a clause of the first passages of chapter ch among hits (those coverage
// reads) holds together with an answer of the type a asks for; 1 when it
// asks for no typed answer. latin maps Russian terms of the question to
// their Latin spellings in the book; df holds the number of passages of
// the book that write them (see passingRelation); trails and bodies hold
// the terms of those passages' heading trails and texts, as share
// analysed them.
func (c coverage) answerable(r Retriever, a *typedAsk, hits []search.Hit, ch string, latin map[string][]string, df map[string]int, trails [][]string, bodies []map[string]bool) float64 {
	best := c.answerablePart(r, a, hits, ch, latin, df, trails, bodies)
	if best == countedAbsent {
		return 0
	}
	for _, b := range a.more {
		v := c.answerablePart(r, b, hits, ch, latin, df, trails, bodies)
		if v == countedAbsent {
			return 0
		}
		best = max(best, v)
	}
	return best
}

// answerablePart is answerable for one typed ask of a question.
func (c coverage) answerablePart(r Retriever, a *typedAsk, hits []search.Hit, ch string, latin map[string][]string, df map[string]int, trails [][]string, bodies []map[string]bool) float64 {
	if a.want == typeAny {
		return 1
	}
	q, want, part, cue, qterms := a.q, a.want, a.part, a.cue, a.qterms
	owner, counted, subject := a.owner, a.counted, a.subject
	passages := chapterPassages(hits, ch)
	if len(passages) == 0 {
		return 0
	}
	// The chapter's own subject (its title, its tags) is held by every
	// clause of it, and so tells none apart: "who designed the kafka
	// logo?" asks about the logo. A question on the subject alone keeps it.
	title := newClause(r, passages[0].ChapterTitle+"\n"+strings.Join(passages[0].Tags, "\n"))
	named := askedNames(qterms, title)
	w := map[string]float64{}
	var total float64
	for _, own := range []bool{false, true} {
		for t := range qterms {
			if !c.filler[t] && !cue[t] && (own || !c.holds(t, title, latin)) {
				w[t] = c.weight(t)
				total += w[t]
			}
		}
		if total > 0 {
			break
		}
	}
	if total == 0 && len(owner) == 0 && len(counted) == 0 && subject == "" {
		return 1
	}
	// The terms of the passages read, headings included: an owner the
	// version's clause does not name ("Version 9.4" in the PostgreSQL
	// chapter for "which pg version") must be among them. Their terms are
	// those share read (the analyser reads each word alone, so the terms
	// of the passages joined are those of each); their abbreviations,
	// costly to list, only when a term asked of them that they lack is
	// short enough to be one (see holds).
	read := set(slices.Concat(trails...))
	for _, body := range bodies {
		maps.Copy(read, body)
	}
	all := clause{terms: read}
	abbr := func(t string) bool { return t != "" && !read[t] && len(t) <= maxAbbr }
	if slices.ContainsFunc(slices.Collect(maps.Keys(w)), abbr) || slices.ContainsFunc(owner, abbr) || abbr(subject) {
		var text []string
		for _, h := range passages {
			text = append(text, strings.Join(h.Trail, "\n"), h.Text)
		}
		all.abbr = abbreviations(r, strings.Join(text, "\n"))
	}
	// A term the passages lack altogether is the coverage share's to weigh
	// (a typo, a paraphrase, or what the book does not say); what the
	// passages do hold of the subject must stand together with the answer.
	// When they hold none of it but the chapter's own name ("who leads
	// typescript?"), no clause tells the others apart: the share decides.
	// The words of a feature a version is asked of that they lack count
	// half against every clause (versionfeature.go).
	total = 0
	var missing float64
	for t, x := range w {
		if c.holds(t, all, latin) {
			total += x
		} else {
			if slices.Contains(a.feature, t) {
				missing += x * missingFeatureWeight
			}
			delete(w, t)
		}
	}
	if total+missing == 0 && len(owner) == 0 && len(counted) == 0 && subject == "" {
		return 1
	}
	inChapter := func(t string) bool { return c.holds(t, all, latin) }
	if len(counted) > 0 && search.IsCyrillic(counted[0]) && !slices.ContainsFunc(counted, inChapter) {
		return countedAbsent
	}
	// A subject the passages never write is named by another word of its
	// phrase (see newTypedAsk); one they write must be named.
	var phrase []string
	if subject != "" && !inChapter(subject) {
		phrase = a.phrase
	}
	versions := c.askedVersions(r, part, passages)
	var versionTerms map[string]bool // the words for version, read only when one is asked
	if len(versions) > 0 {
		versionTerms = a.versionWords(r)
	}
	// A subject named in passing only: the clause must hold the relation.
	relation := c.passingRelation(r, part, w, df, passages, title, latin, crossScript(q, hits, ch))
	// What a sum is asked of, of the subject's terms the passages hold.
	var sumOf []string
	for _, t := range a.sumOf {
		if _, ok := w[t]; ok {
			sumOf = append(sumOf, t)
		}
	}
	var best float64
	for _, h := range passages {
		head := newClause(r, h.ChapterTitle+"\n"+strings.Join(h.Tags, "\n")+"\n"+strings.Join(h.Trail, "\n"))
		var prevTexts []string // the clauses of the sentence before
		var prev []clause      // and their terms, once read
		for _, u := range units(h.Text) {
			texts := clauses(u)
			typed := make([]bool, len(texts))
			for i, text := range texts {
				typed[i] = holdsType(want, text, q, named, r, c)
			}
			// The terms of a clause are read only in a sentence that gives
			// an answer: on the /ask benchmark's questions almost half the
			// clauses are in sentences that give none.
			var cls []clause
			if slices.Contains(typed, true) {
				cls = newClauses(r, texts)
			}
			for i, cl := range cls {
				if !typed[i] {
					continue
				}
				// The clauses it stands on: itself, the headings, and what
				// it points back at.
				on := []clause{cl, head}
				for j := i - 1; j >= 0 && cls[j+1].back; j-- {
					on = append(on, cls[j])
				}
				// The answer often comes in the sentence after the one that
				// names the subject ("antirez stepped down. The code passed
				// to Yossi Gottlieb ..."), as the lead sentence's choice has it.
				own := len(on)
				if i == 0 && u.joined {
					if prev == nil {
						prev = newClauses(r, prevTexts)
					}
					on = append(on, prev...)
				}
				// A sum's payer or thing priced stands in these, not in the
				// sentence's other clauses (moneyof.go).
				near := len(on)
				// The clauses of its sentence that give no answer of their own.
				siblings := siblingClauses(u.text, cls, typed, i)
				on = append(on, siblings...)
				heldIn := func(cs []clause) func(string) bool {
					return func(t string) bool {
						return slices.ContainsFunc(cs, func(o clause) bool {
							return c.holds(t, o, latin) || askedNumber(versions, t) && zeroRelease(o.terms, t)
						})
					}
				}
				held := heldIn(on)
				if len(relation) > 0 && !slices.ContainsFunc(relation, held) {
					continue
				}
				// What is counted stands in the number's own sentence, not
				// in the one before it.
				if len(counted) > 0 && !slices.ContainsFunc(counted, heldIn(slices.Concat(on[:own], siblings))) {
					continue
				}
				if subject != "" && !held(subject) && !slices.ContainsFunc(phrase, held) {
					continue
				}
				if len(sumOf) > 0 && !c.namesSumOf(r, sumOf, on[1:near], cl.text, latin) {
					continue
				}
				if a.deed != nil && a.deed.tellsOther(on, held) {
					continue
				}
				if len(owner) > 0 && !allOf(owner, held) && (!allOf(owner, inChapter) || otherVersion(cl.text, owner, r)) {
					continue
				}
				// The latest version must be told as the latest.
				if a.latest && !slices.ContainsFunc(on, func(o clause) bool { return latestRe.MatchString(o.text) }) {
					continue
				}
				// A version asked must be the one the clause gives.
				if slices.ContainsFunc(versions, func(v askedVersion) bool {
					return !slices.ContainsFunc(on, func(o clause) bool { return writesVersion(r, o.text, v, versionTerms) })
				}) {
					continue
				}
				var got float64
				for t, x := range w {
					if held(t) {
						got += x
					}
				}
				share := 1.0
				if total+missing > 0 {
					share = got / (total + missing)
				}
				best = max(best, share)
			}
			prevTexts, prev = texts, cls
		}
	}
	return best
}

// maxStandIn is the most passages of the book that may write a word of a
// subject's phrase standing in for the subject (see subjectPhrase): "style"
// (4 in the site book) names the style code, "project" (23) no project.
const maxStandIn = 5

// chapterPassages are the first three passages of chapter ch among hits,
// those coverage reads.
func chapterPassages(hits []search.Hit, ch string) []search.Hit {
	var out []search.Hit
	for _, h := range hits {
		if h.Chapter == ch && len(out) < 3 {
			out = append(out, h)
		}
	}
	return out
}

// versionRe finds a name followed by a version: "TypeScript 5.8",
// "React 16", "Redis 2.8".
var versionRe = regexp.MustCompile(`(\pL[\pL.+#-]*)\s+v?\d+(?:\.\d+)*\b`)

// otherVersion reports whether text gives only versions of things other
// than owner: "TypeScript 5.8 added ..." for "which go version".
func otherVersion(text string, owner []string, r Retriever) bool {
	ms := versionRe.FindAllStringSubmatch(text, -1)
	if len(ms) == 0 {
		return false
	}
	for _, m := range ms {
		ts := r.Terms(m[1])
		if len(ts) == 0 || genericOwner[strings.ToLower(m[1])] || versionWord[strings.ToLower(m[1])] || slices.Equal(ts, owner) {
			return false
		}
	}
	return true
}

// versionWord are the words that say a number is a version of the
// subject, whatever it is called.
var versionWord = set(strings.Fields("version versions release v верси версия версии версию релиз in since from до с в"))

func allOf(ts []string, f func(string) bool) bool {
	for _, t := range ts {
		if !f(t) {
			return false
		}
	}
	return true
}

// ownerRe finds what a version question asks the version of: "which go
// version", "what TS version".
var ownerRe = regexp.MustCompile(`^(?:which|what) (\S+) (?:version|versions|release)(?:[^\pL\pN]|$)`)

// genericOwner are words before "version" that say which version, not
// whose.
var genericOwner = set(strings.Fields("the a minimum min latest first last major minor current stable lts new newer old older exact same next previous default"))

// clauseRe cuts a sentence into clauses that can each state their own
// fact: "..., such as Next.js, and Create React App was deprecated in 2025".
var clauseRe = regexp.MustCompile(`;\s+|,\s+(?:and|but|while|whereas|though|although|а|но|и|тогда как)\s+|\s+(?:—|–)\s+`)

// clauses cuts unit u into its clauses; a list item or a table row
// ("2018: ...; ...", "Date: March 2018; Event: ...") is one fact, whose
// date holds for all of it.
func clauses(u unit) []string {
	if u.entry {
		return []string{u.text}
	}
	// In Russian a dash stands for the verb a sentence leaves out ("в
	// версии 1.25.0 — HTTP/3", "Стандартный порт — 6379"): it joins the
	// parts of one fact.
	russian := scriptOf(u.text) == scriptCyrillic
	var out []string
	start := 0
	for _, m := range clauseRe.FindAllStringIndex(u.text, -1) {
		if russian && strings.ContainsAny(u.text[m[0]:m[1]], "—–") {
			continue
		}
		out = append(out, u.text[start:m[0]])
		start = m[1]
	}
	return append(out, u.text[start:])
}

// backRefRe finds a clause that points back at the one before it: it
// opens with a pronoun or with its verb, its subject left out ("and was
// released ...").
var backRefRe = regexp.MustCompile(`^(?i:it|its|it's|they|their|them|he|his|she|her|this|that|these|those|which|who|whose|where|there|then|was|were|is|are|has|had|have|became|becomes|он|она|оно|они|его|её|ее|их|это|этот|эта|эти|который|которая|которые|где|затем|потом|был|была|было|были|стал|стала)(?:[^\pL\pN]|$)`)

// maxAbbr is the longest abbreviation looked for.
const maxAbbr = acronym.MaxRun

// minFuzzy is the fewest letters of a term matched by its prefix or with
// a typo.
const minFuzzy = 5

// holds reports whether cl holds question term t: itself, another
// spelling of its name (names.txt), the same word without accents
// ("jose": José), a longer word it begins ("postgr": postgresql,
// "concur": concurrent), or with one letter wrong ("anounc": announc).
func (c coverage) holds(t string, cl clause, latin map[string][]string) bool {
	terms := cl.terms
	if terms[t] || len(t) <= maxAbbr && cl.abbr[t] {
		return true
	}
	for _, s := range append(c.names[t], latin[t]...) {
		if terms[s] {
			return true
		}
	}
	if latinBegins(latin[t], terms, nil) != "" {
		return true // "монга": MongoDB
	}
	if prefixed(t, terms, nil) != "" {
		return true
	}
	if nodeIn(t, terms, nil) != "" {
		return true // "ноды": узлы (runode.go)
	}
	// A term of minClipped letters is held without its accents ("jose":
	// José) and, a clipped Latin word ("repo", "prod"), by the longer word
	// it begins, as the lead's choice reads it (see misspelt), if it is as
	// rare in general English as a clipping is: "port" is a word of its
	// own, not the start of "portable". A typo only in a term of minFuzzy
	// letters.
	n := utf8.RuneCountInString(t)
	clipped := n >= minFuzzy || !search.IsCyrillic(t) && c.weight(t) >= surnameWeight
	if n < minClipped {
		return false
	}
	ft := fold(t)
	for s := range terms {
		fs := fold(s)
		if fs == ft || utf8.RuneCountInString(s) >= minFuzzy && (longerStem(ft, fs) && clipped || n >= minFuzzy && search.OneEdit(ft, fs)) {
			return true
		}
	}
	return false
}

// longerStem reports whether term s is t written longer: a Russian stem
// of the same word (see related), or a Latin term that t begins.
func longerStem(t, s string) bool {
	if search.IsCyrillic(t) {
		return related(t, s)
	}
	return strings.HasPrefix(s, t)
}

// fold drops the accents of a Latin word: "josé" is "jose".
func fold(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= 0xc0 && r < 0x250 }) {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// holdsType reports whether sentence s holds an answer of type want to
// question q, whose terms are qterms.
func holdsType(want answerType, s, q string, qterms map[string]bool, r Retriever, c coverage) bool {
	switch want {
	case typeDate:
		return hasDate(s) > 0 || decadeRe.MatchString(s) || monthRe.MatchString(s) || relativeDateRe.MatchString(s)
	case typeNumber:
		return hasNumber(s, q) > 0 || quantityRe.MatchString(s) || sameVersionRe.MatchString(s)
	case typeName:
		return hasName(s, qterms, r, c)
	case typePerson:
		return hasFullName(s, qterms, r)
	case typeMoney:
		return moneyRe.MatchString(s)
	}
	return true
}

// moneyRe finds a sum of money: a number with a currency's sign or word
// ("$7.5 billion", "670 миллионов долларов", "€20 a month").
var moneyRe = regexp.MustCompile(`(?i)[$€£₽¥]\s?\d|\d(?:[\d.,]*\d)?\s?(?:[$€£₽¥]|(?:(?:thousand|million|billion|trillion|тысяч\pL*|тыс\.|млн|млрд|миллион\pL*|миллиард\pL*)\s+)?(?:dollars?|usd|eur|euros?|pounds?|cents?|долл\pL*|руб\pL*|евро|центов|фунт\pL*)(?:[^\pL]|$))`)

// quantityRe finds an amount said in words: "at most a second of data",
// "не больше секунды данных", "twice as many".
var quantityRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:(?:a|an|one|half a|a single|a few|several)\s+(?:second|minute|hour|day|week|month|byte|kilobyte|megabyte|gigabyte)s?|dozens|hundreds|thousands|millions|billions|twice|double|half|none|zero|exactly one|only one|just one|ровно од\pL+|только од(?:ин|на|но|ну)|десятк\pL*|сот(?:ни|ен)|тысяч\pL*|миллион\pL*|секунд\pL*|минут\pL*|час(?:а|ов)?|суток|дн(?:я|ей)|недел\pL*|один|одна|одну|одной|одного|половин\pL*|дважды|вдвое|ноль|несколько)(?:[^\pL]|$)`)

// month holds the names of the months, which are capitalised but name
// no one.
var month = set(strings.Fields(months))

// relativeDateRe finds a date given by another: "the same year", "a year
// later", "в том же году".
var relativeDateRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:(?:the same|that|the following|the next|a|one) (?:year|month)(?: later| after| earlier| before)?|в том же году|через год|годом позже)(?:[^\pL]|$)`)

// sameVersionRe finds a version given by another: "in the same
// version", "в той же версии" (the sentence before names it).
var sameVersionRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:(?:the same|that) (?:version|release)|(?:в|с) (?:той же|этой же|этой|той) верси\pL*|в том же релизе)(?:[^\pL]|$)`)

// decadeRe finds a decade: "the 1990s", "в 1990-х".
var decadeRe = regexp.MustCompile(`\b(?:1[6-9]|20)\d0(?:s|-х|-e|-x)`)

// hasName reports whether s names a person or an organisation that the
// question does not: a capitalised word inside the sentence ("by Ryan
// Dahl", "Joyent held ...") whose term is not one of the question's, or
// a rare one at its start.
func hasName(s string, qterms map[string]bool, r Retriever, c coverage) bool {
	for i, field := range strings.Fields(s) {
		word := bareWord(field)
		first, _ := utf8.DecodeRuneInString(word)
		if !unicode.IsUpper(first) || utf8.RuneCountInString(word) < 2 || month[strings.ToLower(word)] {
			continue
		}
		ts := r.Terms(word)
		if len(ts) == 0 || qterms[ts[0]] || c.filler[ts[0]] {
			continue
		}
		if i > 0 || c.weight(ts[0]) >= surnameWeight {
			return true
		}
	}
	return false
}

// hasFullName reports whether s names a person the question does not: two
// words written as a name in a row ("Ryan Dahl", "Мартин Клеппман"), not
// a stop word and a name ("The Kafka") nor a month, none of them the
// question's.
func hasFullName(s string, qterms map[string]bool, r Retriever) bool {
	words := strings.Fields(s)
	for i := 0; i+1 < len(words); i++ {
		a, b := nameWord(words[i]), nameWord(words[i+1])
		if strings.ContainsAny(words[i], ",;:") || !nameLike(a) || !nameLike(b) || month[strings.ToLower(a)] || month[strings.ToLower(b)] {
			continue
		}
		ta, tb := r.Terms(a), r.Terms(b)
		if len(ta) == 1 && len(tb) == 1 && !qterms[ta[0]] && !qterms[tb[0]] {
			return true
		}
	}
	return false
}
