package search

import (
	"bytes"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/segment"
)

// The analyser allocates a token for every word, which adds up when a
// whole book is counted or every hit of every search is scanned, and the
// garbage collector then slows down searches. The functions here walk the
// words of a text as the analyser's tokenizer does, allocation-free, and run
// the analyser only on the few words that need it. Their results equal the
// analyser's (TestCountTokens, TestOccurrences).

// stopWords is the analyser's stop list.
var stopWords = sync.OnceValue(func() analysis.TokenMap {
	m := analysis.NewTokenMap()
	_ = m.LoadBytes(en.EnglishStopWords) // an in-memory list: no error
	return m
})

// words calls fn with each word of text (after the analyser's character
// filter) and its byte offset: the segments the analyser's tokenizer makes
// tokens of. The bytes passed to fn are only valid during the call.
func words(text string, fn func(word []byte, start int)) {
	data := splitJoined{}.Filter([]byte(text))
	seg := segment.NewWordSegmenterDirect(data)
	start := 0
	for seg.Segment() {
		b := seg.Bytes()
		if seg.Type() != segment.None {
			fn(b, start)
		}
		start += len(b)
	}
}

// lowerASCII returns w lower-cased into buf when w is only ASCII letters and
// digits, upper-case at most at its start: a word the possessive filter
// leaves alone, that is no identifier to split (see identifierParts), that
// is English, and whose stem starts with its first two letters.
func lowerASCII(buf []byte, w []byte) ([]byte, bool) {
	if len(w) > cap(buf) {
		return nil, false
	}
	buf = buf[:len(w)]
	for i, c := range w {
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			buf[i] = c
		case 'A' <= c && c <= 'Z' && i == 0:
			buf[i] = c + ('a' - 'A')
		default:
			return nil, false
		}
	}
	return buf, true
}

// lowerRussian returns w lower-cased into buf, ё written е, when w is only
// Cyrillic letters, upper-case at most at its start: one Russian token,
// which is a stop word or whose stem starts with its first letter.
func lowerRussian(buf []byte, w []byte) ([]byte, bool) {
	if len(w) > cap(buf) || len(w) == 0 || w[0] < utf8.RuneSelf {
		return nil, false
	}
	for i := 0; i < len(w); {
		r, n := utf8.DecodeRune(w[i:])
		if !unicode.Is(unicode.Cyrillic, r) || !unicode.IsLetter(r) || i > 0 && !unicode.IsLower(r) {
			return nil, false
		}
		r = unicode.ToLower(r)
		if r == 'ё' {
			r = 'е'
		}
		buf = utf8.AppendRune(buf, r)
		i += n
	}
	return buf, len(buf) >= 2
}

// countTokens is len(a.Analyze(text)): the token count BM25 needs.
func countTokens(a analysis.Analyzer, text string) int64 {
	stops := stopWords()
	var n int64
	var buf [64]byte
	words(text, func(w []byte, _ int) {
		if lw, ok := lowerASCII(buf[:0], w); ok {
			if _, stop := stops[string(lw)]; !stop {
				n++
			}
			return
		}
		if lw, ok := lowerRussian(buf[:0], w); ok {
			if _, stop := newScriptStem().ruStop[string(lw)]; !stop {
				n++
			}
			return
		}
		n += int64(len(a.Analyze(bytes.Clone(w))))
	})
	return n
}

// occurrence is a query term found in a text, at a byte offset.
type occurrence struct {
	start int
	term  string
}

// finder finds the terms of one search, those of weights, in the texts of
// its hits (see finder.occurrences). It keeps what the analyser made of each word
// it was run on: the hits of a search share many such words (a name in
// capitals, an identifier, a word starting like a term). One search's,
// used by one goroutine.
type finder struct {
	a       analysis.Analyzer
	weights map[string]float64
	starts  []string
	// analysed holds, by word, its terms of weights at their offsets in
	// the word.
	analysed map[string][]occurrence
}

func newFinder(a analysis.Analyzer, weights map[string]float64) *finder {
	return &finder{a: a, weights: weights, starts: stemStarts(weights), analysed: map[string][]occurrence{}}
}

// occurrences returns where the terms of f's weights occur in text, in
// order (an identifier's part where the part starts). Porter stemming only
// changes a word's end, and keeps at least its first two letters, so only
// words starting like one of the terms are analysed.
func (f *finder) occurrences(text string) []occurrence {
	var out []occurrence
	var buf [64]byte
	words(text, func(w []byte, start int) {
		if lw, ok := lowerASCII(buf[:0], w); ok && !startsLikeOneOf(lw, f.starts) {
			return
		}
		// Snowball's Russian stemmer only drops endings: the term keeps the
		// word's first letter.
		if lw, ok := lowerRussian(buf[:0], w); ok && !startsLikeOneOf(lw, f.starts) {
			return
		}
		found, ok := f.analysed[string(w)]
		if !ok {
			for _, t := range f.a.Analyze(bytes.Clone(w)) {
				if _, ok := f.weights[string(t.Term)]; ok {
					found = append(found, occurrence{t.Start, string(t.Term)})
				}
			}
			f.analysed[string(w)] = found
		}
		for _, o := range found {
			out = append(out, occurrence{start + o.start, o.term})
		}
	})
	return out
}

// stemStarts are the starts of the terms of weights a word must have to
// have one of them as its stem: each term's first two bytes (the only
// one, of a one-byte term), once each. A slice, read for every word of
// every hit, is scanned several times faster than the map is.
func stemStarts(weights map[string]float64) []string {
	starts := make([]string, 0, len(weights))
	for t := range weights {
		if s := t[:min(2, len(t))]; !slices.Contains(starts, s) {
			starts = append(starts, s)
		}
	}
	return starts
}

// startsLikeOneOf says whether lower-cased word w can have one of the
// terms of starts (see stemStarts) as its stem: its first two letters (the
// only one, for a one-letter term) are the term's.
func startsLikeOneOf(w []byte, starts []string) bool {
	for _, s := range starts {
		if len(w) >= len(s) && string(w[:len(s)]) == s {
			return true
		}
	}
	return false
}
