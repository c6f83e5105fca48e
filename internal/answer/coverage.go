package answer

import (
	"bufio"
	"context"
	_ "embed"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/chapterbot/chapterbot/internal/search"
)

// fillerWords say nothing about a question's subject; their absence from
// a passage is no evidence that the book misses the question. The index's
// stop words are gone already; these are the conversational ones, and the
// stop words a chat writes without their apostrophe ("whats", "dont"),
// which the analyser would otherwise stem to a rare-looking "what", and
// a chat's shorthand ("tbh", "imho", "iirc"), which no book writes and
// which would otherwise read as a name the book never mentions (see
// unknownTerms), as would its commonest slip ("wich"). "Without" says what
// the reader leaves out (see comparisons: "without a third party lib"),
// not what he asks: a passage that answers need not write it, and one
// that writes it matches nothing asked.
const fillerWords = `actually really just use using used get gets getting got thing things stuff come came even good
made making without
still anyway anyways people deal place supposed want wants let give keep find make makes work works know need way
ways mean means also please tell explain like lot lots something anything everything someone anyone everyone kind
sort bit exactly basically pretty right ok okay hey hi hello thanks question wonder wondering idea think say said vs
versus difference true happen happens best better go going new old exist exists existed tons
whats hows wheres whos whens whys thats theres dont doesnt didnt isnt arent wasnt werent cant couldnt wont wouldnt
shouldnt im ive youre theyre
lol lmao tbh ngl imo imho iirc afaik fwiw ymmv tldr smth btw idk pls plz thx thnx wich`

//go:embed names.txt
var namesFile string

// offTopic is the share of a question that the rules find to be about
// something the book never writes about: a name, a version, an API name
// or a word no passage writes. It is below every threshold and final: no
// other evidence, a passage close in meaning included, covers the
// question (see Engine.semanticCover).
const offTopic = -1.0

// coverageHits is how many of the best hits the coverage decision reads
// first (the engine's default K once; answers are now drawn from DefaultK
// passages, and some rules read those, but the share is judged on these).
const coverageHits = 8

// coverage decides whether the passages found answer the question.
type coverage struct {
	filler map[string]bool // analysed filler words
	modal  map[string]bool // analysed modalWords
	// names maps each analysed name of a technology or place to all the
	// spellings of its line in names.txt ("python питон").
	names map[string][]string
	// nameLines maps the same terms to their lines' spellings as written,
	// each with its term (see unmentionedName).
	nameLines map[string]nameLine
	english   wordWeights
	// technical weighs the words of software documentation, which general
	// English lacks or holds rare ("async", "stdout", "mutex").
	technical wordWeights
	// russian parses russian.txt at the first Cyrillic term: a book and
	// readers in English never pay for it (~450 KB of text read, its
	// line index kept).
	russian func() wordWeights
}

func newCoverage(r Retriever) coverage {
	c := coverage{
		filler:    set(r.Terms(fillerWords + "\n" + russianFillerWords)),
		modal:     set(r.Terms(modalWords)),
		names:     map[string][]string{},
		nameLines: map[string]nameLine{},
		english:   englishWeights(),
		technical: technicalWeights(),
		russian:   russianWeights,
	}
	sc := bufio.NewScanner(strings.NewReader(namesFile))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		spellings := r.Terms(line)
		var nl nameLine
		for _, w := range strings.Fields(line) {
			if ts := r.Terms(w); len(ts) == 1 {
				nl.terms, nl.words = append(nl.terms, ts[0]), append(nl.words, w)
			}
		}
		for _, t := range spellings {
			c.names[t] = spellings
			c.nameLines[t] = nl
		}
	}
	return c
}

// englishWeights parses the embedded english.txt once; TestEnglishFile
// checks it, so a failure here is a build that no test passed.
var englishWeights = sync.OnceValue(func() wordWeights {
	e, err := parseWeights(englishFile)
	if err != nil {
		panic(err)
	}
	return e
})

// codeWeight caps the weight of a term with a digit in it (a version, a
// year, a status code, "k8s"): the word lists hold few of them, yet they
// are no rarer in questions than a word of middling frequency.
const codeWeight = 10

// weight is how much a subject term says about what a question asks: its
// general weight in its language (Russian for a Cyrillic term, as the
// index analyses it; English otherwise), so that a word common in any
// conversation ("day", "decent", "background"; "день", "нормальный")
// counts for little and a specific one ("libuv", "sourdough"; "заимствование")
// for much, whether or not the book uses it. The book's own IDF is the
// wrong scale here: it gives every word the book never uses the largest
// weight, so that one casual word could sink a question the book answers.
func (c coverage) weight(term string) float64 {
	lang := c.english
	if search.IsCyrillic(term) {
		lang = c.russian()
	}
	w := lang.weight(term)
	if w >= lang.floor {
		if base := adjectiveBase(term); base != "" && lang.weight(base) < lang.floor {
			w = lang.weight(base)
		}
	}
	if w >= lang.floor && search.IsCyrillic(term) {
		w = lang.relative(term) // the same word, stemmed otherwise
	}
	if strings.ContainsAny(term, "0123456789") {
		w = min(w, codeWeight)
	}
	return w
}

// known reports whether general or technical English has Latin term t
// ("async", "stdout"): a word so known is neither a name nor, when no
// passage writes it, a misspelling of one that does.
func (c coverage) known(t string) bool {
	if c.weight(t) < c.english.floor {
		return true
	}
	_, ok := c.technical.lookup(t)
	return ok
}

// latinSpellings returns the Latin spellings of the Russian terms of
// query that stand for them (see plainLatin); nil when r spells none.
func latinSpellings(ctx context.Context, r Retriever, query string) (map[string][]string, error) {
	l, ok := r.(latinSpeller)
	if !ok {
		return nil, nil
	}
	latin, err := l.Latin(ctx, query)
	if err != nil {
		return nil, err
	}
	return adjectiveLoans(ctx, r, query, plainLatin(r, query, latin))
}

