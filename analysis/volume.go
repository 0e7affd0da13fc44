package analysis

import (
	"fmt"
	"math"

	"github.com/demarche-project/demarche"
)

// candidateScore is the least score of one period for it to start or extend
// an episode of consecutive unusual periods; the threshold of Signals then
// applies to the episode's best period.
const candidateScore = 3

// bucket is one period of a dyad: its items and per-document figures.
type bucket struct {
	items []item
	docs  int       // distinct documents
	sents int       // distinct sentences
	tone  []float64 // mean Goldstein of each document
}

// buckets splits items into periods [0, n) with index(day) - base.
func buckets(items []item, base, n int, index func(int) int) []bucket {
	out := make([]bucket, n)
	type acc struct {
		sum float64
		n   int
	}
	per := make([]map[string]*acc, n)
	type sentKey struct {
		doc string
		idx int
	}
	sents := make([]map[sentKey]bool, n)
	for _, it := range items {
		i := index(it.day) - base
		if i < 0 || i >= n {
			continue
		}
		out[i].items = append(out[i].items, it)
		if sents[i] == nil {
			sents[i] = map[sentKey]bool{}
		}
		sents[i][sentKey{it.ev.Doc, it.ev.Sentence}] = true
		if per[i] == nil {
			per[i] = map[string]*acc{}
		}
		a := per[i][it.ev.Doc]
		if a == nil {
			a = &acc{}
			per[i][it.ev.Doc] = a
		}
		a.sum += it.ev.Goldstein
		a.n++
	}
	for i := range out {
		out[i].docs = len(per[i])
		out[i].sents = len(sents[i])
		for _, a := range per[i] {
			out[i].tone = append(out[i].tone, a.sum/float64(a.n))
		}
	}
	return out
}

// episode is a run of consecutive unusual periods.
type episode struct {
	first, last int // period indexes
	best        float64
	bestAt      int
	base, v     float64 // baseline mean and variance (or sd for tone)
	sign        int
}

// rateModel is the expected volume of a period: a share r of the corpus's
// sentences, with overdispersion phi.
type rateModel struct {
	r, phi float64
}

// fitRate estimates the share of the corpus's sentences that the dyad
// takes over baseline periods (those with sentences), with half a sentence
// added so that a silent past is not certainty, and the overdispersion as
// the mean squared Pearson residual (at least 1). ok is false with fewer
// than min periods.
func fitRate(x, e []float64, min int) (m rateModel, ok bool) {
	var sx, se float64
	n := 0
	for k := range x {
		if e[k] > 0 {
			sx += x[k]
			se += e[k]
			n++
		}
	}
	if n < min || se == 0 {
		return m, false
	}
	m.r = (sx + 0.5) / se
	var chi float64
	for k := range x {
		if e[k] > 0 {
			mu := m.r * e[k]
			chi += (x[k] - mu) * (x[k] - mu) / mu
		}
	}
	m.phi = math.Max(1, chi/float64(n))
	return m, true
}

