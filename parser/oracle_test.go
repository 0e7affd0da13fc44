package parser

import (
	"testing"

	"github.com/demarche-project/demarche/internal/shared"
)

// TestOracle follows the dynamic oracle's zero-cost moves from the start:
// it must rebuild every projective(ised) gold tree exactly.
func TestOracle(t *testing.T) {
	sents, err := ReadCoNLLUFile(shared.File(t, "ud/en_ewt-ud-dev.conllu.gz"))
	if err != nil {
		t.Fatal(err)
	}
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
			moved := false
			for m := range nMoves {
				if st.valid(m) && st.cost(m, heads) == 0 {
					st.apply(m, 0)
					moved = true
					break
				}
			}
			if !moved {
				t.Fatalf("sentence %d: no zero-cost move", i)
			}
		}
		for j := 1; j <= st.n; j++ {
			if st.head[j] != heads[j] {
				t.Fatalf("sentence %d word %d: head %d, gold %d", i, j, st.head[j], heads[j])
			}
		}
	}
}
