package postgres_test

import (
	"context"
	"testing"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/store/postgres"
	"github.com/demarche-project/demarche/store/storetest"
)

// size returns the bytes of the tables and indexes of the schema of dsn.
func size(b *testing.B, dsn string) int64 {
	s, err := postgres.Open(context.Background(), dsn)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	var n int64
	err = s.DB().QueryRowContext(context.Background(), `SELECT COALESCE(sum(pg_total_relation_size(c.oid)), 0)
		FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace
		WHERE ns.nspname = current_schema() AND c.relkind = 'r'`).Scan(&n)
	if err != nil {
		b.Fatal(err)
	}
	return n
}

// BenchmarkKCNA ingests the two KCNA years (../shared) and reports ingest
// throughput, re-ingest time, search and dyad latency and database size.
func BenchmarkKCNA(b *testing.B) {
	if skip != "" {
		b.Skip(skip)
	}
	var dsn string
	storetest.KCNAReport(b, func(b *testing.B) demarche.Store {
		dsn = server.Schema(b)
		s, err := postgres.Open(context.Background(), dsn)
		if err != nil {
			b.Fatal(err)
		}
		return s
	}, func() int64 { return size(b, dsn) })
}

// BenchmarkDyad generates DEMARCHE_BENCH_EVENTS synthetic events (default
// one million) and times dyad aggregations.
func BenchmarkDyad(b *testing.B) {
	if skip != "" {
		b.Skip(skip)
	}
	n := storetest.BenchEvents(b)
	dsn := server.Schema(b)
	s, err := postgres.Open(context.Background(), dsn)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	storetest.Generate(b, s, n)
	if _, err := s.DB().ExecContext(context.Background(), `ANALYZE`); err != nil {
		b.Fatal(err)
	}
	b.Logf("database %.0f MB for %d events", float64(size(b, dsn))/1e6, n)
	b.ResetTimer()
	storetest.BenchDyad(b, s)
}
