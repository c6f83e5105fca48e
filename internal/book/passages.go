package book

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Passages splits a section's text into passages of at most maxWords words,
// the pieces that get indexed and quoted. Whole paragraphs ("\n\n"-separated)
// are packed greedily; a paragraph longer than maxWords is packed line by
// line (a list's items, a table's rows, see line), a line longer than
// maxWords cut at sentence ends, and a sentence longer than maxWords at
// word boundaries, so no passage is longer than maxWords. Pieces of one
// paragraph keep the whitespace they had between them; paragraphs are
// joined by "\n\n". Empty text gives no passages; maxWords < 1 means no
// limit.
func Passages(text string, maxWords int) []string {
	p := packer{max: maxWords}
	for para := range strings.SplitSeq(text, "\n\n") {
		para = strings.Trim(para, "\n")
		if strings.TrimSpace(para) == "" {
			continue
		}
		p.para = para
		p.newPara = true
		n := countWords(para)
		if maxWords < 1 || n <= maxWords {
			p.add(0, len(para), n)
			continue
		}
		for start := 0; start < len(para); {
			end := len(para)
			if i := strings.IndexByte(para[start:], '\n'); i >= 0 {
				end = start + i
			}
			p.line(start, end)
			start = end + 1
		}
	}
	p.flush()
	return p.out
}

// line adds the line para[start:end] of a paragraph too long for one
// passage. A line that fits in a passage but not in the rest of the
// current one fills it with the sentences of its that fit, as before, and
// then starts the next passage whole: its later sentences are found with
// its first words, which name what a list item is about ("- EMFILE (Too
// many open files): … To remedy a low limit, run …"), not cut off from
// them in a passage where none of the item's words is. A line longer than
// a passage is cut at sentence ends, and a sentence longer than a passage
// at words.
func (p *packer) line(start, end int) {
	start = end - len(strings.TrimLeftFunc(p.para[start:end], isSpace))
	end = start + len(strings.TrimRightFunc(p.para[start:end], isSpace))
	if n := countWords(p.para[start:end]); n == 0 {
		return
	} else if n <= p.max {
		if p.words > 0 && p.words+n > p.max {
			p.fill(start, end)
			p.flush()
		}
		p.add(start, end, n)
		return
	}
	text := p.para[start:end]
	Sentences(text, func(s, e int) {
		n := countWords(text[s:e])
		if n <= p.max {
			p.add(start+s, start+e, n)
			return
		}
		wordChunks(text[s:e], p.max, func(ws, we, n int) {
			p.add(start+s+ws, start+s+we, n)
		})
	})
}

// fill adds the first sentences of the line para[start:end] that fit in
// the current passage.
func (p *packer) fill(start, end int) {
	full := false
	text := p.para[start:end]
	Sentences(text, func(s, e int) {
		n := countWords(text[s:e])
		if full || p.words+n > p.max {
			full = true
			return
		}
		p.add(start+s, start+e, n)
	})
}

// packer fills passages greedily with pieces of paragraphs.
type packer struct {
	max     int
	out     []string
	cur     strings.Builder
	words   int
	para    string // the paragraph pieces are taken from
	newPara bool   // the next piece starts a paragraph
	end     int    // end of the last piece within para
}

func (p *packer) add(start, end, words int) {
	if p.words > 0 && p.max > 0 && p.words+words > p.max {
		p.flush()
	}
	switch {
	case p.cur.Len() == 0:
		p.cur.WriteString(p.para[start:end])
	case p.newPara:
		p.cur.WriteString("\n\n")
		p.cur.WriteString(p.para[start:end])
	default:
		p.cur.WriteString(p.para[p.end:end]) // with the original space between
	}
	p.words += words
	p.end = end
	p.newPara = false
}

func (p *packer) flush() {
	if p.cur.Len() > 0 {
		p.out = append(p.out, p.cur.String())
	}
	p.cur = strings.Builder{}
	p.words = 0
}

// countWords counts runs of non-space characters.
func countWords(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		if isSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r)
}

