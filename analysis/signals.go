package analysis

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// item is one event of a dyad with its day number.
type item struct {
	day int
	ev  *demarche.Event
}

// dyad is the events from one actor to another, in date order.
type dyad struct {
	src, tgt string
	pair     bool // both directions
	items    []item
}

// docs returns the number of distinct documents among items.
func docs(items []item) int {
	seen := map[string]bool{}
	for _, it := range items {
		seen[it.ev.Doc] = true
	}
	return len(seen)
}

// Signals returns the signals that q selects, strongest first. Every event
// of the selected dyads up to q.Until is read, so that baselines see the
// past before q.Since. See demarche.Analyst and METHODS.md.
func (s *Service) Signals(ctx context.Context, q demarche.SignalQuery) (*demarche.SignalReport, error) {
	for name, d := range map[string]string{"since": q.Since, "until": q.Until} {
		if t, err := time.Parse(demarche.DateLayout, d); d != "" && (err != nil || t.Format(demarche.DateLayout) != d) {
			return nil, demarche.Errorf(demarche.EINVALID, "%s: bad date %q (want YYYY-MM-DD)", name, d)
		}
	}
	if q.Until != "" && dayOf(q.Until) < 0 {
		// Any date is a date; nothing is analysed before the epoch.
		return &demarche.SignalReport{Signals: []demarche.Signal{}, MinScore: s.opt.MinScore}, nil
	}
	kinds := map[string]bool{}
	for _, k := range q.Kinds {
		k = strings.ToLower(strings.TrimSpace(k))
		ok := false
		for _, known := range demarche.SignalKinds {
			ok = ok || k == known
		}
		if !ok {
			return nil, demarche.Errorf(demarche.EINVALID, "bad signal kind %q (want one of %s)", k, strings.Join(demarche.SignalKinds, ", "))
		}
		kinds[k] = true
	}
	want := func(k string) bool { return len(kinds) == 0 || kinds[k] }
	state := s.stateKey(ctx)
	if rep := s.cache.getSignals(state, q); rep != nil {
		return copyReport(rep), nil
	}

	srcL, src, err := s.newLabeller(q.Source)
	if err != nil {
		return nil, err
	}
	tgtL, tgt, err := s.newLabeller(q.Target)
	if err != nil {
		return nil, err
	}
	cov := s.cache.getCoverage(state, q.Until)
	if cov == nil {
		var err error
		if cov, err = s.coverage(ctx, q.Until); err != nil {
			return nil, err
		}
		s.cache.putCoverage(state, q.Until, cov)
	}
	directed, last, err := s.load(ctx, srcL, tgtL, src, tgt, q.Until, cov)
	if err != nil {
		return nil, err
	}
	if q.Until != "" {
		last = dayOf(q.Until)
	}
	pairs := pairsOf(directed, srcL, tgtL)
	// Directed kinds look at the dyads from the selected sources to the
	// selected targets only.
	var dyads []*dyad
	for _, d := range directed {
		if (len(srcL.names) == 0 || srcL.has(d.src)) && (len(tgtL.names) == 0 || tgtL.has(d.tgt)) {
			dyads = append(dyads, d)
		}
	}

	var cands []demarche.Signal
	for _, d := range dyads {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if want(demarche.SignalNovelty) {
			cands = append(cands, s.novelty(d)...)
		}
	}
	for _, d := range pairs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if want(demarche.SignalTone) {
			cands = append(cands, s.weekly(d, last, cov)...)
		}
		if want(demarche.SignalSurge) || want(demarche.SignalDrop) {
			cands = append(cands, s.volume(d, last, cov, want(demarche.SignalSurge), want(demarche.SignalDrop))...)
		}
		if want(demarche.SignalChange) {
			cands = append(cands, s.changes(d, last, cov)...)
		}
	}
	if want(demarche.SignalRhetoric) {
		cands = append(cands, s.rhetoric(dyads, directed)...)
	}
	if want(demarche.SignalStance) {
		for _, qu := range q.Questions {
			sg, err := s.stanceSignals(ctx, qu, srcL, len(q.Source) > 0)
			if err != nil {
				return nil, err
			}
			cands = append(cands, sg...)
		}
	}

	min := q.MinScore
	if min == 0 {
		min = s.opt.MinScore
	}
	rep := &demarche.SignalReport{Signals: []demarche.Signal{}, MinScore: min}
	for _, sg := range cands {
		if (q.Since != "" && sg.Date < q.Since) || (q.Until != "" && sg.Date > q.Until) {
			continue
		}
		if sg.Score < min {
			rep.Below++
			continue
		}
		sg.Score = round2(sg.Score)
		sg.ID = signalID(sg)
		rep.Signals = append(rep.Signals, sg)
	}
	sortSignals(rep.Signals)
	if q.Limit > 0 && len(rep.Signals) > q.Limit {
		rep.Signals = rep.Signals[:q.Limit]
	}
	s.cache.putSignals(state, q, rep)
	return copyReport(rep), nil
}

