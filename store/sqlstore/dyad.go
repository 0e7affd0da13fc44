package sqlstore

import (
	"context"
	"sort"
	"strings"
	"time"

	"github.com/demarche-project/demarche"
)

// periodAcc accumulates one period of a dyad aggregation: counts, and code
// counts either counted (codes) or as encoded rollup lists (encs), which
// are only parsed in full when a period has more than one.
type periodAcc struct {
	quad  [5]int
	n     int
	g10   int64
	codes map[string]int
	encs  []string
}

// Dyad aggregates the events between two actors per period. Monthly,
// quarterly and yearly aggregations read a rollup — dyad_month for
// countries (one row per pair and month, whatever the number of events),
// dyad_actor for codes — plus the events index for the partial months at the
// ends of the date range; daily and weekly ones, and those that count
// duplicates, read the covering index of canonical events. See
// demarche.EventStore.
func (s *Store) Dyad(ctx context.Context, q demarche.DyadQuery) ([]demarche.DyadPeriod, error) {
	if len(q.A) == 0 || len(q.B) == 0 {
		return nil, demarche.Errorf(demarche.EINVALID, "dyad: two actors are needed")
	}
	if q.Period == "" {
		q.Period = demarche.PeriodMonth
	}
	switch q.Period {
	case demarche.PeriodDay, demarche.PeriodWeek, demarche.PeriodMonth, demarche.PeriodQuarter, demarche.PeriodYear:
	default:
		return nil, demarche.Errorf(demarche.EINVALID, "dyad: bad period %q (want day, week, month, quarter or year)", q.Period)
	}
	for _, d := range []string{q.From, q.To} {
		if d != "" && !validDate(d) {
			return nil, demarche.Errorf(demarche.EINVALID, "dyad: bad date %q (want YYYY-MM-DD)", d)
		}
	}
	if q.From != "" && q.To != "" && q.From > q.To {
		return []demarche.DyadPeriod{}, nil
	}
	if q.TopCodes == 0 {
		q.TopCodes = 5
	}
	if q.MaxPeriods <= 0 {
		q.MaxPeriods = demarche.DefaultMaxPeriods
	}
	if q.From != "" && q.To != "" {
		// Refused before any reading when the dates alone give too many.
		t0, _ := time.Parse(demarche.DateLayout, q.From)
		t1, _ := time.Parse(demarche.DateLayout, q.To)
		if n := demarche.CountPeriods(q.Period, t0, t1); n > q.MaxPeriods {
			return nil, periodLimit(q, n, q.From, q.To)
		}
	}
	accs := map[string]*periodAcc{}
	labels := map[string]string{} // date → period label
	label := func(date string) string {
		l, ok := labels[date]
		if !ok {
			l, _, _ = period(q.Period, date)
			labels[date] = l
		}
		return l
	}
	acc := func(date string) *periodAcc {
		l := label(date)
		a := accs[l]
		if a == nil {
			a = &periodAcc{codes: map[string]int{}}
			accs[l] = a
		}
		return a
	}
	first, last := "", ""
	seen := func(date string) {
		if first == "" || date < first {
			first = date
		}
		if date > last {
			last = date
		}
	}
	addCounts := func(a *periodAcc, quad, n int, g10 int64) {
		if quad < 0 || quad > 4 {
			quad = 0
		}
		a.quad[quad] += n
		a.n += n
		a.g10 += g10
	}

	for _, side := range [][]string{q.A, q.B} {
		if _, _, err := actorCond("src_country", "source", side); err != nil {
			return nil, err
		}
	}
	rollup := !q.Duplicates && q.Period != demarche.PeriodDay && q.Period != demarche.PeriodWeek
	var ranges [][2]string // date ranges read from the events index
	if !rollup {
		ranges = append(ranges, [2]string{q.From, q.To})
	} else {
		fromMonth, toMonth := "", ""
		fromPartial := q.From != "" && q.From[8:] != "01"
		toPartial := q.To != "" && q.To != monthEnd(q.To)
		if q.From != "" {
			fromMonth = q.From[:7]
		}
		if q.To != "" {
			toMonth = q.To[:7]
		}
		if fromMonth != "" && fromMonth == toMonth && (fromPartial || toPartial) {
			ranges = append(ranges, [2]string{q.From, q.To})
			fromMonth, toMonth = "9999-12", "0000-01" // nothing from the rollup
		} else {
			if fromPartial {
				ranges = append(ranges, [2]string{q.From, monthEnd(q.From)})
				fromMonth = nextMonth(fromMonth)
			}
			if toPartial {
				ranges = append(ranges, [2]string{q.To[:8] + "01", q.To})
				toMonth = prevMonth(toMonth)
			}
		}
		// (A month after 9999-12 has five digits: none is stored.)
		if len(fromMonth) <= 7 && (fromMonth == "" || toMonth == "" || fromMonth <= toMonth) {
			if err := s.dyadRollup(ctx, q, fromMonth, toMonth, func(month string, quad, n int, g10 int64) {
				seen(month + "-01")
				seen(monthEnd(month + "-01"))
				addCounts(acc(month+"-01"), quad, n, g10)
			}, func(month, enc string) {
				a := acc(month + "-01")
				a.encs = append(a.encs, enc)
			}); err != nil {
				return nil, err
			}
		}
	}
	for _, r := range ranges {
		f := demarche.EventFilter{Source: q.A, Target: q.B, Either: !q.Directed, From: r[0], To: r[1], Duplicates: q.Duplicates}
		where, args, err := eventWhere(f)
		if err != nil {
			return nil, err
		}
		rows, err := s.query(ctx, `SELECT e.date, e.cameo, e.quad, count(*), sum(e.goldstein) FROM events e WHERE `+
			strings.Join(where, ` AND `)+` GROUP BY e.date, e.cameo, e.quad`, args...)
		if err != nil {
			return nil, s.wrap(err)
		}
		for rows.Next() {
			var date, cameo string
			var quad, n int
			var g float64
			if err := rows.Scan(&date, &cameo, &quad, &n, &g); err != nil {
				rows.Close()
				return nil, s.wrap(err)
			}
			seen(date)
			a := acc(date)
			addCounts(a, quad, n, tenths(g))
			a.codes[cameo] += n
		}
		if err := rows.Close(); err != nil {
			return nil, s.wrap(err)
		}
		if err := rows.Err(); err != nil {
			return nil, s.wrap(err)
		}
	}
	if q.From != "" {
		first = q.From
	}
	if q.To != "" {
		last = q.To
	}
	out := []demarche.DyadPeriod{}
	if first == "" || last == "" {
		return out, nil
	}
	// Dates as dates: periods are stepped with the calendar, and counted
	// before, so that the series is bounded whatever the dates.
	t0, err0 := time.Parse(demarche.DateLayout, first)
	t1, err1 := time.Parse(demarche.DateLayout, last)
	if err0 != nil || err1 != nil {
		return nil, demarche.Errorf(demarche.EINTERNAL, "dyad: bad dates %q to %q", first, last)
	}
	n := demarche.CountPeriods(q.Period, t0, t1)
	if n > q.MaxPeriods {
		return nil, periodLimit(q, n, first, last)
	}
	out = make([]demarche.DyadPeriod, 0, n)
	for t := t0; !t.After(t1); {
		label, ts, te := demarche.PeriodOf(q.Period, t)
		start, end := ts.Format(demarche.DateLayout), te.Format(demarche.DateLayout)
		p := demarche.DyadPeriod{Period: label, Start: start, End: end, TopCodes: []demarche.CodeCount{}}
		if a := accs[label]; a != nil {
			p.Events, p.Quad = a.n, a.quad
			p.GoldsteinSum = float64(a.g10) / 10
			if a.n > 0 {
				p.GoldsteinMean = p.GoldsteinSum / float64(a.n)
			}
			if withQuad := a.n - a.quad[0]; withQuad > 0 {
				p.Cooperative = float64(a.quad[1]+a.quad[2]) / float64(withQuad)
			}
			p.TopCodes = a.top(q.TopCodes)
		}
		out = append(out, p)
		t = te.AddDate(0, 0, 1)
	}
	return out, nil
}

