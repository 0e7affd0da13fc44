package http

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/demarche-project/demarche"
)

// The chart's drawing box. The SVG stretches to its container
// (preserveAspectRatio none); its axis labels are HTML placed in percent,
// so that text keeps its size at every width.
const chartW, chartH = 1000.0, 300.0

// chart is the timeline of a dyad: stacked bars of events per quad class
// and period, with the Goldstein mean drawn over them on its own scale
// (−10 to +10).
type chart struct {
	Series  []chartSeries
	Periods []chartPeriod
	Lines   []string     // the Goldstein mean: polylines, broken at periods without events
	Dots    []chartPoint // its points
	YTicks  []chartTick  // events, left axis
	GTicks  []chartTick  // Goldstein, right axis
	XTicks  []chartTick
	Zero    float64 // y of Goldstein 0
	YMax    int
	Total   int
	Mean    float64 // Goldstein mean of all events
	Coop    float64
	Slot    float64 // width of a period
	By      string
}

type chartSeries struct {
	Quad   int
	Name   string
	Events int
	Rects  []chartRect
}

type chartRect struct{ X, Y, W, H float64 }

type chartPoint struct{ X, Y float64 }

type chartTick struct {
	Pos   float64 // percent from the bottom (y) or the left (x)
	Label string
	Minor bool // may be hidden on narrow screens
}

type chartPeriod struct {
	demarche.DyadPeriod
	X    float64
	URL  string // the period, zoomed in
	Desc string // what a reader hears and sees when the period has focus
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }

// finer returns the granularity a period is zoomed into.
func finer(by string) string {
	switch by {
	case demarche.PeriodYear:
		return demarche.PeriodMonth
	case demarche.PeriodQuarter:
		return demarche.PeriodWeek
	}
	return demarche.PeriodDay
}

// niceStep returns a round step (1, 2 or 5 × 10^k) that divides max into at
// most n intervals.
func niceStep(max float64, n int) float64 {
	if max <= 0 {
		return 1
	}
	raw := max / float64(n)
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= raw {
			return math.Max(1, m*p)
		}
	}
	return 10 * p
}

