package silent

import (
	"context"
	"strings"
	"testing"

	"github.com/demarche-project/demarche/coder"
	"github.com/demarche-project/demarche/internal/testcoder"
)

func TestCensusStage(t *testing.T) {
	pred := func(st coder.TraceStage, outcome string) *coder.TracePredicate {
		return &coder.TracePredicate{Verb: "Hailed", Outcome: outcome, Stage: st}
	}
	coded := func(outcome string) *coder.TracePredicate { return pred(coder.StageCoded, outcome) }
	note := func(text string) coder.TraceNote { return coder.TraceNote{Text: text} }
	drop := func(st coder.TraceStage, text string) coder.TraceNote { return coder.TraceNote{Text: text, Stage: st} }
	cases := []struct {
		name  string
		preds []*coder.TracePredicate
		notes []coder.TraceNote
		stage string
		why   string
	}{
		{"nothing", nil, nil, StageNoPredicate, "no verb or event noun of the dictionaries"},
		{"no pattern", []*coder.TracePredicate{pred(coder.StageNoPattern, "not coded: no pattern matched and the classes have no default code")}, nil,
			StageNoPattern, "no pattern matched and the classes have no default code"},
		{"no-code pattern", []*coder.TracePredicate{pred(coder.StageNoCode, "not coded: no code: builtin:50-x.txt:12 * to ...")}, nil,
			StageNoPattern, "a pattern of no code matched (the dictionaries: not an event)"},
		{"filter named, quoted word generic", []*coder.TracePredicate{pred(coder.StageFiltered, `not coded: governed by "refused": not done`)}, nil,
			StageFiltered, `governed by "…": not done`},
		{"the furthest predicate wins", []*coder.TracePredicate{
			pred(coder.StageNoPattern, "not coded: no pattern matched and the classes have no default code"),
			pred(coder.StageNoSource, "not coded: no source actor"),
			pred(coder.StageFiltered, "not coded: negated")}, nil,
			StageNoSource, "no source actor"},
		{"a dead source", []*coder.TracePredicate{pred(coder.StageNoSource, "not coded: Kim Il Sung had died (1994-07-08): narration, not a new event")}, nil,
			StageNoSource, "a source that had died: narration, not a new event"},
		{"no outcome told, a pattern matched", []*coder.TracePredicate{{Verb: "met", Patterns: []string{"✗ [040] * +", "✓ [040] * with +"}}}, nil,
			StageNoSource, "a pattern matched but no event came out"},
		{"no outcome told", []*coder.TracePredicate{{Verb: "met"}}, nil, StageNoPattern, "no pattern matched"},
		{"coded, dropped for want of a target", []*coder.TracePredicate{coded("coded 010 by x")},
			[]coder.TraceNote{drop(coder.StageNoTarget, "statement by CHNGOV dropped: it names no target (attribution)")},
			StageNoTarget, "statement by X dropped: it names no target (attribution)"},
		{"coded, dropped within one country", []*coder.TracePredicate{coded("coded 042 by x")},
			[]coder.TraceNote{note("second reading: on the parse"), drop(coder.StageSameCountry, "042 RUSGOV → RUS dropped: visits, meetings, agreements and cooperation within one country are not coded")},
			StageSameCountry, "X X → X dropped: visits, meetings, agreements and cooperation within one country are not coded"},
		{"coded, dropped, codes generic", []*coder.TracePredicate{coded("coded 190 by x")},
			[]coder.TraceNote{drop(coder.StageDropped, "190 USAMIL → ~EDU dropped: force as the purpose of \"raid\" is not done")},
			StageDropped, `X X → X dropped: force as the purpose of "…" is not done`},
		{"the last note that drops", []*coder.TracePredicate{coded("coded 051 by x")},
			[]coder.TraceNote{drop(coder.StageSameCountry, "first"), drop(coder.StageDropped, "second"), note("a note after it")},
			StageDropped, "second"},
		{"coded, dropped silently", []*coder.TracePredicate{coded("coded 051 by x")}, []coder.TraceNote{note("a note that drops nothing")},
			StageDropped, "dropped by a sentence rule that leaves no note"},
	}
	for _, c := range cases {
		st, why, _ := census(&coder.Trace{Predicates: c.preds, Notes: c.notes})
		if st != c.stage || why != c.why {
			t.Errorf("%s: got %q %q, want %q %q", c.name, st, why, c.stage, c.why)
		}
	}
}

