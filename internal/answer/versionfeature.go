package answer

import "regexp"

// versionFeatureRe finds a question for the version that brought a
// feature, and the feature's words: "which django release added the
// built-in background tasks framework", "what go version introduced
// generics".
var versionFeatureRe = regexp.MustCompile(`^(?:in )?(?:which|what) (?:\S+ ){0,2}(?:version|versions|release|releases) (?:of \S+ )?(?:first )?(?:added|introduced|unflagged|brought|shipped|gained)\s+(.+)$`)

// featureTerms are the terms of the feature a version question asks
// about (see versionFeatureRe), nil when part asks no such version. The
// book must write them beside the version: a feature it never names is
// not one of its releases' ("Django 1.7 in September 2014 brings built-in
// schema migrations" is no answer to which release added the built-in
// background tasks framework), so answerablePart weighs them even when
// the passages lack them, by missingFeatureWeight. Site tuning set s22,
// coverage: +1 (that question).
func featureTerms(r Retriever, part string) []string {
	m := versionFeatureRe.FindStringSubmatch(part)
	if m == nil {
		return nil
	}
	return r.Terms(m[1])
}

// missingFeatureWeight scales the weight of a feature's word the passages
// lack: it may be the reader's paraphrase of one they write ("flags" for
// the arguments util.parseArgs parses), so it counts half.
const missingFeatureWeight = 0.5

// latestVersionQRe finds a question for the latest version: "какая
// последняя версия curator", "which is the latest version of go".
var latestVersionQRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:latest|newest|current|последн\pL*|текущ\pL*|свеж\pL*|актуальн\pL*)\s+(?:\pL+\s+)?(?:version|release|верси\pL*|релиз\pL*)(?:[^\pL]|$)`)

// latestRe finds a word that tells a version as the latest: one version
// among those a history gives ("Curator 5.x replaced the old caches") is
// no answer to which is the latest. Russian tuning set s22, coverage: +1
// ("какая последняя версия curator ...").
var latestRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:latest|newest|current|currently|последн\pL*|текущ\pL*|свеж\pL*|актуальн\pL*|нынешн\pL*)(?:[^\pL]|$)`)
