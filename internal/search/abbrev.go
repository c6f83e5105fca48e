package search

import "github.com/blevesearch/bleve/v2/analysis"

// abbreviationsName is abbreviations' name in bleve's registry.
const abbreviationsName = "chapterbot_abbreviations"

// abbreviated maps numeronyms and short forms that technical writing and
// readers use for one word each ("k8s", "i18n", "db") to that word, lower
// case, plural forms too. Each is unambiguous in software text; a short
// form of several words ("e2e") or of more than one meaning ("auth":
// authentication or authorisation; "env") is not here.
var abbreviated = map[string]string{
	"k8s":  "kubernetes",
	"i18n": "internationalization",
	"l10n": "localization",
	"a11y": "accessibility",
	"o11y": "observability",
	"db":   "database",
	"dbs":  "databases",
	"deps": "dependencies",
}

// abbreviations is a token filter that writes each abbreviated token as its
// word, in the index and in questions alike, so that a question on "k8s"
// finds the passages on Kubernetes and the other way round. It runs after
// lower-casing and before stemming; the token keeps its offsets.
type abbreviations struct{}

func (abbreviations) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, tok := range in {
		if w, ok := abbreviated[string(tok.Term)]; ok {
			tok.Term = []byte(w)
		}
	}
	return in
}
