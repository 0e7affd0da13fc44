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
func init() {
	floors["ungd3-tune"] = floor{P: 0, R: 0, F1: 0}
	floors["ungd3-check"] = floor{P: 0, R: 0, F1: 0}
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
