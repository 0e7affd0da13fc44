package parser

import (
	"os"
	"testing"

	"github.com/demarche-project/demarche/internal/shared"
)

// TestAblateDev scores the dev treebank with the built-in model (or the
// model file PARSER_MODEL) once per tagger template (PARSER_ABLATE=tags),
// move template (PARSER_ABLATE=moves) or relation template
// (PARSER_ABLATE=labels), that template's features left out: the loss
// without retraining, an upper bound of what the template is worth. It
// skips without the variable.
func TestAblateDev(t *testing.T) {
	what := os.Getenv("PARSER_ABLATE")
	if what == "" {
		t.Skip("set PARSER_ABLATE=tags, moves or labels to measure the templates on dev")
	}
	sents, err := ReadCoNLLUFile(shared.File(t, "ud/en_ewt-ud-dev.conllu.gz"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := envModel(t)
	if err != nil {
		t.Fatal(err)
	}
	p := m.NewParser()
	// the dev words analysed and tagged once
	type tagged struct {
		ws     []wordInfo
		xs, us []uint8
		gold   []Token
	}
	var dev []tagged
	for i := range sents {
		var words []string
		for _, tk := range sents[i].Tokens {
			words = append(words, tk.Form)
		}
		n := len(words)
		if n == 0 {
			continue
		}
		tg := tagged{ws: analyseSentence(nil, words, m.dict), xs: make([]uint8, n), us: make([]uint8, n), gold: sents[i].Tokens}
		tagSentence(m.fset, m.tags, tg.ws, n, len(m.xpos), len(m.upos), tg.xs, tg.us, &p.b)
		dev = append(dev, tg)
	}
	var st state
	st.punctRule(m.upos, m.labels)
	st.fset = m.fset
	st.reset(dev[0].ws, dev[0].xs, dev[0].us, len(dev[0].xs))
	nmove := len(st.features(nil))
	nlab := len(st.labelFeatures(nil, 0, 0))
	score := func(dropMove, dropLab int) (uas, las float64) {
		var fs []uint32
		scores := make([]float32, max(nMoves, len(m.labels)))
		label := func(h, d int32) uint8 {
			if h == 0 {
				return m.root
			}
			if st.punct && st.u[d] == st.punctU {
				return st.punctL
			}
			fs = st.labelFeatures(fs[:0], h, d)
			if dropLab >= 0 {
				fs[dropLab] = 0
			}
			m.arcs.score(fs, scores)
			best := -1
			for l := range m.labels {
				if l != int(m.root) && (best < 0 || scores[l] > scores[best]) {
					best = l
				}
			}
			return uint8(best)
		}
		var ok, okl, n int
		for _, tg := range dev {
			st.reset(tg.ws, tg.xs, tg.us, len(tg.xs))
			for !st.terminal() {
				fs = st.features(fs[:0])
				if dropMove >= 0 {
					fs[dropMove] = 0
				}
				m.moves.score(fs, scores)
				best := -1
				for mv := 0; mv < nMoves; mv++ {
					if st.valid(mv) && (best < 0 || scores[mv] > scores[best]) {
						best = mv
					}
				}
				var l uint8
				switch best {
				case mLeft:
					l = label(st.b, st.s0())
				case mRight:
					l = label(st.s0(), st.b)
				}
				st.apply(best, l)
			}
			st.attachLeftovers(m.root, label)
			for j, g := range tg.gold {
				n++
				if int(st.head[j+1]) == g.Head {
					ok++
					if universal(m.labels[st.lab[j+1]]) == universal(g.Deprel) {
						okl++
					}
				}
			}
		}
		return ratio(ok, n), ratio(okl, n)
	}
	u0, l0 := score(-1, -1)
	t.Logf("all templates: UAS %.4f LAS %.4f", u0, l0)
	switch what {
	case "tags":
		// the tagger's templates, each left out while tagging dev greedily
		ntag := len(tagFeatures(m.fset, nil, dev[0].ws, 0, 0, 0, 0))
		nx, nu := len(m.xpos), len(m.upos)
		xi, ui := index(m.xpos), index(m.upos)
		tagAcc := func(drop int) (upos, xpos float64) {
			var fs []uint32
			scores := make([]float32, nx+nu)
			var okx, oku, n int
			for _, tg := range dev {
				var x1, x2, u1 uint64
				for i, g := range tg.gold {
					bx, bu := 0, 0
					if a := tg.ws[i+pad].sure; a&sureBit != 0 {
						bx, bu = int(a>>8&0xff), int(a&0xff)
					} else {
						fs = tagFeatures(m.fset, fs[:0], tg.ws, i, x1, x2, u1)
						if drop >= 0 {
							fs[drop] = 0
						}
						m.tags.score(fs, scores)
						bx, bu = argmax(scores[:nx]), argmax(scores[nx:])
					}
					n++
					if x, ok := xi[g.XPOS]; ok && x == bx {
						okx++
					}
					if u, ok := ui[g.UPOS]; ok && u == bu {
						oku++
					}
					x2, x1, u1 = x1, uint64(bx)+1, uint64(bu)+1
				}
			}
			return ratio(oku, n), ratio(okx, n)
		}
		u0, x0 := tagAcc(-1)
		t.Logf("all tagger templates: UPOS %.4f XPOS %.4f", u0, x0)
		for i := range ntag {
			u, x := tagAcc(i)
			t.Logf("tagger feature %2d left out: UPOS %+.4f XPOS %+.4f", i, u-u0, x-x0)
		}
	case "moves":
		for i := range nmove {
			u, l := score(i, -1)
			t.Logf("move feature %2d left out: UAS %+.4f LAS %+.4f", i, u-u0, l-l0)
		}
	case "labels":
		for i := range nlab {
			u, l := score(-1, i)
			t.Logf("relation feature %2d left out: UAS %+.4f LAS %+.4f", i, u-u0, l-l0)
		}
	}
}
