package http

import (
	"context"
	"fmt"
	"math"
	"net/http"
	"sort"
	"strconv"
	"time"

	"github.com/demarche-project/demarche"
)

// uiIndex is what the overview shows, built by one pass over the stored
// events and kept while the store does not change (as its Stats tell): the
// monthly series of every pair of countries, and the latest signals.
type uiIndex struct {
	key   string
	built time.Time
	took  time.Duration

	// first and last are the dates of the first and last stored
	// documents: the time the store covers. Events dated outside it tell of
	// the past ("the war of 1950") and are left out of the series.
	first, last string
	month0      int // month number (year·12 + month − 1) of first
	months      int // months from first's to last's
	outside     int // events dated outside the coverage

	pairs  []*pairSeries // by events, most first
	actors []string      // countries and organisations, by events

	signals  []demarche.Signal // the default signal query, latest first
	minScore float64
	below    int
	sigErr   string
}

// pairSeries is the monthly series of an undirected pair of countries (or
// international organisations, by their three-letter prefix).
type pairSeries struct {
	A, B   string // A < B
	Events int
	N      []int     // events per month from month0
	G, G2  []float64 // sum and sum of squares of the Goldstein values per month
	Q      [][5]int  // events per quad class per month
}

// stateKey identifies a state of the store.
func stateKey(st *demarche.StoreStats) string {
	return fmt.Sprintf("%d/%d/%d/%d/%s", st.Documents, st.Sentences, st.Events, st.CanonicalEvents, st.LastIngest.UTC().Format(time.RFC3339Nano))
}

func monthNum(date string) int {
	if len(date) < 7 {
		return 0
	}
	y, _ := strconv.Atoi(date[:4])
	m, _ := strconv.Atoi(date[5:7])
	return y*12 + m - 1
}

func monthName(n int) string { return fmt.Sprintf("%04d-%02d", n/12, n%12+1) }

// index returns the index of the store's current state, building it when
// needed. It waits at most wait for a build (a negative wait waits until it
// is done); when the build takes longer, it returns the previous index
// (perhaps nil) with fresh false, and the build goes on.
func (d *Dashboard) index(ctx context.Context, wait time.Duration) (idx *uiIndex, fresh bool, err error) {
	st, err := d.s.cfg.Store.Stats(ctx)
	if err != nil {
		return nil, false, err
	}
	key := stateKey(st)
	d.mu.Lock()
	if d.idx != nil && d.idx.key == key {
		idx := d.idx
		d.mu.Unlock()
		return idx, true, nil
	}
	ch := d.building
	if ch == nil {
		ch = make(chan struct{})
		d.building = ch
		go d.build(key, ch)
	}
	old := d.idx
	d.mu.Unlock()
	timeout, stop := timeoutAfter(wait)
	defer stop()
	select {
	case <-ch:
		d.mu.Lock()
		defer d.mu.Unlock()
		if d.idx != nil && (d.idx.key == key || d.buildErr == nil) {
			return d.idx, true, nil
		}
		return old, false, d.buildErr
	case <-timeout:
		return old, false, nil
	case <-ctx.Done():
		return old, false, ctx.Err()
	}
}

// build makes the index of the state key and closes done.
func (d *Dashboard) build(key string, done chan struct{}) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	var idx *uiIndex
	var err error
	func() {
		defer d.s.protect(ctx, "dashboard index", &err)
		idx, err = d.buildIndex(ctx, key)
	}()
	d.mu.Lock()
	if err == nil {
		d.idx = idx
	} else {
		d.s.log.Error("dashboard index failed", "err", err)
	}
	d.buildErr = err
	d.building = nil
	d.mu.Unlock()
	close(done)
}

