package sqlstore

import (
	"context"
	"database/sql"
	"io/fs"

	"github.com/demarche-project/demarche"
)

// Dialect is what a backend supplies to the shared engine: its migrations,
// its placeholders, its bulk insert and its full-text index.
type Dialect interface {
	// Name names the backend in error messages: "sqlite", "postgres".
	Name() string

	// Migrations holds the schema as numbered SQL files (0001_init.sql …)
	// at its root, applied in name order.
	Migrations() fs.FS

	// Rebind turns the engine's ? placeholders into the backend's.
	Rebind(query string) string

	// Begin is called first in every write transaction; PostgreSQL takes a
	// lock there so that writers run one at a time, as in SQLite.
	Begin(ctx context.Context, tx *sql.Tx) error

	// Insert writes rows into a table inside the transaction tx open on
	// conn. Rows are new: no conflict is expected, and one fails the batch.
	Insert(ctx context.Context, w *Tx, table string, cols []string, rows [][]any) error

	// Index adds documents (row ids and bodies) to the full-text index;
	// Unindex removes them.
	Index(ctx context.Context, w *Tx, ids []int64, texts []string) error
	Unindex(ctx context.Context, w *Tx, ids []int64) error

	// Compress reports whether document texts are stored compressed (see
	// EncodeText): SQLite's are, PostgreSQL compresses large values itself.
	Compress() bool

	// Search translates a full-text query into SQL pieces.
	Search(text string) (*SearchSQL, error)

	// Highlight returns the byte spans of the words of texts that match a
	// full-text query, as the index matches them (stems included).
	Highlight(ctx context.Context, db *sql.DB, query string, texts []string) ([][]demarche.Span, error)

	// Unique reports whether err is a unique-constraint violation.
	Unique(err error) bool

	// Invalid reports whether err is the database's refusal of a value
	// (a character, a length): the document is at fault, not the
	// database, and the error is EINVALID.
	Invalid(err error) bool
}

// SearchSQL are the pieces of a full-text query over documents. The engine
// writes
//
//	SELECT … FROM <From> WHERE <Match> AND <filters> ORDER BY <Order>, d.id LIMIT ? OFFSET ?
//
// From must bind the alias d to documents. Args are in that order.
type SearchSQL struct {
	From      string
	Match     string
	MatchArgs []any
	Order     string
	OrderArgs []any
}

// Tx is a write transaction: a transaction and the connection it runs on,
// for backends whose bulk writes need the driver's connection.
type Tx struct {
	Conn *sql.Conn
	Tx   *sql.Tx

	d     Dialect
	stmts map[string]*sql.Stmt
}

// Exec runs a statement written with ? placeholders.
func (w *Tx) Exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return w.Tx.ExecContext(ctx, w.d.Rebind(query), args...)
}

// Query runs a query written with ? placeholders.
func (w *Tx) Query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return w.Tx.QueryContext(ctx, w.d.Rebind(query), args...)
}

// Stmt returns a statement prepared once per transaction.
func (w *Tx) Stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := w.stmts[query]; ok {
		return st, nil
	}
	st, err := w.Tx.PrepareContext(ctx, w.d.Rebind(query))
	if err != nil {
		return nil, err
	}
	if w.stmts == nil {
		w.stmts = map[string]*sql.Stmt{}
	}
	w.stmts[query] = st
	return st, nil
}

func (w *Tx) close() {
	for _, st := range w.stmts {
		st.Close()
	}
	w.stmts = nil
}
