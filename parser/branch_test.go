package parser

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/demarche-project/demarche/internal/shared"
)

// TestBranchDev scores the dev treebank with the built-in model for each
// setting of selectional branching in PARSER_BRANCH ("k/margin/temp ..."),
// with the time each took. It skips without the variable.
func TestBranchDev(t *testing.T) {
	env := os.Getenv("PARSER_BRANCH")
	if env == "" {
		t.Skip(`set PARSER_BRANCH="0/0/0 2/300/0 ..." (k/margin/temperature) to measure selectional branching on dev`)
	}
	sents, err := ReadCoNLLUFile(shared.File(t, "ud/en_ewt-ud-dev.conllu.gz"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := English()
	if err != nil {
		t.Fatal(err)
	}
	for _, set := range strings.Fields(env) {
		f := strings.Split(set, "/")
		slack := 0.0
		if len(f) == 4 {
			slack, _ = strconv.ParseFloat(f[3], 32)
			f = f[:3]
		}
		if len(f) != 3 {
			t.Fatalf("%q: want k/margin/temperature", set)
		}
		k, err1 := strconv.Atoi(f[0])
		mg, err2 := strconv.ParseFloat(f[1], 32)
		tp, err3 := strconv.ParseFloat(f[2], 32)
		if err1 != nil || err2 != nil || err3 != nil {
			t.Fatalf("%q: want k/margin/temperature", set)
		}
		p := m.NewParser()
		p.b.br = branching{}
		p.b.br.k, p.b.br.margin, p.b.br.temp, p.b.br.slack = k, float32(mg), float32(tp), float32(slack)
		var sc Score
		start := time.Now()
		for i := range sents {
			pred := Sentence{Tokens: make([]Token, len(sents[i].Tokens))}
			copy(pred.Tokens, sents[i].Tokens)
			p.Annotate(&pred)
			if err := sc.Add(&pred, &sents[i]); err != nil {
				t.Fatal(err)
			}
		}
		_, uas, las := sc.Ratios()
		br := &p.b.br
		t.Logf("%-14s UAS %.4f LAS %.4f  %s, scored steps +%.1f%%", set, uas, las, time.Since(start).Round(time.Millisecond),
			100*float64(br.altSteps)/float64(max(1, br.greedySteps)))
	}
}
