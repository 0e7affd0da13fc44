package parser

import (
	"bytes"
	"strings"
	"testing"
)

// tinyRelabel trains a model with a relabelling pass on the toy treebank.
func tinyRelabel(t *testing.T, beam int) (*Model, []Sentence, []byte) {
	t.Helper()
	return trainTiny(t, TrainOptions{TagEpochs: 8, ParseEpochs: 12, Folds: 1, MinUpdates: 1, TagPrune: 0.5, Relabel: true, Beam: beam, JointLabels: beam > 0}, true)
}

// TestTrainTinyRelabel trains a relabelling pass on the toy treebank,
// greedy and after a joint beam: the model keeps it through writing and
// reading, parses the treebank back without an error, and training twice
// gives the same bytes; a corrupt relabelling section is refused.
func TestTrainTinyRelabel(t *testing.T) {
	for _, beam := range []int{0, 4} {
		m, sents, raw := tinyRelabel(t, beam)
		if m.relab == nil {
			t.Fatalf("beam %d: no relabelling pass", beam)
		}
		m2, err := ReadBytes(raw)
		if err != nil {
			t.Fatal(err)
		}
		if m2.relab == nil || len(m2.relab.keys) != len(m.relab.keys) || m2.JointLabels() != (beam > 0) {
			t.Fatalf("beam %d: read back without its relabelling pass", beam)
		}
		for _, model := range []*Model{m, m2} {
			sc, err := Evaluate(model, sents)
			if err != nil {
				t.Fatal(err)
			}
			if sc.UPOS != sc.Words || sc.UAS != sc.Words || sc.LASFull != sc.Words {
				t.Errorf("beam %d: the toy treebank parsed back with errors: %v", beam, sc)
			}
		}
		_, _, raw2 := tinyRelabel(t, beam)
		if !bytes.Equal(raw, raw2) {
			t.Errorf("beam %d: training twice gave two different models", beam)
		}
		// a relabelling section of the wrong number of relations
		bad := m2
		bad.relab = m2.tags
		var buf bytes.Buffer
		if err := bad.Write(&buf); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadBytes(buf.Bytes()); err == nil || !strings.Contains(err.Error(), "relabelling of") {
			t.Errorf("beam %d: a relabelling pass of the tagger's classes read: %v", beam, err)
		}
	}
}

// TestTreeIndex checks the dependents listed for each word of a tree.
func TestTreeIndex(t *testing.T) {
	head := []int32{-1, 2, 0, 2, 5, 3, 5}
	var ti treeIndex
	ti.build(head, 6)
	want := map[int32][]int32{0: {2}, 1: nil, 2: {1, 3}, 3: {5}, 4: nil, 5: {4, 6}, 6: nil}
	for h, ks := range want {
		got := ti.kids[ti.at[h]:ti.at[h+1]]
		if len(got) != len(ks) {
			t.Fatalf("dependents of %d: %v, want %v", h, got, ks)
		}
		for i := range ks {
			if got[i] != ks[i] {
				t.Fatalf("dependents of %d: %v, want %v", h, got, ks)
			}
		}
	}
}
