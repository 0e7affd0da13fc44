package coder

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
	"github.com/demarche-project/demarche/dict"
	"github.com/demarche-project/demarche/internal/shared"
)

// devPath is the public development set: 100 KCNA items with expert events.
const devPath = "../../shared/corpora/dev/kcna-dev-100.jsonl"

type goldItem struct {
	ID     string `json:"id"`
	Date   string `json:"date"`
	Source string `json:"source"`
	Text   string `json:"text"`
	Events []struct {
		Source string `json:"source"`
		Target string `json:"target"`
		CAMEO  string `json:"cameo"`
	} `json:"events"`
}

// key is what the evaluation compares: root, source country, target country.
func key(root, src, tgt string) string {
	c := func(a string) string {
		if a == "" || a == demarche.NoActor || len(a) < 3 {
			return "---"
		}
		return a[:3]
	}
	return root + " " + c(src) + "→" + c(tgt)
}

func loadGold(t *testing.T, path string) []goldItem {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var items []goldItem
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var it goldItem
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			t.Fatal(err)
		}
		items = append(items, it)
	}
	return items
}

// score is precision and recall counts, overall and per root.
type score struct {
	tp, fp, fn int
	byRoot     map[string]*[3]int
}

func (s *score) add(root string, i int) {
	if s.byRoot == nil {
		s.byRoot = map[string]*[3]int{}
	}
	if s.byRoot[root] == nil {
		s.byRoot[root] = &[3]int{}
	}
	s.byRoot[root][i]++
	switch i {
	case 0:
		s.tp++
	case 1:
		s.fp++
	case 2:
		s.fn++
	}
}

func prf(tp, fp, fn int) (p, r, f float64) {
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// evaluate codes every item and compares with gold; verbose prints misses.
func evaluate(t *testing.T, c *Coder, items []goldItem, verbose bool) score {
	var sc score
	for _, it := range items {
		headline := strings.Contains(it.ID, "-h-")
		_, events, err := c.Explain(it.Text, it.Date, it.Source, headline)
		if err != nil {
			t.Fatalf("%s: %v", it.ID, err)
		}
		gold := map[string]int{}
		for _, e := range it.Events {
			gold[key(cameo.Root(e.CAMEO), e.Source, e.Target)]++
		}
		var got []string
		for _, e := range events {
			got = append(got, key(e.Root, e.Source, e.Target))
		}
		var misses []string
		for _, k := range got {
			root := k[:2]
			if gold[k] > 0 {
				gold[k]--
				sc.add(root, 0)
			} else {
				sc.add(root, 1)
				misses = append(misses, "  spurious "+k)
			}
		}
		for k, n := range gold {
			for ; n > 0; n-- {
				sc.add(k[:2], 2)
				misses = append(misses, "  missed   "+k)
			}
		}
		if verbose && len(misses) > 0 {
			sort.Strings(misses)
			fmt.Printf("%s  %s\n%s\n", it.ID, it.Text, strings.Join(misses, "\n"))
		}
	}
	return sc
}

func report(t *testing.T, name string, sc score) (p, r, f float64) {
	p, r, f = prf(sc.tp, sc.fp, sc.fn)
	var b strings.Builder
	fmt.Fprintf(&b, "%s: precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d)\n", name, p, r, f, sc.tp, sc.fp, sc.fn)
	roots := make([]string, 0, len(sc.byRoot))
	for k := range sc.byRoot {
		roots = append(roots, k)
	}
	sort.Strings(roots)
	fmt.Fprintf(&b, "  root  precision recall  F1     tp  fp  fn\n")
	for _, k := range roots {
		v := sc.byRoot[k]
		rp, rr, rf := prf(v[0], v[1], v[2])
		fmt.Fprintf(&b, "  %s    %.2f      %.2f    %.2f  %3d %3d %3d\n", k, rp, rr, rf, v[0], v[1], v[2])
	}
	t.Log("\n" + b.String())
	return
}

func builtinCoder(t testing.TB) *Coder {
	t.Helper()
	d, err := dict.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(d)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestDevSet prints precision, recall and F1 on the public development set,
// overall and per CAMEO root. Set DEMARCHE_DEV_VERBOSE=1 to print every miss.
func TestDevSet(t *testing.T) {
	items := loadGold(t, shared.File(t, "corpora/dev/kcna-dev-100.jsonl"))
	c := builtinCoder(t)
	sc := evaluate(t, c, items, os.Getenv("DEMARCHE_DEV_VERBOSE") != "")
	report(t, "development set (100 KCNA items)", sc)
}