// Sentences calls fn with the bounds of each sentence of text, trailing
// space excluded. A sentence ends after ".", "!", "?" or "…" (and any
// closing quotes or brackets) followed by a space, or at a line break; a
// full stop after an abbreviation ("e.g.", "Inc.", "т. е.", "г.", "см.") or
// an initial ("J.", "А. С.", "А.С.") ends none. A few abbreviations that
// often close a list ("etc.", "и т. д.", "и др.") end a sentence only when
// the next word starts with a capital letter, and so does a "." that is a
// command's path ("--go_out=. --go-grpc_out=."). The "!" of a name spelled
// with one ("Yahoo! Research") ends none, nor does a mark before a
// no-break space (U+00A0), the space a code span keeps after a mark of its
// own (codeText). Passages, snippets and extractive answers all cut text
// with it.
func Sentences(text string, fn func(start, end int)) {
	start := -1 // -1: between sentences
	end := 0    // end of the text seen so far, trailing space excluded
	word := 0   // start of the current word
	closing := stopNone
	var par parens
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == noBreak:
			// a mark in quoted code ends no sentence (codeText)
			closing = stopNone
		case isSpace(r):
			if closing != stopNone && r != '\n' && par.inside(text[i:]) {
				closing = stopNone // "(and couldn't cover!) every valid value"
			}
			if start >= 0 && (closing == stopEnd || r == '\n' || closing == stopBeforeCapital && capitalNext(text[i:])) {
				fn(start, end)
				start = -1
				par = parens{}
			}
			if r == '\n' {
				par = parens{}
			}
			closing = stopNone
		default:
			if start < 0 {
				start = i
			}
			if i == 0 || isSpace(lastRune(text[:i])) {
				word = i
			}
			end = i + size
			switch r {
			case '.':
				closing = fullStop(text[word : i+1])
			case '!', '?':
				// a mark that stands as a word of its own names
				// itself: "The ? operator returns early" (the Rust
				// book, its backticks gone) goes on.
				// A lone mark before a capital still ends one:
				// "Is it ? Yes."
				// A name spelled with the mark ("Yahoo! Research",
				// "из Yahoo! Grid") goes on.
				switch {
				case word == i:
					closing = stopBeforeCapital
				case r == '!' && nameMark(text, start, word, i):
					closing = stopNone
				default:
					closing = stopEnd
				}
			case '…':
				closing = stopEnd
			case '(':
				par.open(i == start)
				closing = stopNone
			case ')':
				if par.close() && closing == stopEnd {
					// an aside that ends with a mark ends the
					// sentence it stands in only before a capital
					closing = stopBeforeCapital
				}
			case '"', '\'', ']', '”', '’', '»':
				// a closer keeps a sentence end open: `He said "Go."`
			default:
				closing = stopNone
			}
		}
		i += size
	}
	if start >= 0 {
		fn(start, end)
	}
}

// parens follows the round brackets of a sentence: a sentence does not end
// inside them ("Because we didn't cover (and couldn't cover!) every valid
// value..."), nor at the bracket that closes an aside standing inside it,
// unless a capital follows. A sentence that opens with a bracket ("(See
// chapter 3.) Next...") is an aside of its own and ends at its closer as
// before. A bracket with no closer later on its line ("1) First. 2)
// Second.", "(see below. Then...") changes nothing.
type parens struct {
	depth   int
	atStart bool // the outermost bracket opened the sentence
}

func (p *parens) open(atStart bool) {
	if p.depth == 0 {
		p.atStart = atStart
	}
	p.depth++
}

// close reports whether the bracket closed an outermost aside inside a
// sentence.
func (p *parens) close() bool {
	if p.depth == 0 {
		return false
	}
	p.depth--
	return p.depth == 0 && !p.atStart
}

// inside reports whether a space at the start of rest stands inside
// brackets that close later on the same line.
func (p *parens) inside(rest string) bool {
	if p.depth == 0 {
		return false
	}
	line, _, _ := strings.Cut(rest, "\n")
	return strings.IndexByte(line, ')') >= 0
}

// What a full stop does to a sentence.
const (
	stopNone          = iota // no end: an abbreviation, an initial, a decimal point
	stopEnd                  // the sentence ends
	stopBeforeCapital        // the sentence ends if the next word starts with a capital
)

// fullStop says what the full stop ending w (a word, from its first
// character to the stop) does.
func fullStop(w string) int {
	w = strings.TrimLeft(w, `("'[«“„‘`)
	lw := strings.ToLower(w)
	switch {
	case abbreviations[lw]:
		return stopNone
	case listEnds[lw]:
		return stopBeforeCapital
	case isInitial(w), isInitials(w), isCyrillicLetter(w):
		return stopNone
	case strings.HasSuffix(w, "=.") || strings.HasSuffix(w, "/."):
		// "." as a path, the current directory, in a command the
		// text quotes: "protoc --go_out=. --go-grpc_out=. shop.proto".
		return stopBeforeCapital
	}
	return stopEnd
}

