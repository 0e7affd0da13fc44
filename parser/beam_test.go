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

// tinyBeam trains a beam model on the toy treebank.
func tinyBeam(t *testing.T, k int) (*Model, []Sentence, []byte) {
	t.Helper()
	return trainTiny(t, TrainOptions{TagEpochs: 8, ParseEpochs: 8, Folds: 1, MinUpdates: 1, TagPrune: 0.5, Beam: k}, false)
}

// trainTiny trains a model with o on the toy treebank (and chooses its
// passes on it too, with dev), and returns it, the treebank and the
// model's bytes.
func trainTiny(t *testing.T, o TrainOptions, dev bool) (*Model, []Sentence, []byte) {
	t.Helper()
	sents, err := ReadCoNLLUFile(filepath.Join("testdata", "tiny.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	var devSents []Sentence
	if dev {
		devSents = sents
	}
	m, err := Train(sents, devSents, o)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return m, sents, buf.Bytes()
}

// TestTrainTinyBeam trains a model globally with a beam on the toy
// treebank and parses it back with that beam: every head and relation must
// come back, the model must keep its beam width through writing and
// reading, and training twice must give the same bytes.
func TestTrainTinyBeam(t *testing.T) {
	m, sents, raw := tinyBeam(t, 4)
	if m.Beam() != 4 || m.NewParser().Beam() != 4 {
		t.Fatalf("beam %d, parser's %d, want 4", m.Beam(), m.NewParser().Beam())
	}
	m2, err := ReadBytes(raw)
	if err != nil {
		t.Fatal(err)
	}
	if m2.Beam() != 4 {
		t.Fatalf("read back: beam %d, want 4", m2.Beam())
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
	_, _, raw2 := tinyBeam(t, 4)
	if !bytes.Equal(raw, raw2) {
		t.Error("training twice gave two different models")
	}
	// a model is refused a beam wider than MaxBeam, and a corrupt width
	if _, err := Train(sents, nil, TrainOptions{Beam: MaxBeam + 1}); err == nil || !strings.Contains(err.Error(), "beam 65") {
		t.Errorf("Train with beam 65: %v", err)
	}
	bad := bytes.Clone(raw)
	if _, err := ReadBytes(rewriteTail(t, bad, []byte{2, MaxBeam + 1})); err == nil || !strings.Contains(err.Error(), "beam width") {
		t.Errorf("a model of beam 65 read: %v", err)
	}
}

// rewriteTail returns the gzipped model raw with its last two
// uncompressed bytes (the beam section's width) replaced by tail.
func rewriteTail(t *testing.T, raw, tail []byte) []byte {
	t.Helper()
	m, err := ReadBytes(raw)
	if err != nil {
		t.Fatal(err)
	}
	var plain bytes.Buffer
	m.beam, m.joint, m.alts = 0, false, 0
	if err := m.Write(&plain); err != nil {
		t.Fatal(err)
	}
	// decompress, append the section, compress again
	b := gunzip(t, plain.Bytes())
	return gzipped(t, append(b, tail...))
}

// TestSetBeam refuses widths outside 0 to MaxBeam.
func TestSetBeam(t *testing.T) {
	m, err := English()
	if err != nil {
		t.Fatal(err)
	}
	p := m.NewParser()
	for _, k := range []int{-1, MaxBeam + 1, 1 << 30} {
		if err := p.SetBeam(k); err == nil {
			t.Errorf("SetBeam(%d) accepted", k)
		}
	}
	if err := p.SetBeam(MaxBeam); err != nil || p.Beam() != MaxBeam {
		t.Errorf("SetBeam(%d): %v, beam %d", MaxBeam, err, p.Beam())
	}
}

// TestBeamOneIsGreedy parses the golden sentences with the built-in model
// and a tiny beam model, greedily and with a beam of 1: the trees must be
// the same (the beam breaks ties as the greedy parser does), and wider
// beams must still give trees.
func TestBeamOneIsGreedy(t *testing.T) {
	en, err := English()
	if err != nil {
		t.Fatal(err)
	}
	tiny, _, _ := tinyBeam(t, 4)
	text, err := os.ReadFile(filepath.Join("testdata", "golden.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []*Model{en, tiny} {
		greedy, one, wide := m.NewParser(), m.NewParser(), m.NewParser()
		greedy.SetBeam(0)
		one.SetBeam(1)
		wide.SetBeam(16)
		noMemo := m.NewParser()
		noMemo.SetBeam(16)
		noMemo.b.bm.noMemo = true
		var a, b, c, d []Token
		for _, line := range strings.Split(strings.TrimSpace(string(text)), "\n") {
			for _, seg := range nlp.Split(line) {
				var words []string
				for _, tk := range seg.Tokens {
					words = append(words, tk.Text)
				}
				a, b, c = greedy.Parse(words, a[:0]), one.Parse(words, b[:0]), wide.Parse(words, c[:0])
				if !slices.Equal(a, b) {
					t.Errorf("%q: beam 1 differs from greedy:\n%v\n%v", seg.Text(line), a, b)
				}
				checkTree(t, c)
				// the relations remembered are those chosen anew
				d = noMemo.Parse(words, d[:0])
				if !slices.Equal(c, d) {
					t.Errorf("%q: beam 16 with the relations remembered differs:\n%v\n%v", seg.Text(line), c, d)
				}
			}
		}
	}
}

// TestTopK checks the beam's selection against a full sort, ties included.
func TestTopK(t *testing.T) {
	rng := uint64(1)
	for trial := 0; trial < 2000; trial++ {
		n := 1 + trial%40
		cs := make([]beamCand, n)
		for i := range cs {
			rng = rng*6364136223846793005 + 1442695040888963407
			cs[i] = beamCand{score: float64(rng >> 61), item: int32(i / 4), m: int8(i % 4)}
		}
		want := slices.Clone(cs)
		slices.SortFunc(want, func(a, b beamCand) int {
			if a.before(&b) {
				return -1
			}
			if b.before(&a) {
				return 1
			}
			return 0
		})
		k := 1 + trial%17
		got := topK(cs, k)
		if got != min(k, n) || !slices.Equal(cs[:got], want[:got]) {
			t.Fatalf("n %d k %d: %v, want %v", n, k, cs[:got], want[:min(k, n)])
		}
	}
}
