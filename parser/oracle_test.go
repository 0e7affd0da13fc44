package parser

import (
	"testing"

	"github.com/demarche-project/demarche/internal/shared"
)

// TestOracle follows the dynamic oracle's zero-cost moves from the start,
// the first valid one in move order and the one beam training takes
// (goldMove): each must rebuild every projective(ised) gold tree of the dev
// treebank exactly.
func TestOracle(t *testing.T) {
	sents, err := ReadCoNLLUFile(shared.File(t, "ud/en_ewt-ud-dev.conllu.gz"))
	if err != nil {
		t.Fatal(err)
	}
	firstZeroCost := func(st *state, heads []int32) int {
		for m := range nMoves {
			if st.valid(m) && st.cost(m, heads) == 0 {
				return m
			}
		}
		return -1
	}
	gold := func(st *state, heads []int32) int { return st.goldMove(heads) }
	for name, next := range map[string]func(*state, []int32) int{"zero-cost": firstZeroCost, "goldMove": gold} {
		t.Run(name, func(t *testing.T) { rebuildTrees(t, sents, next) })
	}
}

// rebuildTrees parses every sentence with the moves next picks from the
// gold heads and checks that each move costs nothing and the tree is the
// gold one.
func rebuildTrees(t *testing.T, sents []Sentence, next func(*state, []int32) int) {
	var st state
	for i, s := range sents {
		heads := make([]int32, len(s.Tokens)+1)
		heads[0] = -1
		words := make([]string, len(s.Tokens))
		for j, tok := range s.Tokens {
			heads[j+1] = int32(tok.Head)
			words[j] = tok.Form
		}
		projectivize(heads)
		ws := analyseSentence(nil, words, nil)
		st.reset(ws, make([]uint8, len(words)), make([]uint8, len(words)), len(words))
		for !st.terminal() {
			m := next(&st, heads)
			if m < 0 || !st.valid(m) || st.cost(m, heads) != 0 {
				t.Fatalf("sentence %d: no zero-cost move (got %d)", i, m)
			}
			st.apply(m, 0)
		}
		for j := 1; j <= st.n; j++ {
			if st.head[j] != heads[j] {
				t.Fatalf("sentence %d word %d: head %d, gold %d", i, j, st.head[j], heads[j])
			}
		}
	}
}
