package analysis

import (
	"fmt"
	"sort"

	"github.com/demarche-project/demarche"
)

// Signal scales: the periods over which volume is counted.
const (
	ScaleWeek    = "week"
	ScaleMonth   = "month"
	ScaleQuarter = "quarter"
)

// scale is a period over which volume is counted: how days map to period
// numbers, where a period starts, its exposure (the store's sentences),
// and its trailing baseline.
type scale struct {
	name                  string
	index                 func(day int) int
	start                 func(i int) int
	expo                  func(i int) float64
	label                 func(i int) string
	baseline, minBaseline int

	// most is the longest episode of the scale, in periods (0: no limit):
	// a surge over more months or quarters is a change of level, which
	// change points report, not an episode.
	most int
}

// scales are the week, the month and the quarter.
func (s *Service) scales(cov *coverage) []scale {
	o := s.opt
	quarter := func(day int) int { return monthOf(day) / 3 }
	return []scale{
		{name: ScaleWeek, index: func(d int) int { return d / 7 }, start: func(i int) int { return 7 * i },
			expo:     func(i int) float64 { return cov.week[i] },
			label:    func(i int) string { return "the week of " + dateOf(7*i) },
			baseline: o.BaselineWeeks, minBaseline: o.MinBaselineWeeks},
		{name: ScaleMonth, index: monthOf, start: monthStart,
			expo:     func(i int) float64 { return cov.month[i] },
			label:    monthLabel,
			baseline: o.BaselineMonths, minBaseline: o.MinBaselineMonths, most: 2},
		{name: ScaleQuarter, index: quarter, start: func(i int) int { return monthStart(3 * i) },
			expo:     func(i int) float64 { return cov.month[3*i] + cov.month[3*i+1] + cov.month[3*i+2] },
			label:    func(i int) string { return fmt.Sprintf("%d-Q%d", 1900+i/4, i%4+1) },
			baseline: o.BaselineQuarters, minBaseline: o.MinBaselineQuarters, most: 1},
	}
}

// volume finds the surges and drops of a pair at every scale and reports
// each episode once, at the scale where it is strongest: of the signals of
// one kind whose days overlap, only the best-scoring is kept (the shorter
// scale on a tie), so that a summit week and the month around it are one
// signal, and a journey of three weeks that no single week shows is found
// in its month.
func (s *Service) volume(d *dyad, lastDay int, cov *coverage, surges, drops bool) []demarche.Signal {
	if len(d.items) == 0 {
		return nil
	}
	var cands []demarche.Signal
	for _, sc := range s.scales(cov) {
		if surges {
			cands = append(cands, s.surgesAt(d, lastDay, sc)...)
		}
		if drops {
			cands = append(cands, s.dropsAt(d, lastDay, sc)...)
		}
	}
	return strongestPerEpisode(cands)
}

// scaleRank orders scales from the shortest.
var scaleRank = map[string]int{ScaleWeek: 0, ScaleMonth: 1, ScaleQuarter: 2}

// strongestPerEpisode keeps, among signals of one kind whose days overlap,
// the best-scoring one.
func strongestPerEpisode(cands []demarche.Signal) []demarche.Signal {
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		if scaleRank[a.Scale] != scaleRank[b.Scale] {
			return scaleRank[a.Scale] < scaleRank[b.Scale]
		}
		return a.From < b.From
	})
	var out []demarche.Signal
	for _, c := range cands {
		dup := false
		for _, k := range out {
			if k.Kind == c.Kind && k.From <= c.To && c.From <= k.To {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, c)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].From < out[j].From })
	return out
}

// series buckets a pair's items by a scale's periods, from the first item's
// period to lastDay's.
func series(d *dyad, lastDay int, sc scale) (b []bucket, x, e []float64, p0 int) {
	p0 = sc.index(d.items[0].day)
	n := sc.index(max(lastDay, d.items[len(d.items)-1].day)) - p0 + 1
	b = buckets(d.items, p0, n, sc.index)
	x, e = make([]float64, n), make([]float64, n)
	for i := range b {
		x[i], e[i] = float64(b[i].sents), sc.expo(p0+i)
	}
	return b, x, e, p0
}

// surgesAt finds the surges of a pair at one scale (see weekly in
// METHODS.md: the same model, with the scale's baseline).
func (s *Service) surgesAt(d *dyad, lastDay int, sc scale) []demarche.Signal {
	o := s.opt
	b, x, e, p0 := series(d, lastDay, sc)
	var out []demarche.Signal
	rateEpisodes(x, e, sc.baseline, sc.minBaseline, func(i int, model rateModel) float64 {
		mu := model.r * e[i]
		if b[i].docs >= o.MinSurgeDocs && x[i] > 2*mu {
			return scoreOfLogP(nbLogUpper(b[i].sents, mu, model.phi*mu))
		}
		return 0
	}, func(ep *episode, model rateModel) {
		if sc.most == 0 || ep.last-ep.first < sc.most {
			out = append(out, s.surgeSignal(d, b, e, p0, sc, ep, model))
		}
	})
	return out
}