// share is the weighted share of the question's subject terms that the
// best passages of the best chapter contain; offTopic when the question
// names a technology, place, version or API the book never mentions, or
// uses a word that neither general nor technical English nor the book
// knows (see unknownTerms); 0 when no passage was found or the question has
// no subject word.
//
// tr, when not nil, records what share read on the way (see shareTrace).
func (c coverage) share(ctx context.Context, r Retriever, query string, hits []search.Hit, latin map[string][]string, tr *shareTrace) (float64, error) {
	if len(hits) == 0 {
		return 0, nil
	}
	// The decision reads the first hits only, so that asking for more hits
	// (eval ranks ten sections) does not change it.
	hits = hits[:min(len(hits), coverageHits)]
	// The reader's pasted stack lines, paths and quoted values say nothing
	// of the subject; the names in all they paste are no subject either.
	pasted, noise := pastedTerms(r, query)
	output := outputTerms(r, query)
	// Whether the question is Russian, and whether Russian words ask of
	// what it pastes: read once, not once a term of each chapter.
	ruQuestion := scriptOf(query) == scriptCyrillic
	asksInRussian := cyrillicPart(query) != ""
	var terms []string
	for _, t := range r.Terms(query) {
		if !c.filler[t] && !noise[t] {
			terms = append(terms, t)
		}
	}
	if len(terms) == 0 {
		return 0, nil
	}
	// The other spellings of the names among them: a book that says
	// "Python" mentions the питон of a Russian question.
	lookup := terms
	for _, t := range terms {
		lookup = append(lookup, c.names[t]...)
	}
	// The Latin spellings of Russian words the book never uses: "редис"
	// is found where the book says Redis.
	for _, t := range terms {
		lookup = append(lookup, latin[t]...)
	}
	df, err := r.DocFreqs(ctx, lookup)
	if err != nil {
		return 0, err
	}
	if tr != nil {
		tr.df = df
	}
	w := map[string]float64{}
	// A name the question compares with ("like Deno does", "unlike Java")
	// is not what it asks about: the rules on names pass it by.
	aside := asideTerms(r, query)
	compared := maps.Clone(aside)
	// So is what the reader pasted.
	for t := range pasted {
		if aside == nil {
			aside = map[string]bool{}
		}
		aside[t] = true
	}
	// And a name it pasted, written again in its prose (pastedname.go).
	for _, t := range c.pastedNames(terms, pasted) {
		aside[t] = true
	}
	// And the platform the reader runs on, which the book writes
	// (platform.go).
	for _, t := range platformTerms(r, query, df) {
		if aside == nil {
			aside = map[string]bool{}
		}
		aside[t] = true
	}
	// And a name the reader writes only in a sentence that asks nothing
	// (statedname.go).
	for _, t := range c.statedNames(r, query) {
		if aside == nil {
			aside = map[string]bool{}
		}
		aside[t] = true
	}
	// The verb of the reader's upgrade is neither (upgraded.go).
	moved := movedTerms(r, query)
	for t := range set(terms) {
		if moved[t] {
			continue
		}
		if !aside[t] {
			unmentioned, err := c.unmentionedName(ctx, r, query, t, df, latin[t])
			if err != nil {
				return 0, err
			}
			if unmentioned {
				return offTopic, nil
			}
		}
		w[t] = c.weight(t)
	}
	// The Go language named by the filler word "go" (see goTerm): a subject
	// term, found where a passage writes Go with its capital.
	goT := goTerm(r, query, hits)
	if goT != "" && !aside[goT] {
		if _, ok := w[goT]; !ok {
			w[goT] = c.nameWeight(goT)
		}
	} else {
		goT = ""
	}
	// A word written in capitals is a command or an acronym: "KEYS" is
	// not the common word "keys".
	caps := capsTerms(r, query)
	for t := range caps {
		if x, ok := w[t]; ok {
			w[t] = max(x, capsWeight)
		}
	}
	// A slang loan the book never writes ("снапшот") says nothing either
	// way, as a filler word does not (ruloan.go).
	c.dropLoans(r, query, w, df, latin)
	// A name the question writes as one (a capital inside a sentence,
	// "Python's GIL", "ElastiCache в AWS") that the book never uses in any
	// spelling: the question is about something else, as with names.txt.
	english := c.englishInRussian(r, query)
	for _, t := range nameTerms(r, query) {
		if _, ok := w[t]; !ok || aside[t] || english[t] {
			continue // filler, compared with, or an English word
		}
		// t is one of terms, whose counts df holds already. A short form
		// in capitals that a passage found writes out is the book's
		// subject in the book's words (spelledcaps.go).
		if df[t] == 0 && !capitalIn(r, latin[t], hits) && !slices.ContainsFunc(c.names[t], func(s string) bool { return df[s] > 0 }) && !(caps[t] && spelledIn(t, hits)) {
			return offTopic, nil
		}
	}
	// So is a JavaScript product named as one ("Next.js", "Socket.IO")
	// that no passage found writes.
	files := set(dottedNames(lowerWords(query)))
	// A lower-case one that names.txt does not list is as often the
	// reader's own file ("the file is utils.js").
	for _, name := range dottedNames(query) {
		if files[name] && !slices.ContainsFunc(r.Terms(name), func(t string) bool { return c.names[t] != nil }) {
			continue
		}
		if !aside[name] && !joinedIn(name, hits, "") {
			return offTopic, nil
		}
	}
	// A version of a name the book gives other versions of, and not this
	// one ("postgresql 16"), is a release the book does not cover.
	if versionGap(r, query, hits) {
		return offTopic, nil
	}
	// So is what a release brought, when the book never names that
	// release (whatsnew.go).
	if release, err := unwrittenRelease(ctx, r, query); err != nil || release {
		return offTopic, err
	}
	// A Latin word of a Russian question that the book never writes,
	// unless it is an English word the reader wrote for an idea ("CEO",
	// "exit code": see rutyped.go).
	typed := c.typedEnglish(r, query)
	if c.foreignWord(r, query, w, df, union(union(aside, english), typed), hits) != "" {
		return offTopic, nil
	}
	// So is a Latin compound the book never writes (rucompound.go).
	if compound, err := c.unwrittenCompound(ctx, r, query, aside); err != nil || compound {
		return offTopic, err
	}
	// So is an API name or a numbered name the book never writes.
	apis := c.apiNames(r, query)
	own, err := ownSnakeNames(ctx, r, query, apis)
	if err != nil {
		return 0, err
	}
	if unwrittenAPIName(apis, w, aside, df, hits) || unwrittenNumbered(r, query, w, aside, df, hits) {
		return offTopic, nil
	}
	// So is a long command-line flag the book never writes
	// (unwrittenflag.go).
	flag, err := unwrittenFlag(ctx, r, query, aside, hits)
	if err != nil {
		return 0, err
	}
	if flag {
		return offTopic, nil
	}
	// And a member the book never writes after a dot (membernames.go).
	if member, err := c.unwrittenMember(ctx, r, query, w, aside, df); err != nil || member {
		return offTopic, err
	}
	// And a name of code with capitals the book never writes
	// (capitalcode.go).
	if capital, err := unwrittenCapitalCode(ctx, r, query, aside); err != nil || capital {
		return offTopic, err
	}
	// So is a product the book names in passing only, asked about with a
	// word the book never writes (passingname.go).
	if !ruQuestion && c.askedOfPassingName(r, query, w, aside, df, hits, bookPassages(r)) {
		return offTopic, nil
	}
	// So is a tool the book names in passing only that a Russian question
	// asks how to work in (passingname.go).
	if ruQuestion {
		tool, err := howInPassingTool(ctx, r, query, w, aside, df, latin, hits, bookPassages(r))
		if err != nil || tool {
			return offTopic, err
		}
	}
	// So is a fact asked of a name the book writes in passing only, which
	// no sentence naming it states (passingfact.go).
	if unstated, err := c.unstatedPassingFact(ctx, r, query, w, aside, df); err != nil || unstated {
		return offTopic, err
	}
	// So is a name of a framework's syntax (sigilname.go).
	sigil, err := unwrittenSigilName(ctx, r, c.sigilNames(r, query), aside, hits)
	if err != nil {
		return 0, err
	}
	if sigil {
		return offTopic, nil
	}
	// So is a thing weighed against another that the book never writes
	// ("elixir vs node": versus.go).
	if c.unwrittenSide(r, query, w, aside, df) {
		return offTopic, nil
	}
	identifiers := identifierParts(r, query)
	// A word that neither general English nor software documentation uses
	// and the book never writes ("haproxy", "netlify", "eslint") is a name
	// too, however it is written: unless a passage found holds it (inside a
	// longer word, as words in a row, or misspelt), the question is about
	// something else.
	unknown := c.unknownTerms(r, query, w, df, identifiers)
	for t := range aside {
		delete(unknown, t)
	}
	foundUnknown := map[string]bool{}
	joined := joinedWords(r, query, w)
	present := asksPresentHolder(query)
	bound := askedBound(query)
	boundOK := func(string) bool { return true }
	if _, ok := openingCount(normalQuestion(query)); ok {
		boundOK = countBound
	}
	asksDefault := askedDefault(query)
	var defaultCode []string // the code a default is asked of (defaultof.go)
	if asksDefault != nil {
		defaultCode = askedCode(query)
	}
	presentCount := asksPresentCount(query)
	elems := c.namedElements(r, query)
	passive := c.passiveSubject(r, query)
	asked := askedValues(query)
	writtenLang := asksWrittenLanguage(query)
	feature := c.askedFeature(r, query)
	visibility := visibilityTerms(r, query)
	years := askedYears(query, w, aside)
	verb := c.howVerb(r, query, w, aside, df)
	speed := askedSpeed(r, query)
	// The Go language, which the filler word "go" hides (see writesGo).
	asksGo := (writesGo(query) || goT != "") && !slices.ContainsFunc(r.Terms("go golang"), func(t string) bool { return aside[t] })
	// The passages that together answer a question usually sit side by side
	// in one chapter: for each of the first three chapters among the hits,
	// take up to three of its passages, and keep the best chapter's share.
	var best float64
	var ask *typedAsk           // what answerable reads of the question, once it is read
	passages := bookPassages(r) // incidental.go
	pct := percentileTerm(r)    // percentile.go
	spaced := spacedWords(r, query)
	for _, ch := range chapters(hits, 3) {
		found := map[string]string{}                  // term -> its spelling found
		cw := c.chapterWeights(r, query, hits, ch, w) // those it is judged on
		// Its first three passages, each with the terms of its title, tags
		// and heading trail, and of its text; those of its trail apart too,
		// which answerable reads with the text's.
		var heads, bodies []map[string]bool
		var trails [][]string
		var texts []string
		for _, h := range hits {
			if h.Chapter == ch && len(heads) < 3 {
				own := h.ChapterTitle + "\n" + strings.Join(h.Tags, "\n")
				trail := strings.Join(h.Trail, "\n")
				trails = append(trails, r.Terms(trail))
				head := set(r.Terms(own))
				for _, t := range trails[len(trails)-1] {
					head[t] = true
				}
				heads = append(heads, head)
				bodies = append(bodies, set(r.Terms(h.Text)))
				texts = append(texts, own+"\n"+trail+"\n"+h.Text)
			}
		}
		chLatin := c.headSpellings(heads, w, nativeLatin(r, query, hits, ch, latin))
		for i, head := range heads {
			body := bodies[i]
			// Each term as the passage has it: itself, a Latin spelling,
			// another spelling of its names.txt line ("винда": Windows), the
			// same Russian verb with a prefix, or the same Russian word
			// stemmed otherwise.
			has := map[string]string{}
			for t := range w {
				for _, s := range slices.Concat([]string{t}, chLatin[t], c.names[t]) {
					if (head[s] || body[s]) && c.spellingIn(t, s, texts[i], t == goT) {
						has[t] = s
						break
					}
				}
				// A short form the question writes in capitals, as the
				// passage writes it out ("EOL": end of life).
				if _, ok := has[t]; !ok && caps[t] && spellsOut(texts[i], t) {
					has[t] = t
				}
				if _, ok := has[t]; !ok {
					if s := prefixed(t, head, body); s != "" {
						has[t] = s
					}
				}
				if _, ok := has[t]; !ok {
					if s := relatedStem(t, head, body); s != "" {
						has[t] = s
					}
				}
				// A spoken word as the book writes it (slangcover.go).
				if _, ok := has[t]; !ok {
					if s := slangIn(t, head, body); s != "" {
						has[t] = s
					}
				}
				// A node as the book calls it (runode.go).
				if _, ok := has[t]; !ok {
					if s := nodeIn(t, head, body); s != "" {
						has[t] = s
					}
				}
				// A rare Latin word as the chapter writes it in Cyrillic
				// (cyrillicloan.go).
				if _, ok := has[t]; !ok {
					if s := c.cyrillicLoan(t, head, body); s != "" {
						has[t] = s
					}
				}
				if _, ok := has[t]; !ok {
					if s := c.spelledWithin(t, head, body); s != "" {
						has[t] = s
					}
				}
				if _, ok := has[t]; !ok {
					if s := latinBegins(chLatin[t], head, body); s != "" {
						has[t] = s
					}
				}
				if _, ok := has[t]; !ok {
					if s := initialsIn(r, t, texts[i]); s != "" {
						has[t] = s
					}
				}
				// A percentile as its notation ("p99": percentile.go).
				if _, ok := has[t]; !ok {
					if s := percentileIn(t, pct, head, body); s != "" {
						has[t] = s
					}
				}
				// Two words as the book writes them in one (spaced.go).
				if _, ok := has[t]; !ok {
					if s := spacedIn(t, spaced, head, body); s != "" {
						has[t] = s
					}
				}
			}
			for t, s := range has {
				// A passing mention is no cover: a term the book uses in this
				// passage only, alone here among the question's terms and not
				// in its title or headings ("Angular" in a list of frameworks,
				// for a question on Angular signals), does not count. A name of
				// names.txt so mentioned is no cover however many passages
				// mention it so: a Redis chapter that likens streams to Kafka's
				// log, and relays through "NATS or Kafka", is not about Kafka,
				// even for a Russian question whose only word an English
				// chapter can be checked on is that name (see chapterWeights).
				// Nor is a year so alone (isYear). A name beside only common
				// words of a Russian question is alone too (runamebeside.go).
				name := c.names[s] != nil || c.names[t] != nil
				alone := len(has) < 2 || name && ruQuestion && c.onlyCommonBeside(t, has)
				if alone && !head[s] && (len(cw) > 1 && (df[s] < 2 || isYear(s)) || len(w) > 1 && name) {
					continue
				}
				if found[t] == "" {
					found[t] = s
				}
			}
		}
		// An identifier of the question ("eventLoop") is found where all its
		// parts are, as separate words ("event loop").
		for whole, parts := range identifiers {
			if _, ok := w[whole]; !ok || found[whole] != "" {
				continue
			}
			n := 0
			for _, p := range parts {
				if _, ok := w[p]; ok {
					if found[p] == "" {
						n = -1
						break
					}
					n++
				}
			}
			if n > 0 {
				found[whole] = whole
			}
		}
		// A word the passages write as words in a row is theirs
		// ("builtin": built-in).
		for t, word := range joined {
			if found[t] == "" && joinedIn(word, hits, ch) {
				found[t] = t
			}
		}
		for t, word := range unknown {
			if found[t] != "" || joinedIn(word, hits, ch) || clippedIn(word, hits, ch) {
				foundUnknown[t] = true
			}
		}
		// A term found in another spelling weighs as that spelling: "редис"
		// found as Redis weighs what "redis" does in English.
		var got, total float64
		for t, x := range cw {
			// A value of the reader's that no passage holds (value.go).
			if found[t] == "" && readerValue(t) {
				continue
			}
			// Nor a name of the reader's own setup (rusnake.go).
			if found[t] == "" && own[t] {
				continue
			}
			// Nor a word of the output a Russian reader pasted that the
			// book never writes.
			if found[t] == "" && pasted[t] && df[t] == 0 && ruQuestion {
				continue
			}
			// Nor a common English word of it (pastedcommon.go), or of a
			// line of output, found or not in an English chapter
			// (rupastedline.go).
			if (found[t] == "" || output[t] && englishPassages(texts)) && pasted[t] && asksInRussian && pastedCommon(t, c.english) {
				continue
			}
			// Nor is a word it compares with or leaves out ("like python's",
			// "without pulling in yargs"), which the book need not write. A
			// Latin one: the Cyrillic words of a Russian question that an
			// English book cannot hold are weighed as chapterWeights says
			// ("без рейда" stays a condition the passages must meet).
			if found[t] == "" && compared[t] && !search.IsCyrillic(t) {
				continue
			}
			// Nor one the reader typed in English that a Russian
			// chapter says in Russian (rutyped.go).
			if typedUnchecked(t, typed, found[t], texts) {
				continue
			}
			// Nor a slang loan it lacks (ruloanchapter.go).
			if c.loanUnchecked(t, found[t], cw, df, texts) {
				continue
			}
			if s := found[t]; s != "" && s != t && !slices.Contains(spaced[t], s) {
				x = c.weight(s)
			}
			total += x
			if found[t] != "" {
				got += x
			}
		}
		if tr != nil && total > 0 {
			tr.raw = max(tr.raw, got/total)
		}
		// A chapter without the name asked about is about something else,
		// unless the chapter writes it throughout (chaptername.go).
		if c.missesName(query, w, found, aside) {
			writes, err := c.writesNames(ctx, r, ch, w, found, aside)
			if err != nil {
				return 0, err
			}
			if !writes {
				continue
			}
		}
		// So is a chapter that never writes a rare Latin word a Russian
		// question asks about (rurarelatin.go).
		if rare := c.rareLatin(r, query, w, found, aside); len(rare) > 0 {
			writes, err := writesTerms(ctx, r, ch, rare)
			if err != nil {
				return 0, err
			}
			if !writes {
				continue
			}
		}
		// Who holds a role now: the book must name someone to that role.
		if present && !c.namesHolder(r, query, hits, ch, chLatin) {
			continue
		}
		// A question on Go is answered where the passages name it.
		if asksGo && !goPassages(hits, ch) {
			continue
		}
		// A limit asked is stated as one.
		// A bound of a count is not one of a size (countBound).
		if bound != nil && !statesBoundOf(bound, hits, ch, boundOK) {
			continue
		}
		// So is a default asked (defaultasked.go).
		if asksDefault != nil && !statesDefaultOf(asksDefault, defaultCode, hits, ch) {
			continue
		}
		// A count of the present is given as of now (presentcount.go).
		if presentCount && !c.statesPresentCount(r, query, hits, ch) {
			continue
		}
		// An element named by its word is written by its word (element.go).
		if len(elems) > 0 && !c.writesElements(r, elems, hits, ch, chLatin) {
			continue
		}
		// What a date is asked of is written by the book (passive.go).
		if slices.ContainsFunc(passive, func(t string) bool { return df[t] == 0 && found[t] == "" }) {
			continue
		}
		// A time a rule is asked of is written where the rule is (askedvalue.go).
		if slices.ContainsFunc(asked, func(t string) bool { return found[t] == "" }) {
			continue
		}
		// So is the language a thing is written in (writtenlang.go).
		if writtenLang && !namesLanguage(hits, ch) {
			continue
		}
		// So is a version asked of a feature (featuresince.go).
		if len(feature) > 0 && !c.statesFeatureVersion(r, feature, hits, ch) {
			continue
		}
		// So is a visibility asked (visibility.go).
		if slices.ContainsFunc(visibility, func(t string) bool { return found[t] == "" }) {
			continue
		}
		// So is the verb a how-to question asks to do (howverb.go).
		if verb != "" && found[verb] == "" {
			continue
		}
		// Which of two is faster is told where a sentence weighs the
		// speed of both (speedasked.go).
		if len(speed) > 0 && !c.statesSpeed(r, speed, hits, ch) {
			continue
		}
		// So is a year the question gives (yearasked.go).
		if slices.ContainsFunc(years, func(t string) bool { return found[t] == "" }) {
			continue
		}
		// Nor does a chapter that shares only incidental words with an
		// English question (incidental.go).
		if !ruQuestion && got/total > best {
			chance, err := c.incidental(ctx, r, cw, found, df, heads, bodies, passages)
			if err != nil {
				return 0, err
			}
			if chance {
				continue
			}
		}
		if got/total <= best {
			continue
		}
		if ask == nil {
			ask = c.newTypedAsk(r, query, df)
		}
		v := c.answerable(r, ask, hits, ch, chLatin, df, trails, bodies)
		if tr != nil {
			tr.answerable = max(tr.answerable, v)
			tr.typed = ask.want != typeAny
		}
		if v >= minAnswerable {
			best = got / total
		}
	}
	if len(foundUnknown) < len(unknown) {
		return offTopic, nil
	}
	return best, nil
}