// load reads the events between the selected actors, up to until, grouped
// into directed dyads of distinct known actors. With sources and targets
// both selected it reads both directions between them; with one side
// selected, every event of that side. Events dated in a week without any
// stored document are left out: they tell of the past ("in 1949 the two
// countries signed …"), not of the days the corpus covers. It returns the
// dyads in a stable order and the day of the last event.
func (s *Service) load(ctx context.Context, srcL, tgtL *labeller, src, tgt []string, until string, cov *coverage) ([]*dyad, int, error) {
	f := demarche.EventFilter{To: until}
	switch {
	case len(src) > 0 && len(tgt) > 0:
		f.Source, f.Target, f.Either = src, tgt, true
	case len(src) > 0:
		f.Actor = src
	case len(tgt) > 0:
		f.Actor = tgt
	}
	both := &labeller{names: append(append([]string{}, srcL.names...), tgtL.names...),
		members: append(append([][]string{}, srcL.members...), tgtL.members...)}
	byKey := map[[2]string]*dyad{}
	last := -1
	err := s.store.EachEvent(ctx, f, func(e *demarche.Event) error {
		if e.Source == demarche.NoActor || e.Target == demarche.NoActor {
			return nil
		}
		a, b := both.label(e.Source), both.label(e.Target)
		if a == "" {
			a = demarche.Country(e.Source)
		}
		if b == "" {
			b = demarche.Country(e.Target)
		}
		if a == "" || b == "" || a == b || demarche.Country(e.Source) == demarche.Country(e.Target) {
			return nil
		}
		day := dayOf(e.Date)
		if day < 0 || cov.week[day/7] == 0 {
			return nil
		}
		k := [2]string{a, b}
		d := byKey[k]
		if d == nil {
			d = &dyad{src: a, tgt: b}
			byKey[k] = d
		}
		ev := *e
		d.items = append(d.items, item{day: day, ev: &ev})
		last = max(last, day)
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	out := make([]*dyad, 0, len(byKey))
	for _, d := range byKey {
		sort.SliceStable(d.items, func(i, j int) bool { return d.items[i].day < d.items[j].day })
		out = append(out, d)
	}
	sortDyads(out)
	return out, last, nil
}

func sortDyads(ds []*dyad) {
	sort.Slice(ds, func(i, j int) bool {
		if ds[i].src != ds[j].src {
			return ds[i].src < ds[j].src
		}
		return ds[i].tgt < ds[j].tgt
	})
}

// pairsOf merges the two directions of each dyad into an undirected pair,
// written with the selected source first when there is one, else in
// alphabetical order. Only pairs between the selected sides are kept.
func pairsOf(directed []*dyad, srcL, tgtL *labeller) []*dyad {
	byKey := map[[2]string]*dyad{}
	for _, d := range directed {
		a, b := d.src, d.tgt
		switch {
		case srcL.has(b) && !srcL.has(a), len(srcL.names) == 0 && tgtL.has(a) && !tgtL.has(b):
			a, b = b, a
		case len(srcL.names) == 0 && len(tgtL.names) == 0 && b < a:
			a, b = b, a
		}
		if (len(srcL.names) > 0 && !srcL.has(a)) || (len(tgtL.names) > 0 && !tgtL.has(b)) {
			continue
		}
		k := [2]string{a, b}
		p := byKey[k]
		if p == nil {
			p = &dyad{src: a, tgt: b, pair: true}
			byKey[k] = p
		}
		p.items = append(p.items, d.items...)
	}
	out := make([]*dyad, 0, len(byKey))
	for _, p := range byKey {
		sort.SliceStable(p.items, func(i, j int) bool {
			if p.items[i].day != p.items[j].day {
				return p.items[i].day < p.items[j].day
			}
			return p.items[i].ev.ID < p.items[j].ev.ID
		})
		out = append(out, p)
	}
	sortDyads(out)
	return out
}

// arrow is "→" between the sides of a directed dyad and "↔" of a pair.
func (d *dyad) arrow() string {
	if d.pair {
		return "↔"
	}
	return "→"
}

// name is "PRK → RUS" or "PRK ↔ RUS".
func (d *dyad) name() string { return d.src + " " + d.arrow() + " " + d.tgt }

// evidence picks up to n events of items as the proof of a signal: one per
// document, the events that prefer accepts first, then the others, in date
// order.
func (s *Service) evidence(items []item, prefer func(*demarche.Event) bool) []demarche.Event {
	n := s.opt.Evidence
	seen := map[string]bool{}
	var out []demarche.Event
	for pass := 0; pass < 2 && len(out) < n; pass++ {
		for _, it := range items {
			if len(out) >= n {
				break
			}
			if seen[it.ev.Doc] || (pass == 0 && prefer != nil && !prefer(it.ev)) {
				continue
			}
			seen[it.ev.Doc] = true
			out = append(out, *it.ev)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Date < out[j].Date })
	return out
}

// between returns the items of d with from <= day <= to (day numbers).
func between(items []item, from, to int) []item {
	i := sort.Search(len(items), func(i int) bool { return items[i].day >= from })
	j := sort.Search(len(items), func(i int) bool { return items[i].day > to })
	return items[i:j]
}

// peakDay returns the day with the most documents among items.
func peakDay(items []item) int {
	perDay := map[int]map[string]bool{}
	for _, it := range items {
		if perDay[it.day] == nil {
			perDay[it.day] = map[string]bool{}
		}
		perDay[it.day][it.ev.Doc] = true
	}
	best, bestN := -1, 0
	for d, m := range perDay {
		if len(m) > bestN || (len(m) == bestN && d < best) {
			best, bestN = d, len(m)
		}
	}
	return best
}

// codeName returns "Make a visit (042)".
func codeName(code string) string {
	if c, ok := cameo.Default().Lookup(code); ok {
		return fmt.Sprintf("%s (%s)", c.Name, code)
	}
	return code
}

// topCodes describes the most frequent codes among items.
func topCodes(items []item, n int) string {
	counts := map[string]int{}
	for _, it := range items {
		counts[it.ev.CAMEO]++
	}
	type cc struct {
		code string
		n    int
	}
	var list []cc
	for c, k := range counts {
		list = append(list, cc{c, k})
	}
	sort.Slice(list, func(i, j int) bool {
		return list[i].n > list[j].n || (list[i].n == list[j].n && list[i].code < list[j].code)
	})
	var parts []string
	for i := 0; i < len(list) && i < n; i++ {
		parts = append(parts, fmt.Sprintf("%s ×%d", codeName(list[i].code), list[i].n))
	}
	return strings.Join(parts, ", ")
}

// signalID is the stable ID of a signal: a hash of what identifies it — its
// kind, actors, first day, code, phrases and question, and for surges,
// drops and tone its scale — and not of what grows: a surge that goes on
// into the next days keeps its ID (its last day, score and evidence
// change). See "Identity" in METHODS.md.
func signalID(sg demarche.Signal) string {
	h := sha256.New()
	to := sg.To
	switch sg.Kind {
	case demarche.SignalSurge, demarche.SignalDrop, demarche.SignalTone:
		to = sg.Scale
	}
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00%s\x00%s\x00%s\x00%s", sg.Kind, sg.Source, sg.Target, sg.From, to, sg.CAMEO, strings.Join(sg.Phrases, "|"), sg.Question)
	return hex.EncodeToString(h.Sum(nil)[:8])
}

func round2(x float64) float64 {
	if x < 0 {
		return -round2(-x)
	}
	return float64(int64(x*100+0.5)) / 100
}
