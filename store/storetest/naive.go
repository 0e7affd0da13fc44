package storetest

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/demarche-project/demarche"
)

var epoch = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)

func dayNum(date string) int {
	t, err := time.Parse(demarche.DateLayout, date)
	if err != nil {
		panic(err) // test fixtures only
	}
	return int(t.Sub(epoch).Hours() / 24)
}

func dayStr(n int) string { return epoch.AddDate(0, 0, n).Format(demarche.DateLayout) }

// matchActor is the documented actor rule, computed naively.
func matchActor(code string, actors []string) bool {
	for _, a := range actors {
		a = strings.ToUpper(a)
		switch {
		case a == demarche.NoActor:
			if code == a {
				return true
			}
		case len(a) == 3:
			if demarche.Country(code) == a {
				return true
			}
		default:
			if strings.HasPrefix(code, a) {
				return true
			}
		}
	}
	return false
}

func in[T comparable](v T, list []T) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// naiveFilter selects events as EventFilter documents it.
func naiveFilter(fx *Fixture, f demarche.EventFilter, version map[string]string) []demarche.Event {
	events := fx.Canonical
	if f.Duplicates {
		events = fx.All
	}
	var out []demarche.Event
	for _, e := range events {
		ok := true
		switch {
		case f.Either && len(f.Source) > 0 && len(f.Target) > 0:
			ok = (matchActor(e.Source, f.Source) && matchActor(e.Target, f.Target)) ||
				(matchActor(e.Source, f.Target) && matchActor(e.Target, f.Source))
		case f.Either:
			a := append(append([]string{}, f.Source...), f.Target...)
			ok = matchActor(e.Source, a) || matchActor(e.Target, a)
		default:
			if len(f.Source) > 0 && !matchActor(e.Source, f.Source) {
				ok = false
			}
			if len(f.Target) > 0 && !matchActor(e.Target, f.Target) {
				ok = false
			}
		}
		if len(f.Actor) > 0 && !matchActor(e.Source, f.Actor) && !matchActor(e.Target, f.Actor) {
			ok = false
		}
		if len(f.CAMEO) > 0 && !in(e.CAMEO, f.CAMEO) || len(f.Root) > 0 && !in(e.Root, f.Root) ||
			len(f.Quad) > 0 && !in(e.Quad, f.Quad) || f.From != "" && e.Date < f.From || f.To != "" && e.Date > f.To ||
			len(f.Publication) > 0 && !in(fx.Pub[e.Doc], f.Publication) || f.Doc != "" && e.Doc != f.Doc ||
			f.Version != "" && version[e.Doc] != f.Version || e.Confidence < f.MinConfidence {
			ok = false
		}
		if ok {
			out = append(out, e)
		}
	}
	sortEvents(out)
	return out
}

func sortEvents(ev []demarche.Event) {
	sort.Slice(ev, func(i, j int) bool {
		return ev[i].Date < ev[j].Date || ev[i].Date == ev[j].Date && ev[i].ID < ev[j].ID
	})
}

func ids(ev []demarche.Event) []string {
	out := make([]string, len(ev))
	for i, e := range ev {
		out[i] = e.ID
	}
	return out
}

// naivePeriod labels a date as the store documents it.
func naivePeriod(p, date string) (label, start, end string) {
	t, _ := time.Parse(demarche.DateLayout, date)
	switch p {
	case demarche.PeriodDay:
		return date, date, date
	case demarche.PeriodWeek:
		mon := t
		for mon.Weekday() != time.Monday {
			mon = mon.AddDate(0, 0, -1)
		}
		y, w := t.ISOWeek()
		return fmt.Sprintf("%d-W%02d", y, w), mon.Format(demarche.DateLayout), mon.AddDate(0, 0, 6).Format(demarche.DateLayout)
	case demarche.PeriodQuarter:
		q := (int(t.Month()) - 1) / 3
		s := time.Date(t.Year(), time.Month(3*q+1), 1, 0, 0, 0, 0, time.UTC)
		return fmt.Sprintf("%d-Q%d", t.Year(), q+1), s.Format(demarche.DateLayout), s.AddDate(0, 3, -1).Format(demarche.DateLayout)
	case demarche.PeriodYear:
		return date[:4], date[:4] + "-01-01", date[:4] + "-12-31"
	default:
		s := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
		return date[:7], s.Format(demarche.DateLayout), s.AddDate(0, 1, -1).Format(demarche.DateLayout)
	}
}