// isYear reports whether term t is a year ("2018"). A history dates
// many events, and a question's year tells when its subject happened, not
// what it is: found alone among the question's terms in a passage that
// dates something else ("Rust 1.31 ships the 2018 edition", for "who won
// the 2018 world cup"), it is no cover, however many passages write it.
func isYear(t string) bool {
	return len(t) == 4 && yearRe.MatchString(t)
}

// productSuffixes end the names of JavaScript products ("Next.js",
// "Socket.IO"), which the index reads as two common words.
var productSuffixes = []string{".js", ".io"}

// dottedNames returns the product names of query written with a product
// suffix, lower case and joined ("next.js": nextjs).
func dottedNames(query string) []string {
	var out []string
	for _, field := range strings.Fields(strings.ToLower(query)) {
		word := bareWord(field)
		for _, suffix := range productSuffixes {
			base, ok := strings.CutSuffix(word, suffix)
			if ok && base != "" && !strings.ContainsFunc(base, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) }) {
				out = append(out, base+suffix[1:])
			}
		}
	}
	return out
}

// lowerWords returns the words of query written in lower case only.
func lowerWords(query string) string {
	var out []string
	for _, f := range strings.Fields(query) {
		if f == strings.ToLower(f) {
			out = append(out, f)
		}
	}
	return strings.Join(out, " ")
}

