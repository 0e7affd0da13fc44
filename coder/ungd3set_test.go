package coder

import (
	"testing"
)

// The third blind annotation of UN General Debate sentences (see
// testdata/README.md, "ungd3-tune.jsonl, ungd3-check.jsonl"): one sentence
// per speaking state, drawn like the first UNGD set (half first-person
// sentences with an event word, a quarter naming another actor, a quarter
// any sentence), from statements no other set uses. The tune half may be
// used to improve the coder; the check half is only scored.
//
// Measured 2026-12-06 (eval.Match: root + source country + target country),
// before and after the fourth pass on governments' own voice (issue 11:
// address.go, 49-ungd3-actors.txt, 66-ungd3.txt), check half totals only:
//
//	tune half (75 items, 42 events)   before P 0.771 R 0.643 F1 0.701   after P 0.882 R 0.714 F1 0.789
//	check half (85 items, 51 events)  before P 0.643 R 0.353 F1 0.456   after P 0.621 R 0.353 F1 0.450
func init() {
	floors["ungd3-tune"] = floor{P: 0.97, R: 0.83, F1: 0.89}
	floors["ungd3-check"] = floor{P: 0.74, R: 0.39, F1: 0.51}
}

// TestUNGD3Tune scores the coder on the tune half of the third UN General
// Debate annotation and fails below its floor. DEMARCHE_TUNE_VERBOSE=1
// prints every miss.
func TestUNGD3Tune(t *testing.T) {
	scoreUNGD(t, "testdata/ungd3-tune.jsonl", "ungd3-tune", "UN General Debate (third set), tune half")
}

// TestUNGD3Check scores the check half: aggregate figures only, it is not
// for tuning.
func TestUNGD3Check(t *testing.T) {
	scoreUNGD(t, "testdata/ungd3-check.jsonl", "ungd3-check", "")
}