// weekly finds shifts of tone in a pair's weeks, against the trailing
// BaselineWeeks weeks (surges and drops: volume in scales.go).
//
// Volume is the number of distinct sentences with an event of the pair in
// a period, out of the E sentences the store holds for that period. Over the
// baseline the pair takes a share r of the sentences, with overdispersion φ (fitRate);
// the period's expected volume is μ = r·E with variance φ·μ, a negative
// binomial (a Poisson when φ = 1), and a surge's score is −log10 P(X ≥ x). Tone
// is the mean of the documents' mean Goldstein scores; against the
// baseline documents' mean and standard deviation s (at least 1) its
// z-score is (m − μ)/(s/√n) and the score −log10 of the two-sided normal
// p-value. Consecutive weeks scoring at least 3 (surges with at least
// MinSurgeDocs documents and twice the expected volume, tone weeks with
// MinToneDocs documents) form an episode, whose baseline stays that of its
// first week; an episode is one signal with the score of its best week.
func (s *Service) weekly(d *dyad, lastDay int, cov *coverage) []demarche.Signal {
	o := s.opt
	if len(d.items) == 0 {
		return nil
	}
	week := func(day int) int { return day / 7 }
	w0 := week(d.items[0].day)
	n := week(max(lastDay, d.items[len(d.items)-1].day)) - w0 + 1
	b := buckets(d.items, w0, n, week)
	x, e := make([]float64, n), make([]float64, n)
	for i := range b {
		x[i], e[i] = float64(b[i].sents), cov.week[w0+i]
	}
	var out []demarche.Signal

	// Tone shifts.
	var ep *episode
	flushTone := func() {
		if ep != nil {
			out = append(out, s.toneSignal(d, b, w0, ep))
			ep = nil
		}
	}
	for i := range b {
		lo := max(0, i-o.BaselineWeeks)
		if i-lo < o.MinBaselineWeeks || b[i].docs < o.MinToneDocs {
			flushTone()
			continue
		}
		mu, sd := 0.0, 0.0
		if ep != nil {
			mu, sd = ep.base, ep.v
		} else {
			var xs []float64
			for k := lo; k < i; k++ {
				xs = append(xs, b[k].tone...)
			}
			if len(xs) < 2*o.MinToneDocs {
				continue
			}
			var v float64
			mu, v = meanVar(xs)
			sd = math.Max(1, math.Sqrt(v))
		}
		m, _ := meanVar(b[i].tone)
		z := (m - mu) / (sd / math.Sqrt(float64(len(b[i].tone))))
		score := scoreOfLogP(normLogTwoSided(z))
		sign := 1
		if z < 0 {
			sign = -1
		}
		if score < candidateScore || (ep != nil && sign != ep.sign) {
			flushTone()
			if score < candidateScore {
				continue
			}
		}
		if ep == nil {
			ep = &episode{first: i, base: mu, v: sd, sign: sign}
		}
		ep.last = i
		if score > ep.best {
			ep.best, ep.bestAt = score, i
		}
	}
	flushTone()
	return out
}

// episodeItems returns the items of the periods of an episode.
func episodeItems(b []bucket, ep *episode) []item {
	var items []item
	for k := ep.first; k <= ep.last; k++ {
		items = append(items, b[k].items...)
	}
	return items
}

func (s *Service) toneSignal(d *dyad, b []bucket, w0 int, ep *episode) demarche.Signal {
	items := episodeItems(b, ep)
	var tone []float64
	for k := ep.first; k <= ep.last; k++ {
		tone = append(tone, b[k].tone...)
	}
	m, _ := meanVar(tone)
	dir := "more cooperative"
	if ep.sign < 0 {
		dir = "more hostile"
	}
	sg := demarche.Signal{
		Kind: demarche.SignalTone, Score: ep.best, Source: d.src, Target: d.tgt, Scale: "week",
		Date: items[0].ev.Date, From: items[0].ev.Date, To: items[len(items)-1].ev.Date,
		Value: round2(m), Baseline: round2(ep.base),
	}
	sg.Title = fmt.Sprintf("%s: %s, Goldstein mean %+.1f over %d documents from %s, against %+.1f before",
		d.name(), dir, m, len(tone), dateOf((w0+ep.first)*7), ep.base)
	sg.Detail = "most frequent: " + topCodes(items, 3)
	sg.Evidence = s.evidence(items, func(e *demarche.Event) bool {
		return (ep.sign > 0 && e.Goldstein > ep.base+ep.v) || (ep.sign < 0 && e.Goldstein < ep.base-ep.v)
	})
	return sg
}

// rateEpisodes walks a series of volumes x against exposures e and groups
// the consecutive periods that score at least candidateScore into
// episodes. The rate model is fitted on the baseline periods before each
// episode's first period (at most baseline of them, at least minBaseline
// with exposure) and kept for the whole episode; periods without exposure
// end an episode. emit receives each episode with its model.
func rateEpisodes(x, e []float64, baseline, minBaseline int, score func(i int, m rateModel) float64, emit func(*episode, rateModel)) {
	var ep *episode
	var model rateModel
	flush := func() {
		if ep != nil {
			emit(ep, model)
			ep = nil
		}
	}
	for i := range x {
		if e[i] == 0 {
			flush()
			continue
		}
		if ep == nil {
			lo := max(0, i-baseline)
			var ok bool
			if model, ok = fitRate(x[lo:i], e[lo:i], minBaseline); !ok {
				continue
			}
		}
		sc := score(i, model)
		if sc < candidateScore {
			flush()
			continue
		}
		if ep == nil {
			ep = &episode{first: i}
		}
		ep.last = i
		if sc > ep.best {
			ep.best, ep.bestAt = sc, i
		}
	}
	flush()
}
