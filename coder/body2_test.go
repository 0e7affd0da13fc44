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
//
// Measured 2026-12-06 (eval.Match: root + source country + target country),
// before and after the body2 work (kcnaforms.go, 48-kcna-body2-actors.txt,
// 65-kcna-body2.txt); the check half was scored for totals only:
//
//	tune half (81 items, 13 events)   before P 0.500 R 0.231 F1 0.316   after P 0.750 R 0.462 F1 0.571
//	check half (99 items, 21 events)  before P 0.765 R 0.619 F1 0.684   after P 0.778 R 0.667 F1 0.718
func init() {
	floors["body2-tune"] = floor{P: 0.77, R: 0.53, F1: 0.63}
	floors["body2-check"] = floor{P: 0.77, R: 0.66, F1: 0.71}
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
