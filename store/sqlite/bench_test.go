package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/store/sqlite"
	"github.com/demarche-project/demarche/store/storetest"
)

// BenchmarkKCNA ingests the two KCNA years (../shared) and reports ingest
// throughput, re-ingest time, search and dyad latency and database size.
func BenchmarkKCNA(b *testing.B) {
	var path string
	storetest.KCNAReport(b, func(b *testing.B) demarche.Store {
		path = filepath.Join(b.TempDir(), "kcna.db")
		s, err := sqlite.Open(context.Background(), path)
		if err != nil {
			b.Fatal(err)
		}
		return s
	}, func() int64 {
		var n int64
		for _, suffix := range []string{"", "-wal"} {
			if fi, err := os.Stat(path + suffix); err == nil {
				n += fi.Size()
			}
		}
		return n
	})
}

// BenchmarkDyad generates DEMARCHE_BENCH_EVENTS synthetic events (default
// one million; set 10000000 for the target figure) into an SQLite file and
// times dyad aggregations. DEMARCHE_BENCH_DB keeps the file between runs.
func BenchmarkDyad(b *testing.B) {
	n := storetest.BenchEvents(b)
	path := os.Getenv("DEMARCHE_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "dyad.db")
	}
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	storetest.Generate(b, s, n)
	if fi, err := os.Stat(path); err == nil {
		b.Logf("database %.0f MB for %d events", float64(fi.Size())/1e6, n)
	}
	b.ResetTimer()
	storetest.BenchDyad(b, s)
}
