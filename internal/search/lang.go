package search

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/lang/ru"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
)

// The book's languages are told apart word by word, by script: a word in
// Cyrillic letters is Russian (stop words, Snowball stemming), any other
// word English (stop words, Porter stemming), whatever the chapter's
// front-matter lang says. One analyser then serves every chapter and every
// question: a Russian chapter's English identifiers and terms ("closures",
// "Vec") analyse as in an English chapter, a Russian question finds Russian
// passages in any word form and its English words find both, and English
// text analyses exactly as before, so that English ranking is unchanged and
// one set of BM25 statistics covers the book. A Latin-script language other
// than English is analysed as English.

// IsCyrillic reports whether term holds a Cyrillic letter: whether the
// analyser treats it as Russian.
func IsCyrillic(term string) bool {
	for _, r := range term {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

func isCyrillicBytes(b []byte) bool {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
		b = b[n:]
	}
	return false
}

// Names of the token filters below in bleve's registry.
const (
	identifierPartsName = "chapterbot_identifier_parts"
	scriptStemName      = "chapterbot_script_stem"
)

// identifierParts is a token filter that keeps each token and adds the
// parts of an identifier: camelCase and PascalCase words split where a
// lower-case letter meets an upper-case one ("highWaterMark": high, Water,
// Mark; "XMLHttpRequest": XML, Http, Request), snake_case ones at their
// underscores. So "high water mark" finds highWaterMark, and highWaterMark
// finds a passage that says "high water mark", while the whole identifier
// still matches itself. ("fs.cp" and "Vec::with_capacity" are split into
// words before: by splitJoined and by word breaking.) A part keeps its
// identifier's position; its offsets are its own.
type identifierParts struct{}

func (identifierParts) Filter(in analysis.TokenStream) analysis.TokenStream {
	var out analysis.TokenStream // made at the first identifier
	var parts [][2]int
	for i, tok := range in {
		parts = identifierSplit(tok.Term, parts[:0])
		if parts == nil {
			if out != nil {
				out = append(out, tok)
			}
			continue
		}
		if out == nil {
			out = make(analysis.TokenStream, i, len(in)+2*len(parts))
			copy(out, in[:i])
		}
		out = append(out, tok)
		for _, p := range parts {
			out = append(out, &analysis.Token{
				Term:     bytes.Clone(tok.Term[p[0]:p[1]]),
				Start:    tok.Start + p[0],
				End:      tok.Start + p[1],
				Position: tok.Position,
				Type:     tok.Type,
			})
		}
	}
	if out == nil {
		return in
	}
	return out
}

// IsIdentifier reports whether the analyser adds the parts of word to it:
// whether word is a camelCase or snake_case identifier. Its terms are then
// the whole identifier's, followed by its parts'.
func IsIdentifier(word string) bool {
	return identifierSplit([]byte(word), nil) != nil
}

// identifierSplit appends to parts the byte ranges of the parts of
// identifier w and returns them; nil when w is no identifier (one part,
// the whole word). Digits stay with their letters ("utf8", "base64", "h2").
func identifierSplit(w []byte, parts [][2]int) [][2]int {
	if !maybeIdentifier(w) {
		return nil
	}
	start := 0
	var prev rune = -1
	for i := 0; i < len(w); {
		r, n := utf8.DecodeRune(w[i:])
		switch {
		case r == '_':
			if i > start {
				parts = append(parts, [2]int{start, i})
			}
			start = i + n
			r = -1
		case unicode.IsUpper(r) && i > start:
			next, _ := utf8.DecodeRune(w[i+n:])
			if unicode.IsLower(prev) || unicode.IsUpper(prev) && unicode.IsLower(next) {
				parts = append(parts, [2]int{start, i})
				start = i
			}
		}
		prev = r
		i += n
	}
	if start < len(w) {
		parts = append(parts, [2]int{start, len(w)})
	}
	if len(parts) == 0 || len(parts) == 1 && parts[0] == [2]int{0, len(w)} {
		return nil
	}
	return parts
}

// maybeIdentifier is the cheap test before identifierSplit: an underscore,
// or an upper-case letter after a first letter in lower case. A word that
// starts with a capital ("WebSocket", "PostgreSQL", "ReplicaSet") is
// mostly a name, whose parts are words of their own in ordinary text: it
// stays whole.
func maybeIdentifier(w []byte) bool {
	if r, _ := utf8.DecodeRune(w); unicode.IsUpper(r) {
		return bytes.IndexByte(w, '_') >= 0
	}
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if c == '_' || i > 0 && 'A' <= c && c <= 'Z' {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(w[i:])
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
		i += n
	}
	return false
}

// scriptStem is the token filter after lower-casing: a Latin word with a
// Russian case ending is the Latin word (see latinHead); a Cyrillic token has
// ё read as е (Russian writes either), is dropped when a Russian stop word
// and stemmed by Snowball's Russian stemmer; any other token is dropped
// when an English stop word and stemmed by Porter, exactly as bleve's
// English analyser does; a stop word written as code (codeTokenizer marks
// it a keyword) is kept as it is.
type scriptStem struct {
	enStop, ruStop analysis.TokenMap
	porter, ru     analysis.TokenFilter
}

// moreRussianStopWords are function words that Snowball's Russian stop
// list lacks, as common as those it has ("это", "который"), in every form,
// and the forms it lacks of its "какой": kept, "в каком году" and "какие
// версии" were searched as the term "как", which a Russian chapter writes
// in every other sentence ("как правило", "так как"), so that passages
// full of it outranked the one that dates the subject. ё is written е, as
// the filter reads it.
const moreRussianStopWords = `это эта эти этим этими этих также такое такая такие таких таким который которая которое
которые которого которой которому котором которым которыми которых которую свой своя свое свои своего своей
своему своим своих своем весь вся оно сама само сами самих нам нами вами ими ею
каком какие каким какими каких какую какое какого какому`

var newScriptStem = sync.OnceValue(func() *scriptStem {
	s := &scriptStem{
		enStop: analysis.NewTokenMap(),
		ruStop: analysis.NewTokenMap(),
		porter: porter.NewPorterStemmer(),
		ru:     ru.NewRussianStemmerFilter(),
	}
	// In-memory lists: no error.
	_ = s.enStop.LoadBytes(en.EnglishStopWords)
	_ = s.ruStop.LoadBytes(ru.RussianStopWords)
	for _, w := range strings.Fields(moreRussianStopWords) {
		s.ruStop.AddToken(w)
	}
	return s
})

func (s *scriptStem) Filter(in analysis.TokenStream) analysis.TokenStream {
	out := in[:0]
	var cyr analysis.TokenStream
	for _, tok := range in {
		cyrillic := isCyrillicBytes(tok.Term)
		if cyrillic {
			if head, ok := latinHead(tok.Term); ok {
				tok.Term = head
				tok.End = tok.Start + len(head)
				cyrillic = false
			}
		}
		if cyrillic {
			tok.Term = bytes.ReplaceAll(tok.Term, []byte("ё"), []byte("е"))
			if _, stop := s.ruStop[string(tok.Term)]; stop {
				continue
			}
			cyr = append(cyr, tok)
		} else if _, stop := s.enStop[string(tok.Term)]; stop && !tok.KeyWord {
			continue
		}
		out = append(out, tok)
	}
	if len(cyr) == 0 {
		// All English. The stemmers change the tokens in place.
		return s.porter.Filter(out)
	}
	latin := make(analysis.TokenStream, 0, len(out)-len(cyr))
	j := 0 // cyr is a subsequence of out
	for _, tok := range out {
		if j < len(cyr) && tok == cyr[j] {
			j++
		} else {
			latin = append(latin, tok)
		}
	}
	s.ru.Filter(cyr)
	s.porter.Filter(latin)
	return out
}

// Russian developers write many English names and terms in Cyrillic, as
// they sound ("редис" for Redis, "кафка", "кубернетес", "докер", "луа"),
// where the book writes them in Latin letters. A Cyrillic word of a query
// that the book never uses (or rarely, see maxRareRussian) is therefore
// also looked for in Latin: its transliteration, and that of its stem,
// analysed as English, when the book has that term, or else the book's
// terms that sound like it (loanwords.go): that differ from it in their
// vowels only ("strim": stream, "rast": rust), since Russian keeps the
// consonants of an English word but writes its vowels as heard, or that
// it begins ("kuber": kubernetes).

// latinOf is the common romanisation of Russian (BGN/PCGN without its
// diacritics, as English text writes Russian names): the spelling closest
// to the English one of a word borrowed from English.
var latinOf = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh", 'з': "z",
	'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r",
	'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch",
	'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
}

