package answer

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chapterbot/chapterbot/internal/search"
)

// kind is what a question asks for, which decides the sentence an answer
// leads with: a person, a date, a definition, or anything else.
type kind int

const (
	kindOther  kind = iota
	kindWho         // a person: "who created Elixir?", "кто создал Elixir?"
	kindWhen        // a date: "when was React released?", "когда вышел React?"
	kindWhat        // a definition: "what is libuv?", "что такое libuv?"
	kindNumber      // a number: "how many threads?", "which TS version?", "сколько потоков?"
	kindWhy         // a reason: "why did people fork node?", "почему?"
	kindHow         // a way to do something: "how do I drop a value early?", "как настроить ...?"
	kindWhere       // a place: "where does kubernetes keep its state?", "где хранится ...?"
	kindWhich       // one of several: "which hashing algorithm does HashMap use?", "на каком порту ...?"
)

// Factual reports whether question asks for a fact the book states: who,
// when, where, which, how many or how much, or what X is. The first
// sentence of an answer to such a question can hold the fact itself, which
// eval measures apart ("lead (factual)").
func Factual(question string) bool {
	k, _ := questionKind(question)
	return factual(k)
}

// factual reports whether k asks for a fact.
func factual(k kind) bool {
	switch k {
	case kindWho, kindWhen, kindWhat, kindNumber, kindWhere, kindWhich:
		return true
	}
	return false
}

// The question words of each kind, English and Russian, at the start of
// the question (after a greeting or "so"). "what is X" is a definition
// only when X is short: "what is the point of typescript anyway?" asks
// for a reason, not a definition.
var (
	whoRe    = regexp.MustCompile(`^(?:who|whom|whose|who's|кто|кем|кому|кого|чей|чья)(?:[^\pL\pN]|$)`)
	whenRe   = regexp.MustCompile(`^(?:when|(?:(?:on|in|by) )?(?:what|which) (?:year|date|day|month)|what(?:'s|s| is| was) the (?:exact )?(?:year|date)|когда|в каком году|какого числа)(?:[^\pL\pN]|$)`)
	numberRe = regexp.MustCompile(`^(?:how (?:many|much|long|big|large|often|fast)|(?:which|what) (?:\pL+ )?(?:version|rfc|opcode|port|status code|close code|number)s?|(?:what|which)(?:'s| is| are)? (?:the )?(?:max|maximum|min|minimum|largest|smallest|default) (?:\pL+ )?(?:size|limit|length|number|count|value)|сколько|скока|скоко|(?:(?:в|с|со|до|начиная с) )?как(?:ая|ой|ие|их|ую|ом|ого) верси\pL*|(?:(?:с|со|до|от) )?как(?:ой|ая|ое|ие|ого|ую|ом|ому|им) (?:(?:максимальн|минимальн|предельн)\pL*|макс|мин) \pL+|(?:(?:с|со|до|от) )?как(?:ой|ого|ом|им) (?:\pL+ )?размер\pL*|как (?:часто|долго))(?:[^\pL\pN]|$)`)
	whereRe  = regexp.MustCompile(`^(?:where|where's|wheres|где|куда|откуда)(?:[^\pL\pN]|$)`)
	whichRe  = regexp.MustCompile(`^(?:(?:in|on|at|from|for|with|by|to|of|under) )?which(?:[^\pL\pN]|$)|^(?:(?:в|во|на|с|со|по|из|для|от|до|к|о|об|при|за|под) )?как(?:ой|ая|ое|ие|ого|ому|им|ом|ую|их|ими)(?:[^\pL\pN]|$)|^на ч[её]м(?:[^\pL\pN]|$)|^как (?:\pL+ )?называ`)
	// originRe finds "where" asking where something came from, which
	// people or which company made it: "where did kubernetes come from?",
	// "откуда взялся redis?".
	originRe = regexp.MustCompile(`^(?:where|where's|wheres)\s.*\b(?:come|comes|came|coming) from\b|^(?:where|where's|wheres)\s.*\boriginate|^откуда\s+(?:вообще\s+)?(?:взял|появил|пош[её]л|пошл)`)
	// adviceRe finds "when" asking for the occasion to do something, not a
	// date: "when would I reach for Rc<RefCell<T>>?".
	adviceRe = regexp.MustCompile(`^when (?:would|should|do|can|could|might|shall|to|is it) |^когда (?:лучше|стоит|нужно|надо|следует) `)
	// whatNounRe finds "what" asking for one thing named by a noun: "what
	// license is redis under?", "what algorithm does HashMap use?".
	whatNounRe = regexp.MustCompile(`^what (\pL+)(?: \pL+)? (?:does|do|did|is|are|was|were|should|can|will)(?:[^\pL\pN]|$)`)
	// whenceRe finds "откуда" that ends a question asking where a thing
	// seen comes from, its cause: "..., откуда это берется?", "что это и
	// откуда". "откуда взялся redis?" asks for an origin (originRe), and
	// "откуда читается конфиг?" for a place: a word after the verb.
	whenceRe = regexp.MustCompile(`(?:^|[^\pL\pN])откуда(?: (?:это|такое|оно|она|он|они))?(?: (?:бер[её]тся|берутся|взял(?:ось|ась|ся|ись)|лез\pL*|вылез\pL*))?$`)
	whyRe    = regexp.MustCompile(`^(?:why|how come|what was the (?:deal|point|reason)|почему|зачем)(?:[^\pL\pN]|$)`)
	// howRe finds a request for a way to do something, anywhere in the
	// question ("main.rs is huge, how do i move a module into its own
	// file"): "how does X work" asks how it works, not what to do.
	howRe   = regexp.MustCompile(`(?:^|[^\pL\pN]\s*)(?:how (?:do|can|could|should|would|shall) (?:i|we|you|one)|how to|what (?:should|do|can) (?:i|we) do|is there a way|(?:как|чем)(?: мне| бы| же)? \p{Cyrillic}+(?:ть|ти|чь)(?:ся)?)(?:[^\pL\pN]|$)`)
	whatRe  = regexp.MustCompile(`^(?:what\s+(?:even\s+)?(?:is|are|was|were)|what's|whats|define|что\s+такое|что\s+это\s+такое|что\s+значит|что\s+означает)\s+(.*)$`)
	meanRe  = regexp.MustCompile(`^what\s+(?:does|do)\s+(.+?)\s+(?:mean|stand for)(?:\s+(?:in|on|for|with)\s+.*)?$`)
	leadRe  = regexp.MustCompile(`^(?:so|ok|okay|hey|hi|hello|um|and|but|quick question|привет|а|и|так)[,:]?\s+`)
	article = regexp.MustCompile(`^(?:a|an|the)\s+`)
	// whatEnd cuts the subject of a definition question at a clause that
	// only places it: "what's an operator in k8s?" defines "operator".
	whatEnd = regexp.MustCompile(`\s+(?:in|on|for|with|by|and|or|when|if|в|на|для|и|или)\s+.*$|\s+(?:exactly|actually|really|anyway|for)$`)
	// questionClauseRe splits a question into clauses: "println! prints nothing in
	// my tests, where does the output go?" asks where.
	questionClauseRe = regexp.MustCompile(`[,;:?]\s+|\s+[—–-]\s+`)
)

