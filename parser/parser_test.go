package parser

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/demarche-project/demarche/nlp"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata")

// TestGolden parses the sentences of testdata/golden.txt with each
// built-in model, split and tokenised as the coder does, and compares the
// CoNLL-U with its golden file (go test -update rewrites them after a new
// model is trained; review the diff).
func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		name   string
		load   func() (*Model, error)
		golden string
	}{
		{"greedy", English, "golden.conllu"},
		{"beam", EnglishBeam, "golden-beam.conllu"},
		{"fast", EnglishFast, "golden-fast.conllu"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := tc.load()
			if err != nil {
				t.Fatal(err)
			}
			checkGolden(t, m, filepath.Join("testdata", tc.golden))
		})
	}
}

// checkGolden parses testdata/golden.txt with m and compares the CoNLL-U
// with the file golden.
func checkGolden(t *testing.T, m *Model, golden string) {
	text, err := os.ReadFile(filepath.Join("testdata", "golden.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	bw := bufio.NewWriter(&buf)
	p := m.NewParser()
	var words []string
	var toks []Token
	for i, line := range strings.Split(strings.TrimSpace(string(text)), "\n") {
		for _, seg := range nlp.Split(line) {
			words = words[:0]
			for _, tk := range seg.Tokens {
				words = append(words, tk.Text)
			}
			toks = p.Parse(words, toks[:0])
			s := Sentence{Comments: []string{"text = " + seg.Text(line)}, Tokens: toks}
			WriteCoNLLU(bw, &s)
			if len(toks) != len(words) {
				t.Fatalf("line %d: %d tokens for %d words", i+1, len(toks), len(words))
			}
			checkTree(t, toks)
		}
	}
	bw.Flush()
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != string(want) {
		t.Errorf("parses differ from %s (go test -update rewrites it):\n%s", golden, got)
	}
	// the model reads its own output back
	if _, err := ReadCoNLLU(bytes.NewReader(buf.Bytes()), golden); err != nil {
		t.Fatal(err)
	}
}

// checkTree fails unless toks form one tree: one root, no cycles.
func checkTree(t *testing.T, toks []Token) {
	t.Helper()
	roots := 0
	for i, tk := range toks {
		if tk.Head == 0 {
			roots++
			if tk.Deprel != "root" {
				t.Errorf("word %d hangs from the root as %s", i+1, tk.Deprel)
			}
		}
		if tk.Head < 0 || tk.Head > len(toks) || tk.Head == i+1 {
			t.Fatalf("word %d: head %d", i+1, tk.Head)
		}
		// climb to the root in at most len steps
		h, steps := tk.Head, 0
		for h != 0 && steps <= len(toks) {
			h = toks[h-1].Head
			steps++
		}
		if h != 0 {
			t.Fatalf("word %d is in a cycle", i+1)
		}
	}
	if roots != 1 {
		t.Errorf("%d roots", roots)
	}
}

// TestTrainTiny trains a model on a hand-made toy treebank and parses it
// back: a perceptron memorises five sentences, so every tag, head and
// relation must come back (with the tagger pruned at 0.5: the default 1
// is for a full treebank); the model must also survive writing and reading.
func TestTrainTiny(t *testing.T) {
	m, sents, raw := trainTiny(t, TrainOptions{TagEpochs: 8, ParseEpochs: 8, Folds: 1, MinUpdates: 1, TagPrune: 0.5}, false)
	m2, err := ReadBytes(raw)
	if err != nil {
		t.Fatal(err)
	}
	for _, model := range []*Model{m, m2} {
		sc, err := Evaluate(model, sents)
		if err != nil {
			t.Fatal(err)
		}
		if sc.UPOS != sc.Words || sc.XPOS != sc.Words || sc.UAS != sc.Words || sc.LASFull != sc.Words {
			t.Errorf("the toy treebank parsed back with errors: %v", sc)
		}
		if sc.Lemma < sc.Words*9/10 {
			t.Errorf("lemmas: %v", sc)
		}
	}
	// the same data and options give the same model, byte for byte
	if _, _, raw3 := trainTiny(t, TrainOptions{TagEpochs: 8, ParseEpochs: 8, Folds: 1, MinUpdates: 1, TagPrune: 0.5}, false); !bytes.Equal(raw, raw3) {
		t.Error("training twice gave two different models")
	}
}

func TestReadCoNLLUErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"1\ta\n", "t.conllu:1: 2 fields"},
		{"2\ta\ta\tX\tX\t_\t0\troot\t_\t_\n", `t.conllu:1: word id "2", want 1`},
		{"1\ta\ta\tX\tX\t_\t5\troot\t_\t_\n\n", "t.conllu:1: word 1: head 5 outside"},
		{"1\ta\ta\tX\tX\t_\tx\troot\t_\t_\n", `t.conllu:1: head "x"`},
		{"1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n# c\n", "t.conllu:2: comment inside a sentence"},
	} {
		_, err := ReadCoNLLU(strings.NewReader(tc.in), "t.conllu")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.in, err, tc.want)
		}
	}
}

