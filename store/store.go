// Package store opens the demarche.Store named by a data source: an SQLite
// file path (the default, ./demarche.db) or a postgres:// URL.
package store

import (
	"context"
	"os"
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/store/postgres"
	"github.com/demarche-project/demarche/store/sqlite"
)

// Env is the environment variable that names the database when no --db flag
// is given.
const Env = "DEMARCHE_DB"

// DefaultPath is the SQLite file used when neither --db nor DEMARCHE_DB is set.
const DefaultPath = "demarche.db"

// DSN returns the data source to open: flag when set, else $DEMARCHE_DB,
// else DefaultPath.
func DSN(flag string) string {
	if flag != "" {
		return flag
	}
	if env := os.Getenv(Env); env != "" {
		return env
	}
	return DefaultPath
}

// IsPostgres reports whether dsn names a PostgreSQL database.
func IsPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// Open opens the store of a data source: PostgreSQL for a postgres:// or
// postgresql:// URL, else SQLite, for a path, a file: URI or a sqlite:// URL.
// The schema is created or migrated on open. It returns an EUNAVAILABLE error
// when the database cannot be reached.
func Open(ctx context.Context, dsn string) (demarche.Store, error) {
	if IsPostgres(dsn) {
		return postgres.Open(ctx, dsn)
	}
	return sqlite.Open(ctx, strings.TrimPrefix(dsn, "sqlite://"))
}
