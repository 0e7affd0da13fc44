package http

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"strings"
	"time"

	"github.com/demarche-project/demarche"
)

// stanceData is what the stance page shows: the questions to choose from
// and, for the chosen one, a lane per tracked actor.
type stanceData struct {
	Questions []*demarche.Question
	Q         *demarche.Question
	Custom    bool
	Form      questionForm
	Lanes     []lane
	Axis      []chartTick
	From, To  string
	Legend    []legendItem
	PartURL   string // the lanes, when they are still being computed
}

// questionForm is a question written in the page's form: terms and actors
// as comma-separated lists.
type questionForm struct {
	ID, Name, Terms, Actors, Track, From, To string
}

type legendItem struct{ Class, Label string }

// lane is one actor's stance over time.
type lane struct {
	Actor       string
	Runs        []demarche.StanceRun
	Segs        []laneSeg
	Points      []lanePoint
	Transitions []demarche.StanceTransition
	Evidence    []lanePoint
}

type laneSeg struct {
	Left, Width float64 // percent
	Class       string
	Run         demarche.StanceRun
	Until       string // the day the next stance begins, "" for the last
}

type lanePoint struct {
	Left   float64
	Anchor string
	Class  string
	demarche.StancePoint
}

func days(date string) float64 {
	t, err := time.Parse(demarche.DateLayout, date)
	if err != nil {
		return 0
	}
	return float64(t.Unix() / 86400)
}

func (d *Dashboard) stances(w http.ResponseWriter, r *http.Request) (*page, error) {
	f := newForm(r)
	data := &stanceData{Questions: d.s.cfg.Questions}
	p := &page{Name: "stances", Title: "Stances", Data: data}
	id := f.str("question")
	data.Form = questionForm{ID: id, Name: f.str("name"), Terms: f.str("terms"), Actors: f.str("actors"), Track: f.str("track"),
		From: f.date("from"), To: f.date("to")}
	if f.err != nil {
		return nil, f.err
	}
	var q *demarche.Question
	switch {
	case id != "":
		cq, err := d.s.question(id)
		if err != nil {
			return nil, err
		}
		cp := *cq
		q = &cp
	case data.Form.Terms != "":
		q = &demarche.Question{Name: data.Form.Name, Terms: splitComma(data.Form.Terms),
			Actors: splitComma(strings.ToUpper(data.Form.Actors)), Track: splitComma(strings.ToUpper(data.Form.Track)),
			From: data.Form.From, To: data.Form.To}
		if q.Name == "" {
			q.Name = strings.Join(q.Terms, ", ")
		}
		data.Custom = true
	case len(d.s.cfg.Questions) == 1 && r.URL.RawQuery == "":
		// The only question: show it.
		cp := *d.s.cfg.Questions[0]
		q = &cp
	default:
		return p, nil
	}
	if f.str("part") != "" {
		p.Partial = "stance-lanes"
	}
	budget := d.Budget
	if p.Partial != "" {
		budget = -1
	}
	key, _ := json.Marshal(q)
	ask := *q
	rep, ok, err := pending(r.Context(), d, budget, "stances:"+string(key), func(ctx context.Context) (*demarche.StanceReport, error) {
		return d.s.cfg.Analyst.Stances(ctx, &ask)
	})
	if err != nil {
		return nil, err
	}
	if !ok {
		data.Q = q
		p.Title = "Stances: " + q.Name
		v := r.URL.Query()
		if !data.Custom {
			v.Set("question", q.ID)
		}
		v.Set("part", "lanes")
		data.PartURL = "/stances?" + v.Encode()
		return p, nil
	}
	q = rep.Question
	data.Q = q
	p.Title = "Stances: " + q.Name
	if !data.Custom {
		data.Form = questionForm{ID: q.ID, Name: q.Name, Terms: strings.Join(q.Terms, ", "), Actors: strings.Join(q.Actors, ", "),
			Track: strings.Join(q.Track, ", "), From: q.From, To: q.To}
	}
	// The time axis spans every point, with a margin.
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, as := range rep.Actors {
		for _, pt := range as.Points {
			lo, hi = math.Min(lo, days(pt.Date)), math.Max(hi, days(pt.Date))
		}
	}
	if math.IsInf(lo, 1) {
		for _, as := range rep.Actors {
			data.Lanes = append(data.Lanes, lane{Actor: as.Actor})
		}
		return p, nil
	}
	span := math.Max(hi-lo, 30)
	lo, hi = lo-span*0.03, hi+span*0.03
	pos := func(date string) float64 { return (days(date) - lo) / (hi - lo) * 100 }
	data.From, data.To = time.Unix(int64(lo)*86400, 0).UTC().Format(demarche.DateLayout), time.Unix(int64(hi)*86400, 0).UTC().Format(demarche.DateLayout)
	data.Axis = timeAxis(lo, hi)
	seen := map[string]bool{}
	for _, as := range rep.Actors {
		ln := lane{Actor: as.Actor, Runs: as.Runs, Transitions: as.Transitions}
		for i, run := range as.Runs {
			seg := laneSeg{Left: pos(run.From), Class: stanceClass(run.Stance), Run: run}
			end := pos(run.To)
			if i+1 < len(as.Runs) {
				seg.Until = as.Runs[i+1].From
				end = pos(seg.Until)
			}
			seg.Width = math.Max(end-seg.Left, 0.8)
			ln.Segs = append(ln.Segs, seg)
			if !seen[run.Stance] {
				seen[run.Stance] = true
				data.Legend = append(data.Legend, legendItem{stanceClass(run.Stance), run.Label})
			}
		}
		for i, pt := range as.Points {
			lp := lanePoint{Left: pos(pt.Date), Anchor: fmt.Sprintf("pt-%s-%d", as.Actor, i+1), Class: stanceClass(pt.Stance), StancePoint: pt}
			ln.Points = append(ln.Points, lp)
		}
		ln.Evidence = ln.Points
		data.Lanes = append(data.Lanes, ln)
	}
	return p, nil
}

// timeAxis returns about six ticks between two days: months or years.
func timeAxis(lo, hi float64) []chartTick {
	t0 := time.Unix(int64(lo)*86400, 0).UTC()
	t1 := time.Unix(int64(hi)*86400, 0).UTC()
	months := (t1.Year()-t0.Year())*12 + int(t1.Month()-t0.Month())
	step := 1
	for _, s := range []int{1, 2, 3, 6, 12, 24, 60} {
		step = s
		if months/s <= 6 {
			break
		}
	}
	m := time.Date(t0.Year(), t0.Month()+1, 1, 0, 0, 0, 0, time.UTC)
	for (int(m.Month())-1)%step != 0 {
		m = m.AddDate(0, 1, 0)
	}
	var out []chartTick
	for k := 0; !m.After(t1); m = m.AddDate(0, step, 0) {
		label := m.Format("2006-01")
		if step >= 12 {
			label = m.Format("2006")
		}
		out = append(out, chartTick{Pos: (float64(m.Unix()/86400) - lo) / (hi - lo) * 100, Label: label, Minor: k%2 == 1})
		k++
	}
	return out
}

func splitComma(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
