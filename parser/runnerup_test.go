package parser

import (
	"os"
	"testing"

	"github.com/demarche-project/demarche/internal/shared"
)

// TestRunnerUpDev tags the dev treebank with the built-in model's first
// tagging pass and reports, for several values of altMargin, how many
// words the tagger hesitated on (their runner-up within the margin), how
// many of those it got wrong, and how often the runner-up was right. It
// skips unless PARSER_RUNNERUP is set.
func TestRunnerUpDev(t *testing.T) {
	if os.Getenv("PARSER_RUNNERUP") == "" {
		t.Skip("set PARSER_RUNNERUP=1 to measure the tagger's hesitations on dev")
	}
	sents, err := ReadCoNLLUFile(shared.File(t, "ud/en_ewt-ud-dev.conllu.gz"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := English()
	if err != nil {
		t.Fatal(err)
	}
	ui := index(m.upos)
	defer func(old int32) { altMargin = old }(altMargin)
	for _, thr := range []int32{1000, 2000, 3000, 5000, 8000, 12000, 20000} {
		altMargin = thr
		p := m.NewParser()
		var n, wrong, flagged, flaggedWrong, altGold int
		for i := range sents {
			var words []string
			for _, tk := range sents[i].Tokens {
				words = append(words, tk.Form)
			}
			k := len(words)
			ws := analyseSentence(nil, words, m.dict)
			xs, us := make([]uint8, k), make([]uint8, k)
			tagSentence(m.fset, m.tags, ws, k, len(m.xpos), len(m.upos), xs, us, &p.b)
			for j := range k {
				n++
				g := ui[sents[i].Tokens[j].UPOS]
				w := int(us[j]) != g
				if w {
					wrong++
				}
				if p.b.ualt[j] != 0 {
					flagged++
					if w {
						flaggedWrong++
						if int(p.b.ualt[j])-1 == g {
							altGold++
						}
					}
				}
			}
		}
		t.Logf("margin %5d: %d words, %d wrong; flagged %d (%d wrong, runner-up right for %d)", thr, n, wrong, flagged, flaggedWrong, altGold)
	}
}