// newChart lays out the periods of a dyad. zoom returns the link of a
// period.
func newChart(periods []demarche.DyadPeriod, by string, zoom func(demarche.DyadPeriod) string) *chart {
	c := &chart{By: by}
	n := len(periods)
	if n == 0 {
		return c
	}
	top := 0
	var gsum float64
	coop, quads := 0, 0
	for _, p := range periods {
		top = max(top, p.Events)
		c.Total += p.Events
		gsum += p.GoldsteinSum
		coop += p.Quad[1] + p.Quad[2]
		quads += p.Quad[1] + p.Quad[2] + p.Quad[3] + p.Quad[4]
	}
	if c.Total > 0 {
		c.Mean = gsum / float64(c.Total)
	}
	if quads > 0 {
		c.Coop = float64(coop) / float64(quads)
	}
	step := niceStep(float64(top), 4)
	c.YMax = int(math.Ceil(float64(max(top, 1))/step) * step)
	for v := 0.0; v <= float64(c.YMax)+0.5; v += step {
		c.YTicks = append(c.YTicks, chartTick{Pos: round2(v / float64(c.YMax) * 100), Label: fmtNum(v)})
	}
	for _, g := range []int{-10, -5, 0, 5, 10} {
		label := fmt.Sprintf("%+d", g)
		if g < 0 {
			label = "−" + label[1:]
		} else if g == 0 {
			label = "0"
		}
		c.GTicks = append(c.GTicks, chartTick{Pos: float64(g+10) / 20 * 100, Label: label})
	}
	c.Zero = chartH / 2
	c.Slot = chartW / float64(n)
	bw := c.Slot * 0.8
	if n > 120 {
		bw = c.Slot * 0.95
	}
	for q := 1; q <= 4; q++ {
		c.Series = append(c.Series, chartSeries{Quad: q, Name: quadName(q)})
	}
	var line []string
	flush := func() {
		if len(line) > 1 {
			c.Lines = append(c.Lines, strings.Join(line, " "))
		}
		line = nil
	}
	for i, p := range periods {
		x := float64(i) * c.Slot
		y := chartH
		for q := 1; q <= 4; q++ {
			if p.Quad[q] == 0 {
				continue
			}
			h := float64(p.Quad[q]) / float64(c.YMax) * chartH
			y -= h
			s := &c.Series[q-1]
			s.Events += p.Quad[q]
			s.Rects = append(s.Rects, chartRect{X: round2(x + (c.Slot-bw)/2), Y: round2(y), W: round2(bw), H: round2(h)})
		}
		cp := chartPeriod{DyadPeriod: p, X: round2(x), URL: zoom(p)}
		var parts []string
		for q := 1; q <= 4; q++ {
			if p.Quad[q] > 0 {
				parts = append(parts, fmt.Sprintf("%d %s", p.Quad[q], strings.ToLower(quadName(q))))
			}
		}
		switch {
		case p.Events == 0:
			cp.Desc = p.Period + ": no events"
			flush()
		default:
			plural := "s"
			if p.Events == 1 {
				plural = ""
			}
			cp.Desc = fmt.Sprintf("%s: %d event%s (%s), Goldstein mean %s", p.Period, p.Events, plural, strings.Join(parts, ", "), fmtSigned(p.GoldsteinMean))
			if len(p.TopCodes) > 0 {
				var codes []string
				for _, tc := range p.TopCodes {
					codes = append(codes, fmt.Sprintf("%s %s ×%d", tc.CAMEO, codeName(tc.CAMEO), tc.Events))
				}
				cp.Desc += "; most frequent: " + strings.Join(codes, "; ")
			}
			gx, gy := x+c.Slot/2, chartH/2-p.GoldsteinMean/10*chartH/2
			line = append(line, strconv.FormatFloat(gx, 'f', 2, 64)+","+strconv.FormatFloat(gy, 'f', 2, 64))
			c.Dots = append(c.Dots, chartPoint{round2(gx), round2(gy)})
		}
		c.Periods = append(c.Periods, cp)
	}
	flush()
	c.Slot = round2(c.Slot) + 0.01 // the hit areas overlap a little: no gaps
	// At most about eight labels; every other one is minor.
	stride := max(1, int(math.Ceil(float64(n)/8)))
	k := 0
	for i := 0; i < n; i += stride {
		c.XTicks = append(c.XTicks, chartTick{Pos: round2((float64(i) + 0.5) / float64(n) * 100), Label: periods[i].Period, Minor: k%2 == 1})
		k++
	}
	return c
}

// dyadData is what the dyad page shows.
type dyadData struct {
	A, B     string // as given
	By       string
	From, To string
	Directed bool
	Quads    map[int]bool
	QuadList []int
	Periods  []string // the granularity choices

	Chart   *chart
	Events  []demarche.Event
	Next    string // URL of the next page of events
	First   string // URL of the first page, when not on it
	Page    int
	Signals []demarche.Signal
	SigMore int    // signals left out of the page
	SigAll  string // the signals page of the pair
	SigURL  string // the signals section, when it is still being computed
	SigWait bool
	Actors  []string // suggestions
	Presets []preset
	Popular []pairRow // dyads to start with, when none is chosen
	Self    string    // this view's URL
	Arrow   string

	Clamped   string // the first document's date, when the view starts there without a from
	Earlier   string // the view with the events dated before the documents
	Coarsened string // why the granularity is coarser than asked
}

// maxPeriods is the most periods drawn; more are drawn at a coarser
// granularity.
const maxPeriods = 800

