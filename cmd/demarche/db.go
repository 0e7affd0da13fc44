package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/store/postgres"
	"github.com/demarche-project/demarche/store/sqlite"
)

// dbEnv is the environment variable that names the database when no --db
// flag is given.
const dbEnv = "DEMARCHE_DB"

// defaultDB is the SQLite file used when neither --db nor $DEMARCHE_DB is
// set.
const defaultDB = "demarche.db"

// isPostgres reports whether dsn names a PostgreSQL database.
func isPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// access says how a command uses the store.
type access int

const (
	// forWriting: the command writes (ingest, worker, recode); the store
	// is created when it does not exist, and a store that cannot be
	// written is an error that says so.
	forWriting access = iota
	// forReading: the command reads (status, events, search, serve …); an
	// SQLite store that this process cannot write is opened read-only.
	forReading
)

// openDB opens the store of a data source: PostgreSQL for a postgres:// or
// postgresql:// URL, else SQLite, for a path, a file: URI or a sqlite://
// URL. A writable store's schema is created or migrated on open. It returns
// an EUNAVAILABLE error when the database cannot be reached.
func openDB(ctx context.Context, dsn string, how access) (demarche.Store, error) {
	if isPostgres(dsn) {
		return postgres.Open(ctx, dsn)
	}
	dsn = strings.TrimPrefix(dsn, "sqlite://")
	if path, ok := sqlitePath(dsn); ok {
		if why := notWritable(path); why != "" {
			if how == forReading {
				return sqlite.OpenReadOnly(ctx, dsn, why)
			}
			return nil, demarche.Errorf(demarche.ECONFLICT, "the store %s is read-only (%s): writing needs a store you can write; reading commands (status, events, search, serve) open it read-only", path, why)
		}
	}
	return sqlite.Open(ctx, dsn)
}

// notWritable returns why this process cannot write the SQLite file at path
// — the file, or the folder in which SQLite keeps its journal (or would
// create the file), is read-only to it — or "" when it can.
func notWritable(path string) string {
	if _, err := os.Stat(path); err != nil {
		dir := filepath.Dir(path)
		if _, derr := os.Stat(dir); derr == nil {
			if err := syscall.Access(dir, 2|1); err != nil { // W_OK|X_OK
				return "its folder " + dir + " cannot be written: " + accessReason(err)
			}
		}
		return ""
	}
	if err := syscall.Access(path, 2); err != nil { // W_OK
		return "the file cannot be written: " + accessReason(err)
	}
	dir := filepath.Dir(path)
	if err := syscall.Access(dir, 2|1); err != nil { // W_OK|X_OK
		// SQLite needs the folder for its -wal and -shm files, unless
		// they exist and can be written.
		for _, ext := range []string{"-wal", "-shm"} {
			if syscall.Access(path+ext, 2) != nil {
				return "its folder " + dir + " cannot be written: " + accessReason(err)
			}
		}
	}
	return ""
}

func accessReason(err error) string {
	switch {
	case errors.Is(err, syscall.EROFS):
		return "read-only file system"
	case errors.Is(err, syscall.EACCES), errors.Is(err, syscall.EPERM):
		return "permission denied"
	}
	return err.Error()
}
