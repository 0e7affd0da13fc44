// Package analysis reads the signals in a store of coded events: dyad
// series, the stances of actors on a question, and ranked signals of change
// — novelty, surges and drops, shifts of tone, change points, new rhetoric
// and stance transitions. Service implements demarche.Analyst over any
// demarche.EventStore.
//
// The methods and their thresholds are documented in METHODS.md beside this
// file; Options holds every threshold, and DefaultOptions the values that
// give an analyst a few tens of strong signals over eighteen years of one
// dyad.
package analysis

import (
	"context"
	"sort"
	"strings"

	"github.com/demarche-project/demarche"
)

// Options are the thresholds of the analysis. The zero value of a field
// means its default (see DefaultOptions).
type Options struct {
	// Groups names lists of actors ("WEST": USA, GBR, FRA …) that may be
	// used wherever an actor is expected.
	Groups map[string][]string

	// MinScore is the default threshold of Signals: signals scoring less
	// are left out (a score is about the negated decimal logarithm of the
	// probability of what was seen under the dyad's own past).
	MinScore float64

	// Surges, drops and tone: the trailing baseline in weeks (surges,
	// tone) and months (drops), the least baseline history needed, the
	// least documents of a surge week, the least documents of a tone week,
	// and the least monthly baseline mean for a drop.
	BaselineWeeks     int
	BaselineMonths    int
	MinBaselineWeeks  int
	MinBaselineMonths int

	// Surges and drops are also looked for per quarter, against the
	// trailing BaselineQuarters quarters (at least MinBaselineQuarters).
	BaselineQuarters    int
	MinBaselineQuarters int
	MinSurgeDocs        int
	MinToneDocs         int
	MinDropMean         float64

	// Novelty: the gap after which a kind of event counts as new again,
	// the least events and days of dyad history before it, and the window
	// in which repeats of the new kind confirm it.
	NoveltyGapDays     int
	NoveltyMinHistory  int
	NoveltyMinDays     int
	NoveltyConfirmDays int

	// Change points: the penalty factor c of the BIC-type penalty
	// c·ln(n), the least segment length in months, and the least months
	// and documents of a dyad series.
	ChangePenalty   float64
	ChangeMinSeg    int
	ChangeMinMonths int
	ChangeMinDocs   int

	// ChangeMinToneDocs is the least documents of a segment of the tone
	// series.
	ChangeMinToneDocs int

	// Rhetoric: the least documents using a phrase in a month, the least
	// earlier sentences of the dyad (its history), the least days of
	// history, and the phrases reported per signal.
	RhetoricMinDocs    int
	RhetoricMinHistory int
	RhetoricMinDays    int
	RhetoricPhrases    int

	// StanceScore is the score of a stance transition between stances of
	// different families (see StanceFamily); a transition within a family
	// (criticised → accused) scores StanceMinorScore.
	StanceScore      float64
	StanceMinorScore float64

	// Evidence is the most events attached to a signal.
	Evidence int
}

// DefaultOptions returns the default thresholds (see METHODS.md).
func DefaultOptions() Options {
	return Options{
		MinScore:            5,
		BaselineWeeks:       52,
		BaselineMonths:      12,
		MinBaselineWeeks:    26,
		MinBaselineMonths:   12,
		BaselineQuarters:    8,
		MinBaselineQuarters: 4,
		MinSurgeDocs:        5,
		MinToneDocs:         5,
		MinDropMean:         8,
		NoveltyGapDays:      3 * 365,
		NoveltyMinHistory:   30,
		NoveltyMinDays:      365,
		NoveltyConfirmDays:  30,
		ChangePenalty:       3,
		ChangeMinSeg:        3,
		ChangeMinMonths:     24,
		ChangeMinDocs:       40,
		ChangeMinToneDocs:   10,
		RhetoricMinDocs:     3,
		RhetoricMinHistory:  10,
		RhetoricMinDays:     90,
		RhetoricPhrases:     3,
		StanceScore:         10,
		StanceMinorScore:    3,
		Evidence:            5,
	}
}

// withDefaults fills the zero fields of o from DefaultOptions.
func (o Options) withDefaults() Options {
	d := DefaultOptions()
	setF := func(v *float64, def float64) {
		if *v == 0 {
			*v = def
		}
	}
	setI := func(v *int, def int) {
		if *v == 0 {
			*v = def
		}
	}
	setF(&o.MinScore, d.MinScore)
	setI(&o.BaselineWeeks, d.BaselineWeeks)
	setI(&o.BaselineMonths, d.BaselineMonths)
	setI(&o.MinBaselineWeeks, d.MinBaselineWeeks)
	setI(&o.MinBaselineMonths, d.MinBaselineMonths)
	setI(&o.BaselineQuarters, d.BaselineQuarters)
	setI(&o.MinBaselineQuarters, d.MinBaselineQuarters)
	setI(&o.MinSurgeDocs, d.MinSurgeDocs)
	setI(&o.MinToneDocs, d.MinToneDocs)
	setF(&o.MinDropMean, d.MinDropMean)
	setI(&o.NoveltyGapDays, d.NoveltyGapDays)
	setI(&o.NoveltyMinHistory, d.NoveltyMinHistory)
	setI(&o.NoveltyMinDays, d.NoveltyMinDays)
	setI(&o.NoveltyConfirmDays, d.NoveltyConfirmDays)
	setF(&o.ChangePenalty, d.ChangePenalty)
	setI(&o.ChangeMinSeg, d.ChangeMinSeg)
	setI(&o.ChangeMinMonths, d.ChangeMinMonths)
	setI(&o.ChangeMinDocs, d.ChangeMinDocs)
	setI(&o.ChangeMinToneDocs, d.ChangeMinToneDocs)
	setI(&o.RhetoricMinDocs, d.RhetoricMinDocs)
	setI(&o.RhetoricMinHistory, d.RhetoricMinHistory)
	setI(&o.RhetoricMinDays, d.RhetoricMinDays)
	setI(&o.RhetoricPhrases, d.RhetoricPhrases)
	setF(&o.StanceScore, d.StanceScore)
	setF(&o.StanceMinorScore, d.StanceMinorScore)
	setI(&o.Evidence, d.Evidence)
	return o
}

