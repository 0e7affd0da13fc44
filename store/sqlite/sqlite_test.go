package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/store/sqlite"
	"github.com/demarche-project/demarche/store/storetest"
)

func open(t *testing.T) demarche.Store {
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) { storetest.Run(t, open) }

func openDSN(ctx context.Context, dsn string) (demarche.Store, error) { return sqlite.Open(ctx, dsn) }

func TestCrashChild(t *testing.T) { storetest.CrashChild(t, openDSN) }

// TestCrash kills ingests with SIGKILL and checks that each batch is whole
// or absent, and that a finished ingest stores everything exactly once.
func TestCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	storetest.Crash(t, filepath.Join(t.TempDir(), "crash.db"), openDSN)
}

func TestReopen(t *testing.T) {
	storetest.Reopen(t, filepath.Join(t.TempDir(), "reopen.db"), openDSN, func(s demarche.Store) ([]string, error) {
		return s.(*sqlite.Store).Migrations(context.Background())
	})
}
