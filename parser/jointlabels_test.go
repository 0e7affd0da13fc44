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
func tinyJoint(t *testing.T, k int) (*Model, []Sentence, []byte) {
	t.Helper()
	sents, err := ReadCoNLLUFile(filepath.Join("testdata", "tiny.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := Train(sents, nil, TrainOptions{TagEpochs: 8, ParseEpochs: 8, Folds: 1, MinUpdates: 1, TagPrune: 0.5, Beam: k, JointLabels: true})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return m, sents, buf.Bytes()
}

// TestTrainTinyJoint trains the moves and the relations together for a
// beam on the toy treebank and parses it back: every head and relation
// must come back, the model must keep its joint relations through writing
// and reading, and training twice must give the same bytes. A model
// without a beam cannot have them.
func TestTrainTinyJoint(t *testing.T) {
	m, sents, raw := tinyJoint(t, 4)
	if !m.JointLabels() || m.Beam() != 4 {
		t.Fatalf("joint %v beam %d, want true and 4", m.JointLabels(), m.Beam())
	}
	m2, err := ReadBytes(raw)
	if err != nil {
		t.Fatal(err)
	}
	if !m2.JointLabels() || m2.Beam() != 4 || !m2.NewParser().b.bm.joint {
		t.Fatalf("read back: joint %v beam %d, want true and 4", m2.JointLabels(), m2.Beam())
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
	_, _, raw2 := tinyJoint(t, 4)
	if !bytes.Equal(raw, raw2) {
		t.Error("training twice gave two different models")
	}
	// a plain beam model is not joint
	plain, _, _ := tinyBeam(t, 4)
	if plain.JointLabels() || plain.NewParser().b.bm.joint {
		t.Error("a beam model without joint relations reads as joint")
	}
	if _, err := Train(sents, nil, TrainOptions{JointLabels: true}); err == nil || !strings.Contains(err.Error(), "need a beam") {
		t.Errorf("Train with joint relations and no beam: %v", err)
	}
	// the joint section after a greedy model is refused
	if _, err := ReadBytes(rewriteTail(t, bytes.Clone(raw), []byte{3})); err == nil || !strings.Contains(err.Error(), "without a beam") {
		t.Errorf("a greedy model with joint relations read: %v", err)
	}
}

// TestJointBeam parses the golden sentences with the tiny joint model: the
// relations remembered (with their scores) must give the trees of the
// relations chosen anew, every beam must give a tree, and a joint beam must
// rank sequences by their moves' and relations' scores together (the best
// sequence's score is its moves' plus its relations').
func TestJointBeam(t *testing.T) {
	m, _, _ := tinyJoint(t, 4)
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
	st.reset(p.ws, p.xs, p.us, len(p.xs))
	var b scratch
	b.scores = make([]float32, max(nMoves, len(m.labels)))
	b.memo.reset(st.n)
	b.bm.k, b.bm.joint = bm.k, true
	b.bm.start(&st, bm.k)
	b.bm.labels.reset()
	lscale := m.arcs.scale / m.moves.scale
	var scores [nMoves]float32
	score := func(s *state, sc []float32) { s.moveScores(m.moves, &b, sc) }
	label := func(s *state, mv int) (uint8, float32) {
		h, d := s.arcOf(mv)
		var l uint8
		var v float32
		b.fs, l, v = chooseLabelScore(s, m.arcs, h, d, len(m.labels), m.root, b.fs, b.scores)
		return l, v * lscale
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
			l, v := label(&st, mv)
			if l != s.l {
				t.Fatalf("relation %d replayed, %d in the beam", l, s.l)
			}
			total += float64(v)
		}
		st.apply(mv, s.l)
	}
	return total
}