// comparisons are the words after which a question names what it
// compares with ("like", "instead of", "в отличие от"), asks the book's
// equivalent of ("the node equivalent of python's __name__") or leaves out
// ("without", "no", "без": "without installing nodemon", "no jest"), as
// word sequences, lower case.
var comparisons = [][]string{
	{"like"}, {"unlike"}, {"than"}, {"instead", "of"}, {"similar", "to"}, {"compared", "to"}, {"compared", "with"},
	{"replacement", "for"}, {"alternative", "to"}, {"alternatives", "to"}, {"equivalent", "of"}, {"equivalent", "to"},
	{"вместо"}, {"отличие", "от"}, {"сравнению", "с"}, {"аналог"},
	{"without"}, {"no"}, {"без"},
}

// comparisonSkip are the words between a comparison and the name it
// compares with ("like in Python", "like the Java one", "without
// installing nodemon", "without pulling in yargs").
var comparisonSkip = strings.Fields("in a an the with on for to of в на у с installing using pulling")

// asideTerms returns the terms of the words a question compares with or
// leaves out: the first word after a comparison ("like Deno does": deno;
// "no jest/sinon": jest, sinon), past an article or preposition, and the
// word after its "or" ("without a bundler or tsconfig"); a name
// it likens to ("a rabbitmq-style queue"); and the name of the reader's
// own setup ("my express api").
func asideTerms(r Retriever, query string) map[string]bool {
	words := chatWords(query)
	var out map[string]bool
	for i := range words {
		for _, cmp := range comparisons {
			if i+len(cmp) > len(words) || !slices.Equal(words[i:i+len(cmp)], cmp) {
				continue
			}
			j := i + len(cmp)
			for j < len(words) && slices.Contains(comparisonSkip, words[j]) {
				j++
			}
			if j == len(words) {
				continue
			}
			out = addAside(out, r, words[j])
			// The other of two named together is compared with or left
			// out as well: "without a bundler or tsconfig paths", "like fs
			// or async_hooks".
			if k := j + 2; k < len(words) && (words[j+1] == "or" || words[j+1] == "nor") {
				for k < len(words)-1 && slices.Contains(comparisonSkip, words[k]) {
					k++
				}
				out = addAside(out, r, words[k])
			}
		}
		// "a rabbitmq-style queue", "redis-like": what it is likened to.
		for _, suffix := range likenSuffixes {
			if base, ok := strings.CutSuffix(words[i], suffix); ok && base != "" {
				out = addAside(out, r, base)
			}
		}
		// "my express api", "our django app", "in express middleware": the
		// reader's own setup, told as context; what it does is the question.
		if name, ok := setupName(words[i:]); ok {
			out = addAside(out, r, name)
		}
	}
	// "a built in nodemon", "a nodemon style restart" (counterpart.go).
	for t := range counterpartTerms(r, query) {
		if out == nil {
			out = map[string]bool{}
		}
		out[t] = true
	}
	// "or do i still need sinon", "so i can drop yargs" (needless.go).
	for t := range needlessTerms(r, query) {
		if out == nil {
			out = map[string]bool{}
		}
		out[t] = true
	}
	// "как в джаве", "а не на джаве": what a Russian question likens to.
	for t := range russianAside(r, query) {
		if out == nil {
			out = map[string]bool{}
		}
		out[t] = true
	}
	return out
}