// normalQuestion is q lower-cased with its greeting cut, as questionKind
// reads it.
func normalQuestion(q string) string {
	s := strings.ToLower(strings.TrimSpace(q))
	s = strings.Trim(s, "?!. ")
	s = strings.Join(strings.Fields(s), " ")
	for {
		t := leadRe.ReplaceAllString(s, "")
		if t == s {
			return s
		}
		s = t
	}
}

// questionKind returns the kind of question q, and for a definition the
// words of what it asks to define.
func questionKind(q string) (kind, string) {
	s := normalQuestion(q)
	k, x := wordKind(s)
	if k == kindOther && howRe.MatchString(s) {
		k = kindHow
	}
	// A question that opens with its context asks in a later clause or
	// sentence; a definition question is one only from its start ("...
	// &str? whats more idiomatic" compares).
	for _, c := range questionClauses(s)[1:] {
		if k != kindOther {
			break
		}
		if k, x = wordKind(c); k == kindWhat {
			k, x = kindOther, ""
		}
	}
	if k == kindOther && scriptOf(s) == scriptCyrillic {
		k = ruKind(s)
		// A Russian question that pastes a message in its middle asks
		// with the Russian words around it: "пересобрал ядро, теперь
		// при загрузке паника: Kernel panic - not syncing: ... что
		// делать?" asks what to do, though its last clause opens with
		// the message's words.
		if k == kindOther {
			k = pastedKind(s)
		}
	} else if k == kindOther {
		k = pastedKind(s)
	}
	if asksVersion(k, s) {
		k, x = kindNumber, ""
	}
	return k, x
}

