package parser

import (
	"os"
	"runtime"
	"strconv"
	"testing"

	"github.com/demarche-project/demarche/internal/shared"
	"github.com/demarche-project/demarche/nlp"
)

// BenchmarkParseKCNA tags, lemmatises and parses the sentences of KCNA's
// 2011 stories on one goroutine, split and tokenised as the coder does
// (outside the timed loop). It reports sentences/s.
func BenchmarkParseKCNA(b *testing.B) {
	docs := shared.Stories(b, "corpora/kcna/kcna-2011.jsonl.gz")
	var sents [][]string
	for _, d := range docs {
		text, _ := d.Body()
		for _, seg := range nlp.Split(text) {
			w := make([]string, len(seg.Tokens))
			for i, t := range seg.Tokens {
				w[i] = t.Text
			}
			sents = append(sents, w)
		}
		if len(sents) >= 20000 {
			break
		}
	}
	m, err := envModel(b)
	if err != nil {
		b.Fatal(err)
	}
	p := m.NewParser()
	if k := os.Getenv("PARSER_BRANCHES"); k != "" {
		// PARSER_BRANCHES=0: greedy, for interleaved runs against the default
		n, err := strconv.Atoi(k)
		if err != nil {
			b.Fatalf("PARSER_BRANCHES=%q: not a number", k)
		}
		p.SetBranches(n)
	}
	if k := os.Getenv("PARSER_BEAM"); k != "" {
		n, err := strconv.Atoi(k)
		if err != nil {
			b.Fatalf("PARSER_BEAM=%q: not a number", k)
		}
		if err := p.SetBeam(n); err != nil {
			b.Fatal(err)
		}
	}
	var out []Token
	words := 0
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.ResetTimer()
	cpu0 := threadCPU()
	for i := 0; i < b.N; i++ {
		s := sents[i%len(sents)]
		out = p.Parse(s, out[:0])
		words += len(s)
	}
	cpu := threadCPU() - cpu0
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
	if cpu > 0 {
		// the same per second of CPU time of the benchmark's thread: the
		// speed of one core even when the machine is busy
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "sentences/cpu-s")
	}
	b.ReportMetric(float64(words)/float64(b.N), "words/sentence")
}

// envModel returns the model of the file PARSER_MODEL, for comparisons,
// or the built-in one.
func envModel(tb testing.TB) (*Model, error) {
	f := os.Getenv("PARSER_MODEL")
	if f == "" {
		return English()
	}
	raw, err := os.ReadFile(f)
	if err != nil {
		tb.Fatal(err)
	}
	return ReadBytes(raw)
}
