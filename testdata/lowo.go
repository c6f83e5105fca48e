//go:build ignore

// lowo judges a learned coverage decision leave-one-writer-out, from the
// features eval --features dumps, against the rules' own decision:
//
//	go build -o /tmp/cb ./cmd/chapterbot
//	FEATURES=1 ROLES=tune testdata/evalall.sh /tmp/cb /tmp/ev
//	go run testdata/lowo.go /tmp/ev/*.features.jsonl
//
// (ROLES=tune writes the tuning sets' dumps only, so the glob reaches no
// held-out set.) Each questions file is one writer and one fold: a site set
// and its HTML twin read one file and fall together. For each fold a
// logistic regression (L2, Newton's method, standardised features:
// internal/eval/logit) predicting "off topic" is fitted on every other
// fold and decides this one; its threshold is set on the training folds
// for a covered-answered rate. The decisions compared:
//
//	rules    the engine's: share >= MinCoverage, rules' offTopic final
//	replace  a rule's offTopic stays final; the model decides the rest, at
//	         the rules' answered rate on the training folds
//	stage2   the rules decide; the model may refuse what they answer, at
//	         the rules' answered rate less -drop
//	alone    the model alone, at the rules' answered rate
//
// -kind leaves out whole kinds (all Russian sets, all nodedoc sets, ...);
// -free drops the rules' own figures (share, offTopic, the raw share,
// answerable) from the features, for a model that owes the rules nothing.
// SciFact claims, all covered, are never trained on: the model fitted on
// every fold decides them, to check that answered does not fall.
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
	"sort"
	"strings"

	"github.com/chapterbot/chapterbot/internal/answer"
	"github.com/chapterbot/chapterbot/internal/eval/logit"
)

var (
	byKind  = flag.Bool("kind", false, "leave out whole kinds of sets, not one writer")
	free    = flag.Bool("free", false, "leave the rules' figures out of the features")
	drop    = flag.Float64("drop", 0.01, "answered share stage2 may give up on the training folds")
	lambda  = flag.Float64("l2", 1, "L2 penalty of the regression")
	verbose = flag.Bool("v", false, "print each set")
)

// features are what eval --features writes for each question.
type features = answer.Features

type row struct {
	name     string   // the evalall set
	Set      string   `json:"set"` // the questions file: the writer
	Covered  bool     `json:"covered"`
	Answered bool     `json:"answered"`
	F        features `json:"features"`
	kind     string
	x        []float64
}

var one = logit.One

// vector is what the model reads of a question; weights are scaled by the
// largest general-language weight (16).
func vector(f features) []float64 {
	t := math.Max(1, float64(f.Terms))
	var v []float64
	if !*free {
		share := math.Max(f.Share, 0)
		v = append(v, share, one(f.OffRule), f.Raw, one(f.Share >= 0.38), f.Answerable, one(f.Typed), one(f.Typed)*f.Answerable, f.Raw-share)
	}
	v = append(v, f.Cov1, f.Cov3, f.Cov8, f.Best1,
		float64(f.MissN)/t, f.MissMax/16, one(f.MissN > 0),
		one(f.Df0N > 0), f.Df0W, f.Df0Max/16, one(f.Names > 0),
		one(f.Df0Latin > 0), f.Df0LatinMax/16, float64(f.Df0Cyrillic)/t, one(f.Russian && f.Df0Latin > 0), one(f.Russian)*f.Df0W,
		math.Log1p(float64(f.Terms)), f.Weight/t/16, f.MaxW/16, one(f.Russian), one(f.Cross),
		math.Log1p(f.Top), f.Gap2, f.Gap5, f.Chapter)
	for _, k := range []string{"who", "when", "number", "which", "what", "how", "why", "where"} {
		v = append(v, one(f.Kind == k))
	}
	return v
}

// kindOf groups the sets as the brief does.
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

// fit fits the model that tells off-topic questions from covered ones.
func fit(rows []*row) logit.Model {
	xs := make([][]float64, len(rows))
	off := make([]bool, len(rows))
	for i, r := range rows {
		xs[i], off[i] = r.x, !r.Covered
	}
	return logit.Fit(xs, off, logit.Options{Lambda: *lambda})
}

// threshold is the probability under which a share target of ps lies
// (answered: p below it).
func threshold(ps []float64, target float64) float64 {
	s := append([]float64{}, ps...)
	sort.Float64s(s)
	k := int(math.Ceil(target*float64(len(s)))) - 1
	switch {
	case len(s) == 0 || k >= len(s)-1:
		return 2
	case k < 0:
		return 0
	}
	return (s[k] + s[k+1]) / 2
}

type tally struct{ answered, covered, refused, off int }

func (t *tally) add(r *row, answered bool) {
	if r.Covered {
		t.covered++
		if answered {
			t.answered++
		}
	} else {
		t.off++
		if !answered {
			t.refused++
		}
	}
}

func (t tally) String() string {
	share := func(a, n int) string {
		if n == 0 {
			return "  n/a"
		}
		return fmt.Sprintf("%.3f", float64(a)/float64(n))
	}
	return fmt.Sprintf("ans %s ref %s (%d/%d %d/%d)", share(t.answered, t.covered), share(t.refused, t.off), t.answered, t.covered, t.refused, t.off)
}