func coarser(by string) string {
	switch by {
	case demarche.PeriodDay:
		return demarche.PeriodWeek
	case demarche.PeriodWeek:
		return demarche.PeriodMonth
	case demarche.PeriodMonth:
		return demarche.PeriodQuarter
	}
	return demarche.PeriodYear
}

// dayBefore returns the ISO date before date.
func dayBefore(date string) string {
	t, err := time.Parse(demarche.DateLayout, date)
	if err != nil {
		return date
	}
	return t.AddDate(0, 0, -1).Format(demarche.DateLayout)
}

type preset struct {
	Label, URL string
	Current    bool
}

const dyadPageSize = 30

func (d *Dashboard) dyad(w http.ResponseWriter, r *http.Request) (*page, error) {
	f := newForm(r)
	a, b := f.actors("a"), f.actors("b")
	data := &dyadData{
		A: strings.Join(a, ","), B: strings.Join(b, ","),
		By:       f.oneOf("by", demarche.PeriodMonth, demarche.PeriodDay, demarche.PeriodWeek, demarche.PeriodMonth, demarche.PeriodQuarter, demarche.PeriodYear),
		From:     f.date("from"),
		To:       f.date("to"),
		Directed: f.bool("directed"),
		Quads:    map[int]bool{},
		Periods:  []string{demarche.PeriodDay, demarche.PeriodWeek, demarche.PeriodMonth, demarche.PeriodQuarter, demarche.PeriodYear},
		Arrow:    "↔",
	}
	for _, q := range f.list("quad") {
		n, err := strconv.Atoi(q)
		if err != nil || n < 1 || n > 4 {
			f.fail("quad", "%q: want a quad class from 1 to 4", q)
			continue
		}
		if !data.Quads[n] {
			data.QuadList = append(data.QuadList, n)
		}
		data.Quads[n] = true
	}
	cursor := f.str("cursor")
	data.Page = f.intIn("page", 1, 1, 1<<20)
	part := f.str("part")
	if data.From != "" && data.To != "" && data.From > data.To {
		f.fail("to", "%s is before from %s", data.To, data.From)
	}
	if f.err != nil {
		return nil, f.err
	}
	if data.Directed {
		data.Arrow = "→"
	}
	title := "Dyads"
	if len(a) > 0 && len(b) > 0 {
		title = data.A + " " + data.Arrow + " " + data.B
	}
	p := &page{Name: "dyad", Title: title, Data: data, Timer: newTimer()}
	tm := p.Timer
	from, to := data.From, data.To // of the queries
	idx, _, _ := d.index(r.Context(), 0)
	if idx != nil {
		// Without dates, the dyad is shown over the store's documents:
		// events dated long before them are references to the past.
		if from == "" && idx.first != "" && (to == "" || to >= idx.first) {
			from, data.Clamped = idx.first, idx.first
		}
		if to == "" && idx.last != "" && from <= idx.last {
			to = idx.last
		}
		data.Actors = idx.actors[:min(len(idx.actors), 400)]
		for _, pr := range idx.pairs[:min(len(idx.pairs), 12)] {
			data.Popular = append(data.Popular, pairRow{A: pr.A, B: pr.B, Events: pr.Events, URL: link("/dyad", "a", pr.A, "b", pr.B)})
		}
		data.Presets = d.presets(idx, data)
	}
	tm.mark("index")
	if len(a) == 0 || len(b) == 0 {
		if len(a) > 0 || len(b) > 0 {
			return nil, demarche.Errorf(demarche.EINVALID, "parameter %s: required: the other actor of the dyad", map[bool]string{true: "b", false: "a"}[len(a) > 0])
		}
		return p, nil
	}
	data.Self = d.dyadURL(data, nil)
	// The signals of the pair: from A to B and, unless directed, from B to
	// A (two queries read far fewer events than one with both actors on
	// both sides, which also reads what each does at home). Signals of the
	// undirected pair come in both; they are kept once.
	queries := []demarche.SignalQuery{{Source: a, Target: b, Questions: d.s.cfg.Questions}}
	if data.Directed {
		data.SigAll = link("/signals", "source", data.A, "target", data.B, "since", data.From, "until", data.To)
	} else {
		queries = append(queries, demarche.SignalQuery{Source: b, Target: a, Questions: d.s.cfg.Questions})
		data.SigAll = link("/signals", "source", data.A+","+data.B, "target", data.A+","+data.B, "since", data.From, "until", data.To)
	}
	sigs := func(ctx context.Context) ([]demarche.Signal, error) {
		var out []demarche.Signal
		seen := map[string]bool{}
		for _, q := range queries {
			rep, err := d.s.cfg.Analyst.Signals(ctx, q)
			if err != nil {
				return nil, err
			}
			for _, sg := range rep.Signals {
				if seen[sg.ID] || (data.From != "" && sg.To < data.From) || (data.To != "" && sg.From > data.To) {
					continue
				}
				seen[sg.ID] = true
				out = append(out, sg)
			}
		}
		sort.SliceStable(out, func(i, j int) bool {
			if out[i].Score != out[j].Score {
				return out[i].Score > out[j].Score
			}
			return out[i].Date < out[j].Date
		})
		return out, nil
	}
	key, _ := json.Marshal(queries)
	sigKey := "dyad-signals:" + string(key) + data.From + "/" + data.To
	if part == "signals" {
		sg, _, err := pending(r.Context(), d, -1, sigKey, sigs)
		if err != nil {
			return nil, err
		}
		data.setSignals(sg)
		tm.mark("signals")
		p.Partial = "dyad-signals"
		return p, nil
	}
	// The signals go on in the background while the rest is read.
	type sigResult struct {
		s   []demarche.Signal
		ok  bool
		err error
	}
	sigc := make(chan sigResult, 1)
	go func() {
		s, ok, err := pending(r.Context(), d, d.Budget, sigKey, sigs)
		sigc <- sigResult{s, ok, err}
	}()

	if from != "" && to != "" {
		// Known dates: coarsened before anything is read, whatever
		// their distance.
		t0, _ := time.Parse(demarche.DateLayout, from)
		t1, _ := time.Parse(demarche.DateLayout, to)
		for {
			n := demarche.CountPeriods(data.By, t0, t1)
			if n <= maxPeriods {
				break
			}
			if data.By == demarche.PeriodYear {
				return nil, demarche.Errorf(demarche.EINVALID, "parameter from: %d years from %s to %s are too many to draw (at most %d): give closer dates", n, from, to, maxPeriods)
			}
			data.Coarsened = fmt.Sprintf("%d %ss are too many to draw", n, data.By)
			data.By = coarser(data.By)
		}
	}
	var periods []demarche.DyadPeriod
	for {
		var err error
		periods, err = d.s.cfg.Analyst.Dyad(r.Context(), demarche.DyadQuery{A: a, B: b, Directed: data.Directed, Period: data.By, From: from, To: to, TopCodes: 3, MaxPeriods: d.s.cfg.MaxPeriods})
		if err != nil {
			return nil, err
		}
		if len(periods) <= maxPeriods || data.By == demarche.PeriodYear {
			break
		}
		// Too many to draw: a coarser granularity.
		data.Coarsened = fmt.Sprintf("%d %ss are too many to draw", len(periods), data.By)
		data.By = coarser(data.By)
	}
	tm.mark("series")
	data.Chart = newChart(periods, data.By, func(dp demarche.DyadPeriod) string {
		v := *data
		v.From, v.To, v.By = dp.Start, dp.End, finer(data.By)
		return d.dyadURL(&v, nil) + "#events"
	})
	ea, err := d.expand(a)
	if err != nil {
		return nil, err
	}
	eb, err := d.expand(b)
	if err != nil {
		return nil, err
	}
	page, err := d.s.cfg.Store.Events(r.Context(), demarche.EventFilter{Source: ea, Target: eb, Either: !data.Directed,
		From: from, To: to, Quad: data.QuadList, Limit: dyadPageSize, Cursor: cursor})
	if err != nil {
		if demarche.ErrorCode(err) == demarche.EINVALID && cursor != "" {
			return nil, demarche.Errorf(demarche.EINVALID, "parameter cursor: %s", demarche.ErrorMessage(err))
		}
		return nil, err
	}
	if data.Clamped != "" && cursor == "" {
		// Are there events before the documents? Then offer them.
		before, err := d.s.cfg.Store.Events(r.Context(), demarche.EventFilter{Source: ea, Target: eb, Either: !data.Directed,
			To: dayBefore(data.Clamped), Quad: data.QuadList, Limit: 1})
		if err == nil && len(before.Events) > 0 {
			v := *data
			v.From = before.Events[0].Date
			data.Earlier = d.dyadURL(&v, nil)
		}
	}
	tm.mark("events")
	data.Events = page.Events
	if page.Next != "" {
		data.Next = d.dyadURL(data, []string{"cursor", page.Next, "page", strconv.Itoa(data.Page + 1)}) + "#events"
	}
	if cursor != "" {
		data.First = d.dyadURL(data, nil) + "#events"
	}
	res := <-sigc
	tm.mark("signals-wait")
	if res.err != nil {
		return nil, res.err
	}
	data.setSignals(res.s)
	if !res.ok {
		data.SigWait = true
		data.SigURL = d.dyadURL(data, []string{"part", "signals"})
	}
	return p, nil
}

