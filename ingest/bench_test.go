package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/ingest"
	"github.com/demarche-project/demarche/internal/testcoder"
	"github.com/demarche-project/demarche/source"
	"github.com/demarche-project/demarche/store/postgres"
	"github.com/demarche-project/demarche/store/postgres/pgtest"
	"github.com/demarche-project/demarche/store/sqlite"
)

// benchBatch is the batch size of the benchmark: the default, or
// $DEMARCHE_BENCH_BATCH to compare others.
var benchBatch, _ = strconv.Atoi(os.Getenv("DEMARCHE_BENCH_BATCH"))

// cpuTime returns the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkIngestKCNA ingests the KCNA stories of 2011 and 2012 (22,729
// stories, ../shared) end to end — read, code on all cores, store — into a
// new store, then ingests them again, and times a full-text search.
// Targets on a 2-core machine, SQLite: first ingest under 15 s, second under
// 3 s, database under 10× the compressed input, search under 100 ms. Run:
//
//	go test ./ingest -run XXX -bench IngestKCNA -benchtime 1x
func BenchmarkIngestKCNA(b *testing.B) {
	names := kcnaFiles(b)
	var input int64
	for _, n := range names {
		fi, err := os.Stat(n)
		if err != nil {
			b.Fatal(err)
		}
		input += fi.Size()
	}
	c := testcoder.Builtin(b)
	b.Run("sqlite", func(b *testing.B) {
		var path string
		benchIngest(b, c, names, input, func(b *testing.B) demarche.Store {
			path = filepath.Join(b.TempDir(), "kcna.db")
			s, err := sqlite.Open(context.Background(), path)
			if err != nil {
				b.Fatal(err)
			}
			return s
		}, func() int64 { return fileSize(path) + fileSize(path+"-wal") }, nil)
	})
	b.Run("postgres", func(b *testing.B) {
		srv := pgServer(b)
		var url string
		benchIngest(b, c, names, input, func(b *testing.B) demarche.Store {
			url = srv.Schema(b)
			s, err := postgres.Open(context.Background(), url)
			if err != nil {
				b.Fatal(err)
			}
			return s
		}, func() int64 { return pgSize(b, url) }, func() string { return url })
	})
}

// benchIngest runs the benchmark on the stores that open returns; size
// returns the database size, serverURL, when not nil, the URL of the
// PostgreSQL server whose CPU time is reported too.
func benchIngest(b *testing.B, c demarche.Coder, names []string, input int64, open func(*testing.B) demarche.Store, size func() int64, serverURL func() string) {
	ctx := context.Background()
	run := func(s demarche.Store) (ingest.Stats, time.Duration, time.Duration) {
		cpu := cpuTime()
		var server time.Duration
		if serverURL != nil {
			server = pgtest.ServerCPU(serverURL())
		}
		start := time.Now()
		rd := ingest.NewReader(ctx, names, source.Options{}, false, func(err error) { b.Log(err) })
		defer rd.Close()
		st, err := ingest.New(s, c, ingest.Options{Batch: benchBatch}).Run(ctx, rd)
		if err != nil {
			b.Fatal(err)
		}
		wall := time.Since(start)
		if serverURL != nil {
			b.Logf("PostgreSQL server CPU: %v", (pgtest.ServerCPU(serverURL()) - server).Round(time.Millisecond))
		}
		return st, wall, cpuTime() - cpu
	}
	// As demarche ingest does (see lessGC in cmd/demarche).
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	for b.Loop() {
		s := open(b)
		first, wall, cpu := run(s)
		again, wall2, cpu2 := run(s)
		if again.Skipped != first.Read || again.Coded != 0 {
			b.Fatalf("second ingest: %+v", again)
		}
		t0 := time.Now()
		const searches = 20
		hits := 0
		for range searches {
			res, err := s.Search(ctx, demarche.SearchQuery{Text: `friendship "sealed in blood"`})
			if err != nil {
				b.Fatal(err)
			}
			hits = len(res.Hits)
		}
		search := time.Since(t0) / searches
		s.Close()
		db := size()
		b.Logf("first ingest: %s; %v wall, %v CPU, %v writing", first.Summary(), wall.Round(time.Millisecond), cpu.Round(time.Millisecond), first.Writing.Round(time.Millisecond))
		b.Logf("second ingest: %v wall, %v CPU (%d skipped)", wall2.Round(time.Millisecond), cpu2.Round(time.Millisecond), again.Skipped)
		b.Logf("search: %v (%d hits); database %.1f MB = %.1f× the %.1f MB gzip input", search.Round(time.Microsecond), hits,
			float64(db)/1e6, float64(db)/float64(input), float64(input)/1e6)
		b.ReportMetric(wall.Seconds(), "ingest-s")
		b.ReportMetric(cpu.Seconds(), "ingest-cpu-s")
		b.ReportMetric(wall2.Seconds(), "reingest-s")
		b.ReportMetric(float64(search.Microseconds())/1000, "search-ms")
		b.ReportMetric(float64(db)/1e6, "db-MB")
		b.ReportMetric(float64(db)/float64(input), "db/input")
	}
}

func fileSize(path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return fi.Size()
}
