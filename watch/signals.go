package watch

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"
	"time"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/dedup"
)

// watermarkName names the watermark of recorded signals: the state of the
// store (last ingest, documents) and of the questions whose signals are
// recorded.
const watermarkName = "watch.signals"

// allSame reports whether every document is stored with the same content.
func allSame(docs []*demarche.Document, stored map[string]string) bool {
	for _, d := range docs {
		if stored[d.ID] != dedup.Hash(d.Title, d.Text) {
			return false
		}
	}
	return true
}

// mark is the watermark of a store state, a set of questions and the
// endpoints (a new endpoint gets the alerts recorded before it).
func mark(st *demarche.StoreStats, qs []*demarche.Question, endpoints []string) string {
	h := sha256.New()
	for _, e := range endpoints {
		h.Write([]byte(e))
		h.Write([]byte{0})
	}
	for _, q := range qs {
		b, _ := json.Marshal(q)
		h.Write(b)
		h.Write([]byte{0})
	}
	return fmt.Sprintf("%s/%d/%s", st.LastIngest.UTC().Format(time.RFC3339Nano), st.Documents, hex.EncodeToString(h.Sum(nil)[:8]))
}

// cycleStart is what a cycle knows of the store before it ingests.
type cycleStart struct {
	docs int64
	full bool // the recorded signals lag behind the store: compute all
	qs   []*demarche.Question
}

func (w *Watcher) begin(ctx context.Context) (*cycleStart, error) {
	var qs []*demarche.Question
	if w.opt.Questions != nil {
		var err error
		if qs, err = w.opt.Questions(ctx); err != nil {
			return nil, err
		}
	}
	st, err := w.st.Stats(ctx)
	if err != nil {
		return nil, err
	}
	prev, err := w.ws.Watermark(ctx, watermarkName)
	if err != nil {
		return nil, err
	}
	return &cycleStart{docs: st.Documents, full: prev != mark(st, qs, w.opt.Endpoints), qs: qs}, nil
}

// recordSignals computes the signals that the cycle's new documents can
// change — those of the dyads of their events, and the stance transitions
// of the questions — or every signal when the recorded ones lag behind the
// store (the first cycle, a crash before they were recorded, an ingest by
// another command, changed questions), and records them as alerts.
func (w *Watcher) recordSignals(ctx context.Context, start *cycleStart, added int, touched map[[2]string]bool, c *Cycle) error {
	st, err := w.st.Stats(ctx)
	if err != nil {
		return err
	}
	m := mark(st, start.qs, w.opt.Endpoints)
	full := start.full || st.Documents != start.docs+int64(added)
	if !full && len(touched) == 0 && added == 0 {
		return nil
	}
	var queries []demarche.SignalQuery
	base := demarche.SignalQuery{MinScore: w.opt.MinScore, Since: w.opt.Since}
	if full {
		q := base
		q.Questions = start.qs
		queries = append(queries, q)
		c.Dyads = -1
	} else {
		pairs := make([][2]string, 0, len(touched))
		for p := range touched {
			pairs = append(pairs, p)
		}
		sort.Slice(pairs, func(i, j int) bool { return pairs[i][0]+pairs[i][1] < pairs[j][0]+pairs[j][1] })
		for _, p := range pairs {
			q := base
			q.Source, q.Target = []string{p[0]}, []string{p[1]}
			queries = append(queries, q)
			// The other direction's novelty and rhetoric (pairs are
			// reported with the first actor in alphabetical order).
			r := base
			r.Source, r.Target = []string{p[1]}, []string{p[0]}
			r.Kinds = []string{demarche.SignalNovelty, demarche.SignalRhetoric}
			queries = append(queries, r)
		}
		c.Dyads = len(pairs)
		if len(start.qs) > 0 && added > 0 {
			q := base
			q.Kinds = []string{demarche.SignalStance}
			q.Questions = start.qs
			queries = append(queries, q)
		}
	}
	var sigs []demarche.Signal
	seen := map[string]bool{}
	for _, q := range queries {
		rep, err := w.opt.Analyst.Signals(ctx, q)
		if err != nil {
			return err
		}
		for _, sg := range rep.Signals {
			if !seen[sg.ID] {
				seen[sg.ID] = true
				sigs = append(sigs, sg)
			}
		}
	}
	// Oldest first, so that a signal's first form opens its alert.
	sort.SliceStable(sigs, func(i, j int) bool {
		if sigs[i].From != sigs[j].From {
			return sigs[i].From < sigs[j].From
		}
		return sigs[i].ID < sigs[j].ID
	})
	c.Signals = len(sigs)
	if len(sigs) > 0 {
		res, err := w.ws.RecordSignals(ctx, sigs, w.opt.Endpoints, w.now())
		if err != nil {
			return err
		}
		c.New, c.Updated = res.New, res.Updated
	}
	return w.ws.SetWatermark(ctx, watermarkName, m)
}
