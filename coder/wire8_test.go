package coder

import (
	"testing"

	"github.com/demarche-project/demarche/eval"
)

// The eighth wire set (testdata/wire8.jsonl, see testdata/README.md): 203
// sentences in the form of international wire reports, written in our own
// words with their gold events before the coder ran on any of them, spread
// over the PLOVER types and over many countries and kinds of actor
// (governments, armies, rebels, police, courts, parties, NGOs, the UN and
// regional bodies), with non-event sentences mixed in. The tune half
// (crc32(id) even) may be read item by item (DEMARCHE_TUNE_VERBOSE=1 prints
// its misses); the check half is scored, totals only.
func init() {
	floors["wire8-tune"] = floor{P: 0.67, R: 0.58, F1: 0.62}
	floors["wire8-check"] = floor{P: 0.54, R: 0.47, F1: 0.50}
	floors["wire8-tune-plover"] = floor{P: 0.71, R: 0.63, F1: 0.66}
	floors["wire8-check-plover"] = floor{P: 0.58, R: 0.51, F1: 0.54}
}

// TestWire8Tune scores wire8's tune half by root + dyad and by PLOVER type
// + dyad, and fails below its floors; DEMARCHE_TUNE_VERBOSE=1 prints its
// misses.
func TestWire8Tune(t *testing.T) { scoreWireHalf(t, "wire8", eval.Tune) }

// TestWire8Check scores wire8's check half (totals only) and fails below
// its floors.
func TestWire8Check(t *testing.T) { scoreWireHalf(t, "wire8", eval.Check) }
