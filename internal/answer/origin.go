package answer

import (
	"regexp"

	"github.com/chapterbot/chapterbot/internal/search"
)

// originBoost weighs a word of originWords matched in a passage's
// headings against a question term matched there (see search.Lean).
// Measured on every tuning set against the ranking without it (recall@5 /
// MRR@10): at 0.7 s12-site 0.840 / 0.807 -> 0.880 / 0.815, s11-site
// 0.860 -> 0.880, s10-site 0.840 / 0.793 -> 0.887 / 0.853, s11-ru 0.950
// / 0.850 -> 0.983 / 0.900, s9-site MRR 0.849 -> 0.913, s6-ru, s7-ru,
// s10-ru, s12-ru, ru-retr, ru-ruoff and questions-final MRR up; s6-site
// 0.888 -> 0.863 ("who invented python?": "Why Python appeared" before
// its milestone), s7-site-tune MRR 0.892 -> 0.854, xlang-tune lead 0.842
// -> 0.816 (one question each). At 0.5 the same but s12-site unchanged
// and smaller losses; at 1.0 xlang-tune lost two leads. Matched in the
// passages' text too (at 0.2), the origins of other chapters ("Elixir
// milestones") outranked the asked one's: factual-sample and questions
// each lost two questions' MRR.
const originBoost = 0.7

// originCueRe finds the verb or adverb of a question on how its subject
// came to be: who wrote, started or came up with it, when work on it
// began, which company it is from originally; "кто придумал", "когда
// начали писать", "откуда взялся".
var originCueRe = regexp.MustCompile(`(?:^|[^\pL])(?:creat(?:e|ed|es|ing|or|ors)|start(?:ed|s)?|invent(?:ed|s|or|ors)?|wrote|written|write|writing|found(?:ed|er|ers|ing)|began|begin|begins|begun|built|design(?:ed)?|came up|come up|kick(?:ed)? off|set up|originally|original|origins?|in the first place|придума\pL*|созда\pL*|написа\pL*|нача\pL*|основа\pL*|изобр[её]\pL*|разработа\pL*|пилить|взял(?:ся|ась|ось|ись))(?:[^\pL]|$)`)

// originWords are what a passage on a subject's origin writes in place of
// the question's verb: its section is "Why Redis appeared", "Graydon
// Hoare's side project" ("begins writing Rust"), "Откуда взялся
// Prometheus" ("Проект начался в 2012 году"). The question's own verb
// ("wrote", "came up with") is rarely the book's. Nor is the word of a
// heading that tells where the subject came from or was born: "Where
// Angular came from" heads "A tool for web designers" ("who actually
// created angular originally ...", s23-site: outside the top 5 -> 2nd),
// "Born in a Kansas newsroom" heads "Adrian Holovaty and Simon Willison"
// ("who actually wrote django originally", s22-site: -> 5th).
const originWords = `appear appeared began begin begins begun start started starts early origin origins original
originally create created creator invent invented inventor founded founder author prototype initial born came
появился появилась появилось появление начался началась началось начал начала начали создал создала создали
создатель создан придумал придумали основал основали основатель взялся прототип автор истоки ранний`

// digitRe finds a number in a question: one that names a version ("when
// did kernel 2.6.0 come out") asks about that release, not the origin.
var digitRe = regexp.MustCompile(`\d`)

// originAskRe is how a question that asks who, when or where begins,
// whatever words come before its verb ("who actually wrote", "кто вообще
// придумал"), or which company or year. A place is told with the origin
// too: "where was python first written, at which institute?" is answered
// by Python's first milestone, "A Christmas project at CWI" (s6-site:
// outside the top 10 -> 2nd); "where was evan you working when he came up
// with vue?" 2nd -> 1st (s18-site).
var originAskRe = regexp.MustCompile(`^(?:who|whose|when|where|(?:in )?(?:what|which) (?:year|month|date|company|companies|firm|organi[sz]ation|person|people|engineers?|developers?)|кто|кем|когда|(?:в|с) каком (?:году|месяце)|как(?:ая|ой|ие) (?:компани|контор|фирм|организаци)\pL*)(?:[^\pL\pN]|$)`)

// sourceCueRe finds the verb of a question on what its subject came out
// of: "which newspaper did django come out of?", "which app was rails
// originally pulled out of". Such a question asks for a thing of any kind
// (whichAskRe), which the origin passage names: "Django started at the
// Lawrence Journal-World", "he took the parts of Basecamp ... and pulled
// them out into a separate library" (s22-site, s21-site). Any kind with
// originCueRe's verbs, "what language was the original rust compiler
// written in" and three more questions of s11, s12, s18 and
// factual-sample lost their MRR: a name a project was written in, called
// or built for is no origin.
var sourceCueRe = regexp.MustCompile(`(?:^|[^\pL])(?:c(?:a|o)mes? out of|pulled out of|grew out of|spun out of|extracted from)(?:[^\pL]|$)`)

// whichAskRe is how a question for a thing of a kind begins: "which
// newspaper", "out of what app".
var whichAskRe = regexp.MustCompile(`^(?:(?:in|out of|from) )?(?:what|which) \pL+`)

// originLean is what a question on its subject's origin is ranked by
// besides its words (see search.Lean): originWords, and the first entry
// of the chapter's dated list (chronoWords: "Key milestones" begins with
// "A Christmas project at CWI", "Graydon Hoare's side project", "dotCloud
// is founded", headings without an origin word), when the question
// asks who or when (or which company) with an origin verb in its first
// part, or which thing it came out of (sourceCueRe). The passages that
// answer it do not repeat the question's verb, and the sections of the
// chapter that name its subject more often
// outranked them ("Redis Labs becomes the home" before "A real-time
// analytics problem"). Only the ranking leans: the coverage decision
// reads the question's search.
func originLean(question string) search.Lean {
	s, first, ok := originParts(question)
	if !ok || !(originAskRe.MatchString(s) && originCueRe.MatchString(first)) && !(whichAskRe.MatchString(s) && sourceCueRe.MatchString(first)) {
		return search.Lean{}
	}
	return search.Lean{Words: originWords, Boost: originBoost, FirstUnder: chronoWords}
}

// asksOrigin reports whether question asks who, when or where its
// subject came to be, as originLean reads it (not which thing it came out
// of).
func asksOrigin(question string) bool {
	s, first, ok := originParts(question)
	return ok && originAskRe.MatchString(s) && originCueRe.MatchString(first)
}

// originParts returns question normalised and its first part, or false
// when it names a version, whose release it asks about, not the origin.
func originParts(question string) (s, first string, ok bool) {
	s = normalQuestion(question)
	if digitRe.MatchString(s) {
		return "", "", false
	}
	first = s
	if m := partRe.FindStringIndex(s); m != nil && m[0] > 0 {
		first = s[:m[0]]
	}
	return s, first, true
}
