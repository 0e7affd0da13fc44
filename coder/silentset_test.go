package coder

import (
	"os"
	"testing"
)

// The blind sample of silent KCNA inner sentences (see testdata/README.md,
// section "kcna-silent-tune.jsonl, kcna-silent-check.jsonl"): 150 sentences
// from inside 2012 stories that name actors of two countries and that the
// coder, coded alone, left without an event when they were drawn; split by
// the parity of crc32(id). The tune half may be read item by item; the
// check half is only scored. Their floors live here, not in the floors
// table of eval_test.go.
func init() {
	floors["silent-tune"] = floor{P: 0, R: 0, F1: 0}
	floors["silent-check"] = floor{P: 0, R: 0, F1: 0}
}

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
}
