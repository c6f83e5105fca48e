// Package eval measures ranking and coverage quality against golden
// questions: recall@1, recall@5, MRR@10, nDCG@10, how often the engine
// correctly refuses or answers, which sections its answers cite, and
// whether an answer holds the question's key phrases, in its first sentence
// or anywhere, over all questions with keys and over the factual ones.
package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"regexp"
	"strings"
	"unicode"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/russian"
	"golang.org/x/text/unicode/norm"

	"github.com/chapterbot/chapterbot/internal/answer"
	"github.com/chapterbot/chapterbot/internal/book"
	"github.com/chapterbot/chapterbot/internal/search"
)

// Question is one golden question: Expect lists section IDs ("slug#anchor")
// or chapter slugs (any section of that chapter); empty means the book does
// not cover the question. Keys, optional, are phrases an answer must hold
// (any one of them): the answer itself, such as "Ryan Dahl" or "May 2013".
type Question struct {
	Question string   `json:"question"`
	Expect   []string `json:"expect"`
	Keys     []string `json:"keys,omitempty"`
}

// ReadQuestions reads JSON lines; a bad line is reported with its number.
func ReadQuestions(r io.Reader) ([]Question, error) {
	var qs []Question
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var q Question
		if err := json.Unmarshal([]byte(line), &q); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if strings.TrimSpace(q.Question) == "" {
			return nil, fmt.Errorf("line %d: empty question", n)
		}
		qs = append(qs, q)
	}
	return qs, sc.Err()
}

// Engine is the part of answer.Engine that eval measures.
type Engine interface {
	Retrieve(ctx context.Context, q answer.Question) (answer.Retrieval, error)
	AnswerFrom(ctx context.Context, q answer.Question, r answer.Retrieval) (answer.Answer, error)
}

// Share is a figure averaged over Of questions. Over no question it is
// undefined: Write prints "n/a" and JSON holds null, never a 0 that reads
// as a measurement.
type Share struct {
	Sum float64
	Of  int
}

// Value is the average, ok false when there is no question to average.
func (s Share) Value() (v float64, ok bool) {
	if s.Of == 0 {
		return 0, false
	}
	return s.Sum / float64(s.Of), true
}

// MarshalJSON encodes the average, or null over no question.
func (s Share) MarshalJSON() ([]byte, error) {
	v, ok := s.Value()
	if !ok {
		return []byte("null"), nil
	}
	return json.Marshal(v)
}

func (s Share) String() string {
	v, ok := s.Value()
	if !ok {
		return "n/a"
	}
	return fmt.Sprintf("%.3f", v)
}

// count adds one question to a share, scoring it 1 when hit.
func (s *Share) count(hit bool) {
	s.Of++
	if hit {
		s.Sum++
	}
}

// Result holds the figures over a question set.
type Result struct {
	Questions int `json:"questions"`
	Covered   int `json:"covered"`   // questions with expectations
	Uncovered int `json:"uncovered"` // questions the book does not cover
	Keyed     int `json:"keyed"`     // covered questions with keys
	// Factual counts the keyed covered questions that ask for a fact (who,
	// when, where, which, how many, what X is: answer.Factual).
	Factual int `json:"factual"`
	// Ranking figures, over the covered questions.
	Recall1 Share `json:"recall@1"`
	Recall5 Share `json:"recall@5"`
	MRR10   Share `json:"mrr@10"`
	NDCG10  Share `json:"ndcg@10"`
	// Refused is the share of uncovered questions correctly refused;
	// Answered the share of covered ones correctly answered.
	Refused  Share `json:"refused"`
	Answered Share `json:"answered"`
	// Cited1 is the share of covered questions whose answer's first source
	// is an expected section; Cited the share whose sources include one.
	// A refused question counts as neither.
	Cited1 Share `json:"cited@1"`
	Cited  Share `json:"cited"`
	// Lead is the share of keyed covered questions whose answer's first
	// sentence holds a key; Any the share whose answer holds one anywhere.
	// A refused question counts as neither.
	Lead Share `json:"lead"`
	Any  Share `json:"any"`
	// LeadFactual and AnyFactual are Lead and Any over the factual
	// questions alone, whose first sentence can hold the fact itself.
	LeadFactual Share  `json:"lead-factual"`
	AnyFactual  Share  `json:"any-factual"`
	Misses      []Miss `json:"misses"`
}

