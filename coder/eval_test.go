package coder

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/dict"
	"github.com/demarche-project/demarche/eval"
	"github.com/demarche-project/demarche/internal/shared"
)

// floor is the least quality a gold set must keep: the figures measured
// when the floor was set, a hair under. Raise them as the coder improves.
type floor struct{ P, R, F1 float64 }

// floors is the one table of quality floors. The coder's quality tests fail
// when a set falls below its floor. Measured 2026-12-06, at the start of
// issue 11 (eval.Match: root + source country + target country):
//
//	dev (100 KCNA items)        P 0.894 R 0.720 F1 0.797
//	dev2 tune half (150 items)  P 0.543 R 0.347 F1 0.424
//	dev2 check half (116 items) P 0.783 R 0.346 F1 0.480 (aggregate only, read once)
//	held-out (200 KCNA items)   P 0.791 R 0.616 F1 0.693
//	tuning set (400 KCNA items) P 0.850 R 0.707 F1 0.772
//
// Raised after the recall work of issue 11 (2026-12-06, same match):
//
//	dev P 0.910 R 0.744 F1 0.819; dev2 tune P 0.797 R 0.653 F1 0.718;
//	dev2 check P 0.808 R 0.404 F1 0.538 (aggregate); held-out P 0.797
//	R 0.640 F1 0.710; tuning set P 0.850 R 0.736 F1 0.789
//
// Raised after the generality work of issue 11, round 3 (headline colons
// and passives, meetings and accords named before their verb, outlets'
// topics; measured on the project's own sentences, TestOwnSet):
//
//	dev P 0.940 R 0.768 F1 0.846; dev2 tune P 0.803 R 0.681 F1 0.737;
//	dev2 check P 0.808 R 0.404 F1 0.538 (aggregate, unchanged); held-out
//	P 0.803 R 0.663 F1 0.726; tuning set P 0.852 R 0.745 F1 0.795
//
// Raised after the second reading on the dependency parse (coder/tree.go):
//
//	dev P 0.940 R 0.768 F1 0.846 (unchanged); dev2 tune P 0.820 R 0.694
//	F1 0.752; tuning set P 0.852 R 0.750 F1 0.798; held-out P 0.806
//	R 0.674 F1 0.734 (aggregate); dev2 check P 0.793 R 0.442 F1 0.568
//	(aggregate: two more events found, one more invented; not tuned on)
//
// Raised after the KCNA conventions work of issue 11 (own annotations
// checked against the official gold's conventions, testdata/CONVENTIONS.md;
// 10 of 600 items corrected, so the two own sets are not comparable with
// the rows above):
//
//	dev P 0.955 R 0.780 F1 0.859; dev2 tune P 0.924 R 0.847 F1 0.884;
//	tuning set P 0.877 R 0.788 F1 0.830; not tuned on (totals read
//	midway and at the end): dev2 check P 0.840 R 0.404 F1 0.545, held-out
//	P 0.849 R 0.721 F1 0.780 (the coder before this work on the corrected
//	held-out set: P 0.803 R 0.663 F1 0.726)
//
// Raised after the work on sentences inside stories (coder/body.go,
// dict/data/57-kcna-body.txt): dev P 0.957 R 0.805 F1 0.874; dev2 tune
// P 0.943 R 0.917 F1 0.930 (its body items P 0.833 R 1.000, were 0.600
// 0.600); tuning set P 0.874 R 0.798 F1 0.834.
//
// After the merge of this stop's streams (the parse's second reading,
// conventions, government voice, actor and verb breadth, lists, sentences
// inside stories): dev P 0.957 R 0.817 F1 0.882; dev2 tune P 0.943 R 0.917
// F1 0.930; tuning set P 0.879 R 0.803 F1 0.839; aggregates (never read
// item by item): dev2 check P 0.862 R 0.481 F1 0.617, held-out P 0.851
// R 0.733 F1 0.787.
//
// After this stop's merge (the lead's readings of adjuncts, charges,
// drills, decorations and wishes from the official dev misses; the UN,
// fresh KCNA, wire and stance streams): dev P 0.986 R 0.890 F1 0.936;
// dev2 tune unchanged; tuning set P 0.876 R 0.812 F1 0.843; aggregates read
// once at the end: dev2 check unchanged (P 0.862 R 0.481 F1 0.617),
// held-out P 0.863 R 0.733 F1 0.792.
//
// After the merge of the seven streams of the next stop (second blind
// samples of KCNA leads, of sentences inside stories and headlines, of UN
// statements; the founding article's sentences; real wire; stance; the
// parser) and the lead's history window for news: dev and dev2 tune
// unchanged; tuning set P 0.878 R 0.832 F1 0.854; aggregates (never read
// item by item): dev2 check P 0.867 R 0.500 F1 0.634, held-out P 0.887
// R 0.733 F1 0.803.
var floors = map[string]floor{
	"dev":        {P: 0.98, R: 0.88, F1: 0.93},
	"dev2-tune":  {P: 0.94, R: 0.93, F1: 0.93},
	"dev2-check": {P: 0.89, R: 0.49, F1: 0.64},
	"heldout":    {P: 0.90, R: 0.76, F1: 0.82},
	"tune400":    {P: 0.91, R: 0.87, F1: 0.89},
}

