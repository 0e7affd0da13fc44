package coder

import (
	"testing"

	"github.com/demarche-project/demarche/internal/shared"
)

// BenchmarkCodeKCNA2011 codes all 13,173 stories of 2011 (text to events,
// JSON encoding included) per iteration and reports sentences per second.
// Run with -cpu 1,2 to see the scaling: the coder is safe for concurrent
// use and the documents are spread over GOMAXPROCS goroutines.
func BenchmarkCodeKCNA2011(b *testing.B) {
	docs := shared.Stories(b, "corpora/kcna/kcna-2011.jsonl.gz")
	c := builtinCoder(b)
	b.ResetTimer()
	var sentences, events int64
	for b.Loop() {
		ns, ne := shared.CodeAll(b, c, docs)
		sentences, events = sentences+ns, events+ne
	}
	b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(events)/float64(b.N), "events/op")
	b.ReportMetric(float64(sentences)/float64(b.N), "sentences/op")
	if n, parsed, _ := c.TreeStats(); n > 0 {
		b.ReportMetric(100*float64(parsed)/float64(n), "%parsed") // coder/tree.go
	}
}
