package parser

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/demarche-project/demarche/nlp"
)

// tinyJoint trains a beam model with joint relations on the toy treebank.
func tinyJoint(t *testing.T, k, alts int) (*Model, []Sentence, []byte) {
	t.Helper()
	return trainTiny(t, TrainOptions{TagEpochs: 8, ParseEpochs: 12, Folds: 1, MinUpdates: 1, TagPrune: 0.5, Beam: k, JointLabels: true, LabelAlts: alts}, false)
}

// TestTrainTinyJoint trains the moves and the relations together for a
// beam on the toy treebank and parses it back: every head and relation
// must come back, the model must keep its joint relations through writing
// and reading, and training twice must give the same bytes. A model
// without a beam cannot have them.
func TestTrainTinyJoint(t *testing.T) {
	for _, alts := range []int{1, 2} {
		testTrainTinyJoint(t, alts)
	}
	sents, err := ReadCoNLLUFile(filepath.Join("testdata", "tiny.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Train(sents, nil, TrainOptions{JointLabels: true}); err == nil || !strings.Contains(err.Error(), "need a beam") {
		t.Errorf("Train with joint relations and no beam: %v", err)
	}
	if _, err := Train(sents, nil, TrainOptions{Beam: 2, JointLabels: true, LabelAlts: 3}); err == nil || !strings.Contains(err.Error(), "want 1 or 2") {
		t.Errorf("Train with 3 relations an arc: %v", err)
	}
	// a plain beam model is not joint
	plain, _, _ := tinyBeam(t, 4)
	if plain.JointLabels() || plain.NewParser().b.bm.joint {
		t.Error("a beam model without joint relations reads as joint")
	}
}

func testTrainTinyJoint(t *testing.T, alts int) {
	m, sents, raw := tinyJoint(t, 4, alts)
	if !m.JointLabels() || m.Beam() != 4 || m.alts != alts {
		t.Fatalf("joint %v beam %d alts %d, want true, 4 and %d", m.JointLabels(), m.Beam(), m.alts, alts)
	}
	m2, err := ReadBytes(raw)
	if err != nil {
		t.Fatal(err)
	}
	if p := m2.NewParser(); !m2.JointLabels() || m2.Beam() != 4 || !p.b.bm.joint || p.b.bm.alts != alts {
		t.Fatalf("read back: joint %v beam %d alts %d, want true, 4 and %d", m2.JointLabels(), m2.Beam(), p.b.bm.alts, alts)
	}
	for _, model := range []*Model{m, m2} {
		sc, err := Evaluate(model, sents)
		if err != nil {
			t.Fatal(err)
		}
		if sc.UPOS != sc.Words || sc.UAS != sc.Words || sc.LASFull != sc.Words {
			t.Errorf("the toy treebank parsed back with errors: %v", sc)
		}
	}
	_, _, raw2 := tinyJoint(t, 4, alts)
	if !bytes.Equal(raw, raw2) {
		t.Errorf("alts %d: training twice gave two different models", alts)
	}
	// the joint section after a greedy model is refused, and a number of
	// relations an arc other than 2
	if _, err := ReadBytes(rewriteTail(t, bytes.Clone(raw), []byte{3})); err == nil || !strings.Contains(err.Error(), "without a beam") {
		t.Errorf("a greedy model with joint relations read: %v", err)
	}
	if _, err := ReadBytes(rewriteTail(t, bytes.Clone(raw), []byte{2, 4, 3, 7})); err == nil || !strings.Contains(err.Error(), "7 relations an arc") {
		t.Errorf("a model of 7 relations an arc read: %v", err)
	}
}

// TestLabelPick checks the two best relations against a sort, ties to the
// earlier relation.
func TestLabelPick(t *testing.T) {
	rng := uint64(7)
	for trial := 0; trial < 500; trial++ {
		n := 1 + trial%9
		vs := make([]float32, n)
		var lp labelPick
		for i := range vs {
			rng = rng*6364136223846793005 + 1442695040888963407
			vs[i] = float32(rng >> 62)
			lp.add(uint8(i), vs[i])
		}
		idx := make([]int, n)
		for i := range idx {
			idx[i] = i
		}
		slices.SortStableFunc(idx, func(a, b int) int {
			switch {
			case vs[a] > vs[b]:
				return -1
			case vs[a] < vs[b]:
				return 1
			}
			return 0
		})
		if int(lp.n) != min(n, 2) || lp.l[0] != uint8(idx[0]) || lp.s[0] != vs[idx[0]] || (n > 1 && (lp.l[1] != uint8(idx[1]) || lp.s[1] != vs[idx[1]])) {
			t.Fatalf("%v: %+v", vs, lp)
		}
	}
}

// TestJointBeam parses the golden sentences with the tiny joint model: the
// relations remembered (with their scores) must give the trees of the
// relations chosen anew, every beam must give a tree, and a joint beam must
// rank sequences by their moves' and relations' scores together (the best
// sequence's score is its moves' plus its relations').
func TestJointBeam(t *testing.T) {
	for _, alts := range []int{1, 2} {
		m, _, _ := tinyJoint(t, 4, alts)
		testJointBeam(t, m)
	}
}

func testJointBeam(t *testing.T, m *Model) {
	text, err := os.ReadFile(filepath.Join("testdata", "golden.txt"))
	if err != nil {
		t.Fatal(err)
	}
	p, noMemo := m.NewParser(), m.NewParser()
	p.SetBeam(8)
	noMemo.SetBeam(8)
	noMemo.b.bm.noMemo = true
	var a, b []Token
	for _, line := range strings.Split(strings.TrimSpace(string(text)), "\n") {
		for _, seg := range nlp.Split(line) {
			var words []string
			for _, tk := range seg.Tokens {
				words = append(words, tk.Text)
			}
			a, b = p.Parse(words, a[:0]), noMemo.Parse(words, b[:0])
			checkTree(t, a)
			if !slices.Equal(a, b) {
				t.Errorf("%q: joint beam with the relations remembered differs:\n%v\n%v", seg.Text(line), a, b)
			}
			// replay the best sequence: its moves' and relations' scores
			// add up to the score the beam kept
			bm := &p.b.bm
			got := bm.cur[0].score
			if want := replayScore(t, p); want != got {
				t.Errorf("%q: best sequence scored %v by the beam, %v replayed", seg.Text(line), got, want)
			}
		}
	}
}

// replayScore scores again, move by move, the best sequence of p's last
// beam parse: its move scores plus its relations' (in the moves' units).
func replayScore(t *testing.T, p *Parser) float64 {
	t.Helper()
	m, bm := p.m, &p.b.bm
	// the moves of the best sequence, from the beam's parents: parse again
	// with the history recorded
	var st state
	st.punctRule(m.upos, m.labels)
	st.fset = m.fset
	st.reset(p.ws, p.xs, p.us, len(p.xs))
	var b scratch
	b.scores = make([]float32, max(nMoves, len(m.labels)))
	b.memo.reset(st.n)
	b.bm.k, b.bm.joint, b.bm.alts = bm.k, true, bm.alts
	b.bm.start(&st, bm.k)
	b.bm.labels.reset()
	lscale := m.arcs.scale / m.moves.scale
	var scores [nMoves]float32
	score := func(s *state, sc []float32) { s.moveScores(m.moves, &b, sc) }
	label := func(s *state, mv int) labelPick {
		h, d := s.arcOf(mv)
		var lp labelPick
		b.fs, lp = chooseLabels(s, m.arcs, h, d, len(m.labels), m.root, b.fs, b.scores)
		lp.s[0] *= lscale
		lp.s[1] *= lscale
		return lp
	}
	for !b.bm.done() {
		b.bm.expand(b.bm.k, scores[:], score, label, -2, 0)
		b.bm.record()
	}
	path := b.bm.path(nil, len(b.bm.histAt), 0)
	st.restart()
	total := 0.0
	for _, s := range path {
		mv := int(int8(s.m))
		if mv < 0 {
			continue
		}
		if st.onlyMove() < 0 {
			st.moveScores(m.moves, &b, scores[:])
			total += float64(scores[mv])
		}
		if mv == mLeft || mv == mRight {
			lp := label(&st, mv)
			switch {
			case lp.l[0] == s.l:
				total += float64(lp.s[0])
			case bm.alts == 2 && lp.n == 2 && lp.l[1] == s.l:
				total += float64(lp.s[1])
			default:
				t.Fatalf("relation %d in the beam, %v replayed", s.l, lp)
			}
		}
		st.apply(mv, s.l)
	}
	return total
}