// periodLimit is the error of a dyad query of n periods, more than its
// MaxPeriods, from first to last.
func periodLimit(q demarche.DyadQuery, n int, first, last string) error {
	how := "give from and to closer together, or a coarser period (by=week, month, quarter or year)"
	if q.Period == demarche.PeriodYear {
		how = "give from and to closer together"
	}
	return demarche.Errorf(demarche.EINVALID, "dyad: %d %ss from %s to %s are more than the limit of %d periods: %s",
		n, q.Period, first, last, q.MaxPeriods, how)
}

// dyadRollup reads the rollup rows of a dyad: from dyad_month (one row per
// pair of countries and month) when both sides are countries, else from
// dyad_actor (one row per pair of actor codes and month), with counts per
// quad class, the Goldstein sum and, when top codes are asked for, the
// counts per code.
func (s *Store) dyadRollup(ctx context.Context, q demarche.DyadQuery, fromMonth, toMonth string,
	counts func(month string, quad, n int, g10 int64), codes func(month, enc string)) error {
	table := "dyad_month"
	var cond string
	var args []any
	if countriesOnly(q.A) && countriesOnly(q.B) {
		a, b := upper(q.A), upper(q.B)
		cond = `src IN (` + placeholders(len(a)) + `) AND tgt IN (` + placeholders(len(b)) + `)`
		args = append(strs(a), strs(b)...)
		if !q.Directed {
			cond = `((` + cond + `) OR (src IN (` + placeholders(len(b)) + `) AND tgt IN (` + placeholders(len(a)) + `)))`
			args = append(append(args, strs(b)...), strs(a)...)
		}
	} else {
		// Codes: the actor rollup, with the conditions of the events index.
		table = "dyad_actor"
		src, srcArgs, _ := actorCond("src_country", "source", q.A)
		tgt, tgtArgs, _ := actorCond("tgt_country", "target", q.B)
		cond = `(` + src + ` AND ` + tgt + `)`
		args = append(srcArgs, tgtArgs...)
		if !q.Directed {
			rsrc, rsrcArgs, _ := actorCond("src_country", "source", q.B)
			rtgt, rtgtArgs, _ := actorCond("tgt_country", "target", q.A)
			cond = `(` + cond + ` OR (` + rsrc + ` AND ` + rtgt + `))`
			args = append(append(args, rsrcArgs...), rtgtArgs...)
		}
	}
	if fromMonth != "" {
		cond += ` AND month >= ?`
		args = append(args, fromMonth)
	}
	if toMonth != "" {
		cond += ` AND month <= ?`
		args = append(args, toMonth)
	}
	withCodes := q.TopCodes >= 0
	col := `''`
	if withCodes {
		col = `codes`
	}
	rows, err := s.query(ctx, `SELECT month, n0, n1, n2, n3, n4, g10, `+col+` FROM `+table+` WHERE `+cond, args...)
	if err != nil {
		return s.wrap(err)
	}
	defer rows.Close()
	for rows.Next() {
		var month, enc string
		var n [5]int
		var g10 int64
		if err := rows.Scan(&month, &n[0], &n[1], &n[2], &n[3], &n[4], &g10, &enc); err != nil {
			return s.wrap(err)
		}
		for quad, c := range n {
			if c != 0 {
				counts(month, quad, c, 0)
			}
		}
		counts(month, 0, 0, g10)
		if enc != "" {
			codes(month, enc)
		}
	}
	return s.wrap(rows.Err())
}

