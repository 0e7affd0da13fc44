package petrarch_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/demarche-project/demarche/coder"
	"github.com/demarche-project/demarche/dict"
	"github.com/demarche-project/demarche/internal/shared"
	"github.com/demarche-project/demarche/petrarch"
)

const phoenixDir = "../../shared/petrarch/dictionaries"

func phoenix(tb testing.TB) petrarch.Files {
	if _, err := os.Stat(filepath.Join(phoenixDir, "CAMEO.2.0.txt")); err != nil {
		tb.Skipf("the Phoenix dictionaries live in ../shared: %v", err)
	}
	return petrarch.PhoenixFiles(phoenixDir)
}

// BenchmarkLoadPhoenix reads and compiles the Phoenix set (CAMEO.2.0 verbs,
// the three actor files, agents, discards, issues).
func BenchmarkLoadPhoenix(b *testing.B) {
	files := phoenix(b)
	for b.Loop() {
		if _, err := petrarch.Load(files); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPhoenixCoder loads the Phoenix set, converts it on top of the
// built-in knowledge and compiles demarche's coder: the start-up cost of
// `demarche code --dicts petrarch:DIR`.
func BenchmarkPhoenixCoder(b *testing.B) {
	files := phoenix(b)
	for b.Loop() {
		phoenixCoder(b, files)
	}
}

func phoenixCoder(tb testing.TB, files petrarch.Files) *coder.Coder {
	pd, err := petrarch.Load(files)
	if err != nil {
		tb.Fatal(err)
	}
	base, err := dict.Builtin()
	if err != nil {
		tb.Fatal(err)
	}
	dc, _ := petrarch.ToDict(pd, base)
	c, err := coder.New(dc)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// BenchmarkCodeKCNA2011Phoenix codes the 13,173 KCNA stories of 2011 with
// the Phoenix dictionaries on top of the built-in knowledge (the stories
// carry no parse: demarche's own analysis) on GOMAXPROCS goroutines.
func BenchmarkCodeKCNA2011Phoenix(b *testing.B) {
	files := phoenix(b)
	docs := shared.Stories(b, "corpora/kcna/kcna-2011.jsonl.gz")
	c := phoenixCoder(b, files)
	b.ResetTimer()
	var sentences, events int64
	for b.Loop() {
		ns, ne := shared.CodeAll(b, c, docs)
		sentences, events = sentences+ns, events+ne
	}
	b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(events)/float64(b.N), "events/op")
}