var modes = []string{"rules", "replace", "stage2", "alone"}

// deciders fits on train and returns each mode's decision: answered or not.
func deciders(train []*row) map[string]func(*row) bool {
	m := fit(train)
	var replace, stage2, alone []float64 // p of the covered questions each mode may answer
	var covered, answered int
	for _, r := range train {
		if !r.Covered {
			continue
		}
		covered++
		p := m.P(r.x)
		alone = append(alone, p)
		if r.Answered {
			answered++
			stage2 = append(stage2, p)
		} else {
			stage2 = append(stage2, 2)
		}
		if r.F.OffRule {
			p = 2
		}
		replace = append(replace, p)
	}
	target := float64(answered) / float64(covered)
	tr, ts, ta := threshold(replace, target), threshold(stage2, target-*drop), threshold(alone, target)
	return map[string]func(*row) bool{
		"rules":   func(r *row) bool { return r.Answered },
		"replace": func(r *row) bool { return !r.F.OffRule && m.P(r.x) < tr },
		"stage2":  func(r *row) bool { return r.Answered && m.P(r.x) < ts },
		"alone":   func(r *row) bool { return m.P(r.x) < ta },
	}
}

func main() {
	flag.Parse()
	var rows, scifact []*row
	for _, path := range flag.Args() {
		name := strings.TrimSuffix(filepath.Base(path), ".features.jsonl")
		fh, err := os.Open(path)
		if err != nil {
			log.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			r := &row{name: name, kind: kindOf(name)}
			if err := json.Unmarshal(sc.Bytes(), r); err != nil {
				log.Fatalf("%s: %v", path, err)
			}
			r.x = vector(r.F)
			if name == "scifact-train" {
				scifact = append(scifact, r)
			} else {
				rows = append(rows, r)
			}
		}
		if err := sc.Err(); err != nil {
			log.Fatal(err)
		}
		fh.Close()
	}
	if len(rows) == 0 {
		log.Fatal("usage: go run testdata/lowo.go OUT/*.features.jsonl")
	}
	fold := func(r *row) string {
		if *byKind {
			return r.kind
		}
		return r.Set
	}
	var folds []string
	seen := map[string]bool{}
	for _, r := range rows {
		if f := fold(r); !seen[f] {
			seen[f] = true
			folds = append(folds, f)
		}
	}
	sort.Strings(folds)
	byMode := map[string]map[string]*tally{} // mode, kind ("all" too)
	perSet := map[string]map[string]*tally{} // set, mode
	// moves counts the folds where a mode refused more, fewer, as many as
	// the rules, then answered more, fewer, as many.
	moves := map[string]*[6]int{}
	for _, md := range modes {
		byMode[md] = map[string]*tally{}
		moves[md] = &[6]int{}
	}
	for _, f := range folds {
		var train, test []*row
		for _, r := range rows {
			if fold(r) == f {
				test = append(test, r)
			} else {
				train = append(train, r)
			}
		}
		decide := deciders(train)
		for _, md := range modes {
			var here tally
			var rules tally
			for _, r := range test {
				a := decide[md](r)
				for _, k := range []string{"all", r.kind} {
					if byMode[md][k] == nil {
						byMode[md][k] = &tally{}
					}
					byMode[md][k].add(r, a)
				}
				if perSet[r.name] == nil {
					perSet[r.name] = map[string]*tally{}
				}
				if perSet[r.name][md] == nil {
					perSet[r.name][md] = &tally{}
				}
				perSet[r.name][md].add(r, a)
				here.add(r, a)
				rules.add(r, r.Answered)
			}
			mv := moves[md]
			mv[sign(here.refused-rules.refused)]++
			mv[3+sign(here.answered-rules.answered)]++
		}
	}
	if *verbose {
		var sets []string
		for s := range perSet {
			sets = append(sets, s)
		}
		sort.Strings(sets)
		for _, s := range sets {
			fmt.Printf("%-22s", s)
			for _, md := range modes {
				fmt.Printf(" | %s %s", md, perSet[s][md])
			}
			fmt.Println()
		}
		fmt.Println()
	}
	for _, k := range []string{"all", "russian", "site/html", "nodedoc", "sample/rustbook"} {
		fmt.Printf("%-16s", k)
		for _, md := range modes {
			if t := byMode[md][k]; t != nil {
				fmt.Printf(" | %s %s", md, t)
			}
		}
		fmt.Println()
	}
	for _, md := range modes[1:] {
		mv := moves[md]
		fmt.Printf("folds %-8s refused up %d down %d same %d; answered up %d down %d same %d\n", md, mv[0], mv[1], mv[2], mv[3], mv[4], mv[5])
	}
	if len(scifact) > 0 {
		decide := deciders(rows)
		fmt.Printf("%-16s", "scifact")
		for _, md := range modes {
			var t tally
			for _, r := range scifact {
				t.add(r, decide[md](r))
			}
			fmt.Printf(" | %s %s", md, t)
		}
		fmt.Println()
	}
}

// sign is 0 for a positive n, 1 for a negative one, 2 for zero: the
// index of up, down and same.
func sign(n int) int {
	switch {
	case n > 0:
		return 0
	case n < 0:
		return 1
	}
	return 2
}