// TestCoNLLURoundTrip reads and writes the toy treebank back unchanged
// (comments, multiword-token lines and all fields kept).
func TestCoNLLURoundTrip(t *testing.T) {
	in := "# sent_id = x\n# text = I can't go.\n1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tca\tcan\tAUX\tMD\t_\t4\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n"
	sents, err := ReadCoNLLU(strings.NewReader(in), "x")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	bw := bufio.NewWriter(&buf)
	for i := range sents {
		WriteCoNLLU(bw, &sents[i])
	}
	bw.Flush()
	if buf.String() != in {
		t.Errorf("round trip:\n%s\nwant\n%s", buf.String(), in)
	}
}

func FuzzReadCoNLLU(f *testing.F) {
	if b, err := os.ReadFile(filepath.Join("testdata", "tiny.conllu")); err == nil {
		f.Add(string(b))
	}
	f.Add("1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n\n1\tb\t_\t_\t_\t_\t1\tdep\t_\t_\n")
	f.Add("1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadCoNLLU(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		var buf bytes.Buffer
		bw := bufio.NewWriter(&buf)
		for i := range sents {
			s := &sents[i]
			for j, tk := range s.Tokens {
				if tk.Head < -1 || tk.Head > len(s.Tokens) {
					t.Fatalf("sentence %d word %d: head %d", i, j+1, tk.Head)
				}
			}
			WriteCoNLLU(bw, s)
		}
		bw.Flush()
		again, err := ReadCoNLLU(bytes.NewReader(buf.Bytes()), "again")
		if err != nil {
			t.Fatalf("written CoNLL-U does not read back: %v\n%s", err, buf.String())
		}
		if len(again) != len(sents) {
			t.Fatalf("%d sentences read back, want %d", len(again), len(sents))
		}
	})
}

// TestModelParsesAnything feeds the built-in model odd input: it must
// give one tree per sentence and never panic.
func TestModelParsesAnything(t *testing.T) {
	m, err := English()
	if err != nil {
		t.Fatal(err)
	}
	for _, words := range [][]string{
		{"."}, {"a"}, {"\"", "\""}, {"hello", "world"},
		strings.Fields(strings.Repeat("buffalo ", 300)),
		{"日本語", "テキスト", "—", "’s", "https://example.org/a?b=c", strings.Repeat("x", 5000)},
	} {
		toks := m.Parse(words, nil)
		if len(toks) != len(words) {
			t.Fatalf("%d tokens for %d words", len(toks), len(words))
		}
		checkTree(t, toks)
		// and with the widest beam
		p := m.NewParser()
		p.SetBeam(MaxBeam)
		toks = p.Parse(words, nil)
		if len(toks) != len(words) {
			t.Fatalf("beam %d: %d tokens for %d words", MaxBeam, len(toks), len(words))
		}
		checkTree(t, toks)
	}
	if toks := m.Parse(nil, nil); len(toks) != 0 {
		t.Errorf("empty sentence: %d tokens", len(toks))
	}
}

