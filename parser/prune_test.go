package parser

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/demarche-project/demarche/internal/shared"
)

// TestPruneDev scores the dev treebank with the built-in model pruned at
// the levels of PARSER_PRUNE, comma-separated, each "t/m/a" or "t/m/a/s":
// the tagger's, moves' and relations' weights below t, m, a (in units of
// the 16-bit quantisation) are dropped, and with s the move weights are
// rounded to multiples of s within ±127·s (s = 256: 8-bit weights), e.g.
// "0/0/0,0/256/0,0/0/0/256". It skips without the variable.
func TestPruneDev(t *testing.T) {
	levels := os.Getenv("PARSER_PRUNE")
	if levels == "" {
		t.Skip("set PARSER_PRUNE to measure pruning levels on dev")
	}
	sents, err := ReadCoNLLUFile(shared.File(t, "ud/en_ewt-ud-dev.conllu.gz"))
	if err != nil {
		t.Fatal(err)
	}
	base, err := English()
	if err != nil {
		t.Fatal(err)
	}
	for _, lv := range strings.Split(levels, ",") {
		var q [3]int16
		step := 1
		for i, s := range strings.Split(lv, "/") {
			v, _ := strconv.Atoi(s)
			if i == 3 {
				step = v
				continue
			}
			q[i] = int16(v)
		}
		m := &Model{xpos: base.xpos, upos: base.upos, labels: base.labels, root: base.root,
			lem: base.lem, dict: base.dict,
			tags: base.tags.pruned(q[0], 1), moves: base.moves.pruned(q[1], step), arcs: base.arcs.pruned(q[2], 1)}
		sc, err := Evaluate(m, sents)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%v %d: keys %d/%d/%d slots %d/%d/%d entries %d/%d: %v", q, step,
			len(m.tags.keys), len(m.moves.keys), len(m.arcs.keys),
			len(m.tags.cs), len(m.moves.ms), len(m.arcs.cs),
			len(m.tags.out), len(m.arcs.out), sc)
	}
}

// pruned returns a copy of m without the weights whose quantised magnitude
// is below q (in units of the model's scale), and without the features
// left with no weight: a smaller table, which stays in the processor's
// caches, for a loss measured on dev (see TestPruneDev).
func (m *weights) pruned(q int16, step int) *weights {
	p := &weights{ncls: m.ncls, off: []uint32{0}}
	for r, k := range m.keys {
		n := 0
		for j := m.off[r]; j < m.off[r+1]; j++ {
			if v := m.quant(m.w[j]); v >= q || v <= -q {
				p.cls = append(p.cls, m.cls[j])
				if step > 1 {
					v = int16(max(-127, min(127, (int(v)+step/2*sign(int(v)))/step)) * step)
				}
				p.w = append(p.w, float32(v)*m.scale)
				n++
			}
		}
		if n > 0 {
			p.keys = append(p.keys, k)
			p.off = append(p.off, uint32(len(p.w)))
		}
	}
	p.buildTable()
	return p
}

func sign(x int) int {
	if x < 0 {
		return -1
	}
	return 1
}
