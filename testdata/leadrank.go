//go:build ignore

// leadrank judges a learned choice of the answer's first sentence
// leave-one-writer-out, from the candidates eval --leads dumps, against
// the rules' own lead:
//
//	go build -o /tmp/cb ./cmd/chapterbot
//	LEADS=1 ROLES=tune testdata/evalall.sh /tmp/cb /tmp/ev
//	go run testdata/leadrank.go /tmp/ev/*.leads.jsonl
//
// (ROLES=tune writes the tuning sets' dumps only, so the glob reaches no
// held-out set.) Each questions file is one writer and one fold: a site
// set and its HTML twin read one file and fall together. For each fold a
// pairwise logistic regression (L2, Newton's method, standardised
// features: internal/eval/logit) is fitted on every other fold's
// questions whose top -n candidates both hold a key and not, and picks
// the lead among this fold's top -n; -near keeps only the candidates scored within that share
// of the rules' best (the model breaks near ties only). lead@1 is whether
// the chosen candidate's first sentence, as the answer would print it,
// holds a key; the rules' is their own first candidate's.
//
// The folds of -fair (the prefix of the sets no rule was fitted to) are
// printed apart: the only fair test. When the study was run, in the
// twentieth session, that was "s24-", held out until then; that
// session's rules were fitted to s24's misses too, so after each roll of
// the held-out sets the fair prefix is that of the sets just held out
// ("s25-" once they are tuning data and dumped with ROLES=tune).
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/chapterbot/chapterbot/internal/eval/logit"
)

var (
	markerRe  = regexp.MustCompile(`\s+\[\d+\](\[\d+\])*`)
	codeTokRe = regexp.MustCompile("`[^`]+`|--?[a-zA-Z][\\w-]+|\\b[a-z]+[A-Z]\\w*|\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b|\\b\\w+\\.\\w+(?:\\(\\))?|\\b\\w+=\\S+|\\b\\w+_\\w+\\b")
	numRe     = regexp.MustCompile(`\d+(?:\.\d+)*`)
	wordRe    = regexp.MustCompile(`[\pL\pN]+`)
)

// firstSentence is the printed answer's text up to its first citation
// marker, as eval.FirstSentence reads it.
func firstSentence(text string) string {
	if loc := markerRe.FindStringIndex(text); loc != nil {
		return text[:loc[0]]
	}
	return text
}

// folded is the set of q's words, lower-cased.
func folded(q string) map[string]bool {
	out := map[string]bool{}
	for _, w := range wordRe.FindAllString(strings.ToLower(q), -1) {
		out[w] = true
	}
	for _, t := range codeTokRe.FindAllString(q, -1) {
		out[strings.ToLower(strings.Trim(t, "`-.()"))] = true
	}
	return out
}

var (
	topN    = flag.Int("n", 5, "candidates the model chooses among")
	near    = flag.Float64("near", 1, "only candidates within this share of the best score compete (1: all of the top n)")
	lambda  = flag.Float64("l2", 1, "L2 penalty of the regression")
	news    = flag.Bool("new", true, "read what the printed lead adds to the question: a code token, a number, a name")
	only    = flag.String("kinds", "", "comma-separated question kinds the model chooses for (and is fitted on); the rules lead the rest (empty: all)")
	free    = flag.Bool("free", false, "leave the rules' score and rank out of the features")
	byKind  = flag.Bool("kind", false, "leave out whole kinds of sets (all Russian, all nodedoc, ...), not one writer")
	verbose = flag.Bool("v", false, "print each fold")
	dumpW   = flag.Bool("w", false, "print the weights fitted on every fold")
	fairSet = flag.String("fair", "", `the name prefix of the sets no rule was fitted to, printed apart ("s25-"); empty: none`)
)

type cand struct {
	Score, Rel, Fit, Base, HitScore, Match, Terms, Rare, Heading float64
	Rank, Hit, Words                                             int
	Top, First, Entry, History                                   bool
	Year, Date, Version, Number, NamePair, Code                  bool
	Kind                                                         string
	Russian                                                      bool
	Holds                                                        bool
	Text                                                         string
	x                                                            []float64
}

type question struct {
	name     string // the evalall set
	Set      string `json:"set"`
	Question string `json:"question"`
	Factual  bool   `json:"factual"`
	Lead     bool   `json:"lead"`
	Cands    []cand `json:"cands"`
}

var one = logit.One

var kinds = []string{"who", "when", "number", "which", "what", "how", "why", "other"}

var names []string

