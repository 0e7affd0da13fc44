package coder

import (
	"testing"
)

// The sixth blind annotation of UN General Debate sentences (see
// testdata/README.md, "ungd6-tune.jsonl, ungd6-check.jsonl"): 70 sentences,
// one per statement and per speaking state, drawn among sentences holding at
// least two event-like words, as dense in events as the evaluation's set is
// said to be. The tune half may be used to improve the coder; the check half
// is only scored.
//
// Measured 2026-12-07 (eval.Match: root + source country + target country),
// before and after the seventh pass on governments' own voice
// (84-ungd6.txt, joinedpartners.go, sanctionsfact.go), check half totals
// only:
//
//	tune half (39 items, 34 events)   before P 0.818 R 0.529 F1 0.643   after P 0.909 R 0.588 F1 0.714
//	check half (31 items, 24 events)  before P 0.688 R 0.458 F1 0.550   after P 0.688 R 0.458 F1 0.550
func init() {
	floors["ungd6-tune"] = floor{P: 0.91, R: 0.67, F1: 0.77}
	floors["ungd6-check"] = floor{P: 0.79, R: 0.49, F1: 0.61}
}

// TestUNGD6Tune scores the coder on the tune half of the sixth UN General
// Debate annotation and fails below its floor. DEMARCHE_TUNE_VERBOSE=1
// prints every miss.
func TestUNGD6Tune(t *testing.T) {
	scoreUNGD(t, "testdata/ungd6-tune.jsonl", "ungd6-tune", "UN General Debate (sixth set, event-dense), tune half")
}

// TestUNGD6Check scores the check half: aggregate figures only, it is not
// for tuning.
func TestUNGD6Check(t *testing.T) {
	scoreUNGD(t, "testdata/ungd6-check.jsonl", "ungd6-check", "")
}
