package answer

import (
	"context"
	"math"

	"github.com/chapterbot/chapterbot/internal/search"
)

// minUnwrittenShare is the least weighted share of an English question's
// subject, in general-English words the book never writes ("wine",
// "carpet"; "bike", "tube"; "cup"), from which the words the book does
// write must be the book's own words to cover it (see incidental).
const minUnwrittenShare = 0.2

// minHeadWeight is the least weight the words found in headings must have
// together, as a share of the heaviest general-English word of the question
// that the book never writes, to stand for the question's subject (see
// incidental): "set" of "Setting up a new project" is the heading's
// wording, not what "how do i reset my router to factory settings" asks
// about ("router"); "background" and "colors" of "Background colors" are
// what "why do my background colors look washed out on a projector" asks
// about.
const minHeadWeight = 0.8

// minBookKeyness is how much more often, on the log scale, the book must
// write a found word than running English does for the word to be the
// book's own (see keyness): "stream" or "promise" in a Node.js reference,
// "dolphin" in a MySQL history; not "red" and "white" of a colour table,
// "won" and "2022" of a history, "switch" and "mechanism" anywhere.
const minBookKeyness = 7.0

// passageCounter is a Retriever that knows how many passages its book has
// (*search.Index does), the scale on which a word's passages are counted.
type passageCounter interface {
	Status() search.Status
}

// bookPassages is how many passages r's book has; 0 when r does not say.
func bookPassages(r Retriever) int {
	if pc, ok := r.(passageCounter); ok {
		return pc.Status().Passages
	}
	return 0
}

// incidental reports whether an English question shares only incidental
// words with chapter ch's passages: at least minUnwrittenShare of its
// weight is in general-English words the book never writes, none of the
// words found is in a title or heading of the passages (heads), and none
// is a word the book writes much more often than English does (keyness).
// The heading words count only when together they weigh nearly as much as
// the heaviest word the book never writes (minHeadWeight): a section headed
// "Setting up a new project" is about setting up, and a question on a
// router's factory settings asks about the router, which the book never
// names. Nor does a heading word count whose passage holds none of the
// other words found, as "recommend" of "Recommended by the Library of
// Congress" does not for "can someone recommend a good mechanical keyboard
// for coding", whose "code" and "can" other passages write: the question's
// words are scattered over the chapter, not gathered under its heading.
// A heading word that is all a question finds ("LAMP" of "LAMP takes over
// the web") still counts.
// "how do i get red wine out of a white carpet" finds "red" and "white" in
// a table of terminal colours, "who won the 2022 world cup" finds "won" and
// "2022" in a history of container orchestration: the words found are in
// the book by chance, and what the question is about ("wine", "carpet";
// "cup", "world") is nowhere in it. A question the book answers finds
// its subject in a heading or in words the book is made of, whatever of
// its wording the book says otherwise. n is the book's passage count (0:
// unknown, the rule is off).
func (c coverage) incidental(ctx context.Context, r Retriever, cw map[string]float64, found map[string]string, df map[string]int, heads, bodies []map[string]bool, n int) (bool, error) {
	if n == 0 {
		return false, nil
	}
	var unwritten, total, heaviest float64
	for t, x := range cw {
		total += x
		if found[t] == "" && df[t] == 0 && c.names[t] == nil && !search.IsCyrillic(t) && x < c.english.floor {
			unwritten += x
			heaviest = max(heaviest, x)
		}
	}
	if total == 0 || unwritten/total < minUnwrittenShare {
		return false, nil
	}
	var spellings []string
	var headed float64 // the weight of the words found in a heading
	for t, s := range found {
		if s == "" {
			continue
		}
		// A heading stands for the question's subject where its passage
		// holds another word of the question too.
		for i, head := range heads {
			if head[s] && withOther(t, found, head, bodies[i]) {
				headed += cw[t]
				break
			}
		}
		if _, ok := df[s]; !ok {
			spellings = append(spellings, s)
		}
	}
	if headed > 0 && headed >= minHeadWeight*heaviest {
		return false, nil
	}
	counts := df
	if len(spellings) > 0 {
		more, err := r.DocFreqs(ctx, spellings)
		if err != nil {
			return false, err
		}
		counts = more
		for s, k := range df {
			counts[s] = k
		}
	}
	for t, s := range found {
		if s != "" && keyness(cw[t], counts[s], n) >= minBookKeyness {
			return false, nil
		}
	}
	return true, nil
}

// withOther reports whether a passage, its heading terms head and its
// text's body, holds a found term other than t, or t is the only term
// found.
func withOther(t string, found map[string]string, head, body map[string]bool) bool {
	other := false
	for u, s := range found {
		if u == t || s == "" {
			continue
		}
		if head[s] || body[s] {
			return true
		}
		other = true
	}
	return !other
}

// keyness is how much more often the book writes a word than running
// English does, on the log scale: weight is the word's general-English
// weight (-ln of its share of running text), and df of the book's n
// passages write it. A passage holds many words, so the scale is offset:
// only the comparison between words matters.
func keyness(weight float64, df, n int) float64 {
	return weight - math.Log(float64(n)/float64(max(df, 1)))
}
