package discord

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Discord's limits, in characters (code points).
const (
	maxContent          = 2000
	maxEmbeds           = 10
	maxEmbedTitle       = 256
	maxEmbedDescription = 4096
	maxEmbedFields      = 25
	maxFieldName        = 256
	maxFieldValue       = 1024
	maxFooterText       = 2048
	maxEmbedTotal       = 6000
	maxChoices          = 25
	maxChoiceName       = 100
	maxChoiceValue      = 100
	maxButtonLabel      = 80
)

func runeLen(s string) int { return utf8.RuneCountInString(s) }

// token is a piece of text that splitting keeps whole (an atom: a word, a
// Markdown link, inline code or a fenced code block) or a run of whitespace
// where it may cut (a separator).
type token struct {
	text  string
	sep   bool
	level int // for separators: 3 paragraph break, 2 line break, 1 space
	runes int
}

var linkAt = regexp.MustCompile(`^\[[^\]\n]*\]\([^)\s]*\)`)

// tokenize cuts s into atoms and separators.
func tokenize(s string) []token {
	var toks []token
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			j := i + size
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsSpace(r2) {
					break
				}
				j += n
			}
			ws := s[i:j]
			level := 1
			switch n := strings.Count(ws, "\n"); {
			case n >= 2:
				level = 3
			case n == 1:
				level = 2
			}
			toks = append(toks, token{text: ws, sep: true, level: level, runes: runeLen(ws)})
			i = j
			continue
		}
		j := atomEnd(s, i)
		toks = append(toks, token{text: s[i:j], runes: runeLen(s[i:j])})
		i = j
	}
	return toks
}

// atomEnd returns where the atom starting at i ends: at the next whitespace,
// except that a link, inline code or a code block inside it is kept whole,
// spaces and all.
func atomEnd(s string, i int) int {
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if unicode.IsSpace(r) {
			return j
		}
		switch {
		case strings.HasPrefix(s[j:], "```"):
			// A fence runs to the end of the line that closes it (or of s).
			k := strings.Index(s[j+3:], "```")
			if k < 0 {
				return len(s)
			}
			end := j + 3 + k + 3
			if nl := strings.IndexByte(s[end:], '\n'); nl >= 0 {
				return end + nl
			}
			return len(s)
		case r == '`':
			k := strings.IndexByte(s[j+1:], '`')
			if k >= 0 && !strings.Contains(s[j+1:j+1+k], "\n") {
				j += 1 + k + 1
				continue
			}
		case r == '[':
			if m := linkAt.FindString(s[j:]); m != "" {
				j += len(m)
				continue
			}
		}
		j += size
	}
	return j
}

// splitText splits s into chunks of at most limit characters. It cuts only
// at whitespace, preferring paragraph breaks, then line breaks, then spaces,
// and never inside a word, a Markdown link, inline code or a code block.
// Only a single atom longer than limit is cut: a code block between lines,
// closing and reopening its fence; anything else between characters. Chunks
// have no whitespace at either end.
func splitText(s string, limit int) []string {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	if runeLen(s) <= limit {
		return []string{s}
	}
	toks := tokenize(s)
	var chunks []string
	for i := 0; i < len(toks); {
		if toks[i].sep {
			i++
			continue
		}
		// Extend from atom i as far as limit allows, noting where a cut may
		// go: the strongest break in the second half of the chunk, else the
		// last break.
		n := 0
		end := i // one past the last atom that fits
		last, best, bestLevel := -1, -1, 0
		for k := i; k < len(toks); k++ {
			t := toks[k]
			if t.sep {
				last = k
				if n >= limit/2 && t.level >= bestLevel {
					best, bestLevel = k, t.level
				}
				n += t.runes
				continue
			}
			if n+t.runes > limit {
				break
			}
			n += t.runes
			end = k + 1
		}
		rest := end
		for rest < len(toks) && toks[rest].sep {
			rest++
		}
		if rest == len(toks) {
			chunks = append(chunks, join(toks[i:end]))
			break
		}
		if end == i {
			// Atom i alone is over the limit.
			chunks = append(chunks, hardSplit(toks[i].text, limit)...)
			i++
			continue
		}
		cut := best
		if cut < 0 {
			cut = last
		}
		chunks = append(chunks, join(toks[i:cut]))
		i = cut
	}
	return chunks
}

func join(toks []token) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.text)
	}
	return strings.TrimSpace(b.String())
}

// hardSplit cuts one atom longer than limit: a code block between its lines,
// each piece a fenced block of its own; anything else between characters.
func hardSplit(atom string, limit int) []string {
	if strings.HasPrefix(atom, "```") {
		header, body, _ := strings.Cut(atom, "\n")
		body = strings.TrimSuffix(strings.TrimRight(body, " \t"), "```")
		body = strings.TrimRight(body, "\n")
		const closing = "\n```"
		room := limit - runeLen(header) - 1 - runeLen(closing)
		if room > 0 {
			var out []string
			var cur []string
			curLen := 0
			flush := func() {
				if len(cur) > 0 {
					out = append(out, header+"\n"+strings.Join(cur, "\n")+closing)
					cur, curLen = nil, 0
				}
			}
			for _, line := range strings.Split(body, "\n") {
				for runeLen(line) > room {
					flush()
					head, rest := cutRunes(line, room)
					out = append(out, header+"\n"+head+closing)
					line = rest
				}
				add := runeLen(line)
				if len(cur) > 0 {
					add++
				}
				if curLen+add > room {
					flush()
					add = runeLen(line)
				}
				cur = append(cur, line)
				curLen += add
			}
			flush()
			return out
		}
	}
	var out []string
	for runeLen(atom) > limit {
		head, rest := cutRunes(atom, limit)
		out = append(out, head)
		atom = rest
	}
	if atom != "" {
		out = append(out, atom)
	}
	return out
}

// cutRunes splits s after n characters.
func cutRunes(s string, n int) (string, string) {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i], s[i:]
}

// trimText shortens s to at most limit characters at a place splitText
// would cut, marking the cut with an ellipsis. trimmed reports whether
// anything was cut.
func trimText(s string, limit int) (out string, trimmed bool) {
	s = strings.TrimSpace(s)
	if runeLen(s) <= limit {
		return s, false
	}
	if limit < 2 {
		head, _ := cutRunes(s, limit)
		return head, true
	}
	return splitText(s, limit-1)[0] + "…", true
}
