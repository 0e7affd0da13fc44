package coder

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/demarche-project/demarche/eval"
	"github.com/demarche-project/demarche/internal/shared"
	"github.com/demarche-project/demarche/nlp"
)

// The sentences of the founding article (../shared/corpora/seed/), each
// coded alone as issue 11's held-out news sentences are: id, date and text,
// no publication and no document around it. The gold
// (testdata/seed-sentences.jsonl, ids and codes only, see testdata/README.md)
// was written blind; item seed-sN is segment N of nlp.Split of the whole
// file. The tune half (even crc32 of the id) may be read item by item; the
// check half is scored for totals only.
//
// Measured 2026-12-06 (eval.Match: root + source country + target country),
// before and after analysisprose.go and 68-analysis-prose.txt:
//
//	tune half (18 items, 16 events)   before P 0.833 R 0.312 F1 0.455   after P 0.846 R 0.688 F1 0.759
//	check half (16 items, 14 events)  before P 0.909 R 0.714 F1 0.800   after P 0.909 R 0.714 F1 0.800
//
// The lead's history window for news (30 years instead of 10,
// background.go) then gave the check half P 0.917 R 0.786 F1 0.846: the
// window was chosen with the guide and the helper's report that the check
// half dates facts 11 and 15 years old, so this half is no longer a clean
// check of that rule.
func init() {
	floors["seed-tune"] = floor{P: 0.84, R: 0.68, F1: 0.75}
	floors["seed-check"] = floor{P: 0.91, R: 0.78, F1: 0.84}
}

// seedSentences reads the gold and gives each item its sentence, or skips
// when ../shared is absent.
func seedSentences(t testing.TB, half string) []eval.Gold {
	t.Helper()
	b, err := os.ReadFile(shared.File(t, "corpora/seed/nk-russia-official-pronouncements.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	segs := nlp.Split(text)
	items, err := eval.ReadGoldFile("testdata/seed-sentences.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for i := range items {
		var n int
		if _, err := fmt.Sscanf(strings.TrimPrefix(items[i].ID, "seed-s"), "%d", &n); err != nil || n < 0 || n >= len(segs) {
			t.Fatalf("item %s: no such sentence in the article (%d sentences)", items[i].ID, len(segs))
		}
		items[i].Text = segs[n].Text(text)
	}
	return eval.Select(items, half, "")
}

// TestSeedSentencesTune scores the tune half and fails below its floor.
// DEMARCHE_TUNE_VERBOSE=1 prints every miss.
func TestSeedSentencesTune(t *testing.T) {
	rep, _ := scoreItems(t, builtinCoder(t), seedSentences(t, eval.Tune), "seed-sentences.jsonl")
	logReport(t, "seed article sentences, tune half", rep, os.Getenv("DEMARCHE_TUNE_VERBOSE") != "")
	checkFloor(t, "seed-tune", rep)
}

// TestSeedSentencesCheck scores the check half: totals only.
func TestSeedSentencesCheck(t *testing.T) {
	rep, _ := scoreItems(t, builtinCoder(t), seedSentences(t, eval.Check), "seed-sentences.jsonl")
	checkFloor(t, "seed-check", rep)
}