// maxDyadSignals is the most signals shown on a dyad's page; the rest are
// on the signals page.
const maxDyadSignals = 8

func (v *dyadData) setSignals(sg []demarche.Signal) {
	v.Signals = sg
	if len(sg) > maxDyadSignals {
		v.Signals, v.SigMore = sg[:maxDyadSignals], len(sg)-maxDyadSignals
	}
}

// dyadURL returns the URL of a dyad view, with extra parameters.
func (d *Dashboard) dyadURL(v *dyadData, extra []string) string {
	kv := []string{"a", v.A, "b", v.B}
	if v.By != demarche.PeriodMonth {
		kv = append(kv, "by", v.By)
	}
	kv = append(kv, "from", v.From, "to", v.To)
	if v.Directed {
		kv = append(kv, "directed", "1")
	}
	var qs []string
	for _, q := range v.QuadList {
		qs = append(qs, strconv.Itoa(q))
	}
	kv = append(kv, "quad", strings.Join(qs, ","))
	kv = append(kv, extra...)
	return link("/dyad", kv...)
}

// presets are links to common periods: everything, each year of the store,
// and its last twelve months.
func (d *Dashboard) presets(idx *uiIndex, v *dyadData) []preset {
	if idx.first == "" || v.A == "" || v.B == "" {
		return nil
	}
	mk := func(label, from, to, by string) preset {
		c := *v
		c.From, c.To, c.By = from, to, by
		return preset{Label: label, URL: d.dyadURL(&c, nil), Current: v.From == from && v.To == to}
	}
	out := []preset{mk("All", "", "", v.By)}
	y0, _ := strconv.Atoi(idx.first[:4])
	y1, _ := strconv.Atoi(idx.last[:4])
	if y1-y0 <= 12 {
		for y := y0; y <= y1; y++ {
			by := v.By
			if by == demarche.PeriodYear || by == demarche.PeriodQuarter {
				by = demarche.PeriodMonth
			}
			out = append(out, mk(strconv.Itoa(y), fmt.Sprintf("%d-01-01", y), fmt.Sprintf("%d-12-31", y), by))
		}
	}
	end := monthNum(idx.last)
	out = append(out, mk("Last 12 months", monthName(end-11)+"-01", lastDay(monthName(end)), v.By))
	return out
}
