package coder

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/demarche-project/demarche/eval"
	"github.com/demarche-project/demarche/internal/shared"
	"github.com/demarche-project/demarche/nlp"
)

// heldoutPath holds the project's own blind annotation of 200 KCNA items
// (ids and codes only; the text is looked up in ../shared by id).
const heldoutPath = "testdata/kcna-heldout-200.jsonl"

// corpusText returns the text of an item id: the Nth sentence (nlp.Split)
// of a story, or a headline's title.
func corpusText(t testing.TB, ids map[string]bool) map[string]string {
	out := map[string]string{}
	want := map[string]map[int]string{} // story id → sentence index → item id
	for id := range ids {
		if strings.HasPrefix(id, "kcna-h-") {
			continue
		}
		i := strings.LastIndex(id, "-s")
		n, err := strconv.Atoi(id[i+2:])
		if err != nil {
			t.Fatalf("bad item id %q", id)
		}
		if want[id[:i]] == nil {
			want[id[:i]] = map[int]string{}
		}
		want[id[:i]][n] = id
	}
	for _, year := range []string{"kcna-2011.jsonl.gz", "kcna-2012.jsonl.gz"} {
		for _, d := range shared.Stories(t, "corpora/kcna/"+year) {
			if ws := want[d.ID]; ws != nil {
				segs := nlp.Split(d.Text)
				for n, id := range ws {
					if n < len(segs) {
						out[id] = segs[n].Text(d.Text)
					}
				}
			}
		}
	}
	for _, d := range shared.Stories(t, "corpora/kcna/kcna-headlines-1997-2014.jsonl.gz") {
		if ids[d.ID] {
			out[d.ID] = d.Title
		}
	}
	return out
}

// TestTuning scores the coder on the project's tuning set (400 KCNA items
// annotated blind, which may be used to improve the coder) and fails below
// its floor. Set DEMARCHE_TUNE_VERBOSE=1 to print every miss.
func TestTuning(t *testing.T) {
	rep := scoreFile(t, "testdata/kcna-tune-400.jsonl")
	logReport(t, "tuning set (400 KCNA items)", rep, os.Getenv("DEMARCHE_TUNE_VERBOSE") != "")
	checkFloor(t, "tune400", rep)
}

// TestHeldOut scores the coder on the blind held-out annotation, overall,
// per root and per kind of item, and fails below its floor. It prints no
// item: the set measures, it is not for tuning.
func TestHeldOut(t *testing.T) {
	rep := scoreFile(t, heldoutPath)
	logReport(t, "held-out set (200 KCNA items)", rep, false)
	checkFloor(t, "heldout", rep)
}

// readAnnotation reads an annotation file of testdata (ids and codes; the
// text is looked up in ../shared), with every item's text filled in.
func readAnnotation(t testing.TB, path string) []eval.Gold {
	items, err := eval.ReadGoldFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, it := range items {
		ids[it.ID] = true
	}
	texts := corpusText(t, ids)
	for i := range items {
		txt, ok := texts[items[i].ID]
		if !ok {
			t.Fatalf("item %s: text not found in ../shared", items[i].ID)
		}
		items[i].Text = txt
		items[i].Source = "KCNA"
	}
	return items
}

// scoreFile evaluates one annotation file of testdata.
func scoreFile(t *testing.T, path string) *eval.Report {
	items := readAnnotation(t, path)
	rep, _ := scoreItems(t, builtinCoder(t), items, path)
	return rep
}
