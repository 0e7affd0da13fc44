package coder

import (
	"testing"
)

// The seventh blind annotation of UN General Debate sentences (see
// testdata/README.md, "ungd7-tune.jsonl, ungd7-check.jsonl"): 120 sentences,
// one per statement and per speaking state (the states least used by the
// earlier sets first), drawn among sentences holding at least two
// event-like words, annotated with every asserted act, the secondary ones
// included. The tune half may be used to improve the coder; the check half
// is only scored.
func init() {
	floors["ungd7-tune"] = floor{}
	floors["ungd7-check"] = floor{}
}

// TestUNGD7Tune scores the coder on the tune half of the seventh UN General
// Debate annotation and fails below its floor. DEMARCHE_TUNE_VERBOSE=1
// prints every miss.
func TestUNGD7Tune(t *testing.T) {
	scoreUNGD(t, "testdata/ungd7-tune.jsonl", "ungd7-tune", "UN General Debate (seventh set, event-dense, secondary acts), tune half")
}

// TestUNGD7Check scores the check half: aggregate figures only, it is not
// for tuning.
func TestUNGD7Check(t *testing.T) {
	scoreUNGD(t, "testdata/ungd7-check.jsonl", "ungd7-check", "")
}
