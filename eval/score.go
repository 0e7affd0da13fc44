package eval

import (
	"sort"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// Country returns what the evaluation compares of an actor code: its first
// three letters, or "---" for no actor ("", "---", or a code too short).
func Country(code string) string {
	if code == "" || code == demarche.NoActor || len(code) < 3 {
		return demarche.NoActor
	}
	return code[:3]
}

// Key is what decides whether two events are the same: the CAMEO root and
// the source and target countries, e.g. "05 PRK→RUS".
func Key(root, source, target string) string {
	return root + " " + Country(source) + "→" + Country(target)
}

// Counts are the true positives, false positives and false negatives of a
// score.
type Counts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
}

// PRF returns precision, recall and F1 (0 when undefined).
func (c Counts) PRF() (p, r, f float64) {
	if c.TP+c.FP > 0 {
		p = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		r = float64(c.TP) / float64(c.TP+c.FN)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// Add adds o to c.
func (c *Counts) Add(o Counts) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

// Outcome is the judgement of one coded event.
type Outcome int

// The outcomes of a coded event.
const (
	Wrong     Outcome = iota // no gold event of its key is left: invented
	Right                    // matches a gold event
	Duplicate                // same source, target and code as an earlier event of the item: not counted
)

// ItemResult is the comparison of one item's coded events with its gold.
type ItemResult struct {
	// Outcomes has one entry per coded event, in the order given.
	Outcomes []Outcome
	// Missed lists the indices of the gold events that no coded event
	// matched (duplicates in the gold are not listed).
	Missed []int
	// Counts are the item's totals.
	Counts Counts
}

// Match compares the coded events of one item with its gold events. Both
// sides are first reduced to one event per (source, target, CAMEO code);
// then each coded event, in order, takes the first unmatched gold event of
// its key (root + source country + target country), or is wrong.
func Match(gold []GoldEvent, got []demarche.Event) ItemResult {
	var res ItemResult
	used := make([]bool, len(gold))
	goldSeen := map[[3]string]bool{}
	for i, g := range gold {
		k := [3]string{g.Source, g.Target, g.CAMEO}
		if goldSeen[k] {
			used[i] = true // a repeated gold event is one event
			continue
		}
		goldSeen[k] = true
	}
	keys := make([]string, len(gold))
	for i, g := range gold {
		keys[i] = Key(cameo.Root(g.CAMEO), g.Source, g.Target)
	}
	gotSeen := map[[3]string]bool{}
	res.Outcomes = make([]Outcome, len(got))
	for n, e := range got {
		k := [3]string{e.Source, e.Target, e.CAMEO}
		if gotSeen[k] {
			res.Outcomes[n] = Duplicate
			continue
		}
		gotSeen[k] = true
		root := e.Root
		if root == "" {
			root = cameo.Root(e.CAMEO)
		}
		key := Key(root, e.Source, e.Target)
		res.Outcomes[n] = Wrong
		for i := range gold {
			if !used[i] && keys[i] == key {
				used[i] = true
				res.Outcomes[n] = Right
				break
			}
		}
		if res.Outcomes[n] == Right {
			res.Counts.TP++
		} else {
			res.Counts.FP++
		}
	}
	for i := range gold {
		if !used[i] {
			res.Missed = append(res.Missed, i)
			res.Counts.FN++
		}
	}
	return res
}

// Bands are the confidence bands of the report: [0, 0.2), [0.2, 0.4) …
// [0.8, 1].
var Bands = []float64{0, 0.2, 0.4, 0.6, 0.8}

// BandOf returns the index in Bands of a confidence.
func BandOf(c float64) int {
	b := 0
	for i, lo := range Bands {
		if c >= lo {
			b = i
		}
	}
	return b
}

// Diff is one missed or invented event, for the report's lists.
type Diff struct {
	ID         string  `json:"id"`
	Kind       string  `json:"kind,omitempty"`
	Key        string  `json:"key"`
	Source     string  `json:"source"`
	Target     string  `json:"target"`
	CAMEO      string  `json:"cameo"`
	Evidence   string  `json:"evidence,omitempty"` // the gold evidence, or the coded verb
	Rule       string  `json:"rule,omitempty"`
	Confidence float64 `json:"confidence,omitempty"`
	// Cause is, for a missed event, what the coder did with its item
	// instead (see MissCause).
	Cause    MissCause `json:"cause,omitempty"`
	Sentence string    `json:"sentence"`
}

// Report is the score of a set of items.
type Report struct {
	Items      int                `json:"items"`
	GoldEvents int                `json:"gold_events"`
	Coded      int                `json:"coded_events"` // after --min-confidence, duplicates included
	Overall    Counts             `json:"overall"`
	ByRoot     map[string]*Counts `json:"by_root"`
	ByKind     map[string]*Counts `json:"by_kind"`
	// ByBand counts the coded events (right and wrong) per confidence
	// band; FN is not defined there and stays 0.
	ByBand []Counts `json:"by_confidence"`
	// ByCause counts the missed gold events by what the coder did with
	// their item instead (see MissCause).
	ByCause  map[MissCause]int `json:"missed_by_cause"`
	Missed   []Diff            `json:"missed"`
	Invented []Diff            `json:"invented"`
}

// MissCause is what the coder did with the item of a missed gold event:
// the anatomy of the misses that tells detection failures (nothing
// coded) from actor failures (the act coded, an actor wrong) and from
// classification failures (the dyad coded, the root wrong).
type MissCause string

// The causes of a miss, tried in this order: the first that holds names
// the miss.
const (
	// CauseSilent: the item got no event at all.
	CauseSilent MissCause = "silent"
	// CauseTarget: an invented event of the item has the gold's root and
	// source country, and another target.
	CauseTarget MissCause = "target"
	// CauseSource: an invented event has the gold's root and target
	// country, and another source.
	CauseSource MissCause = "source"
	// CauseRoot: an invented event has the gold's source and target
	// countries, and another root.
	CauseRoot MissCause = "root"
	// CauseOther: the item got events, none of them close to this one.
	CauseOther MissCause = "other"
)

// MissCauses lists the causes in the order reports print them.
var MissCauses = []MissCause{CauseSilent, CauseTarget, CauseSource, CauseRoot, CauseOther}

// causeOf names the cause of missing gold event ge, given the item's
// coded events and their outcomes.
func causeOf(ge GoldEvent, got []demarche.Event, outcomes []Outcome) MissCause {
	if len(got) == 0 {
		return CauseSilent
	}
	root, src, tgt := cameo.Root(ge.CAMEO), Country(ge.Source), Country(ge.Target)
	near := func(sameRoot, sameSource, sameTarget bool) bool {
		for n, e := range got {
			if outcomes[n] != Wrong {
				continue
			}
			r := e.Root
			if r == "" {
				r = cameo.Root(e.CAMEO)
			}
			if (r == root) == sameRoot && (Country(e.Source) == src) == sameSource && (Country(e.Target) == tgt) == sameTarget {
				return true
			}
		}
		return false
	}
	switch {
	case near(true, true, false):
		return CauseTarget
	case near(true, false, true):
		return CauseSource
	case near(false, true, true):
		return CauseRoot
	}
	return CauseOther
}

// NewReport returns an empty report.
func NewReport() *Report {
	return &Report{ByRoot: map[string]*Counts{}, ByKind: map[string]*Counts{}, ByBand: make([]Counts, len(Bands)),
		ByCause: map[MissCause]int{}}
}

func bump(m map[string]*Counts, k string) *Counts {
	c := m[k]
	if c == nil {
		c = &Counts{}
		m[k] = c
	}
	return c
}

// Add scores one item: its coded events (those below minConfidence are
// dropped first) against its gold.
func (r *Report) Add(g *Gold, got []demarche.Event, minConfidence float64) ItemResult {
	if minConfidence > 0 {
		kept := got[:0:0]
		for _, e := range got {
			if e.Confidence >= minConfidence {
				kept = append(kept, e)
			}
		}
		got = kept
	}
	res := Match(g.Events, got)
	r.Items++
	r.GoldEvents += len(g.Events)
	r.Coded += len(got)
	r.Overall.Add(res.Counts)
	kind := g.Kind
	if kind == "" {
		kind = "(none)"
	}
	bump(r.ByKind, kind).Add(res.Counts)
	for n, e := range got {
		root := e.Root
		if root == "" {
			root = cameo.Root(e.CAMEO)
		}
		switch res.Outcomes[n] {
		case Right:
			bump(r.ByRoot, root).TP++
			r.ByBand[BandOf(e.Confidence)].TP++
		case Wrong:
			bump(r.ByRoot, root).FP++
			r.ByBand[BandOf(e.Confidence)].FP++
			r.Invented = append(r.Invented, Diff{ID: g.ID, Kind: g.Kind, Key: Key(root, e.Source, e.Target),
				Source: e.Source, Target: e.Target, CAMEO: e.CAMEO, Evidence: e.VerbText, Rule: e.Rule,
				Confidence: e.Confidence, Sentence: g.Text})
		}
	}
	for _, i := range res.Missed {
		ge := g.Events[i]
		root := cameo.Root(ge.CAMEO)
		bump(r.ByRoot, root).FN++
		cause := causeOf(ge, got, res.Outcomes)
		r.ByCause[cause]++
		r.Missed = append(r.Missed, Diff{ID: g.ID, Kind: g.Kind, Key: Key(root, ge.Source, ge.Target),
			Source: ge.Source, Target: ge.Target, CAMEO: ge.CAMEO, Evidence: ge.Evidence, Cause: cause, Sentence: g.Text})
	}
	return res
}

// Evaluate scores items against the coded events of each item id.
func Evaluate(items []Gold, coded map[string][]demarche.Event, minConfidence float64) *Report {
	r := NewReport()
	for i := range items {
		r.Add(&items[i], coded[items[i].ID], minConfidence)
	}
	return r
}

// sortedKeys returns the keys of m in order.
func sortedKeys(m map[string]*Counts) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