// checkFloor fails t when rep falls below the floor of set, and logs the
// figures either way.
func checkFloor(t *testing.T, set string, rep *eval.Report) {
	t.Helper()
	fl, ok := floors[set]
	if !ok {
		t.Fatalf("no floor for %s", set)
	}
	p, r, f := rep.Overall.PRF()
	t.Logf("%s: precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d; floor P %.2f R %.2f F1 %.2f)",
		set, p, r, f, rep.Overall.TP, rep.Overall.FP, rep.Overall.FN, fl.P, fl.R, fl.F1)
	var causes strings.Builder
	for _, c := range eval.MissCauses {
		fmt.Fprintf(&causes, " %s %d", c, rep.ByCause[c])
	}
	t.Logf("%s: missed by cause:%s", set, causes.String())
	if p < fl.P || r < fl.R || f < fl.F1 {
		t.Errorf("%s fell below its floor: precision %.3f (floor %.2f), recall %.3f (floor %.2f), F1 %.3f (floor %.2f)",
			set, p, fl.P, r, fl.R, f, fl.F1)
	}
}

// loadGold reads a gold file of ../shared, or skips.
func loadGold(t testing.TB, rel string) []eval.Gold {
	t.Helper()
	items, err := eval.ReadGoldFile(shared.File(t, rel))
	if err != nil {
		t.Fatal(err)
	}
	return items
}

// scoreItems codes items with the built-in coder and scores them.
func scoreItems(t testing.TB, c *Coder, items []eval.Gold, name string) (*eval.Report, map[string][]demarche.Event) {
	t.Helper()
	coded, err := eval.Code(context.Background(), c, items, name)
	if err != nil {
		t.Fatal(err)
	}
	return eval.Evaluate(items, coded, 0), coded
}

// logReport logs the whole report (per root, per kind, per confidence band);
// with verbose it lists every miss too. Never call it with verbose on a
// set that must stay unread (the held-out set, the check half of dev2).
func logReport(t *testing.T, title string, rep *eval.Report, verbose bool) {
	var b strings.Builder
	n := 0
	if verbose {
		n = -1
	}
	if err := rep.WriteText(&b, title, n); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + b.String())
}

func builtinCoder(t testing.TB) *Coder {
	t.Helper()
	d, err := dict.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(d)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestDevSet scores the coder on the public development set, overall, per
// CAMEO root and per confidence band, and fails below its floor. Set
// DEMARCHE_TUNE_VERBOSE=1 to print every miss.
func TestDevSet(t *testing.T) {
	items := loadGold(t, "corpora/dev/kcna-dev-100.jsonl")
	rep, _ := scoreItems(t, builtinCoder(t), items, "kcna-dev-100.jsonl")
	logReport(t, "development set (100 KCNA items)", rep, os.Getenv("DEMARCHE_TUNE_VERBOSE") != "")
	checkFloor(t, "dev", rep)
}

// TestDev2Tune scores the tune half of the second development set (items
// whose id has an even CRC-32), which may be read item by item: set
// DEMARCHE_TUNE_VERBOSE=1 to print every miss.
func TestDev2Tune(t *testing.T) {
	items := eval.Select(loadGold(t, "corpora/dev2/kcna-dev2.jsonl"), eval.Tune, "")
	rep, _ := scoreItems(t, builtinCoder(t), items, "kcna-dev2.jsonl")
	logReport(t, "dev2, tune half", rep, os.Getenv("DEMARCHE_TUNE_VERBOSE") != "")
	checkFloor(t, "dev2-tune", rep)
}

// TestDev2Check scores the check half of the second development set. It is
// a held-out measure: only the aggregate is computed and logged, never an
// item, a root or a miss.
func TestDev2Check(t *testing.T) {
	items := eval.Select(loadGold(t, "corpora/dev2/kcna-dev2.jsonl"), eval.Check, "")
	rep, _ := scoreItems(t, builtinCoder(t), items, "kcna-dev2.jsonl")
	checkFloor(t, "dev2-check", rep)
}
