package ingest_test

import (
	"context"
	"database/sql"
	"net/url"
	"os"
	"sync"
	"testing"

	"github.com/demarche-project/demarche/internal/shared"
	"github.com/demarche-project/demarche/store/postgres/pgtest"
)

// kcnaFiles returns the two KCNA years of ../shared, or skips.
func kcnaFiles(tb testing.TB) []string {
	tb.Helper()
	return shared.KCNA(tb)
}

var (
	pgOnce sync.Once
	pgSrv  *pgtest.Server
	pgSkip string
	pgErr  error
)

// pgServer returns a throwaway PostgreSQL server for the tests of this
// package, started once; it skips when PostgreSQL is not installed, and
// fails instead when DEMARCHE_REQUIRE_SERVERS=1.
func pgServer(tb testing.TB) *pgtest.Server {
	tb.Helper()
	pgOnce.Do(func() { pgSrv, pgSkip, pgErr = pgtest.Start() })
	if pgErr != nil {
		tb.Fatal("postgres: ", pgErr)
	}
	if pgSkip != "" {
		tb.Skip(pgSkip)
	}
	return pgSrv
}

// pgSize returns the size of the tables of the schema of a pgtest URL.
func pgSize(tb testing.TB, u string) int64 {
	pu, err := url.Parse(u)
	if err != nil {
		tb.Fatal(err)
	}
	schema := pu.Query().Get("search_path")
	db, err := sql.Open("pgx", u)
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	var n int64
	err = db.QueryRowContext(context.Background(), `SELECT COALESCE(sum(pg_total_relation_size(c.oid)), 0)
		FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind IN ('r', 'm')`, schema).Scan(&n)
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

func TestMain(m *testing.M) {
	code := m.Run()
	if pgSrv != nil {
		pgSrv.Stop()
	}
	os.Exit(code)
}