// chatWords are the words of query in lower case, split at spaces and at
// the punctuation of chat that ends a word (",;:!?()" and quotes); dots,
// hyphens and slashes stay in words ("fs.cp", "v-model", "tsx/ts-node").
func chatWords(query string) []string {
	return strings.FieldsFunc(strings.ToLower(query), func(c rune) bool {
		return unicode.IsSpace(c) || strings.ContainsRune(",;:!?()\"«»", c)
	})
}

// likenSuffixes make a word of a name that likens to it: "rabbitmq-style".
var likenSuffixes = []string{"-style", "-like", "-esque", "-подобный", "-подобная", "-подобное", "-подобные"}

// setupName is the name that words start by framing as the reader's
// setup: "my express api", or after a place, "in express middleware",
// "inside my docker image", "behind an AWS load balancer", "during
// webpack build".
func setupName(words []string) (string, bool) {
	j := 0
	placed := len(words) > 0 && slices.Contains(setupPlaces, words[0])
	if placed {
		j = 1
	}
	for j < len(words) && (slices.Contains(setupOwners, words[j]) || j > 0 && slices.Contains(setupDeterminers, words[j])) {
		j++
	}
	if j == 0 || j+1 >= len(words) {
		return "", false
	}
	if setupNoun(words[j+1:]) {
		return words[j], true
	}
	// After a place, a word or two may describe the setup before its name:
	// "in my slim docker image", "from some old redis client", "from an
	// old callback-style redis lib". Without the place the name is as
	// often the subject: "my node docker image is 1.2gb" asks about the
	// image.
	if placed && j+2 < len(words) && setupNoun(words[j+2:]) {
		return words[j+1], true
	}
	if placed && j+3 < len(words) && setupNoun(words[j+3:]) {
		return words[j+2], true
	}
	return "", false
}

