package http

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"

	"github.com/demarche-project/demarche"
)

// signalsData is what the signals page shows.
type signalsData struct {
	Kinds        []string // every kind
	Kind         map[string]bool
	Source       string
	Target       string
	Since, Until string
	MinScore     string
	Signals      []demarche.Signal
	Total, Below int
	Threshold    float64
	Offset       int
	Prev, Next   string
	Wait         bool
	PartURL      string
}

const signalsPageSize = 25

func (d *Dashboard) signalsPage(w http.ResponseWriter, r *http.Request) (*page, error) {
	f := newForm(r)
	data := &signalsData{Kinds: demarche.SignalKinds, Kind: map[string]bool{}}
	src, tgt := f.actors("source"), f.actors("target")
	data.Source, data.Target = strings.Join(src, ","), strings.Join(tgt, ",")
	data.Since, data.Until = f.date("since"), f.date("until")
	minScore := f.float("min_score", 0)
	data.MinScore = f.str("min_score")
	data.Offset = f.intIn("offset", 0, 0, 1<<20)
	var kinds []string
	for _, k := range f.list("kind") {
		k = strings.ToLower(k)
		ok := false
		for _, known := range demarche.SignalKinds {
			ok = ok || k == known
		}
		if !ok {
			f.fail("kind", "%q: want one of %s", k, strings.Join(demarche.SignalKinds, ", "))
			continue
		}
		if !data.Kind[k] {
			kinds = append(kinds, k)
		}
		data.Kind[k] = true
	}
	part := f.str("part")
	if f.err != nil {
		return nil, f.err
	}
	p := &page{Name: "signals", Title: "Signals", Data: data}
	q := demarche.SignalQuery{Source: src, Target: tgt, Since: data.Since, Until: data.Until, Kinds: kinds, MinScore: minScore,
		Questions: d.s.cfg.Questions}
	budget := d.Budget
	if part != "" {
		budget = -1
		p.Partial = "signals-list"
	}
	key, _ := json.Marshal(q)
	rep, ok, err := pending(r.Context(), d, budget, "signals:"+string(key), func(ctx context.Context) (*demarche.SignalReport, error) {
		return d.s.cfg.Analyst.Signals(ctx, q)
	})
	if err != nil {
		return nil, err
	}
	self := func(offset int, extra ...string) string {
		o := ""
		if offset > 0 {
			o = strconv.Itoa(offset)
		}
		kv := []string{"kind", strings.Join(kinds, ","), "source", data.Source, "target", data.Target, "since", data.Since,
			"until", data.Until, "min_score", data.MinScore, "offset", o}
		return link("/signals", append(kv, extra...)...)
	}
	if !ok {
		data.Wait = true
		data.PartURL = self(data.Offset, "part", "list")
		return p, nil
	}
	data.Total, data.Below, data.Threshold = len(rep.Signals), rep.Below, rep.MinScore
	lo := min(data.Offset, data.Total)
	hi := min(data.Offset+signalsPageSize, data.Total)
	data.Signals = rep.Signals[lo:hi]
	if hi < data.Total {
		data.Next = self(hi)
	}
	if data.Offset > 0 {
		data.Prev = self(max(0, data.Offset-signalsPageSize))
	}
	return p, nil
}
