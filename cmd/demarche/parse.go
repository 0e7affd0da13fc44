package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/demarche-project/demarche/ingest"
	"github.com/demarche-project/demarche/nlp"
	"github.com/demarche-project/demarche/parser"
	"github.com/demarche-project/demarche/source"
)

func runParse(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "parse", "[INPUT...]",
		"Prints the dependency parse of every sentence of the INPUTs (as for code;\ndefault: standard input) in CoNLL-U: lemma, UPOS, XPOS, head and relation,\nsplit and tokenised as the coder does. With --conllu, re-parses the gold\ntokens of a CoNLL-U file instead; --score then prints UPOS, XPOS, lemma, UAS\nand LAS against its gold annotation (every word counted, punctuation too).")
	var in inputFlags
	in.add(fs)
	conllu := fs.String("conllu", "", "re-parse the gold tokens of this CoNLL-U file (.gz allowed, - for standard input)")
	score := fs.Bool("score", false, "with --conllu: print the scores against the file's gold annotation instead of the trees")
	modelFile := fs.String("model", "", "model file written by trainparser (default: the built-in English model)")
	branches := fs.Int("branches", 0, "try up to N alternatives to the parser's greedy moves where it hesitated (selectional branching): more accurate, slower")
	beamW := fs.Int("beam", 0, "parse with a beam of N configurations (1 to 64; 0: greedily); unset: the width the model was trained with (greedy for the built-in model, 8 for --accurate)")
	accurate := fs.Bool("accurate", false, "use the built-in beam model: more accurate (EWT test UAS 0.874, LAS 0.843 against 0.854, 0.821), about a fifth of the speed")
	fast := fs.Bool("fast", false, "use the built-in fast model: about twice the speed, less accurate (EWT test UAS 0.842, LAS 0.808 against 0.854, 0.821)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if in.date == "" {
		in.date = time.Now().UTC().Format("2006-01-02") // parsing does not use it
	}
	if *score && *conllu == "" {
		return errors.New("--score needs --conllu FILE")
	}
	if *conllu != "" && fs.NArg() > 0 {
		return errors.New("--conllu reads one CoNLL-U file: give no other INPUT")
	}
	if n := btoi(*accurate) + btoi(*fast) + btoi(*modelFile != ""); n > 1 {
		return errors.New("--accurate, --fast and --model: give one of them")
	}
	m, err := loadParserModel(*modelFile, *accurate, *fast)
	if err != nil {
		return err
	}
	p := m.NewParser()
	if *branches < 0 || *branches > parser.MaxBranches {
		return fmt.Errorf("--branches %d: want 0 to %d", *branches, parser.MaxBranches)
	}
	p.SetBranches(*branches)
	beamSet := false
	fs.Visit(func(f *flag.Flag) { beamSet = beamSet || f.Name == "beam" })
	if beamSet && *beamW > 0 && *branches > 0 {
		return errors.New("--beam and --branches: give one of them")
	}
	if !beamSet && *branches > 0 {
		p.SetBeam(0) // branching is from a greedy parse, also with a beam model
	}
	if beamSet {
		if err := p.SetBeam(*beamW); err != nil {
			return fmt.Errorf("--beam %d: want 0 to %d", *beamW, parser.MaxBeam)
		}
	}
	bw := bufio.NewWriterSize(env.Stdout, 1<<16)
	defer bw.Flush()
	if *conllu != "" {
		return parseCoNLLU(env, bw, p, *conllu, *score)
	}
	names := fs.Args()
	if len(names) == 0 {
		names = []string{"-"}
	}
	names, err = source.Expand(names)
	if err != nil {
		return err
	}
	rd := ingest.NewReader(ctx, names, in.options(), in.strict,
		func(err error) { fmt.Fprintf(env.Stderr, "demarche parse: %v\n", err) })
	defer rd.Close()
	var words []string
	var toks []parser.Token
	for {
		doc, err := rd.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		text, _ := doc.Body()
		for i, seg := range nlp.Split(text) {
			words = words[:0]
			for _, t := range seg.Tokens {
				words = append(words, t.Text)
			}
			toks = p.Parse(words, toks[:0])
			s := parser.Sentence{Tokens: toks}
			if i == 0 {
				s.Comments = append(s.Comments, "newdoc id = "+oneLine(doc.ID))
			}
			s.Comments = append(s.Comments, "sent_id = "+oneLine(doc.ID)+"-"+strconv.Itoa(i+1),
				"text = "+oneLine(seg.Text(text)))
			parser.WriteCoNLLU(bw, &s)
		}
		if err := bw.Flush(); err != nil {
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if n := rd.Failed(); n > 0 {
		fmt.Fprintf(env.Stderr, "demarche parse: %d records failed\n", n)
		return exitError{1}
	}
	return nil
}

func parseCoNLLU(env *Env, bw *bufio.Writer, p *parser.Parser, name string, score bool) error {
	var sents []parser.Sentence
	var err error
	if name == "-" {
		sents, err = parser.ReadCoNLLU(env.Stdin, "stdin")
	} else {
		sents, err = parser.ReadCoNLLUFile(name)
	}
	if err != nil {
		return err
	}
	var sc parser.Score
	for i := range sents {
		gold := &sents[i]
		pred := parser.Sentence{Comments: gold.Comments, Extra: gold.Extra,
			Tokens: append([]parser.Token(nil), gold.Tokens...)}
		p.Annotate(&pred)
		if score {
			sc.Add(&pred, gold)
			continue
		}
		parser.WriteCoNLLU(bw, &pred)
	}
	if score {
		fmt.Fprintf(bw, "%s: %d sentences\n%v\n", name, len(sents), sc)
	}
	return bw.Flush()
}

// loadParserModel returns the model in file, else the built-in beam model
// when accurate, the built-in fast model when fast, else the built-in
// greedy model.
func loadParserModel(file string, accurate, fast bool) (*parser.Model, error) {
	switch {
	case file == "" && accurate:
		return parser.EnglishBeam()
	case file == "" && fast:
		return parser.EnglishFast()
	case file == "":
		return parser.English()
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, fmt.Errorf("--model: %w", err)
	}
	defer f.Close()
	m, err := parser.Read(bufio.NewReader(f))
	if err != nil {
		return nil, fmt.Errorf("--model %s: %w", file, err)
	}
	return m, nil
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