// verbWords are the words after "what" that make it the subject or object
// of a verb rather than a question for a thing: "what does it do", "what
// happens is".
var verbWords = map[string]bool{"does": true, "do": true, "did": true, "is": true, "are": true, "was": true, "were": true,
	"should": true, "can": true, "will": true, "would": true, "could": true, "happens": true, "happened": true, "if": true,
	"else": true, "even": true, "exactly": true, "actually": true}

// wordKind is the kind of a normalised question s by its first words.
func wordKind(s string) (kind, string) {
	switch {
	case adviceRe.MatchString(s):
		return kindOther, ""
	case whoRe.MatchString(s), originRe.MatchString(s):
		return kindWho, ""
	case whenRe.MatchString(s):
		return kindWhen, ""
	case numberRe.MatchString(s) && !meanRe.MatchString(s):
		return kindNumber, ""
	case whyRe.MatchString(s), whenceRe.MatchString(s):
		return kindWhy, ""
	case whereRe.MatchString(s):
		return kindWhere, ""
	case whichRe.MatchString(s):
		return kindWhich, ""
	}
	if m := whatNounRe.FindStringSubmatch(s); m != nil && !verbWords[m[1]] {
		return kindWhich, ""
	}

	m := meanRe.FindStringSubmatch(s)
	if m == nil {
		m = whatRe.FindStringSubmatch(s)
	}
	if m == nil {
		return kindOther, ""
	}
	x := article.ReplaceAllString(definedOnly(m[1]), "")
	// "the point of X", "the purpose of X" ask why, not what; "the
	// difference between X and Y" compares.
	if strings.Contains(" "+x+" ", " of ") || strings.Contains(x, "difference") || strings.Contains(x, "разниц") {
		return kindOther, ""
	}
	x = whatEnd.ReplaceAllString(x, "")
	if x == "" || len(strings.Fields(x)) > 3 {
		return kindOther, ""
	}
	return kindWhat, x
}

// Words that say a question or a sentence is about making something or
// about when it appeared; they are the question's cue, not its subject.
var (
	madeWords = `create created creates creator creators found founded founder founders make made invent invented
inventor write wrote written author authored build built start started begin began begun design designed designer
develop developed developer come came up idea behind создал создала создали создатель основал основала разработал
разработала придумал придумала написал написала автор`
	releasedWords = `release released releases come came out launch launched ship shipped publish published announce
announced appear appeared introduce introduced happen happened arrive arrived debut start started begin began
first open sourced source year date вышел вышла вышли выпущен выпустили появился появилась появились релиз`
	months = `january february march april may june july august september october november december jan feb mar apr
jun jul aug sep sept oct nov dec январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
января февраля марта апреля мая июня июля августа сентября октября ноября декабря`
)

var (
	yearRe     = regexp.MustCompile(`\b(?:1[6-9]\d\d|20\d\d)\b`)
	monthRe    = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:` + strings.Join(strings.Fields(months), "|") + `)(?:[^\pL]|$)`)
	byWords    = map[string]bool{"by": true, "от": true}
	introWords = map[string]bool{"a": true, "an": true, "the": true, "who": true, "whose": true, "который": true, "которая": true}
	byRe       = regexp.MustCompile(`(?:^|\s)(?:by|от|автор)\s+\p{Lu}`)
)

// hasDate scores how well s states a date: 1 for a month and a year,
// 0.8 for a year alone, 0 for none.
func hasDate(s string) float64 {
	switch {
	case yearRe.MatchString(s) && monthRe.MatchString(s):
		return 1
	case yearRe.MatchString(s):
		return 0.8
	}
	return 0
}

var (
	// numberRe finds a number that may answer "how many" or "which
	// version": digits that are not a year, a version ("2.0", "0x9"), or a
	// number word.
	digitsRe = regexp.MustCompile(`\b(?:0x[0-9a-fA-F]+|\d+(?:\.\d+)*)\b`)
	// numWordRe finds a number word (search.NumberWords) in any of its
	// cases: "сколько отказов переживёт ансамбль?" is answered by
	// "ансамбль из пяти серверов переживает отказ двух".
	numWordRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:` + strings.Join(search.NumberWords(), "|") + `)(?:[^\pL]|$)`)
)

// hasNumber scores how well s gives a number that the question q does not
// already hold: 1 for digits or a version, 0.8 for a number word, 0 when
// its only numbers are years or the question's own.
func hasNumber(s, q string) float64 {
	for _, d := range digitsRe.FindAllString(s, -1) {
		if yearRe.MatchString(d) && len(d) == 4 || writesNumber(q, d) {
			continue
		}
		return 1
	}
	if numWordRe.MatchString(s) {
		return 0.8
	}
	return 0
}

