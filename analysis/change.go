package analysis

import (
	"fmt"
	"math"

	"github.com/demarche-project/demarche"
)

// segCost is the cost of a segment [a, b) of a series: twice its negative
// maximised log-likelihood, up to terms that do not depend on the
// segmentation.
type segCost func(a, b int) float64

// pelt returns the change points (the first index of each segment after the
// first) of a series of n points that minimise the total cost plus penalty
// per segment, with segments at least minSeg long: the Pruned Exact Linear
// Time method of Killick, Fearnhead and Eckley (2012), exact like optimal
// partitioning and pruned of the split points that can no longer win.
func pelt(n, minSeg int, penalty float64, cost segCost) []int {
	if n < 2*minSeg {
		return nil
	}
	f := make([]float64, n+1)
	prev := make([]int, n+1)
	for i := range f {
		f[i] = math.Inf(1)
	}
	f[0] = -penalty
	var cands []int
	for t := minSeg; t <= n; t++ {
		if tau := t - minSeg; !math.IsInf(f[tau], 1) {
			cands = append(cands, tau)
		}
		best, arg := math.Inf(1), -1
		vals := make([]float64, len(cands))
		for i, tau := range cands {
			vals[i] = f[tau] + cost(tau, t)
			if v := vals[i] + penalty; v < best {
				best, arg = v, tau
			}
		}
		f[t], prev[t] = best, arg
		// Pruning: a split point whose cost already exceeds the optimum
		// can never win later (Killick et al., Theorem 3.1). An infeasible
		// segment (infinite cost) may become feasible and is kept.
		kept := cands[:0]
		for i, tau := range cands {
			if vals[i] <= f[t] || math.IsInf(vals[i], 1) {
				kept = append(kept, tau)
			}
		}
		cands = kept
	}
	var cps []int
	for t := prev[n]; t > 0; t = prev[t] {
		cps = append([]int{t}, cps...)
	}
	return cps
}

// poissonCost is the cost of segments of counts xs with exposures es under
// a Poisson model with one rate per segment (x ~ Poisson(λ·e)), divided by
// the dispersion phi (quasi-likelihood).
func poissonCost(xs, es []float64, phi float64) segCost {
	cx, ce := make([]float64, len(xs)+1), make([]float64, len(xs)+1)
	for i := range xs {
		cx[i+1] = cx[i] + xs[i]
		ce[i+1] = ce[i] + es[i]
	}
	return func(a, b int) float64 {
		s, e := cx[b]-cx[a], ce[b]-ce[a]
		if s <= 0 || e <= 0 {
			return 0
		}
		return 2 * (s - s*math.Log(s/e)) / phi
	}
}

// gaussCost is the cost of segments of weighted means under a Gaussian
// model with one mean per segment and a known variance: each point i stands
// for w[i] observations averaging xs[i]. A segment of less than minW
// observations is infeasible (infinite cost): a mean needs data.
func gaussCost(xs, w []float64, variance, minW float64) segCost {
	n := len(xs)
	cw, cx, cxx := make([]float64, n+1), make([]float64, n+1), make([]float64, n+1)
	for i := range xs {
		cw[i+1] = cw[i] + w[i]
		cx[i+1] = cx[i] + w[i]*xs[i]
		cxx[i+1] = cxx[i] + w[i]*xs[i]*xs[i]
	}
	return func(a, b int) float64 {
		sw := cw[b] - cw[a]
		if sw < minW {
			return math.Inf(1)
		}
		sx := cx[b] - cx[a]
		return math.Max(0, (cxx[b]-cxx[a])-sx*sx/sw) / variance
	}
}

// dispersion estimates the overdispersion of counts xs with exposures es
// from successive differences of their rates, which a change of level
// barely affects: for Poisson counts with rate λ, x_t/e_t − x_{t−1}/e_{t−1}
// has variance λ(1/e_t + 1/e_{t−1}). It is at least 1.
func dispersion(xs, es []float64) float64 {
	var sx, se float64
	for i := range xs {
		sx += xs[i]
		se += es[i]
	}
	if sx <= 0 || se <= 0 {
		return 1
	}
	lambda := sx / se
	var sum float64
	n := 0
	for i := 1; i < len(xs); i++ {
		if es[i] <= 0 || es[i-1] <= 0 {
			continue
		}
		d := xs[i]/es[i] - xs[i-1]/es[i-1]
		sum += d * d / (lambda * (1/es[i] + 1/es[i-1]))
		n++
	}
	if n < 2 {
		return 1
	}
	return math.Max(1, sum/float64(n))
}