// Miss is a question the engine got wrong.
type Miss struct {
	Question string   `json:"question"`
	Expect   []string `json:"expect"`
	Got      []string `json:"got"` // section IDs ranked first (up to 5)
	// Reason is "not in top 5", "answered but not covered", "refused but
	// covered", "answer cites no expected section" (Got then lists the
	// answer's sources), "answer holds no key" or "first sentence holds no
	// key" (Keys and Lead then say what was looked for and what led).
	Reason  string   `json:"reason"`
	Keys    []string `json:"keys,omitempty"`
	Lead    string   `json:"lead,omitempty"`    // the answer's first sentence
	Factual bool     `json:"factual,omitempty"` // a keyed question that asks for a fact
}

// depth is how many distinct sections are ranked per question.
const depth = 10

// Run asks every question and computes the figures.
func Run(ctx context.Context, r Engine, qs []Question) (Result, error) {
	return RunEach(ctx, r, qs, Hooks{})
}

// Hooks are handed what the engine did for each question, when not nil:
// eval --features dumps the retrieval's features so, eval --leads the
// answer's lead candidates.
type Hooks struct {
	Retrieved func(Question, answer.Retrieval) error
	// Answered is called for each covered question the engine answers.
	Answered func(Question, answer.Answer) error
}

// RunEach is Run that also hands each question to the hooks.
func RunEach(ctx context.Context, r Engine, qs []Question, hooks Hooks) (Result, error) {
	res := Result{Misses: []Miss{}}
	for _, q := range qs {
		ret, err := r.Retrieve(ctx, answer.Question{Text: q.Question})
		if err != nil {
			return Result{}, fmt.Errorf("question %q: %w", q.Question, err)
		}
		if hooks.Retrieved != nil {
			if err := hooks.Retrieved(q, ret); err != nil {
				return Result{}, err
			}
		}
		ranked := sections(ret)
		res.Questions++
		if len(q.Expect) == 0 {
			res.Uncovered++
			res.Refused.count(!ret.Covered)
			if ret.Covered {
				res.Misses = append(res.Misses, Miss{Question: q.Question, Expect: q.Expect, Got: top(ranked, 5), Reason: "answered but not covered"})
			}
			continue
		}
		res.Covered++
		keyed := len(q.Keys) > 0
		factual := keyed && answer.Factual(q.Question)
		if keyed {
			res.Keyed++
		}
		if factual {
			res.Factual++
		}
		m := Score(ranked, q.Expect)
		res.Recall1.Sum += m.Recall1
		res.Recall5.Sum += m.Recall5
		res.MRR10.Sum += m.RR
		res.NDCG10.Sum += m.NDCG
		for _, s := range []*Share{&res.Recall1, &res.Recall5, &res.MRR10, &res.NDCG10} {
			s.Of++
		}
		res.Answered.count(ret.Covered)
		if !ret.Covered {
			res.Cited1.count(false)
			res.Cited.count(false)
			if keyed {
				res.Lead.count(false)
				res.Any.count(false)
			}
			if factual {
				res.LeadFactual.count(false)
				res.AnyFactual.count(false)
			}
			res.Misses = append(res.Misses, Miss{Question: q.Question, Expect: q.Expect, Got: top(ranked, 5), Reason: "refused but covered"})
		} else {
			a, err := r.AnswerFrom(ctx, answer.Question{Text: q.Question}, ret)
			if err != nil {
				return Result{}, fmt.Errorf("question %q: %w", q.Question, err)
			}
			if hooks.Answered != nil {
				if err := hooks.Answered(q, a); err != nil {
					return Result{}, err
				}
			}
			var sources []string
			for _, c := range a.Citations {
				sources = append(sources, c.ID)
			}
			c := Score(sources, q.Expect)
			res.Cited1.count(c.Recall1 > 0)
			res.Cited.count(c.RR > 0)
			if c.RR == 0 {
				res.Misses = append(res.Misses, Miss{Question: q.Question, Expect: q.Expect, Got: sources, Reason: "answer cites no expected section"})
			}
			if keyed {
				lead := FirstSentence(a.Text)
				inLead, inAny := HoldsKey(lead, q.Keys), HoldsKey(a.Text, q.Keys)
				res.Lead.count(inLead)
				res.Any.count(inAny)
				if factual {
					res.LeadFactual.count(inLead)
					res.AnyFactual.count(inAny)
				}
				switch {
				case !inAny:
					res.Misses = append(res.Misses, Miss{Question: q.Question, Expect: q.Expect, Got: sources, Reason: "answer holds no key", Keys: q.Keys, Lead: lead, Factual: factual})
				case !inLead:
					res.Misses = append(res.Misses, Miss{Question: q.Question, Expect: q.Expect, Got: sources, Reason: "first sentence holds no key", Keys: q.Keys, Lead: lead, Factual: factual})
				}
			}
		}
		if m.Recall5 < 1 {
			res.Misses = append(res.Misses, Miss{Question: q.Question, Expect: q.Expect, Got: top(ranked, 5), Reason: "not in top 5"})
		}
	}
	return res, nil
}

