package logit

import (
	"math"
	"testing"
)

// toy is a separable set: a row is true when x0 + x1 > 5; the third
// feature is constant and the fourth is noise the label does not follow.
func toy() (xs [][]float64, ys []bool) {
	for i := range 8 {
		for j := range 8 {
			x0, x1 := float64(i), float64(j)
			if x0+x1 == 5 || x0+x1 == 6 {
				continue // a margin between the classes
			}
			xs = append(xs, []float64{x0, x1, 3, float64((i*7+j*3)%5) / 4})
			ys = append(ys, x0+x1 > 5)
		}
	}
	return xs, ys
}

func norm(w []float64) float64 {
	var s float64
	for _, v := range w {
		s += v * v
	}
	return math.Sqrt(s)
}

func TestFitSeparable(t *testing.T) {
	xs, ys := toy()
	m := Fit(xs, ys, Options{Lambda: 0.1})
	for i, x := range xs {
		if got := m.P(x) > 0.5; got != ys[i] {
			t.Errorf("P(%v) = %.3f, want it on the %v side of 0.5", x, m.P(x), ys[i])
		}
	}
	// Unseen rows on either side of the margin.
	for _, c := range []struct {
		x    []float64
		want bool
	}{{[]float64{0.5, 1, 3, 0.5}, false}, {[]float64{9, 8, 3, 0}, true}, {[]float64{2, 2.5, 3, 1}, false}, {[]float64{3.5, 3.5, 3, 0}, true}} {
		if got := m.P(c.x) > 0.5; got != c.want {
			t.Errorf("unseen P(%v) = %.3f, want it on the %v side of 0.5", c.x, m.P(c.x), c.want)
		}
	}
	if !(m.W[0] > 0 && m.W[1] > 0) {
		t.Errorf("W = %v, want the two deciding features weighed up", m.W)
	}
	if !(math.Abs(m.W[3]) < m.W[0]/2) {
		t.Errorf("W = %v, want the noise feature weighed far less than a deciding one", m.W)
	}
	if m.W[2] != 0 {
		t.Errorf("W[2] = %v for a constant feature, want 0", m.W[2])
	}
}

// TestFitOptimum checks the fit against its definition: at the optimum
// of the penalised log-likelihood the gradient is zero, intercept left
// out of the penalty.
func TestFitOptimum(t *testing.T) {
	xs, ys := toy()
	ys[3], ys[len(ys)-4] = !ys[3], !ys[len(ys)-4] // not separable: a tiny penalty's fit has an optimum too
	for _, lambda := range []float64{1e-3, 0.5, 5} {
		m := Fit(xs, ys, Options{Lambda: lambda})
		g := make([]float64, len(m.W)+1)
		for r, x := range xs {
			e := m.P(x) - One(ys[r])
			g[0] += e
			for i, v := range x {
				g[i+1] += e * (v - m.Mean[i]) / m.SD[i]
			}
		}
		for i, w := range m.W {
			g[i+1] += lambda * w
		}
		if !(norm(g) <= 1e-6) {
			t.Errorf("lambda %v: gradient at the fit %v, want 0", lambda, g)
		}
	}
}

func TestFitL2Shrinks(t *testing.T) {
	xs, ys := toy()
	last := math.Inf(1)
	for _, lambda := range []float64{0.01, 1, 10, 100} {
		m := Fit(xs, ys, Options{Lambda: lambda})
		n := norm(m.W)
		if !(n < last) {
			t.Errorf("lambda %v: |W| = %.4f, want below %.4f (the smaller penalty's)", lambda, n, last)
		}
		last = n
	}
}

func TestFitPairs(t *testing.T) {
	// Each group's winner has the largest first feature; the second is
	// noise and the third larger for the losers half of the time.
	var all [][]float64
	var pairs []Pair
	for g := range 20 {
		rows := [][]float64{
			{float64(g%5) + 2, float64(g % 3), float64(g % 2)},
			{float64(g%5) + 1, float64((g + 1) % 3), float64((g + 1) % 2)},
			{float64(g % 5), float64((g + 2) % 3), 0},
		}
		all = append(all, rows...)
		pairs = append(pairs, Pair{rows[0], rows[1]}, Pair{rows[0], rows[2]})
	}
	m := FitPairs(NewScale(all), pairs, Options{Lambda: 1})
	if m.B != 0 {
		t.Errorf("B = %v, want no intercept", m.B)
	}
	for _, p := range pairs {
		if !(m.Score(p.Win) > m.Score(p.Lose)) {
			t.Errorf("Score(%v) = %.3f, not above Score(%v) = %.3f", p.Win, m.Score(p.Win), p.Lose, m.Score(p.Lose))
		}
	}
	if !(m.W[0] > 2*math.Abs(m.W[1])) {
		t.Errorf("W = %v, want the first feature to lead", m.W)
	}
	loose := FitPairs(NewScale(all), pairs, Options{Lambda: 50})
	if !(norm(loose.W) < norm(m.W)) {
		t.Errorf("|W| = %.4f at lambda 50, want below %.4f at lambda 1", norm(loose.W), norm(m.W))
	}
}

func TestNewScale(t *testing.T) {
	s := NewScale([][]float64{{1, 7}, {3, 7}})
	if s.Mean[0] != 2 || s.SD[0] != 1 || s.Mean[1] != 7 || s.SD[1] != 1 {
		t.Errorf("NewScale = %+v, want means 2 and 7, deviations 1 and 1 (the constant column's set to 1)", s)
	}
	s = NewScale([][]float64{{0}, {4}})
	if s.SD[0] != 2 {
		t.Errorf("SD = %v, want 2", s.SD[0])
	}
}

func TestSolve(t *testing.T) {
	// The first pivot is 0: without row swaps this divides by zero.
	a := [][]float64{{0, 2, 1}, {1, 1, 1}, {2, 1, 3}}
	want := []float64{1, -2, 3}
	b := make([]float64, 3)
	for i := range a {
		for j := range a[i] {
			b[i] += a[i][j] * want[j]
		}
	}
	got := solve(a, b)
	for i := range want {
		if !(math.Abs(got[i]-want[i]) <= 1e-12) { // NaN fails too
			t.Fatalf("solve = %v, want %v", got, want)
		}
	}
	if a[0][0] != 0 || b[0] != 2*-2+3 {
		t.Errorf("solve changed its arguments: a %v b %v", a, b)
	}
}
