package coder

import (
	"context"
	"encoding/json"
	"runtime"
	"sync"
	"sync/atomic"
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
	var sentences, events atomic.Int64
	for b.Loop() {
		var next atomic.Int64
		var wg sync.WaitGroup
		for range runtime.GOMAXPROCS(0) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				enc := json.NewEncoder(discard{})
				for {
					i := int(next.Add(1)) - 1
					if i >= len(docs) {
						return
					}
					out, err := c.Code(context.Background(), docs[i])
					if err != nil {
						b.Error(err)
						return
					}
					sentences.Add(int64(len(out.Sentences)))
					events.Add(int64(len(out.Events)))
					for k := range out.Events {
						enc.Encode(&out.Events[k])
					}
				}
			}()
		}
		wg.Wait()
	}
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(sentences.Load())/secs, "sentences/s")
	b.ReportMetric(float64(events.Load())/float64(b.N), "events/op")
	b.ReportMetric(float64(sentences.Load())/float64(b.N), "sentences/op")
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