// top returns the n most frequent codes of a period, most frequent first,
// then by code.
func (a *periodAcc) top(n int) []demarche.CodeCount {
	out := []demarche.CodeCount{}
	if n <= 0 {
		return out
	}
	if len(a.codes) == 0 && len(a.encs) == 1 {
		// One rollup row: its list is in this order already.
		eachCode(a.encs[0], func(code string, c int64) bool {
			out = append(out, demarche.CodeCount{CAMEO: code, Events: int(c)})
			return len(out) < n
		})
		return out
	}
	for _, enc := range a.encs {
		eachCode(enc, func(code string, c int64) bool { a.codes[code] += int(c); return true })
	}
	before := func(x, y demarche.CodeCount) bool {
		return x.Events > y.Events || x.Events == y.Events && x.CAMEO < y.CAMEO
	}
	for c, k := range a.codes {
		if k <= 0 {
			continue
		}
		cc := demarche.CodeCount{CAMEO: c, Events: k}
		if len(out) == n && !before(cc, out[n-1]) {
			continue
		}
		i := sort.Search(len(out), func(i int) bool { return before(cc, out[i]) })
		if len(out) < n {
			out = append(out, demarche.CodeCount{})
		}
		copy(out[i+1:], out[i:])
		out[i] = cc
	}
	return out
}

func upper(v []string) []string {
	out := make([]string, len(v))
	for i, s := range v {
		out[i] = strings.ToUpper(strings.TrimSpace(s))
	}
	return out
}

func countriesOnly(actors []string) bool {
	for _, a := range actors {
		if a = strings.TrimSpace(a); len(a) != 3 || a == demarche.NoActor {
			return false
		}
	}
	return true
}

// period returns the label, first and last day of the period of a date.
func period(p, date string) (label, start, end string) {
	t, _ := time.Parse(demarche.DateLayout, date)
	label, ts, te := demarche.PeriodOf(p, t)
	return label, ts.Format(demarche.DateLayout), te.Format(demarche.DateLayout)
}

func monthEnd(date string) string {
	t, _ := time.Parse(demarche.DateLayout, date[:8]+"01")
	return t.AddDate(0, 1, -1).Format(demarche.DateLayout)
}

func nextMonth(month string) string {
	t, _ := time.Parse("2006-01", month)
	return t.AddDate(0, 1, 0).Format("2006-01")
}

func prevMonth(month string) string {
	t, _ := time.Parse("2006-01", month)
	return t.AddDate(0, -1, 0).Format("2006-01")
}
