package store_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/store"
	"github.com/demarche-project/demarche/store/sqlite"
)

func TestDSN(t *testing.T) {
	tests := []struct {
		flag, env, want string
	}{
		{"", "", store.DefaultPath},
		{"", "/data/x.db", "/data/x.db"},
		{"flag.db", "/data/x.db", "flag.db"},
		{"postgres://localhost/demarche", "", "postgres://localhost/demarche"},
	}
	for _, tt := range tests {
		t.Setenv(store.Env, tt.env)
		if got := store.DSN(tt.flag); got != tt.want {
			t.Errorf("DSN(%q) with %s=%q = %q, want %q", tt.flag, store.Env, tt.env, got, tt.want)
		}
	}
}

func TestIsPostgres(t *testing.T) {
	for dsn, want := range map[string]bool{
		"postgres://u@h/db": true, "postgresql://h/db": true, "demarche.db": false, "sqlite://x.db": false, "/tmp/postgres.db": false,
	} {
		if got := store.IsPostgres(dsn); got != want {
			t.Errorf("IsPostgres(%q) = %v", dsn, got)
		}
	}
}

func TestOpenSQLite(t *testing.T) {
	ctx := context.Background()
	for _, prefix := range []string{"", "sqlite://"} {
		path := filepath.Join(t.TempDir(), "x.db")
		s, err := store.Open(ctx, prefix+path)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := s.(*sqlite.Store); !ok {
			t.Errorf("Open(%q) = %T", prefix+path, s)
		}
		s.Close()
	}
	_, err := store.Open(ctx, "postgres://nobody@127.0.0.1:1/none?connect_timeout=1")
	if demarche.ErrorCode(err) != demarche.EUNAVAILABLE {
		t.Errorf("Open of an unreachable server: %v", err)
	}
}
