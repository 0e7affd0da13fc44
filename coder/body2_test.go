package coder

import (
	"os"
	"testing"
)

// The second blind sample of KCNA inner sentences and headlines (see
// testdata/README.md, section "kcna-body2-tune.jsonl,
// kcna-body2-check.jsonl"): 100 sentences from inside 2011–2012 stories and
// 80 headlines of 1997–2014, split by the parity of crc32(id). The tune half
// may be read item by item; the check half is only scored. Their floors
// live here, not in the floors table of eval_test.go.
func init() {
	floors["body2-tune"] = floor{P: 0, R: 0, F1: 0}
	floors["body2-check"] = floor{P: 0, R: 0, F1: 0}
}

// TestBody2Tune scores the tune half and fails below its floor.
// DEMARCHE_TUNE_VERBOSE=1 prints every miss.
func TestBody2Tune(t *testing.T) {
	rep := scoreFile(t, "testdata/kcna-body2-tune.jsonl")
	logReport(t, "body2 KCNA sample (inner sentences, headlines), tune half", rep, os.Getenv("DEMARCHE_TUNE_VERBOSE") != "")
	checkFloor(t, "body2-tune", rep)
}

// TestBody2Check scores the check half: aggregate figures only, it is not
// for tuning.
func TestBody2Check(t *testing.T) {
	rep := scoreFile(t, "testdata/kcna-body2-check.jsonl")
	checkFloor(t, "body2-check", rep)
}
