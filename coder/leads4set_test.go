package coder

import (
	"os"
	"testing"
)

// The fourth blind sample of KCNA story leads (see testdata/README.md,
// section "kcna-leads4-tune.jsonl, kcna-leads4-check.jsonl"): 140 first
// sentences of 2011–2012 stories drawn uniformly over stories, annotated
// blind and split by the parity of crc32(id). The tune half may be read item
// by item to improve the coder; the check half is only scored. Their floors
// live here, not in the floors table of eval_test.go.
func init() {
	floors["leads4-tune"] = floor{P: 0, R: 0, F1: 0}
	floors["leads4-check"] = floor{P: 0, R: 0, F1: 0}
}

// TestLeads4Tune scores the tune half of the fourth lead sample and fails
// below its floor. DEMARCHE_TUNE_VERBOSE=1 prints every miss.
func TestLeads4Tune(t *testing.T) {
	rep := scoreFile(t, "testdata/kcna-leads4-tune.jsonl")
	logReport(t, "fourth KCNA lead sample, tune half", rep, os.Getenv("DEMARCHE_TUNE_VERBOSE") != "")
	checkFloor(t, "leads4-tune", rep)
}

// TestLeads4Check scores the check half: aggregate figures only, it is not
// for tuning.
func TestLeads4Check(t *testing.T) {
	rep := scoreFile(t, "testdata/kcna-leads4-check.jsonl")
	checkFloor(t, "leads4-check", rep)
}
