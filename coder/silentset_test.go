package coder

import (
	"os"
	"testing"
)

// The blind sample of silent KCNA inner sentences (see testdata/README.md,
// section "kcna-silent-tune.jsonl, kcna-silent-check.jsonl"): 150 sentences
// from inside 2012 stories that name actors of two countries and that the
// coder, coding each alone, left without an event when they were drawn;
// split by the parity of crc32(id). The tune half may be read item by
// item; the check half is only scored. Their floors live here, not in the
// floors table of eval_test.go.
//
// Measured 2026-12-07 (eval.Match: root + source country + target
// country), before and after the silent work (passiveagents.go,
// quotedspeakers.go, 87-kcna-inner-silent.txt); the check half was scored
// for totals only:
//
//	tune half (69 items, 20 events)   before P -     R 0.000 F1 0.000   after P 0.857 R 0.300 F1 0.444
//	check half (81 items, 25 events)  before P -     R 0.000 F1 0.000   after P -     R 0.000 F1 0.000
//
// By construction the coder gave nothing on any item when they were drawn
// (precision undefined, shown as 0). The check half's floor is therefore
// a precision guard: its 67 items without an event must stay (nearly)
// without one, checkSilentInvented below.
func init() {
	floors["silent-tune"] = floor{P: 0.88, R: 0.39, F1: 0.55}
	floors["silent-check"] = floor{P: 0.00, R: 0.11, F1: 0.21} // precision: maxSilentCheckInvented
}

// maxSilentCheckInvented bounds the events the coder may invent on the
// check half (it invents none today).
const maxSilentCheckInvented = 2

// TestSilentTune scores the tune half and fails below its floor.
// DEMARCHE_TUNE_VERBOSE=1 prints every miss.
func TestSilentTune(t *testing.T) {
	rep := scoreFile(t, "testdata/kcna-silent-tune.jsonl")
	logReport(t, "silent KCNA inner sentences, tune half", rep, os.Getenv("DEMARCHE_TUNE_VERBOSE") != "")
	checkFloor(t, "silent-tune", rep)
}

// TestSilentCheck scores the check half: aggregate figures only, it is not
// for tuning.
func TestSilentCheck(t *testing.T) {
	rep := scoreFile(t, "testdata/kcna-silent-check.jsonl")
	checkFloor(t, "silent-check", rep)
	if rep.Overall.FP > maxSilentCheckInvented {
		t.Errorf("silent-check: %d events invented (at most %d)", rep.Overall.FP, maxSilentCheckInvented)
	}
}