// setupNoun reports whether words start with one of setupNouns. The noun
// may be two words, plural ("on alpine docker images"), and end a
// sentence: "in a docker bind mount."
func setupNoun(words []string) bool {
	for _, noun := range setupNouns {
		n := strings.Count(noun, " ") + 1
		if n > len(words) {
			continue
		}
		if w := strings.TrimRight(strings.Join(words[:n], " "), "."); w == noun || w == noun+"s" {
			return true
		}
	}
	return false
}

// setupOwners and setupNouns frame a name as the reader's own setup:
// "my express api", "our rails app", and the machine it runs on, "my
// ubuntu box", "our windows laptop" (the nouns for a computer, listed
// whole), the one it is built or run by, "our linux ci", and what it
// reaches through, "an aws load balancer", "a docker bind mount", or the
// library it talks through, "our redis client", "an old redis lib", and
// the node of a cluster it is, "our slim docker node".
var (
	setupOwners = strings.Fields("my our")
	setupNouns  = append(strings.Fields("app apps api server service project backend frontend site website bot box machine laptop desktop pc computer vm host image container middleware ci build client lib library driver node"),
		"load balancer", "bind mount")
	// setupPlaces put the reader's code in a setup: "in express
	// middleware", "behind an aws load balancer", "during webpack build".
	setupPlaces = strings.Fields("in inside on from behind during")
	// setupDeterminers may stand between a place and the name: "from
	// some redis client".
	setupDeterminers = strings.Fields("a an the some")
)

// addAside adds the terms of word to out, made when nil.
func addAside(out map[string]bool, r Retriever, word string) map[string]bool {
	for _, t := range append(r.Terms(word), dottedNames(word)...) {
		if out == nil {
			out = map[string]bool{}
		}
		out[t] = true
	}
	return out
}

// minUnknownLetters and maxUnknownLetters bound the letters of a term the
// unknown-word rule reads: shorter ones are abbreviations as often as
// names (four letters name a thing as often: "etcd", "lmdb"; shortname.go
// passes by the typos and defined short forms among them); longer ones,
// the words a science builds from its roots ("supracellular",
// "glycometabolic", "albendazole") more often than the short names coined
// for products ("webpack", "eslint", "haproxy"). A question that asks how,
// why or what reads longer ones too (longunknown.go).
const (
	minUnknownLetters = 4
	maxUnknownLetters = 8
)

// unknownTerms maps the terms of w (the question's subject terms) that
// neither general nor technical English nor the book has in any form to
// the word of the question each comes from: Latin terms that neither word
// list holds, or general English only in its long tail (rareword.go), and
// no chapter holds, which are no misspelling. Words
// between backticks (the reader's own code), identifiers (found by their
// parts) and codes with a digit are not among them.
func (c coverage) unknownTerms(r Retriever, query string, w map[string]float64, df map[string]int, identifiers map[string][]string) map[string]string {
	var out map[string]string
	// A Russian question says a general idea in Russian: a word it writes
	// in Latin letters is a name or a term, even one made of two common
	// English words ("netcraft").
	russian := scriptOf(query) == scriptCyrillic
	most := unknownLetterBound(query) // longunknown.go
	for _, span := range outsideCode(query) {
		prev := ""
		for _, field := range strings.Fields(span) {
			word := bareWord(field)
			// A word after "to" is a verb more often than a name ("a
			// way to slurp a stream"): rare reads it not.
			afterTo := strings.EqualFold(prev, "to")
			prev = word
			if strings.ContainsFunc(word, isCodePunct) {
				continue // code: "GetAddrInfoReqWrap.onlookup"
			}
			for _, t := range r.Terms(word) {
				if _, ok := w[t]; !ok || df[t] > 0 || identifiers[t] != nil || search.IsCyrillic(t) {
					continue
				}
				if n := utf8.RuneCountInString(t); n < minUnknownLetters || n > most || c.known(t) && (afterTo || !c.rare(t, word)) {
					continue
				}
				if c.misspelt(r, word) || c.swapped(r, word) || parenthesised(field) || !russian && c.compound(r, word) {
					continue
				}
				if out == nil {
					out = map[string]string{}
				}
				out[t] = strings.ToLower(word)
			}
		}
	}
	return out
}

// maxJoined is the most words of a passage that joinedIn reads as one.
const maxJoined = 3

// joinedIn reports whether the passages of chapter ch among hits (any
// chapter's when ch is "") write word, lower case, as up to maxJoined
// words in a row ("nodejs": Node.js, "builtin": built-in, "webhook": web
// hook).
func joinedIn(word string, hits []search.Hit, ch string) bool {
	for i, taken := 0, 0; i < len(hits) && (taken < 3 || ch == ""); i++ {
		if ch != "" && hits[i].Chapter != ch {
			continue
		}
		taken++
		words := letterRuns(strings.ToLower(hits[i].Text))
		for j := range words {
			joined := ""
			for k := j; k < len(words) && k < j+maxJoined && len(joined) < len(word); k++ {
				joined += words[k]
				if k > j && joined == word && !numberGoesOn(words, k) {
					return true
				}
			}
		}
	}
	return false
}

// numberGoesOn reports whether run k of words is a number's first part
// only: digits, and digits the next run too ("0" of "Docker 0.9"). A word
// joined up to it ("docker0") is not what the passage writes: its number
// is another ("http2" is HTTP/2, but docker0 is no Docker 0.9).
func numberGoesOn(words []string, k int) bool {
	return k+1 < len(words) && allDigits(words[k]) && allDigits(words[k+1])
}

// allDigits reports whether s is a run of digits.
func allDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// minWithin is the fewest letters of a Latin term looked for inside a
// longer word of a passage ("fsync" in "appendfsync", "evict" in
// "noeviction") or in a misspelling ("recieve": receive).
const minWithin = 5

// spelledWithin returns the term of head or body that holds Latin term t
// inside it, when t is rare (surnameWeight) or unknown: a common word
// inside a longer one is a part of another word ("board" in "dashboard"),
// a rare one the setting or name it is written into ("fsync" in
// "appendfsync", "evict" in "noeviction"). Or, when t is a word neither
// general nor technical English knows (a misspelling more often than not),
// the term that differs from it by one letter added, dropped, changed or
// two swapped, its first letter kept; else "".
func (c coverage) spelledWithin(t string, head, body map[string]bool) string {
	if utf8.RuneCountInString(t) < minWithin || search.IsCyrillic(t) || strings.ContainsAny(t, "0123456789") {
		return ""
	}
	typo := !c.known(t)
	rare := typo || c.weight(t) >= surnameWeight
	for _, terms := range []map[string]bool{head, body} {
		for s := range terms {
			if rare && len(s) > len(t) && strings.Contains(s, t) {
				return s
			}
			if typo && s[0] == t[0] && search.OneEdit(t, s) {
				return s
			}
		}
	}
	return ""
}