// writesNumber reports whether q writes number d as a number: not the
// digits that end a name ("top500", "sqlite3", "http2"), which leave the
// count "all 500 systems" an answer to "how many of the top500 run linux".
func writesNumber(q, d string) bool {
	for i := strings.Index(q, d); i >= 0; {
		if before, _ := utf8.DecodeLastRuneInString(q[:i]); i == 0 || !unicode.IsLetter(before) {
			return true
		}
		next := strings.Index(q[i+1:], d)
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// reasonRe finds a sentence that gives a reason: a cause ("because",
// "so that", "to stop", "Disagreements ... lead to a fork") or a motive
// ("wanted", "problem").
var reasonRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:because|since|so that|due to|in order to|to avoid|to prevent|to stop|stops|prevents|wanted|frustrat\pL*|problem|unhappy|stalled|lacked|lack of|needed|otherwise|the reason|no accident|not by chance|не случайно|неслучайно|причина|too (?:slow|hard|complex|many)|could not|couldn't|lead to|leads to|led to|leading to|потому что|так как|чтобы|из-за)(?:[^\pL]|$)`)

// givesReason scores whether s gives a reason, or in Russian a purpose
// (ruPurposeRe): 1 or 0.
func givesReason(s string) float64 {
	if reasonRe.MatchString(s) || ruReasonRe.MatchString(s) || ruPurposeRe.MatchString(s) {
		return 1
	}
	return 0
}

// hasPerson scores how well s names a person who made something: a pair
// of capitalised words that are not the question's own (a name such as
// "Ryan Dahl" or "Жозе Валим"), or the surname alone of a person its
// passage has named in full ("Valim started Elixir"), more with "by" or a
// verb of making (made reports whether a sentence holds one). plain reports
// whether a word is an ordinary word rather than a name part (a stop word,
// a question term, a month); surname whether it can end a name, being rare
// in general English ("Dahl", not "Foundation"); known whether it is the
// surname of a person named in full nearby.
func hasPerson(s string, made bool, plain, surname, known func(w string) bool) float64 {
	name := len(names(s, plain, surname)) > 0
	for _, w := range strings.Fields(s) {
		if name {
			break
		}
		w = nameWord(w)
		name = nameLike(w) && !plain(w) && known(w)
	}
	var f float64
	if name {
		f += 0.6
	}
	if byRe.MatchString(s) {
		f += 0.2
	}
	if made {
		f += 0.2
	}
	if !name {
		f /= 2
	}
	return min(f, 1)
}

// names returns the surnames of the people s names in full: pairs of
// capitalised words as hasPerson reads them.
func names(s string, plain, surname func(w string) bool) []string {
	words := strings.Fields(s)
	var out []string
	for _, i := range namePairs(words, plain, surname) {
		out = append(out, nameWord(words[i+1]))
	}
	return out
}

// namePairs returns the index of each person's first name among words:
// the pairs of capitalised words names reads as a person's.
func namePairs(words []string, plain, surname func(w string) bool) []int {
	var out []int
	for i := 0; i+1 < len(words); i++ {
		a, b := nameWord(words[i]), nameWord(words[i+1])
		if strings.HasSuffix(words[i], ",") || strings.HasSuffix(words[i], ";") || strings.HasSuffix(words[i], ":") {
			continue
		}
		if !nameLike(a) || !nameLike(b) || plain(a) || plain(b) {
			continue
		}
		// "Dahl" is rare in English; "Walke" is not, stemmed to "walk", but
		// is a name when introduced ("Jordan Walke, an engineer") or
		// credited ("created by Chris McCord") or owns something ("Jordan
		// Walke's prototype").
		by := i > 0 && byWords[strings.ToLower(words[i-1])]
		introduced := strings.HasSuffix(words[i+1], ",") && i+2 < len(words) && introWords[strings.ToLower(words[i+2])]
		owns := strings.HasSuffix(words[i+1], "'s") || strings.HasSuffix(words[i+1], "’s")
		if surname(b) || by || introduced || owns || afterRole(words, i) {
			out = append(out, i)
			i++
		}
	}
	return out
}

// nameWord trims punctuation and a possessive from w: "Walke's," is
// "Walke".
func nameWord(w string) string {
	w = strings.Trim(w, `"'“”‘’(),;:.!?`)
	for _, p := range []string{"'s", "’s"} {
		w = strings.TrimSuffix(w, p)
	}
	return w
}

// nameLike reports whether w is capitalised like a name: an upper-case
// letter, then a lower-case one, then letters only ("Dahl", "McCord"); or
// such names joined (joinedName: "Kroah-Hartman", "O'Hara").
func nameLike(w string) bool {
	if ok, joined := joinedName(w); joined {
		return ok
	}
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(w[n:])
	if !unicode.IsLower(r2) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// defines scores how well s defines x: 1 when s says "X is", "X are",
// "X means" or "X, a ..." at its start (after an article), 0.5 when s
// merely starts with X, 0.7 when "X, a ..." or "X is ..." appears later.
func defines(s, x string) float64 {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	x = strings.ToLower(strings.Join(strings.Fields(x), " "))
	if x == "" {
		return 0
	}
	body := article.ReplaceAllString(s, "")
	copula := func(rest string) bool {
		// "if buffer is not a Buffer" says what X is not.
		for _, p := range []string{" is not ", " are not ", " isn't ", " aren't ", " не "} {
			if strings.HasPrefix(rest, p) {
				return false
			}
		}
		for _, p := range []string{" is ", " are ", " means ", " stands for ", " refers to ", ", a ", ", an ", ", the ", " — ", " - ", " (", ": ", " это ", " — это ", ", "} {
			if strings.HasPrefix(rest, p) {
				return true
			}
		}
		return false
	}
	if rest, ok := cutWord(body, x); ok {
		if copula(rest) {
			return 1
		}
		return 0.5
	}
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], x)
		if j < 0 {
			break
		}
		at := i + j
		if (at == 0 || !isWordByte(s[at-1])) && copula(s[at+len(x):]) {
			if rest := s[at+len(x):]; strings.HasPrefix(rest, ", a ") || strings.HasPrefix(rest, ", an ") || strings.HasPrefix(rest, " is ") || strings.HasPrefix(rest, " are ") || strings.HasPrefix(rest, " means ") || strings.HasPrefix(rest, " stands for ") {
				return 0.7
			}
		}
		i = at + len(x)
	}
	return 0
}

