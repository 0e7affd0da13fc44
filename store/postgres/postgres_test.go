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
