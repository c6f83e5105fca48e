package answer

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chapterbot/chapterbot/internal/book"
)

// maxAnswerWords bounds an extractive answer's length.
const maxAnswerWords = 120

// headingWeight is how much a question term in a section's heading counts
// for a sentence of that section that lacks it (measured on the golden
// questions: cited@1 0.701 at 0, 0.716 at 0.5, 0.687 at 1).
const headingWeight = 0.5

type sentence struct {
	text  string
	hit   int // index into the hits
	pos   int // position within the passage
	terms map[string]bool
	// heading holds the terms of its section's own heading, which every
	// sentence of the section is about ("Backpressure and heartbeats").
	heading map[string]bool
	score   float64
}

// extractive composes an answer from the best sentences of the top
// passages, each marked with the number of the section it came from.
func (e *Engine) extractive(q Question, r Retrieval) Answer {
	qterms := weights(e.r.Terms(q.Text), 1)
	if q.Previous != "" {
		for t, w := range weights(e.r.Terms(q.Previous), 0.5) {
			if _, ok := qterms[t]; !ok {
				qterms[t] = w
			}
		}
	}
	// Conversational filler ("actually", "thing", "work") says nothing of
	// what the question asks, so a sentence earns nothing for sharing it.
	for t := range qterms {
		if e.cov.filler[t] {
			delete(qterms, t)
		}
	}
	top := r.Hits[0].Score
	var cands []sentence
	for i, h := range r.Hits {
		if i >= 5 || (top > 0 && h.Score < 0.4*top) {
			break
		}
		heading := set(e.r.Terms(h.Heading))
		for pos, s := range Sentences(h.Text) {
			cands = append(cands, sentence{text: s, hit: i, pos: pos, terms: set(e.r.Terms(s)), heading: heading})
		}
	}
	// Weigh each question term by how rare it is among the candidate
	// sentences (a local IDF): a term every sentence shares, such as the
	// chapter's subject, says little about which sentence answers.
	df := map[string]int{}
	for _, c := range cands {
		for t := range c.terms {
			if _, ok := qterms[t]; ok {
				df[t]++
			}
		}
	}
	var total float64
	for t, w := range qterms {
		w *= math.Log(1 + float64(len(cands)+1)/float64(df[t]+1))
		qterms[t] = w
		total += w
	}
	for i := range cands {
		c := &cands[i]
		var match float64
		for t := range c.terms {
			match += qterms[t]
		}
		// A question term in the section's heading counts for the section's
		// sentences too, at half weight: the sentence that names the term
		// itself still comes first.
		for t := range c.heading {
			if !c.terms[t] {
				match += headingWeight * qterms[t]
			}
		}
		if total == 0 || match == 0 {
			continue
		}
		rank := 0.5 + 0.5*r.Hits[c.hit].Score/top
		c.score = match / total * rank
		if c.pos == 0 {
			c.score += 0.05
		}
	}
	picked := pick(cands, e.opts.MaxSentences)
	if len(picked) == 0 {
		// No sentence shares a term with the question (a stemmed match on the
		// title alone), or the passage is all code: quote its snippet.
		if s := strings.TrimSpace(r.Hits[0].Snippet); s != "" {
			picked = append(picked, sentence{text: s})
		}
	}
	if len(picked) == 0 {
		return notCovered(q.Text, r.Hits)
	}
	// Lead with the passage of the best sentence: passages in the order of
	// their best picked sentence, each passage's sentences in reading order.
	lead := map[int]float64{}
	for _, s := range picked {
		lead[s.hit] = max(lead[s.hit], s.score)
	}
	sort.SliceStable(picked, func(i, j int) bool {
		a, b := picked[i], picked[j]
		if a.hit != b.hit {
			if lead[a.hit] != lead[b.hit] {
				return lead[a.hit] > lead[b.hit]
			}
			return a.hit < b.hit
		}
		return a.pos < b.pos
	})

	a := Answer{Question: q.Text, Mode: "extractive", Covered: true, Citations: []Citation{}}
	num := map[string]int{}
	var b strings.Builder
	for _, s := range picked {
		h := r.Hits[s.hit]
		n, ok := num[h.ID]
		if !ok {
			n = len(a.Citations) + 1
			num[h.ID] = n
			a.Citations = append(a.Citations, citationOf(n, h))
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%s [%d]", s.text, n)
	}
	a.Text = b.String()
	return a
}

// pick takes the best-scoring sentences, skipping near-duplicates, up to
// max sentences and maxAnswerWords words.
func pick(cands []sentence, max int) []sentence {
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return cands[order[i]].score > cands[order[j]].score })
	var out []sentence
	words := 0
	for _, i := range order {
		s := cands[i]
		if s.score <= 0 || len(out) == max {
			break
		}
		n := len(strings.Fields(s.text))
		if len(out) > 0 && words+n > maxAnswerWords {
			continue
		}
		dup := false
		for _, o := range out {
			if jaccard(s.terms, o.terms) > 0.6 {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		out = append(out, s)
		words += n
	}
	// A later sentence must add real weight, not just filler.
	if len(out) > 1 {
		best := out[0].score
		kept := out[:1]
		for _, s := range out[1:] {
			if s.score >= 0.35*best {
				kept = append(kept, s)
			}
		}
		out = kept
	}
	return out
}

func weights(terms []string, w float64) map[string]float64 {
	m := make(map[string]float64, len(terms))
	for _, t := range terms {
		m[t] = w
	}
	return m
}

func set(terms []string) map[string]bool {
	m := make(map[string]bool, len(terms))
	for _, t := range terms {
		m[t] = true
	}
	return m
}

func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter := 0
	for t := range a {
		if b[t] {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// Sentences splits a passage into sentences: paragraphs, then lines of
// lists and tables, then sentence ends. Units that look like code or are
// too short to say anything (under four words) are dropped.
func Sentences(text string) []string {
	var out []string
	for _, para := range strings.Split(text, "\n\n") {
		lines := strings.Split(para, "\n")
		units := lines
		switch {
		case isTable(lines):
			units = tableRows(lines)
		case len(lines) > 1 && !isList(lines):
			units = []string{strings.Join(lines, " ")}
		}
		for _, u := range units {
			u = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(u), "-*+•"))
			u = trimOrdinal(u)
			for _, s := range splitSentences(u) {
				if len(strings.Fields(s)) >= 4 && !looksLikeCode(s) {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

func isList(lines []string) bool {
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "- ") || strings.HasPrefix(l, "* ") || trimOrdinal(l) != l {
			return true
		}
	}
	return false
}

// isTable reports whether every line is a row of cells joined by " | ",
// as the book package renders tables.
func isTable(lines []string) bool {
	if len(lines) < 2 {
		return false
	}
	n := strings.Count(lines[0], " | ")
	for _, l := range lines {
		if n == 0 || strings.Count(l, " | ") != n {
			return false
		}
	}
	return true
}

// tableRows turns each row under the header into one readable unit,
// "Header: cell; Header: cell", so a row can answer on its own.
func tableRows(lines []string) []string {
	head := strings.Split(lines[0], " | ")
	var rows []string
	for _, l := range lines[1:] {
		cells := strings.Split(l, " | ")
		parts := make([]string, 0, len(cells))
		for i, c := range cells {
			if c = strings.TrimSpace(c); c != "" {
				parts = append(parts, strings.TrimSpace(head[i])+": "+c)
			}
		}
		rows = append(rows, strings.Join(parts, "; "))
	}
	return rows
}

// trimOrdinal drops a leading "1. " or "12) " list number.
func trimOrdinal(s string) string {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' ' {
		return strings.TrimSpace(s[i+2:])
	}
	return s
}

func splitSentences(s string) []string {
	var out []string
	book.Sentences(s, func(start, end int) { out = append(out, s[start:end]) })
	return out
}

func looksLikeCode(s string) bool {
	if strings.ContainsAny(s, "{}") {
		return true
	}
	for _, tok := range []string{"=>", ");", " = ", ":=", "==", "</"} {
		if strings.Contains(s, tok) {
			return true
		}
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) || r == ' ' {
			letters++
		}
	}
	return float64(letters) < 0.75*float64(utf8.RuneCountInString(s))
}