// cutWord reports whether s starts with the word or words x (a plural "s"
// allowed) and returns the rest.
func cutWord(s, x string) (string, bool) {
	for _, w := range []string{x, x + "s", x + "es"} {
		if rest, ok := strings.CutPrefix(s, w); ok && (rest == "" || !isWordByte(rest[0])) {
			return rest, true
		}
	}
	return "", false
}

func isWordByte(b byte) bool {
	return b >= 0x80 || b == '_' || b == '-' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

var (
	// codeRe finds a token of code in prose: snake_case, a path
	// (std::mem::drop), a macro call (eprintln!(), a flag (--release), an
	// attribute (#[test]), a call (drop(x)), a file name (src/lib.rs,
	// Cargo.toml), or a shell prompt.
	codeRe = regexp.MustCompile(`\b[\pL\pN]+_[\pL\pN_]+\b|\w::\w|\b[a-z]\w*!\s*[(\[]|(?:^|\s)--?[a-z][\w-]+|#\[|\w\(\S*\)|\b\w+/\w+\.\w+\b|(?:^|\s)\$ \w|\b\w+\.(?:toml|json|yaml|yml|rs|go|js|ts|py|conf)\b`)
	// instructRe finds a sentence that tells the reader what to do: "you
	// can", "we use", "by setting", an imperative at its start ("Use
	// ...", "So send pings ..."), "нужно", "с помощью".
	instructRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:you can|we can|you could|you need to|you have to|you must|we need to|you'll need|you should|we use|you use|by \pL+ing|нужно|надо|следует|можно|с помощью|используйте|командой)(?:[^\pL]|$)|^(?i:(?:so|then|instead|first|to \pL+[^,]*),?\s+)?(?i:use|run|call|add|set|give|send|put|keep|make|pass|place|remove|install|enable|disable|specify|create|write|type|prefer|avoid|plan)\s`)
)

// codeFit is how much code to type counts in telling how to do something.
const codeFit = 0.6

// instructs scores how well s tells how to do something: code to type
// counts most, wording that instructs ("you can", "we use") less.
func instructs(s string) float64 {
	var f float64
	if codeRe.MatchString(s) {
		f += codeFit
	}
	if instructRe.MatchString(s) || ruInstructRe.MatchString(s) && !ruRoleRe.MatchString(s) || provides(s) {
		f += 0.4
	}
	return f
}
