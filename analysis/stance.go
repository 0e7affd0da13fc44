package analysis

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/demarche-project/demarche"
)

// stanceDef is a stance-bearing CAMEO code or code prefix.
type stanceDef struct {
	prefix string
	stance string
	label  string
}

// DefaultStances is the table of stance-bearing CAMEO codes, in the order
// in which the stances of one day are listed (so that a denial and an
// acknowledgement of the same day read in that order). The longest prefix
// of an event's code wins.
var DefaultStances = []struct{ Code, Stance, Label string }{
	{"016", "deny", "denied"},
	{"011", "no_comment", "neither confirmed nor denied"},
	{"015", "acknowledge", "acknowledged"},
	{"052", "justify", "justified"},
	{"051", "praise", "praised"},
	{"111", "criticise", "criticised"},
	{"112", "accuse", "accused"},
	{"10", "demand", "demanded"},
	{"12", "reject", "rejected"},
	{"13", "threaten", "threatened"},
	{"055", "apologise", "apologised"},
	{"16", "reduce_relations", "reduced relations"},
}

// StanceFamily groups stances for signals: a change of family (a denial
// followed by an acknowledgement, criticism followed by praise) is a strong
// signal, a change within one (criticised → accused) a weak one. Stances not
// listed, such as those of a question's own table, are each their own
// family.
var StanceFamily = map[string]string{
	"deny":        "deny",
	"no_comment":  "no_comment",
	"acknowledge": "acknowledge",
	"justify":     "support",
	"praise":      "support",
	"criticise":   "oppose",
	"accuse":      "oppose",
	"demand":      "oppose",
	"reject":      "oppose",
	"threaten":    "oppose",
	// an apology owns up to the act: a stronger acknowledgement
	"apologise": "acknowledge",
	// recalling an envoy, expelling diplomats, closing an embassy,
	// breaking ties, cancelling a summit or talks (16x)
	"reduce_relations": "oppose",
}

func family(stance string) string {
	if f, ok := StanceFamily[stance]; ok {
		return f
	}
	return stance
}

// stanceTable returns the stance definitions of a question: its own when
// it has them, else DefaultStances.
func stanceTable(q *demarche.Question) []stanceDef {
	var defs []stanceDef
	if len(q.Stances) > 0 {
		codes := make([]string, 0, len(q.Stances))
		for c := range q.Stances {
			codes = append(codes, c)
		}
		sort.Strings(codes)
		for _, c := range codes {
			name := strings.TrimSpace(q.Stances[c])
			defs = append(defs, stanceDef{c, slug(name), name})
		}
		return defs
	}
	for _, d := range DefaultStances {
		defs = append(defs, stanceDef{d.Code, d.Stance, d.Label})
	}
	return defs
}

// lookup returns the index of the definition of code (longest prefix), or
// -1.
func lookup(defs []stanceDef, code string) int {
	best := -1
	for i, d := range defs {
		if strings.HasPrefix(code, d.prefix) && (best < 0 || len(d.prefix) > len(defs[best].prefix)) {
			best = i
		}
	}
	return best
}