func (s *Service) surgeSignal(d *dyad, b []bucket, e []float64, p0 int, sc scale, ep *episode, m rateModel) demarche.Signal {
	items := episodeItems(b, ep)
	periods := ep.last - ep.first + 1
	total, docs, expected, all := 0, 0, 0.0, 0.0
	for k := ep.first; k <= ep.last; k++ {
		total += b[k].sents
		docs += b[k].docs
		expected += m.r * e[k]
		all += e[k]
	}
	peak := peakDay(items)
	sg := demarche.Signal{
		Kind: demarche.SignalSurge, Score: ep.best, Source: d.src, Target: d.tgt, Scale: sc.name,
		Date: dateOf(peak), From: items[0].ev.Date, To: items[len(items)-1].ev.Date,
		Value: float64(total), Baseline: round2(expected),
	}
	span := sc.label(p0 + ep.first)
	if periods > 1 {
		span = fmt.Sprintf("%d %ss from %s", periods, sc.name, dateOf(sc.start(p0+ep.first)))
	}
	sg.Title = fmt.Sprintf("%s: %d sentences in %d documents in %s, against %.1f expected (%.1f%% of all sentences, against %.2f%% before)",
		d.name(), total, docs, span, expected, 100*float64(total)/all, 100*m.r)
	sg.Detail = fmt.Sprintf("%s scale; busiest day %s; most frequent: %s", sc.name, sg.Date, topCodes(items, 3))
	sg.Evidence = s.evidence(items, func(e *demarche.Event) bool { return e.Date == sg.Date })
	return sg
}

// dropsAt finds the periods of a scale whose volume falls far below the
// trailing baseline: the expected volume must be at least MinDropMean
// sentences and the period under half of it, and under half the mean count
// of the baseline periods; the score is −log10 P(X ≤ x),
// and consecutive periods scoring at least 3 are one episode.
func (s *Service) dropsAt(d *dyad, lastDay int, sc scale) []demarche.Signal {
	o := s.opt
	b, x, e, p0 := series(d, lastDay, sc)
	var out []demarche.Signal
	emit := func(ep *episode, model rateModel) {
		if sc.name == ScaleQuarter && ep.last > ep.first {
			return // a change of level (months keep their long drops)
		}
		items := episodeItems(b, ep)
		from, to := sc.start(p0+ep.first), sc.start(p0+ep.last+1)-1
		total, expected := 0, 0.0
		for k := ep.first; k <= ep.last; k++ {
			total += b[k].sents
			expected += model.r * e[k]
		}
		periods := ep.last - ep.first + 1
		sg := demarche.Signal{
			Kind: demarche.SignalDrop, Score: ep.best, Source: d.src, Target: d.tgt, Scale: sc.name,
			Date: dateOf(from), From: dateOf(from), To: dateOf(min(to, lastDay)),
			Value: float64(total), Baseline: round2(expected),
		}
		sg.Title = fmt.Sprintf("%s: %d sentences in %d %s(s) from %s, against %.1f expected (%.2f%% of all sentences before)",
			d.name(), total, periods, sc.name, dateOf(from), expected, 100*model.r)
		sg.Detail = sc.name + " scale"
		if len(items) == 0 {
			// The last events before the silence.
			before := between(d.items, 0, from-1)
			items = before[max(0, len(before)-s.opt.Evidence):]
			sg.Detail += "; the evidence is the last events before the drop"
		}
		sg.Evidence = s.evidence(items, nil)
		out = append(out, sg)
	}
	rateEpisodes(x, e, sc.baseline, sc.minBaseline, func(i int, model rateModel) float64 {
		mu := model.r * e[i]
		// A drop is a fall of the pair's own count too, not only of its
		// share of a corpus that grew (stories added to headlines).
		if mu >= o.MinDropMean && x[i] < mu/2 && x[i] < meanOf(x[max(0, i-sc.baseline):i])/2 {
			return scoreOfLogP(nbLogLower(b[i].sents, mu, model.phi*mu))
		}
		return 0
	}, emit)
	return out
}

// meanOf returns the mean of xs, 0 for none.
func meanOf(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	var t float64
	for _, x := range xs {
		t += x
	}
	return t / float64(len(xs))
}