// latinBegins returns the term of head or body that begins with one of
// latin, the Latin spellings of a Russian term of the question, and is
// longer: the name a reader shortens as Russian chat does ("монга" is
// mongo, which the book writes as MongoDB). It is "" when there is none.
// A spelling shorter than minWithin letters begins too many words to be a
// name's.
func latinBegins(latin []string, head, body map[string]bool) string {
	var long []string
	for _, l := range latin {
		if utf8.RuneCountInString(l) >= minWithin {
			long = append(long, l)
		}
	}
	if len(long) == 0 {
		return ""
	}
	return firstTerm(head, body, func(s string) bool {
		return slices.ContainsFunc(long, func(l string) bool { return clips(l, s) })
	})
}

// firstTerm returns the first in order of the terms of head and body that
// ok accepts, "" for none: the first, so that the weight of the spelling
// found (see share) does not hang on map order.
func firstTerm(head, body map[string]bool, ok func(s string) bool) string {
	best := ""
	for _, terms := range []map[string]bool{head, body} {
		for s := range terms {
			if (best == "" || s < best) && ok(s) {
				best = s
			}
		}
	}
	return best
}

// adjectiveBase returns the word an English adjective in -y is made of,
// as the stemmer leaves it ("laggi": lag, "hacki": hack, "spammi": spam),
// or "" when term does not end so. The stemmer keeps the -y ("i"), so
// "laggy" is a term no word list has while "lag" is common.
func adjectiveBase(term string) string {
	base, ok := strings.CutSuffix(term, "i")
	if !ok || len(base) < 3 || search.IsCyrillic(term) {
		return ""
	}
	if n := len(base); base[n-1] == base[n-2] && !strings.ContainsRune("aeiou", rune(base[n-1])) {
		base = base[:n-1]
	}
	return base
}

// russianPrefixes are the prefixes that make a Russian verb of another
// (mostly its perfective: "критиковал", "раскритиковал"; "чистит",
// "вычистит"), with much the same meaning for a question; and пол-, half,
// that a reader puts before a noun ("полдиска", "полсекунды") of which the
// book says the noun.
var russianPrefixes = strings.Fields("в вз вос воз вы до за из ис на над о об обо от пере по под пол пре при про раз рас с со у")

// minPrefixed is the shortest Russian term looked for with a prefix or
// without one; minUnprefixed, the shortest it leaves without its prefix.
const (
	minPrefixed   = 5
	minUnprefixed = 3
)

// prefixed returns the term of head or body that is Russian term t with a
// verb prefix ("критикова": раскритикова), or t without its prefix
// ("разрос": рос), or "".
func prefixed(t string, head, body map[string]bool) string {
	if utf8.RuneCountInString(t) < minPrefixed || !search.IsCyrillic(t) {
		return ""
	}
	for _, p := range russianPrefixes {
		if s := p + t; head[s] || body[s] {
			return s
		}
		if s, ok := strings.CutPrefix(t, p); ok && utf8.RuneCountInString(s) >= minUnprefixed && (head[s] || body[s]) {
			return s
		}
	}
	return ""
}

// latinSpeller is a Retriever that knows the Latin spellings in the book
// of a question's Russian words; *search.Index is one.
type latinSpeller interface {
	Latin(ctx context.Context, text string) (map[string][]string, error)
}

// identifierParts maps the whole term of each identifier in query
// ("highWaterMark", "unwrap_or_else") to the terms of its parts, as the
// index analyses them.
func identifierParts(r Retriever, query string) map[string][]string {
	var out map[string][]string
	words := strings.FieldsFunc(query, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) && c != '_' })
	for _, word := range words {
		if !search.IsIdentifier(word) {
			continue
		}
		if ts := r.Terms(word); len(ts) > 1 {
			if out == nil {
				out = map[string][]string{}
			}
			out[ts[0]] = ts[1:]
		}
	}
	return out
}

// chapters lists the first n distinct chapters of hits, in rank order.
func chapters(hits []search.Hit, n int) []string {
	var out []string
	for _, h := range hits {
		if len(out) == n {
			break
		}
		if !slices.Contains(out, h.Chapter) {
			out = append(out, h.Chapter)
		}
	}
	return out
}

// nameTerms lists the terms of the words of query written as names: a
// word of minNameLetters letters or more, without a digit, that starts
// with a capital and does not start a sentence ("Python"), or that has
// another capital after its first letter wherever it stands ("GIL",
// "ElastiCache", "KEYS"). A code with a digit ("E0499", "ES2022") names
// no product, and a two-letter capital ("PR", "CI", "UI") is mostly a
// common abbreviation. Code is no prose either: a reader's own type or
// variable (`UserRecord`, "Config::new()", "Vec<T>") is not the book's, and
// says nothing of its subject, so words between backticks and words with
// code punctuation are left out. Each name gives its whole term, as the
// index analyses it.
func nameTerms(r Retriever, query string) []string {
	var out []string
	initial := true
	for i, span := range strings.Split(query, "`") {
		if i%2 == 1 {
			initial = false // code
			continue
		}
		for _, field := range strings.Fields(span) {
			word := bareWord(field)
			if !strings.ContainsFunc(word, isCodePunct) && isName(word, initial) {
				if ts := r.Terms(word); len(ts) > 0 {
					out = append(out, ts[0])
				}
			}
			last, _ := utf8.DecodeLastRuneInString(field)
			initial = strings.ContainsRune(".!?:;", last)
		}
	}
	return out
}

// isCodePunct reports whether c, inside a word, makes it code rather
// than prose: anything but a letter, a digit, an apostrophe or a hyphen.
func isCodePunct(c rune) bool {
	return !unicode.IsLetter(c) && !unicode.IsDigit(c) && !strings.ContainsRune("'’-", c)
}

// minNameLetters is the fewest letters of a word written as a name.
const minNameLetters = 3

// isName reports whether word is written as a name; initial says whether
// it starts a sentence.
func isName(word string, initial bool) bool {
	first, _ := utf8.DecodeRuneInString(word)
	if !unicode.IsUpper(first) {
		return false
	}
	letters, upper := 0, 0
	for _, c := range word {
		switch {
		case unicode.IsDigit(c):
			return false
		case unicode.IsUpper(c):
			upper++
			letters++
		case unicode.IsLetter(c):
			letters++
		}
	}
	if letters < minNameLetters {
		return false
	}
	return !initial || upper > 1
}

// minLatinStem is the fewest letters of a Russian stem looked for in
// Latin letters when the question's word is longer than its stem.
const minLatinStem = 4