func (d *Dashboard) buildIndex(ctx context.Context, key string) (*uiIndex, error) {
	start := time.Now()
	idx := &uiIndex{key: key}
	type ev struct {
		a, b  string
		month int
		g     float64
		quad  int
	}
	days, err := d.s.cfg.Store.Volume(ctx, demarche.VolumeQuery{})
	if err != nil {
		return nil, err
	}
	// Documents dated where no document can be (9999-12-31, stored before
	// such dates were refused) are left out of the coverage, which would
	// otherwise span millennia of empty months.
	for _, day := range days {
		if demarche.CheckDocumentDate(day.Date, start) != nil {
			continue
		}
		if idx.first == "" {
			idx.first = day.Date
		}
		idx.last = day.Date
	}
	if idx.first != "" {
		idx.month0 = monthNum(idx.first)
		idx.months = monthNum(idx.last) - idx.month0 + 1
	}
	var evs []ev
	actorN := map[string]int{}
	inside := 0
	err = d.s.cfg.Store.EachEvent(ctx, demarche.EventFilter{From: idx.first, To: idx.last}, func(e *demarche.Event) error {
		inside++
		a, b := demarche.Country(e.Source), demarche.Country(e.Target)
		if a != "" {
			actorN[a]++
		}
		if b != "" && b != a {
			actorN[b]++
		}
		if a == "" || b == "" || a == b {
			return nil
		}
		if b < a {
			a, b = b, a
		}
		evs = append(evs, ev{a, b, monthNum(e.Date), e.Goldstein, e.Quad})
		return nil
	})
	if err != nil {
		return nil, err
	}
	if st, err := d.s.cfg.Store.Stats(ctx); err == nil {
		idx.outside = max(0, int(st.CanonicalEvents)-inside)
	}
	byPair := map[[2]string]*pairSeries{}
	for _, e := range evs {
		k := [2]string{e.a, e.b}
		p := byPair[k]
		if p == nil {
			p = &pairSeries{A: e.a, B: e.b, N: make([]int, idx.months), G: make([]float64, idx.months),
				G2: make([]float64, idx.months), Q: make([][5]int, idx.months)}
			byPair[k] = p
			idx.pairs = append(idx.pairs, p)
		}
		m := e.month - idx.month0
		p.Events++
		p.N[m]++
		p.G[m] += e.g
		p.G2[m] += e.g * e.g
		if e.quad >= 0 && e.quad <= 4 {
			p.Q[m][e.quad]++
		}
	}
	sort.Slice(idx.pairs, func(i, j int) bool {
		pi, pj := idx.pairs[i], idx.pairs[j]
		if pi.Events != pj.Events {
			return pi.Events > pj.Events
		}
		return pi.A+pi.B < pj.A+pj.B
	})
	for a := range actorN {
		idx.actors = append(idx.actors, a)
	}
	sort.Slice(idx.actors, func(i, j int) bool {
		if actorN[idx.actors[i]] != actorN[idx.actors[j]] {
			return actorN[idx.actors[i]] > actorN[idx.actors[j]]
		}
		return idx.actors[i] < idx.actors[j]
	})
	// The same query as GET /api/signals without parameters, so that the
	// two share the analysis cache.
	rep, err := d.s.cfg.Analyst.Signals(ctx, demarche.SignalQuery{Questions: d.s.cfg.Questions})
	if err != nil {
		if ctx.Err() != nil {
			return nil, err
		}
		idx.sigErr = demarche.ErrorMessage(err)
	} else {
		idx.signals = rep.Signals
		idx.minScore, idx.below = rep.MinScore, rep.Below
		sort.SliceStable(idx.signals, func(i, j int) bool { return idx.signals[i].Date > idx.signals[j].Date })
	}
	idx.built = time.Now()
	idx.took = time.Since(start)
	return idx, nil
}

// sum adds up the months [from, to) of a series, clipped to it.
func sumRange[T int | float64](xs []T, from, to int) T {
	var s T
	for m := max(from, 0); m < min(to, len(xs)); m++ {
		s += xs[m]
	}
	return s
}

// pairRow is a dyad as the overview lists it.
type pairRow struct {
	A, B   string
	URL    string
	Events int     // in the window
	Mean   float64 // Goldstein mean in the window
	Coop   float64 // share of cooperative events in the window
	Spark  []sparkBar

	// Most changed: the baseline and the recent months.
	BaseRate, RecentRate float64 // events per month
	BaseMean, RecentMean float64
	BaseN, RecentN       int
	Score                float64
	Tone                 bool // the change is mainly of tone, not of volume
}

