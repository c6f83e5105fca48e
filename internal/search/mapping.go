package search

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"
	index "github.com/blevesearch/bleve_index_api"
)

// Field names of a passage document. Only fieldText and fieldCited are
// stored (fieldCited for bulk builds to carry it): everything
// else a Hit shows comes from the manifest, found through the document ID.
const (
	fieldText    = "text"    // the passage, bookAnalyzer, stored
	fieldTitle   = "title"   // the chapter title, bookAnalyzer
	fieldTrail   = "trail"   // the headings below the title, bookAnalyzer
	fieldCited   = "cited"   // the page's paragraphs linking to the section, bookAnalyzer, stored (cited.go)
	fieldFile    = "file"    // keyword
	fieldChapter = "chapter" // keyword: chapter slug
	fieldSection = "section" // keyword: section ID
)

// textFields are the fields a query searches, in the order of Options'
// boosts and of the token totals kept for BM25.
var textFields = [...]string{fieldText, fieldTitle, fieldTrail}

// bookAnalyzer is the analyser of the text fields: bleve's English analyser
// (Unicode words, possessives dropped, lower case, English stop words,
// Porter stemming) after splitJoined, with stop words written as code kept
// (codeTokenizer; see codestops.go), with the parts
// of identifiers added (identifierParts), abbreviations written out
// (abbreviations; see abbrev.go) and Cyrillic words analysed as
// Russian (scriptStem; see lang.go).
const bookAnalyzer = "chapterbot"

// splitJoinedName is splitJoined's name in bleve's registry.
const splitJoinedName = "chapterbot_split_joined"

// splitJoined is a character filter (run by codeTokenizer) that turns a dot or a colon between two
// letters into a space: Unicode word breaking keeps "Node.js", "e.g" and
// "title:react" whole, and a reader asking about "node" means Node.js. It
// keeps every byte offset, which the snippets rely on.
type splitJoined struct{}

func (splitJoined) Filter(in []byte) []byte {
	var out []byte // a copy, made at the first change: in is the stored value
	for i := 1; i+1 < len(in); i++ {
		if in[i] != '.' && in[i] != ':' {
			continue
		}
		before, _ := utf8.DecodeLastRune(in[:i])
		after, _ := utf8.DecodeRune(in[i+1:])
		if !unicode.IsLetter(before) || !unicode.IsLetter(after) {
			continue
		}
		if out == nil {
			out = slices.Clone(in)
		}
		out[i] = ' '
	}
	if out == nil {
		return in
	}
	return out
}

// registerAnalysis adds splitJoined, identifierParts, abbreviations and scriptStem to
// bleve's registry, where analysers defined in a mapping (ours, and the one
// stored in each index) find them. It runs once, before the first mapping
// is made or index opened.
var registerAnalysis = sync.OnceValue(func() error {
	err := registry.RegisterCharFilter(splitJoinedName, func(map[string]interface{}, *registry.Cache) (analysis.CharFilter, error) {
		return splitJoined{}, nil
	})
	if err != nil {
		return err
	}
	err = registry.RegisterTokenizer(codeTokenizerName, func(map[string]interface{}, *registry.Cache) (analysis.Tokenizer, error) {
		return newCodeTokenizer(), nil
	})
	if err != nil {
		return err
	}
	err = registry.RegisterTokenFilter(identifierPartsName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return identifierParts{}, nil
	})
	if err != nil {
		return err
	}
	err = registry.RegisterTokenFilter(abbreviationsName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return abbreviations{}, nil
	})
	if err != nil {
		return err
	}
	return registry.RegisterTokenFilter(scriptStemName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return newScriptStem(), nil
	})
})

// newMapping is the index mapping. Changing it needs a new formatVersion so
// that old indexes are rebuilt rather than misread.
//
// No field keeps term vectors (no phrase queries, no bleve highlighting: the
// snippet is computed from the stored text) or doc values (no sorting or
// faceting), and the "_all" field is disabled: each would grow the index and
// the build's memory for nothing we use.
func newMapping() (*mapping.IndexMappingImpl, error) {
	text := func(store bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = bookAnalyzer
		f.Store = store
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	kw := func() *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = false
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = false
		f.SkipFreqNorm = true
		return f
	}
	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(fieldText, text(true))
	doc.AddFieldMappingsAt(fieldTitle, text(false))
	doc.AddFieldMappingsAt(fieldTrail, text(false))
	doc.AddFieldMappingsAt(fieldCited, text(true))
	doc.AddFieldMappingsAt(fieldFile, kw())
	doc.AddFieldMappingsAt(fieldChapter, kw())
	doc.AddFieldMappingsAt(fieldSection, kw())
	names := kw()
	names.SkipFreqNorm = false // a heading of one name is more that name's than one of three
	doc.AddFieldMappingsAt(fieldNames, names)
	doc.AddFieldMappingsAt(fieldDefined, names)
	doc.AddSubDocumentMapping("_all", bleve.NewDocumentDisabledMapping())

	if err := registerAnalysis(); err != nil {
		return nil, err
	}
	m := bleve.NewIndexMapping()
	m.ScoringModel = index.BM25Scoring
	err := m.AddCustomAnalyzer(bookAnalyzer, map[string]interface{}{
		"type":          custom.Name,
		"tokenizer":     codeTokenizerName,
		"token_filters": []string{identifierPartsName, en.PossessiveName, lowercase.Name, abbreviationsName, scriptStemName},
	})
	if err != nil {
		return nil, err
	}
	m.DefaultAnalyzer = bookAnalyzer
	m.DefaultMapping = doc
	m.StoreDynamic = false
	m.IndexDynamic = false
	m.DocValuesDynamic = false
	if err := m.Validate(); err != nil {
		return nil, err
	}
	return m, nil
}

