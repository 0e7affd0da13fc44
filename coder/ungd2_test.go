package coder

import (
	"os"
	"testing"
)

// The second blind annotation of UN General Debate sentences (see
// testdata/README.md, "ungd2-tune.jsonl, ungd2-check.jsonl"): a fresh draw,
// rich in event-bearing sentences, one per speaking state, from statements
// the first UNGD set did not use. The tune half may be used to improve the
// coder; the check half is only scored.
func init() {
	floors["ungd2-tune"] = floor{P: 0, R: 0, F1: 0}
	floors["ungd2-check"] = floor{P: 0, R: 0, F1: 0}
}

// TestUNGD2Tune scores the coder on the tune half of the second UN General
// Debate annotation and fails below its floor. DEMARCHE_TUNE_VERBOSE=1
// prints every miss.
func TestUNGD2Tune(t *testing.T) {
	const path = "testdata/ungd2-tune.jsonl"
	rep, _ := scoreItems(t, builtinCoder(t), ungdItems(t, path), path)
	logReport(t, "UN General Debate (second set), tune half", rep, os.Getenv("DEMARCHE_TUNE_VERBOSE") != "")
	checkFloor(t, "ungd2-tune", rep)
}

// TestUNGD2Check scores the check half: aggregate figures only, it is not
// for tuning.
func TestUNGD2Check(t *testing.T) {
	const path = "testdata/ungd2-check.jsonl"
	rep, _ := scoreItems(t, builtinCoder(t), ungdItems(t, path), path)
	checkFloor(t, "ungd2-check", rep)
}