// changes finds change points in a dyad's monthly series with PELT: in the
// volume (sentences with an event of the dyad a month, against the store's
// sentences that month; quasi-Poisson cost with exposure, dispersion from
// successive differences) and in the tone (the documents' mean Goldstein scores per
// month; Gaussian cost with the pooled within-month variance). The penalty
// per change is ChangePenalty·ln(n) for n months — a BIC-type penalty (BIC
// charges ln n per parameter; a change adds a location and a level) — and
// segments are at least ChangeMinSeg months. A change point's score is the
// decimal log-likelihood ratio of splitting its two neighbouring segments
// there against keeping them whole.
func (s *Service) changes(d *dyad, lastDay int, cov *coverage) []demarche.Signal {
	o := s.opt
	if len(d.items) == 0 {
		return nil
	}
	m0 := monthOf(d.items[0].day)
	n := monthOf(max(lastDay, d.items[len(d.items)-1].day)) - m0 + 1
	if n < o.ChangeMinMonths || docs(d.items) < o.ChangeMinDocs {
		return nil
	}
	b := buckets(d.items, m0, n, monthOf)
	penalty := o.ChangePenalty * math.Log(float64(n))
	var out []demarche.Signal

	counts, expo := make([]float64, n), make([]float64, n)
	for i := range b {
		counts[i], expo[i] = float64(b[i].sents), cov.month[m0+i]
	}
	cost := poissonCost(counts, expo, dispersion(counts, expo))
	cps := pelt(n, o.ChangeMinSeg, penalty, cost)
	out = append(out, s.changeSignals(d, b, m0, cps, cost, "volume", func(a, c int) float64 {
		var sx, se float64
		for i := a; i < c; i++ {
			sx += counts[i]
			se += expo[i]
		}
		if se == 0 {
			return 0
		}
		return 100 * sx / se
	})...)

	means, w := make([]float64, n), make([]float64, n)
	var within float64
	var nw int
	for i := range b {
		if len(b[i].tone) == 0 {
			continue
		}
		m, v := meanVar(b[i].tone)
		means[i], w[i] = m, float64(len(b[i].tone))
		within += v * w[i]
		nw += len(b[i].tone)
	}
	if nw > 0 {
		variance := math.Max(1, within/float64(nw))
		tcost := gaussCost(means, w, variance, float64(o.ChangeMinToneDocs))
		tcps := pelt(n, o.ChangeMinSeg, penalty, tcost)
		out = append(out, s.changeSignals(d, b, m0, tcps, tcost, "tone", func(a, c int) float64 {
			var sx, sw float64
			for i := a; i < c; i++ {
				sx += means[i] * w[i]
				sw += w[i]
			}
			if sw == 0 {
				return 0
			}
			return sx / sw
		})...)
	}
	return out
}

func (s *Service) changeSignals(d *dyad, b []bucket, m0 int, cps []int, cost segCost, what string, level func(a, c int) float64) []demarche.Signal {
	var out []demarche.Signal
	bounds := append(append([]int{0}, cps...), len(b))
	for k := 1; k < len(bounds)-1; k++ {
		a, c, e := bounds[k-1], bounds[k], bounds[k+1]
		llr := (cost(a, e) - cost(a, c) - cost(c, e)) / 2
		score := math.Min(maxScore, llr*log10e)
		before, after := level(a, c), level(c, e)
		// The evidence: the events of the first month of the new segment
		// that has any, those on the side of the change first (the most
		// hostile ones when the tone falls).
		var items []item
		for i := c; i < e && len(items) == 0; i++ {
			items = b[i].items
		}
		if len(items) == 0 {
			continue
		}
		var prefer func(*demarche.Event) bool
		if what == "tone" {
			prefer = func(ev *demarche.Event) bool {
				return (after < before && ev.Goldstein < before) || (after > before && ev.Goldstein > before)
			}
		}
		sg := demarche.Signal{
			Kind: demarche.SignalChange, Score: score, Source: d.src, Target: d.tgt,
			Date: items[0].ev.Date, From: dateOf(monthStart(m0 + c)), To: dateOf(monthStart(m0+e) - 1),
			Value: round2(after), Baseline: round2(before),
		}
		if what == "volume" {
			sg.Title = fmt.Sprintf("%s: volume changes from %.2f%% to %.2f%% of all sentences in %s", d.name(), before, after, monthLabel(m0+c))
		} else {
			sg.Title = fmt.Sprintf("%s: tone changes from %+.1f to %+.1f (Goldstein mean) in %s", d.name(), before, after, monthLabel(m0+c))
		}
		sg.Detail = fmt.Sprintf("PELT on the monthly %s, segments %s to %s and %s to %s", what,
			monthLabel(m0+a), monthLabel(m0+c-1), monthLabel(m0+c), monthLabel(m0+e-1))
		sg.Evidence = s.evidence(items, prefer)
		out = append(out, sg)
	}
	return out
}