// Service is the analysis of one store. It is safe for concurrent use.
type Service struct {
	store demarche.EventStore
	docs  demarche.DocumentStore // may be nil: then titles are not read
	opt   Options
	cache cache
}

var _ demarche.Analyst = (*Service)(nil)

// New returns the analysis of a store with the given options (zero fields
// take their defaults). When st also implements demarche.DocumentStore,
// stances match question terms in document titles too.
func New(st demarche.EventStore, opt Options) *Service {
	s := &Service{store: st, opt: opt.withDefaults()}
	s.docs, _ = st.(demarche.DocumentStore)
	groups := map[string][]string{}
	for name, members := range opt.Groups {
		groups[strings.ToUpper(strings.TrimSpace(name))] = members
	}
	s.opt.Groups = groups
	return s
}

// Options returns the options in force, defaults filled in.
func (s *Service) Options() Options { return s.opt }

// Expand replaces the names of groups in a list of actors by their members
// and upper-cases the rest. It returns EINVALID for an entry that is neither
// a group nor an actor code (letters and digits, at least three).
func (s *Service) Expand(actors []string) ([]string, error) {
	var out []string
	for _, e := range actorEntries(actors) {
		m, err := s.expandEntry(e)
		if err != nil {
			return nil, err
		}
		out = append(out, m...)
	}
	return out, nil
}

// actorEntries returns the entries of a list of actors, each item of which
// may be a comma list: trimmed and upper-cased, blanks left out.
func actorEntries(actors []string) []string {
	var out []string
	for _, a := range actors {
		for _, part := range strings.Split(a, ",") {
			if part = strings.ToUpper(strings.TrimSpace(part)); part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}

// expandEntry returns the members of the group an entry of actorEntries
// names, upper-cased, or the entry itself when it is an actor code; an
// entry that is neither is EINVALID.
func (s *Service) expandEntry(e string) ([]string, error) {
	if members, ok := s.opt.Groups[e]; ok {
		out := make([]string, len(members))
		for i, m := range members {
			out[i] = strings.ToUpper(strings.TrimSpace(m))
		}
		return out, nil
	}
	if !demarche.ValidActor(e) {
		return nil, demarche.Errorf(demarche.EINVALID, "bad actor %q: want a country (PRK), a code (RUSMIL) or a configured group", e)
	}
	return []string{e}, nil
}

// Dyad returns the series of a dyad per period: counts per quad class,
// Goldstein sum and mean, top codes and cooperative share, with groups
// expanded. See demarche.Analyst.
func (s *Service) Dyad(ctx context.Context, q demarche.DyadQuery) ([]demarche.DyadPeriod, error) {
	a, err := s.Expand(q.A)
	if err != nil {
		return nil, err
	}
	b, err := s.Expand(q.B)
	if err != nil {
		return nil, err
	}
	if len(a) == 0 || len(b) == 0 {
		return nil, demarche.Errorf(demarche.EINVALID, "dyad: two actors are needed")
	}
	q.A, q.B = a, b
	return s.store.Dyad(ctx, q)
}

// labeller names the side of a dyad an event code falls on: the query
// entry (a group name or a code) it matched, or its country when the query
// named none.
type labeller struct {
	names   []string // query entries, as written (upper-cased)
	members [][]string
}

func (s *Service) newLabeller(actors []string) (*labeller, []string, error) {
	l := &labeller{}
	var all []string
	for _, e := range actorEntries(actors) {
		m, err := s.expandEntry(e)
		if err != nil {
			return nil, nil, err
		}
		l.names = append(l.names, e)
		l.members = append(l.members, m)
		all = append(all, m...)
	}
	return l, all, nil
}

// label returns the side of code, or "" when it matches no entry.
func (l *labeller) label(code string) string {
	if len(l.names) == 0 {
		return demarche.Country(code)
	}
	for i, ms := range l.members {
		for _, m := range ms {
			if strings.HasPrefix(code, m) {
				return l.names[i]
			}
		}
	}
	return ""
}

// has reports whether name is one of the query entries.
func (l *labeller) has(name string) bool {
	for _, n := range l.names {
		if n == name {
			return true
		}
	}
	return false
}

// sortSignals orders signals strongest first, then by date, kind and dyad.
func sortSignals(sig []demarche.Signal) {
	sort.SliceStable(sig, func(i, j int) bool {
		a, b := sig[i], sig[j]
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		if a.From != b.From {
			return a.From < b.From
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return a.Source+a.Target < b.Source+b.Target
	})
}
