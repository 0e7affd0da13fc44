package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Score is precision, recall and F1 with the counts behind them, as the
// JSON report writes them.
type Score struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Counts
}

// ScoreOf returns the score of c.
func ScoreOf(c Counts) Score {
	p, r, f := c.PRF()
	return Score{round3(p), round3(r), round3(f), c}
}

func round3(x float64) float64 { return float64(int64(x*1000+0.5)) / 1000 }

// BandScore is the precision of the coded events of one confidence band.
type BandScore struct {
	From      float64 `json:"from"`
	To        float64 `json:"to"`
	Events    int     `json:"events"`
	Precision float64 `json:"precision"`
}

// jsonReport is the JSON form of a report.
type jsonReport struct {
	Items      int               `json:"items"`
	GoldEvents int               `json:"gold_events"`
	Coded      int               `json:"coded_events"`
	Overall    Score             `json:"overall"`
	ByRoot     map[string]Score  `json:"by_root"`
	ByKind     map[string]Score  `json:"by_kind"`
	ByBand     []BandScore       `json:"by_confidence"`
	ByCause    map[MissCause]int `json:"missed_by_cause"`
	Missed     []Diff            `json:"missed"`
	Invented   []Diff            `json:"invented"`
}

// Bands returns the precision per confidence band.
func (r *Report) Bands() []BandScore {
	out := make([]BandScore, len(Bands))
	for i, lo := range Bands {
		hi := 1.0
		if i+1 < len(Bands) {
			hi = Bands[i+1]
		}
		c := r.ByBand[i]
		p, _, _ := c.PRF()
		out[i] = BandScore{From: lo, To: hi, Events: c.TP + c.FP, Precision: round3(p)}
	}
	return out
}

// WriteJSON writes the report as one JSON object, with at most misses
// entries in each list (negative: all).
func (r *Report) WriteJSON(w io.Writer, misses int) error {
	j := jsonReport{Items: r.Items, GoldEvents: r.GoldEvents, Coded: r.Coded, Overall: ScoreOf(r.Overall),
		ByRoot: map[string]Score{}, ByKind: map[string]Score{}, ByBand: r.Bands(), ByCause: r.causes(),
		Missed: limit(r.Missed, misses), Invented: limit(r.Invented, misses)}
	for k, c := range r.ByRoot {
		j.ByRoot[k] = ScoreOf(*c)
	}
	for k, c := range r.ByKind {
		j.ByKind[k] = ScoreOf(*c)
	}
	if j.Missed == nil {
		j.Missed = []Diff{}
	}
	if j.Invented == nil {
		j.Invented = []Diff{}
	}
	return writeJSON(w, j)
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func limit(d []Diff, n int) []Diff {
	if n >= 0 && len(d) > n {
		return d[:n]
	}
	return d
}

// WriteTotals writes only the overall score, as text or (json true) as
// one JSON object: what may be read of a held-out set.
func (r *Report) WriteTotals(w io.Writer, title string, json bool) error {
	if json {
		return writeJSON(w, struct {
			Items      int               `json:"items"`
			GoldEvents int               `json:"gold_events"`
			Coded      int               `json:"coded_events"`
			Overall    Score             `json:"overall"`
			ByCause    map[MissCause]int `json:"missed_by_cause"`
		}{r.Items, r.GoldEvents, r.Coded, ScoreOf(r.Overall), r.causes()})
	}
	p, rc, f := r.Overall.PRF()
	ew := &errWriter{w: w}
	ew.printf("%s: %d items, %d gold events, %d coded events\noverall   precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d)\n",
		title, r.Items, r.GoldEvents, r.Coded, p, rc, f, r.Overall.TP, r.Overall.FP, r.Overall.FN)
	r.writeCauses(ew)
	return ew.err
}

// causes returns the count of misses per cause, every cause present.
func (r *Report) causes() map[MissCause]int {
	m := make(map[MissCause]int, len(MissCauses))
	for _, c := range MissCauses {
		m[c] = r.ByCause[c]
	}
	return m
}

// writeCauses writes the anatomy of the misses on one line: "missed by
// cause  silent 12  target 3 …". Aggregate counts only, so a held-out
// half may print it.
func (r *Report) writeCauses(ew *errWriter) {
	ew.printf("missed by cause")
	for _, c := range MissCauses {
		ew.printf("  %s %d", c, r.ByCause[c])
	}
	ew.printf("\n")
}

// WriteText writes the report for a reader: the overall score, the score
// per CAMEO root, per kind of item and per confidence band, then at most
// misses missed and misses invented events with their sentences.
func (r *Report) WriteText(w io.Writer, title string, misses int) error {
	ew := &errWriter{w: w}
	p, rc, f := r.Overall.PRF()
	ew.printf("%s: %d items, %d gold events, %d coded events\n", title, r.Items, r.GoldEvents, r.Coded)
	ew.printf("overall   precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d)\n",
		p, rc, f, r.Overall.TP, r.Overall.FP, r.Overall.FN)
	r.writeCauses(ew)
	table := func(head string, m map[string]*Counts) {
		ew.printf("\n%-10s precision  recall  F1      tp   fp   fn\n", head)
		for _, k := range sortedKeys(m) {
			c := m[k]
			p, rc, f := c.PRF()
			ew.printf("%-10s %.3f      %.3f   %.3f  %4d %4d %4d\n", k, p, rc, f, c.TP, c.FP, c.FN)
		}
	}
	table("root", r.ByRoot)
	table("kind", r.ByKind)
	ew.printf("\nconfidence  events  precision\n")
	for _, b := range r.Bands() {
		if b.Events == 0 {
			ew.printf("%.1f–%.1f     %5d  -\n", b.From, b.To, 0)
			continue
		}
		ew.printf("%.1f–%.1f     %5d  %.3f\n", b.From, b.To, b.Events, b.Precision)
	}
	list := func(what string, ds []Diff) {
		shown := limit(ds, misses)
		ew.printf("\n%s: %d", what, len(ds))
		if len(shown) < len(ds) {
			ew.printf(" (first %d; --misses N for more)", len(shown))
		}
		ew.printf("\n")
		for _, d := range shown {
			ew.printf("  %s  %s  %s → %s %s", d.ID, d.Key, d.Source, d.Target, d.CAMEO)
			if d.Evidence != "" {
				ew.printf("  «%s»", d.Evidence)
			}
			if d.Rule != "" {
				ew.printf("  conf %.2f  rule %s", d.Confidence, d.Rule)
			}
			if d.Cause != "" {
				ew.printf("  [%s]", d.Cause)
			}
			ew.printf("\n      %s\n", oneLine(d.Sentence))
		}
	}
	list("missed", r.Missed)
	list("invented", r.Invented)
	return ew.err
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
