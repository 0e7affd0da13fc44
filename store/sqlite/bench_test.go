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
