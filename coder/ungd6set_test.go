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
func init() {
	floors["ungd6-tune"] = floor{P: 0, R: 0, F1: 0}
	floors["ungd6-check"] = floor{P: 0, R: 0, F1: 0}
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
