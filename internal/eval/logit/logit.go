// Package logit fits L2-penalised logistic regressions by Newton's method
// on standardised features: the one model behind the learned studies
// under testdata (lowo.go, a coverage decision, and leadrank.go, a choice
// of the lead), so that a fix to the fit reaches both. It reads and writes
// no files and knows nothing of the sets; the studies own their features.
package logit

import "math"

// One is a yes or no as a feature: 1 or 0.
func One(v bool) float64 {
	if v {
		return 1
	}
	return 0
}

// Scale standardises features, so that one L2 penalty weighs them alike
// whatever their units.
type Scale struct {
	Mean, SD []float64
}

// NewScale is the mean and standard deviation of each column of xs; a
// constant column gets a deviation of 1, so that it reads as 0 and not
// as a division by zero.
func NewScale(xs [][]float64) Scale {
	d := len(xs[0])
	s := Scale{Mean: make([]float64, d), SD: make([]float64, d)}
	n := float64(len(xs))
	for _, x := range xs {
		for i, v := range x {
			s.Mean[i] += v / n
		}
	}
	for _, x := range xs {
		for i, v := range x {
			s.SD[i] += (v - s.Mean[i]) * (v - s.Mean[i]) / n
		}
	}
	for i := range s.SD {
		if s.SD[i] = math.Sqrt(s.SD[i]); s.SD[i] < 1e-9 {
			s.SD[i] = 1
		}
	}
	return s
}

// Model is a fitted regression: W weighs the standardised features, B is
// the intercept (0 for a pairwise fit, which needs none).
type Model struct {
	Scale
	W []float64
	B float64
}

// Score is the model's log-odds for x, in x's own units.
func (m Model) Score(x []float64) float64 {
	z := m.B
	for i, v := range x {
		z += m.W[i] * (v - m.Mean[i]) / m.SD[i]
	}
	return z
}

// P is the probability the model gives x's label being true.
func (m Model) P(x []float64) float64 {
	return 1 / (1 + math.Exp(-m.Score(x)))
}

// Options bound a fit. Lambda is the L2 penalty on the weights (never on
// the intercept); Newton's method stops after Steps steps (50 when 0) or
// once no coefficient moves by Tol or more (1e-8 when 0). With Lambda 0 a
// constant feature leaves the system singular: the weights come out NaN.
type Options struct {
	Lambda float64
	Steps  int
	Tol    float64
}

// Fit fits the probability that a row of xs has its label in ys true,
// with an intercept, on xs standardised by their own Scale.
func Fit(xs [][]float64, ys []bool, o Options) Model {
	s := NewScale(xs)
	z := make([][]float64, len(xs))
	y := make([]float64, len(xs))
	for r, x := range xs {
		z[r] = make([]float64, len(x)+1)
		z[r][0] = 1
		for i, v := range x {
			z[r][i+1] = (v - s.Mean[i]) / s.SD[i]
		}
		y[r] = One(ys[r])
	}
	beta := newton(z, y, true, o)
	return Model{Scale: s, W: beta[1:], B: beta[0]}
}

// Pair is two rows of features, the one that should score higher first.
type Pair struct {
	Win, Lose []float64
}

// FitPairs fits a ranking: the probability that a pair's Win outscores
// its Lose, read from the difference of their features standardised by s
// (usually NewScale over every row that may compete). Each pair stands
// for itself read both ways round, so there is no intercept: Score ranks
// rows, and P(win) - P(lose) means nothing.
func FitPairs(s Scale, pairs []Pair, o Options) Model {
	z := make([][]float64, len(pairs))
	y := make([]float64, len(pairs))
	for r, p := range pairs {
		z[r] = make([]float64, len(p.Win))
		for i := range p.Win {
			z[r][i] = (p.Win[i] - p.Lose[i]) / s.SD[i]
		}
		y[r] = 1
	}
	return Model{Scale: s, W: newton(z, y, false, o)}
}

// newton fits the coefficients of the standardised rows z against the
// labels y (0 or 1) by Newton's method; with intercept, z's first column
// is the constant 1 and is left out of the penalty.
func newton(z [][]float64, y []float64, intercept bool, o Options) []float64 {
	steps, tol := o.Steps, o.Tol
	if steps == 0 {
		steps = 50
	}
	if tol == 0 {
		tol = 1e-8
	}
	d := len(z[0])
	beta := make([]float64, d)
	for range steps {
		h := make([][]float64, d)
		for i := range h {
			h[i] = make([]float64, d)
		}
		g := make([]float64, d)
		for r, zr := range z {
			var s float64
			for i := range zr {
				s += beta[i] * zr[i]
			}
			p := 1 / (1 + math.Exp(-s))
			for i := range zr {
				if zr[i] == 0 { // adds nothing: spares the row of h
					continue
				}
				g[i] += (p - y[r]) * zr[i]
				for j := range zr {
					h[i][j] += p * (1 - p) * zr[i] * zr[j]
				}
			}
		}
		first := 0
		if intercept {
			first = 1
		}
		for i := first; i < d; i++ {
			g[i] += o.Lambda * beta[i]
			h[i][i] += o.Lambda
		}
		step := solve(h, g)
		var most float64
		for i := range beta {
			beta[i] -= step[i]
			most = math.Max(most, math.Abs(step[i]))
		}
		if most < tol {
			break
		}
	}
	return beta
}

// solve solves a x = b by Gaussian elimination with partial pivoting.
func solve(a [][]float64, b []float64) []float64 {
	n := len(b)
	m := make([][]float64, n)
	for i := range a {
		m[i] = append(append([]float64{}, a[i]...), b[i])
	}
	for c := range n {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		m[c], m[p] = m[p], m[c]
		for r := c + 1; r < n; r++ {
			f := m[r][c] / m[c][c]
			for k := c; k <= n; k++ {
				m[r][k] -= f * m[c][k]
			}
		}
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		s := m[i][n]
		for k := i + 1; k < n; k++ {
			s -= m[i][k] * x[k]
		}
		x[i] = s / m[i][i]
	}
	return x
}
