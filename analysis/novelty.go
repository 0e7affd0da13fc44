package analysis

import (
	"fmt"
	"math"

	"github.com/demarche-project/demarche"
)

// kindOf is the kind of an event for novelty: its CAMEO code cut to three
// digits ("0841" → "084").
func kindOf(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}

// quadNames name the quad classes.
var quadNames = [5]string{"", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"}

// kindsOf returns the kinds of an event for novelty: its code (three
// digits) and its quad class ("q3"), so that the first verbal conflict
// between two actors in years is found even when it takes several codes.
func kindsOf(e *demarche.Event) []string {
	k := []string{kindOf(e.CAMEO)}
	if e.Quad >= 1 && e.Quad <= 4 {
		k = append(k, "q"+string(rune('0'+e.Quad)))
	}
	return k
}

// hasKind reports whether an event is of a kind of kindsOf.
func hasKind(e *demarche.Event, kind string) bool {
	if len(kind) == 2 && kind[0] == 'q' {
		return e.Quad == int(kind[1]-'0')
	}
	return kindOf(e.CAMEO) == kind
}

// kindName describes a kind: "Make a visit (042)", "verbal conflict (quad
// class 3)".
func kindName(kind string) string {
	if len(kind) == 2 && kind[0] == 'q' {
		q := int(kind[1] - '0')
		return fmt.Sprintf("%s (quad class %d)", quadNames[q], q)
	}
	return codeName(kind)
}

// novelty finds the kinds of event that a dyad shows for the first time, or
// for the first time in NoveltyGapDays, after a history of at least
// NoveltyMinHistory documents and NoveltyMinDays days.
//
// Score: the n documents of the dyad in the NoveltyConfirmDays from the
// first new event, m of which show the new kind, are compared with the
// dyad's past N documents (all of them, or those since the kind was last
// seen) in which the kind never appeared. Its share is estimated as
// ½/(N+1) (the Krichevsky–Trofimov estimate of an unseen outcome) and the
// score is −log10 P(Binomial(n, ½/(N+1)) ≥ m): a kind never seen in a long,
// busy history and confirmed by several documents scores high; a one-off in
// a thin history scores low.
func (s *Service) novelty(d *dyad) []demarche.Signal {
	o := s.opt
	if len(d.items) == 0 {
		return nil
	}
	first := d.items[0].day
	lastSeen := map[string]int{}
	docsAt := map[string]int{} // kind → prior documents when last seen
	seenDoc := map[string]bool{}
	prior := 0 // distinct documents before the current day
	var out []demarche.Signal
	for i := 0; i < len(d.items); {
		day := d.items[i].day
		j := i
		for j < len(d.items) && d.items[j].day == day {
			j++
		}
		// Every kind of this day.
		for k := i; k < j; k++ {
			it := d.items[k]
			for _, kind := range kindsOf(it.ev) {
				last, seen := lastSeen[kind]
				isNew := !seen || day-last >= o.NoveltyGapDays
				if isNew && day-first >= o.NoveltyMinDays {
					n := prior
					if seen {
						n = prior - docsAt[kind]
					}
					if n >= o.NoveltyMinHistory {
						if sg, ok := s.newKind(d, i, kind, n, seen, last); ok {
							out = append(out, sg)
						}
					}
				}
				lastSeen[kind] = day
				docsAt[kind] = prior
			}
		}
		for k := i; k < j; k++ {
			if doc := d.items[k].ev.Doc; !seenDoc[doc] {
				seenDoc[doc] = true
				prior++
			}
		}
		i = j
	}
	return out
}

// newKind scores the kind first seen at d.items[i] against n earlier
// documents.
func (s *Service) newKind(d *dyad, i int, kind string, n int, seen bool, last int) (demarche.Signal, bool) {
	day := d.items[i].day
	win := between(d.items, day, day+s.opt.NoveltyConfirmDays-1)
	all := map[string]bool{}
	with := map[string]bool{}
	lastWith := day
	for _, it := range win {
		all[it.ev.Doc] = true
		if hasKind(it.ev, kind) {
			with[it.ev.Doc] = true
			lastWith = it.day
		}
	}
	share := 0.5 / float64(n+1)
	score := scoreOfLogP(binomLogUpper(len(with), len(all), share))
	if score <= 0 {
		return demarche.Signal{}, false
	}
	first := d.items[i].ev
	sg := demarche.Signal{
		Kind: demarche.SignalNovelty, Score: score, Source: d.src, Target: d.tgt,
		Date: first.Date, From: first.Date, To: dateOf(lastWith),
	}
	if kind[0] != 'q' {
		sg.CAMEO = kind
	}
	if seen {
		sg.Since = dateOf(last)
		sg.Title = fmt.Sprintf("%s: %s, the first since %s (%.1f years)", d.name(), kindName(kind), sg.Since, float64(day-last)/365.25)
	} else {
		sg.Title = fmt.Sprintf("%s: %s, never before in %d documents since %s", d.name(), kindName(kind), n, dateOf(d.items[0].day))
	}
	sg.Detail = fmt.Sprintf("%d of the dyad's %d documents in the %d days from %s; expected share %.4f", len(with), len(all), s.opt.NoveltyConfirmDays, first.Date, share)
	sg.Value, sg.Baseline = float64(len(with)), share*float64(len(all))
	sg.Evidence = s.evidence(win, func(e *demarche.Event) bool { return hasKind(e, kind) })
	return sg, true
}

// binomLogUpper is log P(X >= m) for X ~ Binomial(n, p).
func binomLogUpper(m, n int, p float64) float64 {
	if m <= 0 {
		return 0
	}
	if m > n || p <= 0 {
		return math.Inf(-1)
	}
	lgn, _ := math.Lgamma(float64(n) + 1)
	sum := math.Inf(-1)
	for j := m; j <= n; j++ {
		a, _ := math.Lgamma(float64(j) + 1)
		b, _ := math.Lgamma(float64(n-j) + 1)
		t := lgn - a - b + float64(j)*math.Log(p) + float64(n-j)*math.Log1p(-p)
		sum = logSumExp(sum, t)
	}
	return math.Min(sum, 0)
}
