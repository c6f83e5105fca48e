package answer

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/chapterbot/chapterbot/internal/search"
)

// minPastedRun is the number of Latin words in a row that make a Russian
// question's Latin text pasted output rather than a name or two.
const minPastedRun = 3

// otherScriptShare is the share of its score a hit written in another
// script keeps when a Russian question pastes output (see pastesRun).
const otherScriptShare = 0.2

// pastesRun reports whether question asks in Russian words, however many
// Latin ones it pastes, and holds minPastedRun Latin words in a row.
func pastesRun(question string) bool {
	if cyrillicPart(question) == "" {
		return false
	}
	run := 0
	for _, w := range strings.Fields(question) {
		switch {
		case strings.ContainsFunc(w, isCyrillicRune):
			run = 0
		case strings.ContainsFunc(w, func(r rune) bool { return r < unicode.MaxASCII && unicode.IsLetter(r) }):
			if run++; run >= minPastedRun {
				return true
			}
		}
	}
	return false
}

// ownScriptFirst lowers the hits not written in Cyrillic when a Russian
// question pastes English output (see pastesRun) and some hit is: the
// pasted words ("failed to connect to the host") are the filler of any
// English chapter, while the reader asks about the Russian chapter's tool.
func ownScriptFirst(question string, hits []search.Hit) []search.Hit {
	if !pastesRun(question) || !slices.ContainsFunc(hits, func(h search.Hit) bool { return scriptOf(h.Text) == scriptCyrillic }) {
		return hits
	}
	out := slices.Clone(hits)
	for i := range out {
		if scriptOf(out[i].Text) != scriptCyrillic {
			out[i].Score *= otherScriptShare
		}
	}
	slices.SortStableFunc(out, func(a, b search.Hit) int { return cmp.Compare(b.Score, a.Score) })
	return out
}