// Transliterate writes a Russian word in Latin letters (lower case); a
// letter that is not Russian stays as it is. A word of consonants only is
// a short form spelled letter by letter (see spelledLetters).
func Transliterate(word string) string {
	var b strings.Builder
	word = strings.ToLower(word)
	letters := spelledLetters(word)
	for _, r := range word {
		if l, ok := letterOf[r]; ok && letters {
			b.WriteString(l)
		} else if l, ok := latinOf[r]; ok {
			b.WriteString(l)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// minLatinExact is the shortest transliteration looked up.
const minLatinExact = 3

// Latin maps each Russian term of text (as Terms gives it) that the book
// never uses, or rarely (see maxRareRussian), to the book's Latin terms
// that stand for it: the analysed transliteration of its word, of its stem
// or of its stem less a diminutive suffix, when the book has it, or else
// the book's terms that sound like it (see soundsLike); a word for the
// people of a company is looked for as the company's name (see
// withoutMember); or else the two words of a name in the book's headings
// that it writes as one (see joinedName). A term without any is left out;
// the map is nil when there is none.
func (ix *Index) Latin(ctx context.Context, text string) (map[string][]string, error) {
	g, err := ix.acquire()
	if err != nil {
		return nil, fmt.Errorf("latin spellings: %w", err)
	}
	defer g.refs.Done()
	out, _, err := g.latin(ctx, ix.analyzer, text)
	if err != nil {
		return nil, fmt.Errorf("latin spellings: %w", err)
	}
	return out, nil
}

// maxRareRussian is the most passages a Russian term may be in for its
// Latin spellings to be looked for too; those that begin with the
// transliteration of its stem (see beginsWithStem) and name a chapter or
// a section (see headed) then stand for it when more than rareFactor times
// as many passages have one. A Russian chapter on Kafka says "Kafka" in
// every section but "Кафки" once, of the writer the project is named
// after: a question about "кафку" asks about Kafka. (A Russian word the
// book uses rarely sounds like some English word as often as not:
// "стал", still; "компания", component.)
const (
	maxRareRussian = 2
	rareFactor     = 2
)

// latin returns Latin's map, and the Russian terms of it that the book
// has too (rarely), which a search looks for beside their Latin spellings.
func (g *generation) latin(ctx context.Context, a analysis.Analyzer, text string) (map[string][]string, map[string]bool, error) {
	var russian []string
	var buf [64]byte
	words(text, func(w []byte, _ int) {
		if lw, ok := lowerRussian(buf[:0], w); ok {
			russian = append(russian, string(lw))
		}
	})
	var out map[string][]string
	var own map[string]bool
	seen := map[string]bool{}
	for _, w := range russian {
		terms := analyse(a, w)
		if len(terms) != 1 {
			continue // a stop word
		}
		t := terms[0]
		if seen[t] {
			continue
		}
		seen[t] = true
		n, err := g.docFreq(ctx, t)
		if err != nil {
			return nil, nil, err
		}
		if n > maxRareRussian {
			continue
		}
		found, most, err := g.latinFor(ctx, a, w, t)
		if err != nil {
			return nil, nil, err
		}
		if base, ok := withoutMember(t); ok && found == nil && n == 0 {
			// The people of a company named by its name ("гугловцы"):
			// the name stands for them, spelt as a name is.
			if found, most, err = g.latinFor(ctx, a, base, base); err != nil {
				return nil, nil, err
			}
		}
		if found == nil && n == 0 {
			// A two-word name written as one ("редхат"): the pair's
			// terms are in a heading, so the book has them.
			if found = g.joinedName(a, w, t); found != nil {
				most = 1
			}
		}
		if n > 0 && found != nil {
			stems := stemSpellings(a, t)
			found = slices.DeleteFunc(found, func(l string) bool { return !beginsWithStem(l, stems) })
			if found, err = g.headed(ctx, found); err != nil {
				return nil, nil, err
			}
		}
		if found == nil || most <= rareFactor*n {
			continue
		}
		if out == nil {
			out = map[string][]string{}
		}
		out[t] = found
		if n > 0 {
			if own == nil {
				own = map[string]bool{}
			}
			own[t] = true
		}
	}
	return out, own, nil
}

// stemSpellings are the Latin forms a term of the book's Latin for Russian
// term t must begin with (see latin): the transliteration of t, and that
// transliteration as the index analyses it, which English stemming may cut
// shorter ("постгрес": postgres, analysed postgr, the book's term for
// POSTGRES).
func stemSpellings(a analysis.Analyzer, t string) []string {
	stem := Transliterate(t)
	out := []string{stem}
	if l := analyse(a, stem); len(l) == 1 && l[0] != stem {
		out = append(out, l[0])
	}
	return out
}

// beginsWithStem reports whether Latin term l begins with one of stems,
// c and q read as k: Russian writes к where English writes any of the
// three ("кассандра": Cassandra, "эластик": Elasticsearch), while the
// vowels must stay as the stem writes them ("стал" is not still).
func beginsWithStem(l string, stems []string) bool {
	l = hardC.Replace(l)
	return slices.ContainsFunc(stems, func(s string) bool { return strings.HasPrefix(l, hardC.Replace(s)) })
}

var hardC = strings.NewReplacer("c", "k", "q", "k")

// latinFor returns the book's Latin terms for Russian word w of term t
// (see Latin), and the most passages one of them is in.
func (g *generation) latinFor(ctx context.Context, a analysis.Analyzer, w, t string) ([]string, int, error) {
	var found []string
	most := 0
	for i, spelling := range []string{Transliterate(w), Transliterate(t)} {
		latin := analyse(a, spelling)
		if len(latin) != 1 || utf8.RuneCountInString(latin[0]) < minLatinExact {
			continue
		}
		l := latin[0]
		n, err := g.docFreq(ctx, l)
		if err != nil {
			return nil, 0, err
		}
		if n > 0 {
			found = appendNew(found, l)
			most = max(most, n)
			continue
		}
		// Only the stem, without the Russian ending, may begin a name.
		stem := i == 1 && utf8.RuneCountInString(t) >= minPrefixLetters
		near, err := g.soundsLike(l, stem)
		if err != nil {
			return nil, 0, err
		}
		for _, x := range near {
			found = appendNew(found, x.term)
			most = max(most, x.count)
		}
	}
	if base, ok := withoutDiminutive(t); ok && found == nil {
		// Only the exact transliteration: a stem ending in к is
		// mostly no diminutive ("скольк": сколь, skill).
		if latin := analyse(a, Transliterate(base)); len(latin) == 1 {
			n, err := g.docFreq(ctx, latin[0])
			if err != nil {
				return nil, 0, err
			}
			if n > 0 {
				found, most = []string{latin[0]}, n
			}
		}
	}
	return found, most, nil
}

// headed keeps of terms those in a chapter title or a heading; nil when
// none is.
func (g *generation) headed(ctx context.Context, terms []string) ([]string, error) {
	var out []string
	for _, t := range terms {
		for _, f := range textFields[1:] {
			n, err := g.fieldDF(ctx, t, f)
			if err != nil {
				return nil, err
			}
			if n > 0 {
				out = append(out, t)
				break
			}
		}
	}
	return out, nil
}

// docFreq is the number of passages with term in the text field, or in the
// title or trail when more have it there.
func (g *generation) docFreq(ctx context.Context, term string) (int, error) {
	n := 0
	for _, f := range textFields {
		c, err := g.fieldDF(ctx, term, f)
		if err != nil {
			return 0, err
		}
		n = max(n, int(c))
	}
	return n, nil
}

type termCount struct {
	term  string
	count int
}

// soundsLike lists the terms of the book's text that sound like Latin
// term (a transliteration), when it has at least minSkeleton consonants:
// those with its sounds, vowels aside (their sound skeletons are equal:
// Russian spells the consonants of an English word as they sound but its
// vowels as they are heard: "раст": rust, "стрим": stream); else those
// with its consonants, when it has minLooseConsonants (an English silent
// e: "тайпскрипт", typescript); else those it begins, when they are no
// more than maxPrefixTerms and prefix is set (a name shortened or
// inflected: "кубер", kubernetes; "постгреса", postgresql). See
// soundMatch.
func (g *generation) soundsLike(term string, prefix bool) ([]termCount, error) {
	want, consonants := skeleton(sound(term))
	if consonants < minSkeleton {
		return nil, nil
	}
	letters := utf8.RuneCountInString(term)
	first := soundFirst(term[0])
	if want[0] != '_' {
		first = soundFirst(want[0])
	}
	var byKind [matchPrefix + 1][]termCount
	var sounds []string
	for i := 0; i < len(first); i++ {
		d, err := g.reader.FieldDictPrefix(fieldText, []byte{first[i]})
		if err != nil {
			return nil, err
		}
		for {
			e, err := d.Next()
			if err != nil {
				_ = d.Close()
				return nil, err
			}
			if e == nil {
				break
			}
			if e.Count == 0 || e.Term == term {
				continue
			}
			k := matchNone
			sounds = termSounds(e.Term, sounds[:0])
			for _, s := range sounds {
				if k2 := soundMatch(want, consonants, letters, s); k2 != matchNone && (k == matchNone || k2 < k) {
					k = k2
				}
			}
			if k != matchNone {
				byKind[k] = append(byKind[k], termCount{e.Term, int(e.Count)})
			}
		}
		_ = d.Close()
	}
	switch {
	case byKind[matchSame] != nil:
		return byKind[matchSame], nil
	case byKind[matchConsonants] != nil:
		return byKind[matchConsonants], nil
	case prefix && len(byKind[matchPrefix]) <= maxPrefixTerms:
		return byKind[matchPrefix], nil
	}
	return nil, nil
}

// minSkeleton is the fewest consonants a transliteration must have to be
// matched by its skeleton.
const minSkeleton = 3

// skeleton is a Latin term with each run of vowels written "_", c and q
// read as k and a consonant written twice once ("docker", "doker": d_k_r;
// "stream", "strim": str_m), and its number of consonants; "" when the
// term has other characters than ASCII letters.
func skeleton(term string) (string, int) {
	b := make([]byte, 0, len(term))
	n := 0
	for i := 0; i < len(term); i++ {
		c := term[i]
		switch {
		case c < 'a' || c > 'z':
			return "", 0
		case strings.IndexByte("aeiouy", c) >= 0:
			c = '_'
		case c == 'c' || c == 'q':
			c = 'k'
		}
		if len(b) > 0 && b[len(b)-1] == c {
			continue
		}
		if c != '_' {
			n++
		}
		b = append(b, c)
	}
	return string(b), n
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
