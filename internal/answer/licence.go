package answer

import (
	"regexp"
	"strings"
	"sync"
	"unicode"

	"github.com/github/go-spdx/v2/spdxexp/spdxlicenses"
)

// licenceQRe finds a question for a licence, asked with the word that
// asks for one of several things: "what licence did google put go under",
// "which licenses did redis ltd move the core to", "под какой лицензией
// распространяется nginx", "какая лицензия у postgresql". "which company
// pulled the free bitkeeper license" asks for a company.
var licenceQRe = regexp.MustCompile(`(?i)\b(?:which|what)(?:\s+\pL+){0,2}?\s+licen[cs]|(?:^|[^\pL])как(?:ой|ая|ое|ие|ого|ому|им|ом|ую|их|ими)(?:\s+\pL+)?\s+лиценз`)

// licenceWeight scales the fit of a sentence that names a licence the
// question does not for a question that asks which licence (licenceQRe):
// such a question asks for the licence's name, which "Лицензия разрешает
// использовать, изменять и распространять код" lacks and "PostgreSQL
// распространяется под собственной лицензией PostgreSQL License" gives.
// Tuning sets, lead: s12-ru, s15-ru and s23-ru each gain one question from
// 0.35 to 1.0; at 0.25 only s12-ru does. Without formerLicence, s14-ru
// loses "под какой лицензией щас монгодб?" from 0.65 on.
const licenceWeight = 0.6

// vagueLicenceWeight is the fit of a sentence whose licence is named by
// its family alone ("под копилефтной лицензией AGPL", "а не разрешительной
// BSD"), against 1 for one that names it with its version or in full
// ("GNU AGPLv3", "MPL 2.0 (Mozilla Public License)", "MIT"): the passage
// that states the version answers the question best.
const vagueLicenceWeight = 0.5

var (
	// versionedLicenceRe finds a name followed by a version, as prose
	// writes a licence's: "AGPLv3", "GPL version 2", "MPL 2.0",
	// "Apache-2.0", "BSL 1.1".
	versionedLicenceRe = regexp.MustCompile(`\b([A-Za-z][A-Za-z0-9]*)(?:v|[ -]|\s+version\s+|\s+верси\pL*\s+)(\d+(?:\.\d+)?)\b`)
	// spelledLicenceRe finds a licence's full name, capitalised words
	// before "License": "Business Source License", "GNU Affero General
	// Public License", "PostgreSQL License".
	spelledLicenceRe = regexp.MustCompile(`(?:\b[A-Z][A-Za-z0-9.+-]*\s+){1,6}Licen[cs]e\b`)
	// licenceWordRe finds the word licence in a sentence, which a name
	// of a licence without its version needs beside it: "BSD" alone may
	// be the system, "under the MIT license" the licence.
	licenceWordRe = regexp.MustCompile(`(?i)licen[cs]|лиценз`)
	// acronymRe finds a word of capitals and digits that may be a
	// licence's identifier or family: "MIT", "BSD", "AGPL".
	acronymRe = regexp.MustCompile(`\b[A-Z0-9]*[A-Z][A-Z0-9]+\b`)
)

// plainLicenceWords are the words that open a full name without naming a
// licence: "The License", "This Open Source License".
var plainLicenceWords = map[string]bool{"the": true, "this": true, "that": true, "a": true, "an": true, "its": true,
	"our": true, "their": true, "your": true, "any": true, "each": true, "every": true, "new": true, "old": true,
	"free": true, "open": true, "source": true, "software": true, "commercial": true, "public": true, "general": true,
	"standard": true, "same": true, "original": true, "under": true}

// spdx holds the SPDX licence list (github.com/github/go-spdx): its
// identifiers ("MIT", "Apache-2.0", "AGPL-3.0-only") and the families
// they share, upper-case names before the first dash ("AGPL", "BSD",
// "MPL"). A family in mixed case ("Apache", "Python", "PostgreSQL") names
// the project as often as its licence, and counts only with its version.
var spdx = sync.OnceValue(func() struct{ ids, families map[string]bool } {
	ids := map[string]bool{}
	families := map[string]bool{}
	for _, id := range spdxlicenses.GetLicenses() {
		ids[strings.ToUpper(id)] = true
		f, _, _ := strings.Cut(id, "-")
		if len(f) >= 2 && strings.ToUpper(f) == f && strings.ContainsFunc(f, unicode.IsLetter) {
			families[f] = true
		}
	}
	return struct{ ids, families map[string]bool }{ids, families}
})

// licenceFit scores whether s names a licence that question q does not:
// 1 for a licence named with its version, by a full SPDX identifier
// ("MIT") or in full ("Mozilla Public License"), vagueLicenceWeight for
// one named by its family alone ("AGPL"), 0 for none. A licence q names,
// by its family ("до этой истории с bsl": "BSL 1.1") or by the initials
// of its full name ("Business Source License"), is the one it asks from,
// not the answer.
func licenceFit(q, s string) float64 {
	asked := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(q), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		asked[w] = true
	}
	lq := strings.ToLower(q)
	list := spdx()
	fit := 0.0
	for _, m := range versionedLicenceRe.FindAllStringSubmatch(s, -1) {
		name, version := m[1], m[2]
		if !strings.Contains(version, ".") {
			version += ".0"
		}
		if !list.families[name] && !list.ids[strings.ToUpper(name+"-"+version)] {
			continue
		}
		if !asked[strings.ToLower(name)] {
			return 1
		}
	}
	for _, m := range spelledLicenceRe.FindAllString(s, -1) {
		words := strings.Fields(m)
		words = words[:len(words)-1]
		for len(words) > 0 && plainLicenceWords[strings.ToLower(words[0])] {
			words = words[1:]
		}
		if len(words) == 0 {
			continue
		}
		initials := ""
		for _, w := range words {
			initials += strings.ToLower(w[:1])
		}
		initials += "l"
		if !strings.Contains(lq, strings.ToLower(m)) && !asked[initials] {
			return 1
		}
	}
	if !licenceWordRe.MatchString(s) {
		return 0
	}
	for _, w := range acronymRe.FindAllString(s, -1) {
		if asked[strings.ToLower(w)] {
			continue
		}
		switch {
		case list.ids[w]:
			return 1
		case list.families[w]:
			fit = vagueLicenceWeight
		}
	}
	return fit
}

// formerRe finds a sentence that opens by placing its fact before a
// change: "Поначалу сервер MongoDB распространялся под лицензией GNU AGPL
// v3", "Originally it shipped under the GPL".
var formerRe = regexp.MustCompile(`(?i)^(?:поначалу|сначала|изначально|первоначально|раньше|прежде|до|originally|initially|at first|before|until|previously|formerly)(?:[^\pL\pN]|$)`)

// formerLicence reports whether sentence s tells the licence a thing had
// before a change while question q asks for the one it has now
// (presentRe: "под какой лицензией щас монгодб?").
func formerLicence(q, s string) bool {
	return presentRe.MatchString(q) && formerRe.MatchString(s)
}