// plainLatin keeps of latin (the Latin spellings of the question's
// Russian terms) those that stand for the word. Where the book has a
// term's own transliteration (of its word or of its stem), the book's
// terms that merely share its consonants ("varit": variat) are guesses it
// no longer needs. And a stem of fewer than minLatinStem letters cut from
// a longer word is some other word's beginning as often as not ("варить":
// вар, var): only the transliteration of the word itself stands for it
// ("луа": lua, though its stem is лу).
func plainLatin(r Retriever, query string, latin map[string][]string) map[string][]string {
	if len(latin) == 0 {
		return latin
	}
	own := map[string]string{}     // term -> its word's transliteration
	exact := map[string][]string{} // term -> that of its word and its stem
	for _, word := range letterRuns(query) {
		ts := r.Terms(word)
		if len(ts) != 1 || latin[ts[0]] == nil {
			continue
		}
		t := ts[0]
		if l := r.Terms(search.Transliterate(word)); len(l) == 1 {
			own[t] = l[0]
			exact[t] = append(exact[t], l[0])
		}
		if l := r.Terms(search.Transliterate(t)); len(l) == 1 {
			exact[t] = append(exact[t], l[0])
		}
	}
	out := map[string][]string{}
	for t, spellings := range latin {
		if e := slices.DeleteFunc(slices.Clone(spellings), func(s string) bool { return !slices.Contains(exact[t], s) }); len(e) > 0 {
			spellings = e
		}
		if utf8.RuneCountInString(t) < minLatinStem {
			spellings = slices.DeleteFunc(slices.Clone(spellings), func(s string) bool { return s != own[t] })
		}
		if len(spellings) > 0 {
			out[t] = spellings
		}
	}
	return out
}

// longerSpelling reports whether one of the Latin spellings in the book of
// a Russian term (latin) is a longer form of the name's spelling s: a
// question's "постгреса" names Postgres, which the book writes PostgreSQL.
func longerSpelling(s string, latin []string) bool {
	return slices.ContainsFunc(latin, func(l string) bool { return clips(s, l) })
}

// minTypoLetters is the fewest letters of a word read as a possible
// misspelling: shorter names are one letter from a common word as often
// as not ("axios": axis, "vite": vote).
const minTypoLetters = 6

// maxTypoWeight is the most a word's general English weight may be for a
// word one letter from it to be read as its misspelling: a common word,
// such as "password" (12.3) for "pasword".
const maxTypoWeight = 13

// misspelt reports whether word, which general English does not know, is
// one letter added, dropped, changed or two neighbours swapped from a
// common English word ("recieve", "pasword", "diffrence").
func (c coverage) misspelt(r Retriever, word string) bool {
	word = strings.ToLower(word)
	if len(word) < minTypoLetters || !isLatinLower(word) {
		return false
	}
	var variants []string
	for i := 0; i <= len(word); i++ {
		for ch := byte('a'); ch <= 'z'; ch++ {
			variants = append(variants, word[:i]+string(ch)+word[i:]) // added
			if i < len(word) && ch != word[i] {
				variants = append(variants, word[:i]+string(ch)+word[i+1:]) // changed
			}
		}
		if i < len(word) {
			variants = append(variants, word[:i]+word[i+1:]) // dropped
		}
		if i+1 < len(word) {
			variants = append(variants, word[:i]+word[i+1:i+2]+word[i:i+1]+word[i+2:]) // swapped
		}
	}
	return c.commonVariant(r, variants)
}

// commonVariant reports whether one of variants, the edits of a word
// (misspelt, swapped), is a common English word (maxTypoWeight), as the
// index analyses it.
func (c coverage) commonVariant(r Retriever, variants []string) bool {
	for _, t := range r.Terms(strings.Join(variants, " ")) {
		if c.english.weight(t) <= maxTypoWeight {
			return true
		}
	}
	return false
}

// minPart is the fewest letters of each word of a compound.
const minPart = 3

// compound reports whether word, which general English does not know, is
// two common English words written as one ("microservices", "webhook",
// "fullstack", "polyfill"): a reader's word for a general idea more often
// than a name, in an English question.
func (c coverage) compound(r Retriever, word string) bool {
	word = strings.ToLower(word)
	if !isLatinLower(word) {
		return false
	}
	for i := minPart; i+minPart <= len(word); i++ {
		a, b := r.Terms(word[:i]), r.Terms(word[i:])
		if len(a) == 1 && len(b) == 1 && c.english.weight(a[0]) <= maxTypoWeight && c.english.weight(b[0]) <= maxTypoWeight {
			return true
		}
	}
	return false
}

// missesName reports whether a chapter's passages lack a name of
// names.txt that the question asks about (not one it compares with):
// whatever else they share with it, they are about something else. A
// Latin name counts as the word itself only (not "express" of
// "expression", see unmentionedName), and only when it is no common
// English word too ("spring", "express"), which an English question may
// use as that word.
func (c coverage) missesName(query string, w map[string]float64, found map[string]string, aside map[string]bool) bool {
	for t := range w {
		if c.names[t] == nil || aside[t] || found[t] != "" {
			continue
		}
		if search.IsCyrillic(t) {
			return true
		}
		// A Russian question uses no English word as that word: its
		// "windows" is the product.
		if c.writesName(query, t) && (c.english.weight(t) >= commonName || scriptOf(query) == scriptCyrillic) {
			return true
		}
	}
	return false
}

// relatedStem returns the term of head or body that is Russian term t
// stemmed otherwise (one a prefix of the other, as bounded by minRelative
// and maxRelative): "скомпилилось" stems to скомпил, "скомпилируется" to
// скомпилир. It is "" when there is none.
func relatedStem(t string, head, body map[string]bool) string {
	if utf8.RuneCountInString(t) < minRelative || !search.IsCyrillic(t) {
		return ""
	}
	return firstTerm(head, body, func(s string) bool { return related(t, s) })
}

// union returns the terms of a and b in a new set.
func union(a, b map[string]bool) map[string]bool {
	out := make(map[string]bool, len(a)+len(b))
	for t := range a {
		out[t] = true
	}
	for t := range b {
		out[t] = true
	}
	return out
}

// outsideCode returns the spans of query outside backticks: what the
// reader wrote in words, not their own code.
func outsideCode(query string) []string {
	var out []string
	for i, span := range strings.Split(query, "`") {
		if i%2 == 0 {
			out = append(out, span)
		}
	}
	return out
}

// bareWord is a field of a question without the punctuation around it
// ("(nats," : nats).
func bareWord(field string) string {
	return strings.TrimFunc(field, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) })
}

// unwrittenSubject reports whether term t is a subject word of the
// question (in w: no filler), not one it compares with or pasted (aside),
// that no passage of the book writes (df).
func unwrittenSubject(t string, w map[string]float64, aside map[string]bool, df map[string]int) bool {
	_, ok := w[t]
	return ok && !aside[t] && df[t] == 0
}