// Stances returns, per tracked actor of q, every stance-bearing event on
// the question in time order, the runs of one stance and the transitions
// between them. An event is on the question when its source is a tracked
// actor, its code is stance-bearing, its source or target is one of the
// question's actors (when it names any) or it has no target, and its
// sentence — or else its
// document's title — holds one of the terms. Points of one day are ordered
// by the stance table. See demarche.Analyst.
func (s *Service) Stances(ctx context.Context, q *demarche.Question) (*demarche.StanceReport, error) {
	if q == nil {
		return nil, demarche.Errorf(demarche.EINVALID, "no question")
	}
	if err := ValidateQuestion(q); err != nil {
		return nil, err
	}
	defs := stanceTable(q)
	track, trackAll, err := s.newLabeller(q.Track)
	if err != nil {
		return nil, err
	}
	ident, identAll, err := s.newLabeller(q.Actors)
	if err != nil {
		return nil, err
	}
	roots := map[string]bool{}
	for _, d := range defs {
		roots[d.prefix[:2]] = true
	}
	f := demarche.EventFilter{Source: trackAll, From: q.From, To: q.To}
	for r := range roots {
		f.Root = append(f.Root, r)
	}
	sort.Strings(f.Root)
	state := s.stateKey(ctx)
	if rep := s.cache.getStances(state, q); rep != nil {
		return rep, nil
	}
	m := newMatcher(q.Terms)
	onQuestion := func(ctx context.Context, e *demarche.Event) (bool, error) {
		if m.match(e.Text) {
			return true, nil
		}
		if s.docs == nil {
			return false, nil
		}
		title, ok := s.cache.title(state, e.Doc)
		if !ok {
			d, err := s.docs.Document(ctx, e.Doc)
			switch {
			case demarche.ErrorCode(err) == demarche.ENOTFOUND:
			case err != nil:
				return false, err
			case d.Text != "":
				title = d.Title // a headline-only document's title is its sentence
			}
			s.cache.putTitle(state, e.Doc, title)
		}
		return title != "" && m.match(title), nil
	}
	type point struct {
		demarche.StancePoint
		def int
	}
	per := map[string][]point{}
	var events []demarche.Event
	if err := s.store.EachEvent(ctx, f, func(e *demarche.Event) error {
		events = append(events, *e)
		return nil
	}); err != nil {
		return nil, err
	}
	for i := range events {
		e := &events[i]
		actor := track.label(e.Source)
		def := lookup(defs, e.CAMEO)
		if actor == "" || def < 0 {
			continue
		}
		if len(identAll) > 0 && ident.label(e.Source) == "" && ident.label(e.Target) == "" && !targetless(e) {
			// (a tracked actor's stance with no target — "declined to
			// comment", "denied the reports" — is on the question when its
			// words are)
			continue
		}
		ok, err := onQuestion(ctx, e)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		per[actor] = append(per[actor], point{demarche.StancePoint{Stance: defs[def].stance, Label: defs[def].label, Date: e.Date, Event: *e}, def})
	}
	rep := &demarche.StanceReport{Question: q, Actors: []demarche.ActorStance{}}
	for _, actor := range track.names {
		pts := per[actor]
		sort.SliceStable(pts, func(i, j int) bool {
			if pts[i].Date != pts[j].Date {
				return pts[i].Date < pts[j].Date
			}
			if pts[i].def != pts[j].def {
				return pts[i].def < pts[j].def
			}
			// one stance twice in a day: in reading order
			if pts[i].Event.Doc != pts[j].Event.Doc {
				return pts[i].Event.Doc < pts[j].Event.Doc
			}
			return pts[i].Event.Sentence < pts[j].Event.Sentence
		})
		// Within a day, the stance that continues the current run comes
		// first: the day's order is unknown, so no change is read into it.
		for i := 0; i < len(pts); {
			j := i
			for j < len(pts) && pts[j].Date == pts[i].Date {
				j++
			}
			if i > 0 {
				cur := pts[i-1].Stance
				sort.SliceStable(pts[i:j], func(a, b int) bool {
					return pts[i+a].Stance == cur && pts[i+b].Stance != cur
				})
			}
			i = j
		}
		as := demarche.ActorStance{Actor: actor, Points: []demarche.StancePoint{}, Runs: []demarche.StanceRun{}, Transitions: []demarche.StanceTransition{}}
		for _, p := range pts {
			as.Points = append(as.Points, p.StancePoint)
			n := len(as.Runs)
			if n > 0 && as.Runs[n-1].Stance == p.Stance {
				as.Runs[n-1].To = p.Date
				as.Runs[n-1].Points++
				continue
			}
			if n > 0 {
				prev := as.Runs[n-1]
				as.Transitions = append(as.Transitions, demarche.StanceTransition{
					Actor: actor, From: prev.Label, FromDate: prev.From, To: p.Label, Date: p.Date, Event: p.Event})
			}
			as.Runs = append(as.Runs, demarche.StanceRun{Stance: p.Stance, Label: p.Label, From: p.Date, To: p.Date, Points: 1})
		}
		rep.Actors = append(rep.Actors, as)
	}
	s.cache.putStances(state, q, rep)
	return rep, nil
}

// targetless reports whether an event names no target.
func targetless(e *demarche.Event) bool {
	return e.Target == "" || e.Target == demarche.NoActor
}

// Arc returns an actor's runs as one line: "RUS: denied (2024-10-25) →
// neither confirmed nor denied (2024-11-01) → acknowledged (2025-04-26)".
func Arc(as demarche.ActorStance) string {
	parts := make([]string, len(as.Runs))
	for i, r := range as.Runs {
		parts[i] = fmt.Sprintf("%s (%s)", r.Label, r.From)
	}
	if len(parts) == 0 {
		return as.Actor + ": no stance found"
	}
	return as.Actor + ": " + strings.Join(parts, " → ")
}

// stanceOf returns the stance whose label is label among an actor's runs.
func stanceOf(as demarche.ActorStance, label string) string {
	for _, r := range as.Runs {
		if r.Label == label {
			return r.Stance
		}
	}
	return label
}

// stanceSignals turns the transitions of a question into signals, for the
// actors that srcL selects when filtered.
func (s *Service) stanceSignals(ctx context.Context, q *demarche.Question, srcL *labeller, filtered bool) ([]demarche.Signal, error) {
	rep, err := s.Stances(ctx, q)
	if err != nil {
		return nil, err
	}
	var out []demarche.Signal
	for _, as := range rep.Actors {
		if filtered && srcL.label(as.Actor) == "" {
			continue
		}
		for _, t := range as.Transitions {
			var prev demarche.Event
			for _, p := range as.Points {
				if p.Date <= t.Date && p.Label == t.From {
					prev = p.Event
				}
			}
			score := s.opt.StanceScore
			if family(stanceOf(as, t.From)) == family(stanceOf(as, t.To)) {
				score = s.opt.StanceMinorScore
			}
			sg := demarche.Signal{
				Kind: demarche.SignalStance, Score: score, Source: as.Actor, Target: demarche.Country(t.Event.Target),
				Date: t.Date, From: t.FromDate, To: t.Date, Question: q.ID, CAMEO: t.Event.CAMEO,
				Title:    fmt.Sprintf("%s on %s: %s (%s) → %s (%s)", as.Actor, q.Name, t.From, t.FromDate, t.To, t.Date),
				Evidence: []demarche.Event{t.Event},
			}
			if prev.ID != "" {
				sg.Evidence = []demarche.Event{prev, t.Event}
			}
			out = append(out, sg)
		}
	}
	return out, nil
}