// Unknown lists, once each in order of first use, the expectations of qs
// that name neither a section nor a chapter of the book, given all its
// section IDs and chapter slugs: a typo there would make every answer
// look wrong.
func Unknown(qs []Question, ids []string) []string {
	known := map[string]bool{}
	for _, id := range ids {
		known[id] = true
	}
	var out []string
	seen := map[string]bool{}
	for _, q := range qs {
		for _, e := range q.Expect {
			if !known[e] && !seen[e] {
				seen[e] = true
				out = append(out, e)
			}
		}
	}
	return out
}

// marker is a citation marker, "[1]", or a run of them, "[1][2]", after
// the blank the answer writes before it: an index in the cited text, as
// in "v[100]", is not a marker.
var marker = regexp.MustCompile(`\s+\[\d+\](\[\d+\])*`)

// FirstSentence is the lead of an answer: its text up to the first
// citation marker, which ends each cited sentence, or its first sentence
// when it cites nothing.
func FirstSentence(text string) string {
	text = strings.TrimSpace(text)
	if loc := marker.FindStringIndex(text); loc != nil {
		return strings.TrimSpace(text[:loc[0]])
	}
	first := text
	book.Sentences(text, func(start, end int) {
		if first == text {
			first = text[start:end]
		}
	})
	return strings.TrimSpace(first)
}

// HoldsKey reports whether text holds one of keys as a phrase, compared
// without case, accents or punctuation ("José Valim" matches "jose valim",
// "Node.js" matches "node js"), word by word, so that "go" does not match
// inside "Google"; a plural "s" or "es" may end the phrase, so that
// "operator" matches "operators". A Russian word of a key matches its
// other case forms, as Russian writes a name or a term in the case the
// sentence needs: "Максим Коновалов" is held by "с Максимом Коноваловым"
// (one word is the other's stem, or the two share one),
// while "порт" is not held by "портал".
func HoldsKey(text string, keys []string) bool {
	words := strings.Fields(fold(text))
	for _, k := range keys {
		kw := strings.Fields(fold(k))
		if len(kw) == 0 {
			continue
		}
		for i := 0; i+len(kw) <= len(words); i++ {
			if phraseAt(words[i:i+len(kw)], kw) {
				return true
			}
		}
	}
	return false
}

// phraseAt reports whether words, as many as key's, are key's words.
func phraseAt(words, key []string) bool {
	for j, k := range key {
		w := words[j]
		switch {
		case w == k:
		case j == len(key)-1 && (w == k+"s" || w == k+"es"):
		case search.IsCyrillic(k) && search.IsCyrillic(w) && sameRussianWord(w, k):
		default:
			return false
		}
	}
	return true
}

// sameRussianWord reports whether a and b are forms of one Russian word:
// one is the other's stem, or they share a stem.
func sameRussianWord(a, b string) bool {
	sa, sb := russianStem(a), russianStem(b)
	return sa == b || sb == a || sa == sb
}

// russianStem is w's Snowball Russian stem.
func russianStem(w string) string {
	env := snowballstem.NewEnv(w)
	russian.Stem(env)
	return env.Current()
}