// vector is what the model reads of a candidate: generic facts of the
// sentence and its match, and the facts crossed with the question's kind.
func vector(c cand, question string) []float64 {
	var v []float64
	var n []string
	add := func(name string, x float64) { v = append(v, x); n = append(n, name) }
	if !*free {
		add("rel", c.Rel)
		add("logrank", math.Log1p(float64(c.Rank)))
		add("rank0", one(c.Rank == 0))
		add("fit", c.Fit)
	}
	add("match", c.Match)
	add("terms", c.Terms)
	add("rare", c.Rare)
	add("heading", c.Heading)
	add("hit", math.Log1p(float64(c.Hit)))
	add("hitscore", c.HitScore)
	add("top", one(c.Top))
	add("words", math.Min(float64(c.Words), 60)/20)
	add("ru*match", one(c.Russian)*c.Match)
	add("ru*rare", one(c.Russian)*c.Rare)
	if *news {
		lead := firstSentence(c.Text)
		q := folded(question)
		nc, nn, nm, nl := 0.0, 0.0, 0.0, 0.0
		for _, t := range codeTokRe.FindAllString(lead, -1) {
			if !q[strings.ToLower(strings.Trim(t, "`-.()"))] {
				nc = 1
			}
		}
		for _, t := range numRe.FindAllString(lead, -1) {
			if !q[t] {
				nn = 1
			}
		}
		for i, w := range strings.Fields(lead) {
			w = strings.Trim(w, `"'“”«»(),.;:!?[]`)
			r := []rune(w)
			if i > 0 && len(r) > 1 && unicode.IsUpper(r[0]) && !q[strings.ToLower(w)] {
				nm = 1
			}
			if c.Russian && len(r) > 2 && r[0] < 128 && unicode.IsLetter(r[0]) && !q[strings.ToLower(w)] {
				nl = 1
			}
		}
		var held, all float64
		for w := range q {
			if len([]rune(w)) < 4 {
				continue
			}
			all++
			if strings.Contains(strings.ToLower(lead), w) {
				held++
			}
		}
		add("newcode", nc)
		add("newnum", nn)
		add("newname", nm)
		add("newlatin", nl)
		if all > 0 {
			add("qwords", held/all)
		} else {
			add("qwords", 0)
		}
		lw := float64(len(strings.Fields(lead)))
		add("leadwords", math.Min(lw, 60)/20)
		k := c.Kind
		if k == "where" {
			k = "other"
		}
		for _, kk := range kinds {
			add(kk+"*newcode", one(k == kk)*nc)
			add(kk+"*newnum", one(k == kk)*nn)
			add(kk+"*newname", one(k == kk)*nm)
		}
	}
	facts := []struct {
		name string
		v    float64
	}{{"year", one(c.Year)}, {"date", one(c.Date)}, {"version", one(c.Version)}, {"number", one(c.Number)},
		{"name", one(c.NamePair)}, {"code", one(c.Code)}, {"entry", one(c.Entry)}, {"history", one(c.History)},
		{"first", one(c.First)}, {"short", one(c.Words < 8)}}
	k := c.Kind
	if k == "where" {
		k = "other"
	}
	for _, f := range facts {
		add(f.name, f.v)
	}
	for _, kk := range kinds {
		for _, f := range facts {
			add(kk+"*"+f.name, one(k == kk)*f.v)
		}
	}
	if names == nil {
		names = n
	}
	return v
}

// kindOf groups the sets as lowo.go does.
func kindOf(name string) string {
	switch {
	case strings.HasPrefix(name, "rb-") || strings.HasPrefix(name, "questions") || name == "factual-sample" || name == "xlang-tune":
		return "sample/rustbook"
	case strings.Contains(name, "nodedoc"):
		return "nodedoc"
	case strings.Contains(name, "ru"):
		return "russian"
	}
	return "site/html"
}

// pool is the candidates that compete for one question's lead.
func pool(q *question) []cand {
	var out []cand
	best := q.Cands[0].Score
	for i, c := range q.Cands {
		if i == *topN {
			break
		}
		if i > 0 && c.Score < (1-*near)*best {
			break
		}
		out = append(out, c)
	}
	return out
}

// mine reports whether the model chooses q's lead.
func mine(q *question) bool {
	return *only == "" || strings.Contains(","+*only+",", ","+q.Cands[0].Kind+",")
}

