package coder

import (
	"os"
	"testing"
)

// The fresh blind KCNA sample of issue 11 (see testdata/README.md, section
// "kcna-fresh-tune.jsonl, kcna-fresh-check.jsonl"): 200 items drawn in the
// held-out set's proportions, split by the parity of crc32(id). The tune
// half may be read item by item to improve the coder; the check half is only
// scored. Their floors live here, not in the floors table of eval_test.go.
func init() {
	floors["fresh-tune"] = floor{P: 0, R: 0, F1: 0}
	floors["fresh-check"] = floor{P: 0, R: 0, F1: 0}
}

// TestFreshTune scores the tune half of the fresh sample and fails below its
// floor. DEMARCHE_TUNE_VERBOSE=1 prints every miss.
func TestFreshTune(t *testing.T) {
	rep := scoreFile(t, "testdata/kcna-fresh-tune.jsonl")
	logReport(t, "fresh KCNA sample, tune half", rep, os.Getenv("DEMARCHE_TUNE_VERBOSE") != "")
	checkFloor(t, "fresh-tune", rep)
}

// TestFreshCheck scores the check half: aggregate figures only, it is not
// for tuning.
func TestFreshCheck(t *testing.T) {
	rep := scoreFile(t, "testdata/kcna-fresh-check.jsonl")
	checkFloor(t, "fresh-check", rep)
}