// analyzerOf returns the text fields' analyser, used directly for queries,
// Terms and token counts.
func analyzerOf(m *mapping.IndexMappingImpl) (analysis.Analyzer, error) {
	a := m.AnalyzerNamed(bookAnalyzer)
	if a == nil {
		return nil, fmt.Errorf("analyzer %s missing", bookAnalyzer)
	}
	return a, nil
}

// Terms returns the analysed terms of text, in order, exactly as every
// index analyses passage text; (*Index).Terms is the same analysis. It
// serves code that needs the index's terms without an index, such as the
// generator of the answer package's English word weights.
func Terms(text string) []string {
	return analyse(textAnalyzer(), text)
}

// textAnalyzer builds the text analyser once. The mapping is fixed in code,
// so an error here is a programming error that every test would show.
var textAnalyzer = sync.OnceValue(func() analysis.Analyzer {
	m, err := newMapping()
	if err != nil {
		panic(err)
	}
	a, err := analyzerOf(m)
	if err != nil {
		panic(err)
	}
	return a
})

// analyse returns the analysed terms of text in order.
func analyse(a analysis.Analyzer, text string) []string {
	tokens := a.Analyze([]byte(text))
	terms := make([]string, len(tokens))
	for i, t := range tokens {
		terms[i] = string(t.Term)
	}
	return terms
}

// docID names passage n of section ord (its index in the chapter) of file.
// IDs are built from the file, not the section ID, so that two files that
// happen to share a slug cannot overwrite each other's passages.
func docID(file string, ord, n int) string {
	return file + "|" + strconv.Itoa(ord) + "|" + strconv.Itoa(n)
}

// parseDocID undoes docID.
func parseDocID(id string) (file string, ord, n int, ok bool) {
	i := strings.LastIndexByte(id, '|')
	if i < 0 {
		return "", 0, 0, false
	}
	j := strings.LastIndexByte(id[:i], '|')
	if j < 0 {
		return "", 0, 0, false
	}
	ord, err1 := strconv.Atoi(id[j+1 : i])
	n, err2 := strconv.Atoi(id[i+1:])
	if err1 != nil || err2 != nil {
		return "", 0, 0, false
	}
	return id[:j], ord, n, true
}

// trailTexts are what the trail field indexes for each of a chapter's
// sections: the headings of its trail below the chapter title (the title
// has its own field, so it is not counted twice), as the chapter has them.
// A top heading that repeats the title (a page whose <title> and first
// <h2> both say "File system") is no level of the trail a reader sees
// (book's outline leaves it out), but the page has it: it is indexed as
// the heading of its own section and the first level of those below it.
// Measured on the Node.js API reference (nodedoc-tune), indexing the
// trails as shown put 2 of 70 questions out of the first five.
//
// The chapter's subject stays in the trails of its own sections, though a
// question naming it lifts every section whose heading writes it ("Go 1.0
// and the compatibility promise" over "Three engineers and a whiteboard"
// for "who came up with golang"). Measured on every tuning set (session
// 12), leaving the title's words out of the trail (unless a heading is
// nothing else) moved none of those misses into the first five and lost
// the questions whose answer's heading names the subject ("MySQL AB is
// founded", "MySQL 8.0", "What problem did Kafka solve"): recall@5 s9-site
// 0.960 -> 0.840, factual-site 0.975 -> 0.925, lead-tune-site 1.000 ->
// 0.940, questions 0.918 -> 0.888, ru-tune 0.960 -> 0.920, val-ru 0.984 ->
// 0.938. Keeping the subject where a capitalised word or a number follows
// it ("MySQL AB", "Go 1.11") still lost s8-site, site-questions, ru-tune,
// ru-tune2, s6-site-factual and val-ru recall@5; half its trail weight
// in its own chapter (a query-time clause) moved neither s10-site nor
// s11-site and lost s9-site recall@5 0.960 -> 0.880.
func trailTexts(secs []SectionInfo) []string {
	out := make([]string, len(secs))
	top, level := "", 0 // the open heading that repeats the title, and its level
	for i, s := range secs {
		if top != "" && s.Level <= level {
			top = ""
		}
		trail := s.Trail
		if len(trail) > 0 {
			trail = trail[1:]
		}
		switch {
		case s.Level > 0 && len(trail) == 0 && s.Heading != "":
			top, level = s.Heading, s.Level // the title's own repeat
			out[i] = s.Heading
		case top != "":
			out[i] = strings.Join(append([]string{top}, trail...), " \u203a ")
		default:
			out[i] = strings.Join(trail, " \u203a ")
		}
	}
	return out
}

// titleText is what the title field holds: the chapter's title and its
// front-matter tags, which name its subject the way readers do ("k8s",
// "realtime").
func titleText(title string, tags []string) string {
	if len(tags) == 0 {
		return title
	}
	return title + "\n" + strings.Join(tags, "\n")
}
