package answer

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A reference gives most of its sections a version: "Added in: v12.12.0"
// under a heading, a history row "Version: v13.7.0; Changes: Unflag
// conditional exports". A question for the version a feature came in
// ("since which node version can require() load an ES module", "which node
// release got a builtin glob") is answered by a version stated of that
// feature, not by any version in a passage that shares its common words.

// featureSinceRe finds a question for the version a feature came in, and
// the feature: "since which node version can require() load an ES
// module", "in which node version did require() of esm become unflagged",
// "which node release got a builtin glob". A version asked that the
// reader picks ("which version of @types/node should i install"), or one
// of a value ("what version of uuid does crypto.randomUUID generate"),
// is not matched.
var featureSinceRe = regexp.MustCompile(`(?:^|[^\pL\pN])(?:(?:(?:since|from|as of|in) (?:which|what)) (?:\S+ ){0,2}(?:version|versions|release|releases) (?:can|could|does|do|did|is|are|was|were|has|have) (.+)|(?:which|what) (?:\S+ ){0,2}(?:version|versions|release|releases) (?:first )?(?:added|got|gained|introduced|brought|shipped|unflagged|landed) (.+))$`)

// arrivalWords say that a feature came, not what it is: "become
// unflagged", "got", "available".
var arrivalWords = releasedWords + `
added add adds got get gets gained gain brought bring become became becomes unflagged unflag available supported
support supports enabled default stable experimental land landed remove removed removes drop dropped deprecate
deprecated switched turned completely entirely fully finally officially`

// minFeatureStated is the least weighted share of a feature's terms that a
// unit stating a version must hold, with its passage's headings.
const minFeatureStated = 0.5

