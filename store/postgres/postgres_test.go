package postgres_test

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/store/postgres"
	"github.com/demarche-project/demarche/store/postgres/pgtest"
	"github.com/demarche-project/demarche/store/storetest"
)

var (
	server *pgtest.Server
	skip   string
)

func TestMain(m *testing.M) {
	if storetest.IsCrashChild() {
		os.Exit(m.Run()) // it uses the parent's server
	}
	var err error
	server, skip, err = pgtest.Start()
	if err != nil {
		fmt.Fprintln(os.Stderr, "postgres:", err)
		os.Exit(1)
	}
	code := m.Run()
	server.Stop()
	os.Exit(code)
}

func open(t *testing.T) demarche.Store {
	if skip != "" {
		t.Skip(skip)
	}
	s, err := postgres.Open(context.Background(), server.Schema(t))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) { storetest.Run(t, open) }

func openDSN(ctx context.Context, dsn string) (demarche.Store, error) { return postgres.Open(ctx, dsn) }

func TestCrashChild(t *testing.T) { storetest.CrashChild(t, openDSN) }

// TestCrash kills ingests with SIGKILL and checks that each batch is whole
// or absent, and that a finished ingest stores everything exactly once.
func TestCrash(t *testing.T) {
	if skip != "" {
		t.Skip(skip)
	}
	if testing.Short() {
		t.Skip("starts processes")
	}
	storetest.Crash(t, server.Schema(t), openDSN)
}

func TestReopen(t *testing.T) {
	if skip != "" {
		t.Skip(skip)
	}
	storetest.Reopen(t, server.Schema(t), openDSN, func(s demarche.Store) ([]string, error) {
		return s.(*postgres.Store).Migrations(context.Background())
	})
}