// fit fits a pairwise logistic regression: for each question of train,
// each candidate that holds a key against each that does not.
func fit(train []*question) logit.Model {
	var all [][]float64
	var pairs []logit.Pair
	for _, q := range train {
		if !mine(q) {
			continue
		}
		p := pool(q)
		for _, c := range p {
			all = append(all, c.x)
		}
		for _, a := range p {
			for _, b := range p {
				if a.Holds && !b.Holds {
					pairs = append(pairs, logit.Pair{Win: a.x, Lose: b.x})
				}
			}
		}
	}
	// Fewer and coarser steps than logit's default: the pairs outnumber
	// lowo.go's rows many times over, and this is the fit the study reports.
	return logit.FitPairs(logit.NewScale(all), pairs, logit.Options{Lambda: *lambda, Steps: 30, Tol: 1e-6})
}

// choose is the index of the candidate the model leads with.
func choose(m logit.Model, q *question) int {
	if !mine(q) {
		return 0
	}
	p := pool(q)
	best, bs := 0, math.Inf(-1)
	for i, c := range p {
		if s := m.Score(c.x); s > bs {
			best, bs = i, s
		}
	}
	return best
}

type tally struct{ rules, model, n, fr, fm, fn, won, lost int }

func (t *tally) add(q *question, model bool) {
	rules := q.Cands[0].Holds
	t.n++
	t.rules += int(one(rules))
	t.model += int(one(model))
	if q.Factual {
		t.fn++
		t.fr += int(one(rules))
		t.fm += int(one(model))
	}
	if model && !rules {
		t.won++
	}
	if rules && !model {
		t.lost++
	}
}

func (t tally) String() string {
	sh := func(a, n int) string {
		if n == 0 {
			return "  n/a"
		}
		return fmt.Sprintf("%.3f", float64(a)/float64(n))
	}
	return fmt.Sprintf("lead rules %s model %s (+%d -%d of %d) | factual rules %s model %s (%d)", sh(t.rules, t.n), sh(t.model, t.n), t.won, t.lost, t.n, sh(t.fr, t.fn), sh(t.fm, t.fn), t.fn)
}

func main() {
	flag.Parse()
	var qs []*question
	for _, path := range flag.Args() {
		name := strings.TrimSuffix(filepath.Base(path), ".leads.jsonl")
		if name == "scifact-train" {
			continue
		}
		fh, err := os.Open(path)
		if err != nil {
			log.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<26)
		for sc.Scan() {
			q := &question{name: name}
			if err := json.Unmarshal(sc.Bytes(), q); err != nil {
				log.Fatalf("%s: %v", path, err)
			}
			for i := range q.Cands {
				q.Cands[i].x = vector(q.Cands[i], q.Question)
			}
			qs = append(qs, q)
		}
		if err := sc.Err(); err != nil {
			log.Fatal(err)
		}
		fh.Close()
	}
	if len(qs) == 0 {
		log.Fatal("usage: go run testdata/leadrank.go OUT/*.leads.jsonl")
	}
	fold := func(q *question) string {
		if *byKind {
			return kindOf(q.name)
		}
		return q.Set
	}
	var folds []string
	seen := map[string]bool{}
	for _, q := range qs {
		if f := fold(q); !seen[f] {
			seen[f] = true
			folds = append(folds, f)
		}
	}
	sort.Strings(folds)
	groups := map[string]*tally{}
	group := func(g string) *tally {
		if groups[g] == nil {
			groups[g] = &tally{}
		}
		return groups[g]
	}
	oracle := 0
	for _, f := range folds {
		var train, test []*question
		for _, q := range qs {
			if fold(q) == f {
				test = append(test, q)
			} else {
				train = append(train, q)
			}
		}
		m := fit(train)
		var here tally
		for _, q := range test {
			got := q.Cands[choose(m, q)].Holds
			for _, c := range pool(q) {
				if c.Holds {
					oracle++
					break
				}
			}
			fair := "tuned"
			if *fairSet != "" && strings.HasPrefix(q.name, *fairSet) {
				fair = strings.TrimSuffix(*fairSet, "-")
			}
			qk := q.Cands[0].Kind
			for _, g := range []string{"all", fair, fair + " " + kindOf(q.name), "kind " + qk, fair + " kind " + qk} {
				group(g).add(q, got)
			}
			here.add(q, got)
		}
		if *verbose {
			fmt.Printf("%-45s %s\n", f, here)
		}
	}
	var gs []string
	for g := range groups {
		gs = append(gs, g)
	}
	sort.Strings(gs)
	for _, g := range gs {
		fmt.Printf("%-28s %s\n", g, groups[g])
	}
	fmt.Printf("oracle of the pool: %.3f\n", float64(oracle)/float64(len(qs)))
	if *dumpW {
		m := fit(qs)
		for i, w := range m.W {
			fmt.Printf("%-16s %+.3f\n", names[i], w)
		}
	}
}
