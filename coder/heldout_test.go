package coder

import (
	"bufio"
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/demarche-project/demarche/internal/shared"
	"github.com/demarche-project/demarche/nlp"
)

// heldoutPath holds the project's own blind annotation of 200 KCNA items
// (ids and codes only; the text is looked up in ../shared by id).
const heldoutPath = "testdata/kcna-heldout-200.jsonl"

// corpusText returns the text of an item id: the Nth sentence (nlp.Split)
// of a story, or a headline's title.
func corpusText(t *testing.T, ids map[string]bool) map[string]string {
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
// annotated blind, which may be used to improve the coder). Set
// DEMARCHE_TUNE_VERBOSE=1 to print every miss.
func TestTuning(t *testing.T) {
	scoreFile(t, "testdata/kcna-tune-400.jsonl", "tuning set (400 KCNA items)", os.Getenv("DEMARCHE_TUNE_VERBOSE") != "", []string{"lead", "inner", "headline", "rich"})
}

// TestHeldOut scores the coder on the blind held-out annotation, overall,
// per root and per kind of item. It prints no item: the set measures, it is
// not for tuning.
func TestHeldOut(t *testing.T) {
	scoreFile(t, heldoutPath, "held-out set (200 KCNA items)", os.Getenv("DEMARCHE_HELDOUT_VERBOSE") != "", []string{"lead", "inner", "headline"})
}

// scoreFile evaluates one annotation file (ids and codes; the text is looked
// up in ../shared), overall, per root and per kind of item.
func scoreFile(t *testing.T, path, name string, verbose bool, kindList []string) {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var items []goldItem
	kinds := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var it struct {
			goldItem
			Kind string `json:"kind"`
		}
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			t.Fatal(err)
		}
		it.goldItem.Source = "KCNA"
		items = append(items, it.goldItem)
		kinds[it.ID] = it.Kind
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
	}
	c := builtinCoder(t)
	all := evaluate(t, c, items, verbose)
	report(t, name, all)
	for _, kind := range kindList {
		var sub []goldItem
		for _, it := range items {
			if kinds[it.ID] == kind {
				sub = append(sub, it)
			}
		}
		kp, kr, kf := prf3(evaluate(t, c, sub, false))
		t.Logf("  %-8s precision %.3f  recall %.3f  F1 %.3f", kind, kp, kr, kf)
	}
}

func prf3(s score) (float64, float64, float64) { return prf(s.tp, s.fp, s.fn) }
