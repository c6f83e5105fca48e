package search

import (
	"github.com/blevesearch/bleve/v2/analysis"
	unicodetokenizer "github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
)

// A member or an option whose name is an English stop word (".only",
// "{ only: true }", "--test-only", ".then()", "emitter.once") was found by
// nothing: the analyser dropped its one word with the stop words, so a
// question on `.only` in a test runner searched "test" and "debug" and
// the section "Only tests" ranked ninth and below. Such a word written as
// code keeps its term (unstemmed), while the same word in prose ("only",
// "then") stays a stop word. A word of two letters stays a stop word even
// as code: those are keywords and operators ("in", "if", "is") or, as
// ".on(", written on every page of an event API. Measured on every tuning
// set, keeping them too lost s16-nodedoc recall@5 0.783 -> 0.767
// ("process.on('SIGINT')" found every listener) and s8-nodedoc answered
// 0.983 -> 0.967.

// codeTokenizerName is codeTokenizer's name in bleve's registry.
const codeTokenizerName = "chapterbot_code_words"

// codeTokenizer is the analyser's tokenizer: Unicode word breaking of the
// text as splitJoined leaves it, with a stop word of more than two
// letters written as code marked as a keyword (see stopAsCode), which
// scriptStem keeps and Porter leaves unstemmed. splitJoined runs here rather than as a character filter
// because the marks read the text before it.
type codeTokenizer struct{ words analysis.Tokenizer }

func newCodeTokenizer() codeTokenizer {
	return codeTokenizer{words: unicodetokenizer.NewUnicodeTokenizer()}
}

func (t codeTokenizer) Tokenize(in []byte) analysis.TokenStream {
	toks := t.words.Tokenize(splitJoined{}.Filter(in))
	stops := stopWords()
	for _, tok := range toks {
		if _, stop := stops[string(tok.Term)]; stop && len(tok.Term) > 2 && stopAsCode(in, tok.Start, tok.End) {
			tok.KeyWord = true
		}
	}
	return toks
}

// stopAsCode reports whether the lower-case word in[start:end] is written
// as code: a member after a dot ("t.only", ".then"), a call ("once("), a
// key ("only: true"), or a word of a command-line flag ("--test-only").
// A capital is prose ("Only:"), and so is a word after a full stop and a
// space, or in a hyphenated word ("read-only").
func stopAsCode(in []byte, start, end int) bool {
	if start > 0 && in[start-1] == '.' {
		return true
	}
	if end < len(in) && (in[end] == '(' || in[end] == ':' && (end+1 == len(in) || in[end+1] == ' ')) {
		return true
	}
	// A flag: a run of lower-case letters, digits and hyphens from "--"
	// or "-" that holds the word.
	i := start
	for i > 0 && (in[i-1] == '-' || 'a' <= in[i-1] && in[i-1] <= 'z' || '0' <= in[i-1] && in[i-1] <= '9') {
		i--
	}
	if i == start || in[i] != '-' {
		return false
	}
	if i > 0 && in[i-1] != ' ' && in[i-1] != '`' && in[i-1] != '(' && in[i-1] != '"' && in[i-1] != '\'' && in[i-1] != '\n' {
		return false
	}
	return true
}