// The census reads the coder's structured stage, never the words of an
// outcome or a note: each stage of the coder goes to its census stage
// whatever the words say (here words that name another stage).
func TestCensusStageMapping(t *testing.T) {
	const misleading = "no source actor, dropped: within one country, no target"
	cases := []struct {
		st    coder.TraceStage
		pred  string // the census stage of a predicate stopped at st
		note  string // the census stage of a coded predicate whose event a note of st dropped
		label string
	}{
		{coder.StageNone, StageNoPattern, StageDropped, "none"},
		{coder.StageNoPattern, StageNoPattern, StageDropped, "no pattern"},
		{coder.StageNoCode, StageNoPattern, StageDropped, "no code"},
		{coder.StageFiltered, StageFiltered, StageDropped, "filtered"},
		{coder.StageNoSource, StageNoSource, StageDropped, "no source"},
		{coder.StageCoded, StageDropped, StageDropped, "coded"},
		{coder.StageNoTarget, StageFiltered, StageNoTarget, "no target"},
		{coder.StageSameCountry, StageFiltered, StageSameCountry, "same country"},
		{coder.StageDropped, StageFiltered, StageDropped, "dropped"},
	}
	if len(cases) != int(coder.StageDropped)+1 {
		t.Fatalf("%d cases for %d stages of the coder: a stage is not mapped", len(cases), int(coder.StageDropped)+1)
	}
	for i, c := range cases {
		if int(c.st) != i {
			t.Fatalf("case %d is stage %d", i, c.st)
		}
		if st, _ := predicateStage(&coder.TracePredicate{Verb: "x", Outcome: "not coded: " + misleading, Stage: c.st}); st != c.pred {
			t.Errorf("%s: predicate counted %q, want %q", c.label, st, c.pred)
		}
		tr := &coder.Trace{
			Predicates: []*coder.TracePredicate{{Verb: "x", Outcome: "coded 010 by " + misleading, Stage: coder.StageCoded}},
			Notes:      []coder.TraceNote{{Text: misleading, Stage: c.st}},
		}
		if st, _, _ := census(tr); st != c.note {
			t.Errorf("%s: note counted %q, want %q", c.label, st, c.note)
		}
	}
}

func TestCensusScan(t *testing.T) {
	c := testcoder.Builtin(t)
	src := docs{
		{ID: "a", Date: "2012-03-01", Source: "KCNA", Text: "Russia and Japan wrangled endlessly over the islands. " +
			"Kim Jong Un sent a congratulatory message to the president of Laos."},
		{ID: "b", Date: "2012-03-01", Source: "KCNA", Text: "Cuba and Viet Nam quarrelled over nothing. " +
			"Peru did not criticize Chile."},
	}
	st, err := Scan(context.Background(), c, &src, Options{Examples: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if st.Multi != 4 || st.Silent != 3 {
		t.Fatalf("multi %d silent %d", st.Multi, st.Silent)
	}
	stages := map[string]int{}
	for _, sc := range st.StageCounts {
		stages[sc.Stage] = sc.Count
	}
	if stages[StageNoPredicate] != 2 || stages[StageFiltered] != 1 || len(st.StageCounts) != len(Stages) {
		t.Errorf("stages %+v", st.StageCounts)
	}
	var neg *Cause
	for _, c := range st.Causes {
		if c.Stage == StageFiltered {
			neg = c
		}
	}
	if neg == nil || neg.Why != "negated" || neg.Count != 1 || len(neg.Examples) != 1 ||
		neg.Examples[0] != "b#1: Peru did not criticize Chile." || len(neg.Forms) != 1 || !strings.HasPrefix(neg.Forms[0], "criticize") {
		t.Errorf("negation cause %+v", neg)
	}
	for _, c := range st.Causes {
		if len(c.Examples) > 1 {
			t.Errorf("%s: %d examples, want at most 1", c.Why, len(c.Examples))
		}
	}
}

// The sample of examples is deterministic: the same sentences whatever the
// order in which the documents come.
func TestCensusSampleDeterministic(t *testing.T) {
	var a, b Stats
	rs := []sentenceResult{}
	for _, ref := range []string{"d1#0", "d2#3", "d3#1", "d4#0", "d5#2"} {
		rs = append(rs, sentenceResult{stage: StageNoSource, why: "no source actor", ref: ref, full: "text " + ref})
	}
	for i := range rs {
		a.addCause(&rs[i], 2)
		b.addCause(&rs[len(rs)-1-i], 2)
	}
	a.finishCensus()
	b.finishCensus()
	if len(a.Causes) != 1 || a.Causes[0].Count != 5 || strings.Join(a.Causes[0].Examples, "|") != strings.Join(b.Causes[0].Examples, "|") || len(a.Causes[0].Examples) != 2 {
		t.Errorf("samples differ: %q %q", a.Causes[0].Examples, b.Causes[0].Examples)
	}
}