// sparkBar is one month of a sparkline, in percent of the highest month.
type sparkBar struct {
	X, W, H float64
	Title   string
}

// overviewData is what the overview shows.
type overviewData struct {
	Stats     *demarche.StoreStats
	Questions []*demarche.Question

	Ready   bool   // the index is there
	Stale   bool   // the index is of an earlier state of the store
	PartURL string // where the browser gets the main section when not Ready

	First, Last string
	Until       string // the last month of the window
	Recent      int    // months compared with the baseline
	Baseline    int
	WindowFrom  string // first month of the window
	Months      []string
	RecentFrom  string
	BaseFrom    string
	BaseTo      string

	Signals  []demarche.Signal
	PerKind  int
	MinScore float64
	Below    int
	SigErr   string
	Active   []pairRow
	Changed  []pairRow
	Actors   int
	Pairs    int
	Outside  int
	Built    string
	Took     string
	Versions []demarche.VersionCount
}

const baselineMonths = 12

func (d *Dashboard) overview(w http.ResponseWriter, r *http.Request) (*page, error) {
	f := newForm(r)
	until := f.str("until")
	recent := f.intIn("recent", 3, 1, 12)
	part := f.str("part")
	if until != "" {
		if t, err := time.Parse("2006-01", until); err != nil || t.Format("2006-01") != until {
			f.fail("until", "%q is not a month (want YYYY-MM)", until)
		}
	}
	if f.err != nil {
		return nil, f.err
	}
	wait := d.Budget
	if part != "" {
		wait = 60 * time.Second // the browser asked for the section: wait for it
	}
	stats, err := d.s.cfg.Store.Stats(r.Context())
	if err != nil {
		return nil, err
	}
	idx, fresh, err := d.index(r.Context(), wait)
	if err != nil {
		return nil, err
	}
	data := &overviewData{Stats: stats, Questions: d.s.cfg.Questions, Versions: stats.Versions, Recent: recent, Baseline: baselineMonths}
	p := &page{Name: "overview", Title: "Overview", Data: data}
	if part != "" {
		p.Partial = "overview-main"
	}
	if idx == nil {
		data.PartURL = link("/", "until", until, "recent", f.str("recent"), "part", "main")
		return p, nil
	}
	data.Ready, data.Stale = true, !fresh
	if !fresh {
		data.PartURL = link("/", "until", until, "recent", f.str("recent"), "part", "main")
	}
	d.fillOverview(data, idx, until)
	return p, nil
}

