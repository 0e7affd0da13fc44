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
// with the time each took (PARSER_MODEL=FILE: another model than the
// built-in one). It skips without the variable.
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
	if f := os.Getenv("PARSER_MODEL"); f != "" {
		b, err2 := os.ReadFile(f)
		if err2 != nil {
			t.Fatal(err2)
		}
		m, err = ReadBytes(b)
	}
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

// TestBranching parses the golden sentences with selectional branching:
// every word gets a head and a relation, the trees have one root and no
// cycle, and the result does not depend on the sentences parsed before.
func TestBranching(t *testing.T) {
	text, err := os.ReadFile("testdata/golden.txt")
	if err != nil {
		t.Fatal(err)
	}
	m, err := English()
	if err != nil {
		t.Fatal(err)
	}
	p, q := m.NewParser(), m.NewParser()
	p.SetBranches(8)
	q.SetBranches(8)
	lines := strings.Split(strings.TrimSpace(string(text)), "\n")
	var all [][]Token
	for _, line := range lines {
		words := strings.Fields(line)
		toks := p.Parse(words, nil)
		all = append(all, toks)
		roots := 0
		for i, tk := range toks {
			if tk.Head < 0 || tk.Head > len(toks) || tk.Head == i+1 || tk.Deprel == "" {
				t.Fatalf("%q: word %d: head %d, relation %q", line, i+1, tk.Head, tk.Deprel)
			}
			if tk.Head == 0 {
				roots++
			}
			// no cycle: the heads lead to the root
			h, steps := tk.Head, 0
			for h != 0 && steps <= len(toks) {
				h, steps = toks[h-1].Head, steps+1
			}
			if h != 0 {
				t.Fatalf("%q: word %d is on a cycle", line, i+1)
			}
		}
		if roots != 1 {
			t.Errorf("%q: %d roots", line, roots)
		}
	}
	// the same parses in the other order, by another parser
	for i := len(lines) - 1; i >= 0; i-- {
		toks := q.Parse(strings.Fields(lines[i]), nil)
		for j := range toks {
			if toks[j] != all[i][j] {
				t.Fatalf("%q: word %d parsed %+v, then %+v", lines[i], j+1, all[i][j], toks[j])
			}
		}
	}
}