// naiveDyad aggregates the fixture's events as Dyad documents it.
func naiveDyad(fx *Fixture, q demarche.DyadQuery) []demarche.DyadPeriod {
	if q.Period == "" {
		q.Period = demarche.PeriodMonth
	}
	top := q.TopCodes
	if top == 0 {
		top = 5
	}
	top = max(top, 0)
	events := naiveFilter(fx, demarche.EventFilter{Source: q.A, Target: q.B, Either: !q.Directed, From: q.From, To: q.To, Duplicates: q.Duplicates}, nil)
	first, last := q.From, q.To
	byLabel := map[string][]demarche.Event{}
	for _, e := range events {
		l, _, _ := naivePeriod(q.Period, e.Date)
		byLabel[l] = append(byLabel[l], e)
		if q.From == "" && (first == "" || e.Date < first) {
			first = e.Date
		}
		if q.To == "" && e.Date > last {
			last = e.Date
		}
	}
	out := []demarche.DyadPeriod{}
	if first == "" || last == "" {
		return out
	}
	for d := first; d <= last; {
		l, s, e := naivePeriod(q.Period, d)
		p := demarche.DyadPeriod{Period: l, Start: s, End: e, TopCodes: []demarche.CodeCount{}}
		counts := map[string]int{}
		for _, ev := range byLabel[l] {
			p.Events++
			p.Quad[ev.Quad]++
			p.GoldsteinSum += ev.Goldstein
			counts[ev.CAMEO]++
		}
		if p.Events > 0 {
			p.GoldsteinMean = p.GoldsteinSum / float64(p.Events)
		}
		if n := p.Events - p.Quad[0]; n > 0 {
			p.Cooperative = float64(p.Quad[1]+p.Quad[2]) / float64(n)
		}
		for c, n := range counts {
			p.TopCodes = append(p.TopCodes, demarche.CodeCount{CAMEO: c, Events: n})
		}
		sort.Slice(p.TopCodes, func(i, j int) bool {
			a, b := p.TopCodes[i], p.TopCodes[j]
			return a.Events > b.Events || a.Events == b.Events && a.CAMEO < b.CAMEO
		})
		if len(p.TopCodes) > top {
			p.TopCodes = p.TopCodes[:top]
		}
		out = append(out, p)
		d = dayStr(dayNum(e) + 1)
	}
	return out
}

func approx(a, b float64) bool { return math.Abs(a-b) < 1e-6 }

// diffPeriods describes the first difference between two aggregations.
func diffPeriods(got, want []demarche.DyadPeriod) string {
	if len(got) != len(want) {
		return fmt.Sprintf("%d periods, want %d (got %v … want %v …)", len(got), len(want), labels(got), labels(want))
	}
	for i := range got {
		g, w := got[i], want[i]
		if g.Period != w.Period || g.Start != w.Start || g.End != w.End || g.Events != w.Events || g.Quad != w.Quad ||
			!approx(g.GoldsteinSum, w.GoldsteinSum) || !approx(g.GoldsteinMean, w.GoldsteinMean) ||
			!approx(g.Cooperative, w.Cooperative) || fmt.Sprint(g.TopCodes) != fmt.Sprint(w.TopCodes) {
			return fmt.Sprintf("period %d:\n got %+v\nwant %+v", i, g, w)
		}
	}
	return ""
}

func labels(ps []demarche.DyadPeriod) []string {
	var out []string
	for i, p := range ps {
		if i == 4 {
			break
		}
		out = append(out, p.Period)
	}
	return out
}