func (d *Dashboard) fillOverview(data *overviewData, idx *uiIndex, until string) {
	data.First, data.Last = idx.first, idx.last
	data.Built = idx.built.UTC().Format("2006-01-02 15:04:05 UTC")
	data.Took = idx.took.Round(time.Millisecond).String()
	data.Pairs, data.Actors, data.Outside = len(idx.pairs), len(idx.actors), idx.outside
	data.MinScore, data.Below, data.SigErr = idx.minScore, idx.below, idx.sigErr
	if idx.months == 0 {
		return
	}
	for m := idx.month0 + idx.months - 1; m >= idx.month0; m-- {
		data.Months = append(data.Months, monthName(m))
	}
	end := idx.month0 + idx.months - 1
	if until != "" {
		end = min(max(monthNum(until+"-01"), idx.month0), end)
	}
	data.Until = monthName(end)
	// Month indexes relative to month0: the window is the baseline and the
	// recent months, ending with end.
	e := end - idx.month0 + 1 // exclusive
	r0 := e - data.Recent
	b0 := r0 - baselineMonths
	w0 := max(b0, 0)
	data.WindowFrom = monthName(idx.month0 + w0)
	data.RecentFrom = monthName(idx.month0 + r0)
	data.BaseFrom, data.BaseTo = monthName(idx.month0+max(b0, 0)), monthName(idx.month0+r0-1)
	untilDay := monthName(end) + "-31"
	data.PerKind = 3
	kinds := map[string]int{}
	for _, sg := range idx.signals {
		if sg.Date <= untilDay && kinds[sg.Kind] < data.PerKind {
			kinds[sg.Kind]++
			data.Signals = append(data.Signals, sg)
			if len(data.Signals) == 10 {
				break
			}
		}
	}
	from, to := monthName(idx.month0+w0)+"-01", lastDay(monthName(end))
	row := func(p *pairSeries) pairRow {
		n := sumRange(p.N, w0, e)
		g := sumRange(p.G, w0, e)
		coop, quads := 0, 0
		for m := w0; m < e; m++ {
			coop += p.Q[m][1] + p.Q[m][2]
			quads += p.Q[m][1] + p.Q[m][2] + p.Q[m][3] + p.Q[m][4]
		}
		pr := pairRow{A: p.A, B: p.B, Events: n,
			URL: link("/dyad", "a", p.A, "b", p.B, "from", from, "to", to)}
		if n > 0 {
			pr.Mean = g / float64(n)
		}
		if quads > 0 {
			pr.Coop = float64(coop) / float64(quads)
		}
		hi := 1
		for m := w0; m < e; m++ {
			hi = max(hi, p.N[m])
		}
		span := e - w0
		for m := w0; m < e; m++ {
			if p.N[m] == 0 {
				continue
			}
			pr.Spark = append(pr.Spark, sparkBar{X: float64(m-w0) * 100 / float64(span), W: 100 / float64(span) * 0.8,
				H: math.Max(4, float64(p.N[m])*100/float64(hi)), Title: fmt.Sprintf("%s: %d", monthName(idx.month0+m), p.N[m])})
		}
		return pr
	}
	var active []pairRow
	for _, p := range idx.pairs {
		if sumRange(p.N, w0, e) == 0 {
			continue
		}
		active = append(active, row(p))
	}
	sort.SliceStable(active, func(i, j int) bool { return active[i].Events > active[j].Events })
	data.Active = active[:min(10, len(active))]

	// Most changed: the recent months against the baseline before them,
	// by the larger of two standardised differences: of the monthly volume
	// (Poisson) and of the Goldstein mean (Welch).
	var changed []pairRow
	baseLen := float64(r0 - max(b0, 0))
	if baseLen < 3 {
		data.Changed = nil
		return
	}
	for _, p := range idx.pairs {
		nR, nB := sumRange(p.N, r0, e), sumRange(p.N, max(b0, 0), r0)
		if nR+nB < 8 || nR == 0 {
			continue
		}
		gR, gB := sumRange(p.G, r0, e), sumRange(p.G, max(b0, 0), r0)
		g2R, g2B := sumRange(p.G2, r0, e), sumRange(p.G2, max(b0, 0), r0)
		pr := row(p)
		pr.BaseN, pr.RecentN = nB, nR
		pr.BaseRate, pr.RecentRate = float64(nB)/baseLen, float64(nR)/float64(data.Recent)
		expect := pr.BaseRate * float64(data.Recent)
		zVol := (float64(nR) - expect) / math.Sqrt(math.Max(expect, 1))
		zTone := 0.0
		pr.RecentMean = gR / float64(nR)
		if nB > 0 {
			pr.BaseMean = gB / float64(nB)
		}
		if nR >= 3 && nB >= 3 {
			varR := math.Max((g2R-gR*gR/float64(nR))/float64(nR-1), 1)
			varB := math.Max((g2B-gB*gB/float64(nB))/float64(nB-1), 1)
			zTone = (pr.RecentMean - pr.BaseMean) / math.Sqrt(varR/float64(nR)+varB/float64(nB))
		}
		pr.Score = math.Max(math.Abs(zVol), math.Abs(zTone))
		pr.Tone = math.Abs(zTone) > math.Abs(zVol)
		pr.URL = link("/dyad", "a", p.A, "b", p.B, "from", monthName(idx.month0+max(b0, 0))+"-01", "to", lastDay(monthName(end)))
		changed = append(changed, pr)
	}
	sort.SliceStable(changed, func(i, j int) bool { return changed[i].Score > changed[j].Score })
	data.Changed = changed[:min(10, len(changed))]
}

// lastDay returns the last day of a month (YYYY-MM).
func lastDay(month string) string {
	t, err := time.Parse("2006-01", month)
	if err != nil {
		return ""
	}
	return t.AddDate(0, 1, -1).Format(demarche.DateLayout)
}