// askedFeature is the terms of the feature query asks the version of (see
// featureSinceRe), without filler, question words, nor the words of its
// arrival ("become unflagged") or of the reader's context (featureEnd);
// nil when it asks no such version, or names the feature before asking
// ("is there a built in nodemon? which version added it").
func (c coverage) askedFeature(r Retriever, query string) []string {
	s := normalQuestion(query)
	var feature string
	for i, p := range questionParts(s) {
		text := sepRe.ReplaceAllString(p.text, "")
		m := featureSinceRe.FindStringSubmatchIndex(text)
		if m == nil {
			continue
		}
		for g := 2; g < len(m); g += 2 {
			if m[g] >= 0 {
				feature = featureEnd(text[m[g]:m[g+1]])
			}
		}
		// "is there a built in nodemon? which version added it": the
		// feature is named before the version is asked.
		if (i > 0 || m[0] > 0) && featureBackRe.MatchString(feature) {
			return nil
		}
		break
	}
	if feature == "" {
		return nil
	}
	skip := set(r.Terms(arrivalWords + "\n" + questionWords + "\n" + versionWordsList))
	var out []string
	for _, t := range r.Terms(feature) {
		if !c.filler[t] && !skip[t] && !isNumber(t) && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// featureBackRe finds a feature that points back at what the question
// names before it: "it", "that", "the helper".
var featureBackRe = regexp.MustCompile(`^(?:it|its|that|this|these|those|they|them|such|the \S+$)(?:[^\pL\pN]|$)`)

// featureEnd cuts phrase, the words after a version asked, where its
// feature ends: at the end of its sentence or clause ("? need to know if
// our older boxes have it", ", and how do i switch it off", " — ..."), not
// at a comma inside brackets ("subscribe(name, fn)").
func featureEnd(phrase string) string {
	depth := 0
cut:
	for i, ch := range phrase {
		switch ch {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth = max(depth-1, 0)
		case '?', '!', ';', '—', '–':
			phrase = phrase[:i]
			break cut
		case '.', ',':
			if depth == 0 && (i+1 == len(phrase) || phrase[i+1] == ' ') {
				phrase = phrase[:i]
				break cut
			}
		}
	}
	if loc := readerContextRe.FindStringIndex(phrase); loc != nil {
		return phrase[:loc[0]]
	}
	return phrase
}

// readerContextRe finds where the reader's words after a feature tell what he
// wants it for or does without: "for deep copying objects", "instead of
// just warning", "without ERR_REQUIRE_ESM and without a flag".
var readerContextRe = regexp.MustCompile(`\s(?:for|instead|without|so|because|like|to avoid|rather than|unlike)\s`)

// statedVersionRe finds a version: "v12.12.0", "18.x", "Node.js 12+";
// versionRe the name before one ("Version 10", "Angular 17").
var statedVersionRe = regexp.MustCompile(`(?i)(?:^|[^\pL\pN.])(?:v\d+(?:\.\d+)*|\d+\.(?:\d+|x)(?:\.\d+)*|\d+\+)(?:[^\pL\pN]|$)`)

// statesFeatureVersion reports whether a passage of chapter ch among hits
// (those coverage reads) states a version of feature: a unit of it that
// gives a version ("Added in: v18.3.0", a history row, a sentence) holds,
// with its passage's headings, minFeatureStated of the feature's weight. A
// word of the feature that none of the passages holds counts by
// missingFeatureWeight: it may be the reader's paraphrase ("the vendor/
// folder" of "a vendor directory").
func (c coverage) statesFeatureVersion(r Retriever, feature []string, hits []search.Hit, ch string) bool {
	passages := chapterPassages(hits, ch)
	var stated []map[string]bool // the terms of each unit that gives a version, with its headings
	all := map[string]bool{}
	for _, h := range passages {
		head := wholeTerms(r, h.ChapterTitle+"\n"+strings.Join(h.Tags, "\n")+"\n"+strings.Join(h.Trail, "\n"))
		maps.Copy(all, head)
		maps.Copy(all, wholeTerms(r, h.Text))
		for _, text := range versionTexts(h.Text) {
			stated = append(stated, union(head, wholeTerms(r, text)))
		}
	}
	var total float64
	for _, t := range feature {
		if c.namesWord(t, all) {
			total += c.weight(t)
		} else {
			total += c.weight(t) * missingFeatureWeight
		}
	}
	if total == 0 {
		return true
	}
	for _, terms := range stated {
		var got float64
		for _, t := range feature {
			if c.namesWord(t, terms) {
				got += c.weight(t)
			}
		}
		if got/total >= minFeatureStated {
			return true
		}
	}
	return false
}

// versionTexts are the units of text that give a version, and its lines
// that do: a bare "Added in: v17.0.0" is too short to be a unit.
func versionTexts(text string) []string {
	texts := strings.Split(text, "\n")
	for _, u := range units(text) {
		texts = append(texts, u.text)
	}
	var out []string
	for _, s := range texts {
		if statedVersionRe.MatchString(s) || versionRe.MatchString(s) {
			out = append(out, s)
		}
	}
	return out
}

// wholeTerms are the terms of text's words read whole: a part of a longer
// name is no name of a feature ("module.syncBuiltinESMExports()" names no
// ESM, nor "module.isBuiltin" a builtin glob), though the analyser indexes
// the parts of a name written in camel case.
func wholeTerms(r Retriever, text string) map[string]bool {
	return set(r.Terms(strings.ToLower(text)))
}

// namesWord reports whether terms hold term t of a feature: itself,
// another spelling of its names.txt line, or with one letter wrong ("zookeper").
// Not a longer word it begins: "builtin" is not "builtinModules".
func (c coverage) namesWord(t string, terms map[string]bool) bool {
	if terms[t] || slices.ContainsFunc(c.names[t], func(s string) bool { return terms[s] }) {
		return true
	}
	if utf8.RuneCountInString(t) < minFuzzy {
		return false
	}
	for s := range terms {
		if utf8.RuneCountInString(s) >= minFuzzy && search.OneEdit(t, s) {
			return true
		}
	}
	return false
}