// nameMark reports whether the "!" at i, ending the word that starts at
// word in the sentence that starts at start, is part of a name that a
// brand spells with it ("Yahoo!"): the word is capitalised, not shouted
// (it has a lower-case letter), of letters and digits only, and stands
// inside a sentence after a word, not after a comma or a colon, where an
// exclamation would call someone ("Thanks, John!"). An exclamation that
// ends with a name inside a sentence ("Welcome to Rust! Now...") is read
// as one sentence: rare in books, and a sentence too long is a lesser harm
// than a name cut in two.
func nameMark(text string, start, word, i int) bool {
	w := strings.TrimLeft(text[word:i], `("'[«“„‘`)
	first, _ := utf8.DecodeRuneInString(w)
	if w == "" || !unicode.IsUpper(first) || !strings.ContainsFunc(w, unicode.IsLower) ||
		strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		return false
	}
	if word <= start {
		return false
	}
	before := lastRune(strings.TrimRightFunc(text[start:word], isSpace))
	return unicode.IsLetter(before) || unicode.IsDigit(before) || before == ')'
}

// abbreviations end with a full stop that ends no sentence.
var abbreviations = map[string]bool{
	"e.g.": true, "i.e.": true, "vs.": true, "mr.": true, "dr.": true, "st.": true, "no.": true,
	"approx.": true, "cf.": true, "inc.": true, "ltd.": true, "co.": true, "corp.": true,
	// Russian: "т. е." and "т.е." (that is), "т. к." (because), "гг." (years),
	// "вв." (centuries), "см." (see), "ср." (compare), "напр." (for example),
	// "им." (named after), "стр.", "рис.", "табл.", "гл." (page, figure,
	// table, chapter)… Single letters ("г.", "в.", "т.") are isCyrillicLetter's.
	"т.е.": true, "т.к.": true, "т.н.": true, "т.ч.": true, "гг.": true, "вв.": true, "см.": true, "ср.": true,
	"напр.": true, "им.": true, "ул.": true, "стр.": true, "рис.": true, "табл.": true, "гл.": true,
	"проф.": true, "акад.": true, "англ.": true, "лат.": true, "букв.": true, "ок.": true, "прим.": true,
	"сокр.": true, "рус.": true, "нем.": true, "франц.": true, "ред.": true, "изд.": true, "пер.": true,
}

// listEnds are abbreviations that close lists ("and so on", "and others"),
// so often at the end of a sentence: they end one when a capital follows.
var listEnds = map[string]bool{
	"etc.": true, "д.": true, "п.": true, "др.": true, "пр.": true, "т.д.": true, "т.п.": true,
	"тыс.": true, "млн.": true, "млрд.": true, "руб.": true, "коп.": true,
}

// isInitial reports whether w is one capital letter and a full stop ("J.").
func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size+1 == len(w) && unicode.IsUpper(r)
}

// isInitials reports whether w is two or more Cyrillic capitals each with a
// full stop ("А.С."), as Russian writes initials before or after a name.
// Latin "U.S." is left to end sentences, as it did before.
func isInitials(w string) bool {
	n := 0
	for w != "" {
		r, size := utf8.DecodeRuneInString(w)
		if !unicode.Is(unicode.Cyrillic, r) || !unicode.IsUpper(r) || len(w) <= size || w[size] != '.' {
			return false
		}
		w = w[size+1:]
		n++
	}
	return n >= 2
}

// isCyrillicLetter reports whether w is one lower-case Cyrillic letter and a
// full stop: in Russian that is an abbreviation ("г." year, "в." century,
// "т." in "т. е."), since one-letter words are prepositions and conjunctions
// that cannot end a sentence; "я." (I) can, and does.
func isCyrillicLetter(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size+1 == len(w) && unicode.Is(unicode.Cyrillic, r) && unicode.IsLower(r) && r != 'я'
}

// capitalNext reports whether the first word of s, after spaces and opening
// quotes or brackets, starts with a capital letter.
func capitalNext(s string) bool {
	for _, r := range s {
		switch {
		case isSpace(r), strings.ContainsRune(`("'[«“„‘`, r):
			continue
		}
		return unicode.IsUpper(r)
	}
	return false
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// wordChunks calls fn with the bounds and word count of consecutive runs of
// at most limit words of s.
func wordChunks(s string, limit int, fn func(start, end, words int)) {
	start, end, words := -1, 0, 0
	in := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isSpace(r) {
			in = false
		} else {
			if !in {
				in = true
				if words == limit {
					fn(start, end, words)
					start, words = -1, 0
				}
				if start < 0 {
					start = i
				}
				words++
			}
			end = i + size
		}
		i += size
	}
	if words > 0 {
		fn(start, end, words)
	}
}