// fold lower-cases s, strips accents, turns every run of characters other
// than letters and digits into one space, and trims.
func fold(s string) string {
	var b strings.Builder
	space := true
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		case !space:
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}

// sections turns hits into distinct section IDs in rank order: passages of
// one section count once, as a reader sees one source.
func sections(r answer.Retrieval) []string {
	var ids []string
	seen := map[string]bool{}
	for _, h := range r.Hits {
		if !seen[h.ID] {
			seen[h.ID] = true
			ids = append(ids, h.ID)
		}
	}
	return ids
}

func top(ids []string, n int) []string {
	if len(ids) > n {
		ids = ids[:n]
	}
	return ids
}

// Metrics are one question's figures.
type Metrics struct {
	Recall1, Recall5, RR, NDCG float64
}

// Score computes one question's figures from the ranked section IDs. An
// expectation without "#" matches any section of that chapter; every
// expectation counts once, at the first rank that matches it.
func Score(ranked, expect []string) Metrics {
	found := make([]bool, len(expect))
	var m Metrics
	var dcg float64
	for i, id := range ranked {
		if i == depth {
			break
		}
		for j, e := range expect {
			if found[j] || !matches(id, e) {
				continue
			}
			found[j] = true
			rank := i + 1
			if m.RR == 0 {
				m.RR = 1 / float64(rank)
			}
			if rank <= 1 {
				m.Recall1++
			}
			if rank <= 5 {
				m.Recall5++
			}
			dcg += 1 / math.Log2(float64(rank)+1)
			break
		}
	}
	var idcg float64
	for i := 0; i < len(expect) && i < depth; i++ {
		idcg += 1 / math.Log2(float64(i)+2)
	}
	n := float64(len(expect))
	m.Recall1 /= n
	m.Recall5 /= n
	m.NDCG = dcg / idcg
	return m
}

func matches(id, expect string) bool {
	if strings.Contains(expect, "#") {
		return id == expect
	}
	return id == expect || strings.HasPrefix(id, expect+"#")
}

// Write prints the figures and every miss in plain text.
func Write(w io.Writer, res Result) error {
	var b strings.Builder
	fmt.Fprintf(&b, "questions  %d (%d covered, %d not covered, %d covered with keys, %d of them factual)\n", res.Questions, res.Covered, res.Uncovered, res.Keyed, res.Factual)
	fmt.Fprintf(&b, "recall@1   %s\nrecall@5   %s\nMRR@10     %s\nnDCG@10    %s\n", res.Recall1, res.Recall5, res.MRR10, res.NDCG10)
	fmt.Fprintf(&b, "answered   %s of covered questions\nrefused    %s of not-covered questions\n", counted(res.Answered), counted(res.Refused))
	fmt.Fprintf(&b, "cited@1    %s of covered questions: the answer's first source is expected\ncited      %s of covered questions: its sources include one\n", counted(res.Cited1), counted(res.Cited))
	fmt.Fprintf(&b, "lead       %s of covered questions with keys: the answer's first sentence holds one\nany        %s of covered questions with keys: the answer holds one\n", counted(res.Lead), counted(res.Any))
	fmt.Fprintf(&b, "lead (factual) %s of factual questions with keys (who, when, where, which, how many, what is)\nany (factual)  %s of factual questions with keys\n", counted(res.LeadFactual), counted(res.AnyFactual))
	if len(res.Misses) > 0 {
		fmt.Fprintf(&b, "\nmisses (%d):\n", len(res.Misses))
		for _, m := range res.Misses {
			reason := m.Reason
			if m.Factual {
				reason += " (factual)"
			}
			fmt.Fprintf(&b, "- %s: %q\n  expect %s\n  got    %s\n", reason, m.Question, strings.Join(m.Expect, ", "), strings.Join(m.Got, ", "))
			if len(m.Keys) > 0 {
				fmt.Fprintf(&b, "  keys   %s\n  lead   %s\n", strings.Join(m.Keys, " | "), m.Lead)
			}

		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// counted prints a share of whole questions with its counts: "0.750 (3 of 4)".
func counted(s Share) string {
	if s.Of == 0 {
		return s.String()
	}
	return fmt.Sprintf("%s (%d of %d)", s, int(s.Sum), s.Of)
}