// TestConcurrent parses the golden sentences from several goroutines at
// once through Model.Parse: the results must be those of one Parser.
func TestConcurrent(t *testing.T) {
	m, err := English()
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(filepath.Join("testdata", "golden.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var sents [][]string
	for _, seg := range nlp.Split(string(text)) {
		var w []string
		for _, tk := range seg.Tokens {
			w = append(w, tk.Text)
		}
		sents = append(sents, w)
	}
	p := m.NewParser()
	want := make([][]Token, len(sents))
	for i, s := range sents {
		want[i] = p.Parse(s, nil)
	}
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		go func() {
			for r := 0; r < 20; r++ {
				for i, s := range sents {
					got := m.Parse(s, nil)
					for j := range got {
						if got[j] != want[i][j] {
							errs <- fmt.Sprintf("sentence %d word %d: %+v, want %+v", i, j, got[j], want[i][j])
							return
						}
					}
				}
			}
			errs <- ""
		}()
	}
	for g := 0; g < 8; g++ {
		if e := <-errs; e != "" {
			t.Error(e)
		}
	}
}

// BenchmarkLoad decodes the built-in model, as the first parse does.
func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := ReadBytes(english); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(english)), "model-bytes")
}

// rawModel returns m's bytes as the decoder reads them (ungzipped).
func rawModel(tb testing.TB, m *Model) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		tb.Fatal(err)
	}
	zr, err := gzip.NewReader(&buf)
	if err != nil {
		tb.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		tb.Fatal(err)
	}
	return raw
}

// FuzzDecodeModel feeds the model decoder damaged models: it must fail
// with an error, never panic, and a model it accepts must parse.
func FuzzDecodeModel(f *testing.F) {
	sents, err := ReadCoNLLUFile(filepath.Join("testdata", "tiny.conllu"))
	if err != nil {
		f.Fatal(err)
	}
	m, err := Train(sents, nil, TrainOptions{TagEpochs: 2, ParseEpochs: 2, Folds: 1, MinUpdates: 1})
	if err != nil {
		f.Fatal(err)
	}
	raw := rawModel(f, m)
	f.Add(raw)
	f.Add(raw[:len(raw)/2])
	// a model with a second tagger
	m.tags2 = m.tags
	f.Add(rawModel(f, m))
	// a beam model with joint relations, two an arc, and a relabelling pass
	if m, err = Train(sents, nil, TrainOptions{TagEpochs: 2, ParseEpochs: 2, Folds: 1, MinUpdates: 1, Beam: 2, JointLabels: true, LabelAlts: 2, Relabel: true}); err != nil {
		f.Fatal(err)
	}
	f.Add(rawModel(f, m))
	// a model of the compact feature set
	if m, err = Train(sents, nil, TrainOptions{TagEpochs: 2, ParseEpochs: 2, Folds: 1, MinUpdates: 1, Features: CompactFeatures}); err != nil {
		f.Fatal(err)
	}
	f.Add(rawModel(f, m))
	f.Fuzz(func(t *testing.T, raw []byte) {
		m, err := decodeModel(&decoder{b: raw})
		if err != nil {
			return
		}
		toks := m.Parse([]string{"The", "committee", "approved", "it", "."}, nil)
		checkTree(t, toks)
	})
}

// TestTrainRefusesBadShare checks that a share of gold tags outside [0, 1]
// is an error, not a silent clamp.
func TestTrainRefusesBadShare(t *testing.T) {
	sents, err := ReadCoNLLUFile(filepath.Join("testdata", "tiny.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	for _, share := range []float64{-0.1, 1.5} {
		if _, err := Train(sents, nil, TrainOptions{TagEpochs: 1, ParseEpochs: 1, Folds: 1, MinUpdates: 1, GoldTags: share}); err == nil || !strings.Contains(err.Error(), "gold-tags") {
			t.Errorf("GoldTags %v: err %v, want a gold-tags error", share, err)
		}
	}
}
