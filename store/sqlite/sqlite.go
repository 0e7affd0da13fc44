// Package sqlite implements demarche.Store on an SQLite file, with the pure Go
// driver modernc.org/sqlite: WAL journal, one immediate transaction per
// batch, multi-row prepared inserts, document texts compressed with DEFLATE,
// and a contentless FTS5 index of document bodies.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"io/fs"
	"net/url"
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/store/sqlstore"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is a demarche.Store in an SQLite file.
type Store struct {
	*sqlstore.Store
}

var _ demarche.Store = (*Store)(nil)

// Open opens (or creates) the SQLite database at path and brings its schema
// up to date. It returns an EUNAVAILABLE error when the file cannot be
// opened, ECONFLICT when it cannot be written (see OpenReadOnly) and
// EINTERNAL when a migration fails.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, demarche.Errorf(demarche.EINVALID, "sqlite: no database path")
	}
	q := url.Values{}
	for _, p := range []string{
		"journal_mode(WAL)",
		"synchronous(NORMAL)", // durable across process crashes; the last commits may be lost on power loss
		"busy_timeout(30000)",
		"foreign_keys(OFF)",
		"cache_size(-65536)",
		"temp_store(MEMORY)",
	} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", dsn(path, q))
	if err != nil {
		return nil, demarche.Errorf(demarche.EUNAVAILABLE, "sqlite: %s: %v", path, err)
	}
	// Keep the connections that concurrent readers open: each new one pays
	// for its pragmas and starts with a cold page cache (database/sql keeps
	// two idle connections by default, which made the API's p99 soar).
	db.SetMaxIdleConns(8)
	st, err := sqlstore.New(ctx, db, dialect{})
	if err != nil {
		db.Close()
		if readOnlyErr(err) {
			return nil, demarche.Errorf(demarche.ECONFLICT, "sqlite: %s is read-only: it cannot be written here (%v); reading commands open it read-only", path, err)
		}
		return nil, err
	}
	return &Store{st}, nil
}

// OpenReadOnly opens the existing SQLite database at path for reading only,
// for a file (or a folder) that this process may not write: no migration is
// attempted, and writes fail with an ECONFLICT error that says the store is
// read-only, because of why. It fails with EINVALID when the schema is older
// than this build needs.
//
// The file is opened with mode=ro. When that fails — a WAL database whose
// folder cannot be written has no shared-memory file to read through, as on
// read-only media — it is opened immutable, which SQLite reads without any
// lock: the file must then not change while it is open.
func OpenReadOnly(ctx context.Context, path, why string) (*Store, error) {
	if path == "" {
		return nil, demarche.Errorf(demarche.EINVALID, "sqlite: no database path")
	}
	var firstErr error
	for _, immutable := range []bool{false, true} {
		q := url.Values{}
		for _, p := range []string{"busy_timeout(30000)", "cache_size(-65536)", "temp_store(MEMORY)"} {
			q.Add("_pragma", p)
		}
		q.Set("mode", "ro")
		if immutable {
			q.Set("immutable", "1")
		}
		db, err := sql.Open("sqlite", dsn(path, q))
		if err != nil {
			return nil, demarche.Errorf(demarche.EUNAVAILABLE, "sqlite: %s: %v", path, err)
		}
		db.SetMaxIdleConns(8)
		st, err := sqlstore.NewReadOnly(ctx, db, dialect{}, why)
		if err == nil {
			return &Store{st}, nil
		}
		db.Close()
		if demarche.ErrorCode(err) != demarche.EUNAVAILABLE {
			return nil, err
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	return nil, demarche.Errorf(demarche.EUNAVAILABLE, "sqlite: %s: cannot be opened read-only: %v", path, firstErr)
}

// dsn returns the modernc.org/sqlite data source of a path (or a file: URI)
// with query parameters q.
func dsn(path string, q url.Values) string {
	path = strings.TrimPrefix(path, "file:")
	sep := "?"
	if strings.Contains(path, "?") {
		sep = "&"
	}
	return "file:" + path + sep + q.Encode()
}

// readOnlyErr reports whether err is SQLite's refusal to write a file
// (SQLITE_READONLY, or SQLITE_CANTOPEN for a folder it cannot create the
// journal in).
func readOnlyErr(err error) bool {
	if err == nil {
		return false
	}
	msg := err.Error()
	return strings.Contains(msg, "readonly database") || strings.Contains(msg, "(8)") && strings.Contains(msg, "SQLITE_READONLY")
}

// dialect is SQLite's sqlstore.Dialect.
type dialect struct{}

func (dialect) Name() string { return "sqlite" }

func (dialect) Migrations() fs.FS {
	sub, _ := fs.Sub(migrations, "migrations")
	return sub
}

func (dialect) Rebind(q string) string { return q }

func (dialect) Begin(context.Context, *sql.Tx) error { return nil }

// Insert writes rows with multi-row INSERT statements prepared once per
// transaction.
func (dialect) Insert(ctx context.Context, w *sqlstore.Tx, table string, cols []string, rows [][]any) error {
	per := max(1, min(128, 30000/len(cols)))
	one := "(" + strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ") + ")"
	head := "INSERT INTO " + table + " (" + strings.Join(cols, ", ") + ") VALUES "
	args := make([]any, 0, per*len(cols))
	for lo := 0; lo < len(rows); lo += per {
		hi := min(lo+per, len(rows))
		st, err := w.Stmt(ctx, head+strings.TrimSuffix(strings.Repeat(one+", ", hi-lo), ", "))
		if err != nil {
			return err
		}
		args = args[:0]
		for _, r := range rows[lo:hi] {
			args = append(args, r...)
		}
		if _, err := st.ExecContext(ctx, args...); err != nil {
			return err
		}
	}
	return nil
}

func (d dialect) Index(ctx context.Context, w *sqlstore.Tx, ids []int64, texts []string) error {
	return d.fts(ctx, w, "INSERT INTO doc_fts (rowid, body) VALUES ", "(?, ?)", ids, texts)
}

func (dialect) Unindex(ctx context.Context, w *sqlstore.Tx, ids []int64) error {
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	_, err := w.Exec(ctx, "DELETE FROM doc_fts WHERE rowid IN ("+strings.TrimSuffix(strings.Repeat("?, ", len(ids)), ", ")+")", args...)
	return err
}

func (dialect) fts(ctx context.Context, w *sqlstore.Tx, head, one string, ids []int64, texts []string) error {
	const per = 256
	args := make([]any, 0, 2*per)
	for lo := 0; lo < len(ids); lo += per {
		hi := min(lo+per, len(ids))
		st, err := w.Stmt(ctx, head+strings.TrimSuffix(strings.Repeat(one+", ", hi-lo), ", "))
		if err != nil {
			return err
		}
		args = args[:0]
		for i := lo; i < hi; i++ {
			args = append(args, ids[i], texts[i])
		}
		if _, err := st.ExecContext(ctx, args...); err != nil {
			return err
		}
	}
	return nil
}

// Compress: document texts are stored compressed; FTS5 keeps no copy.
func (dialect) Compress() bool { return true }

// match builds an FTS5 query from a web-search style query: phrases in
// double quotes, AND between clauses, OR between alternatives, NOT for
// exclusions.
func match(text string) (string, error) {
	required, excluded := sqlstore.WebSearch(text)
	if len(required) == 0 {
		return "", demarche.Errorf(demarche.EINVALID, "search: the query %q has no word to look for", text)
	}
	phrase := func(words []string) string {
		return `"` + strings.ReplaceAll(strings.Join(words, " "), `"`, `""`) + `"`
	}
	var clauses []string
	for _, alts := range required {
		var ps []string
		for _, a := range alts {
			ps = append(ps, phrase(a))
		}
		c := strings.Join(ps, " OR ")
		if len(ps) > 1 {
			c = "(" + c + ")"
		}
		clauses = append(clauses, c)
	}
	match := strings.Join(clauses, " AND ")
	for _, e := range excluded {
		match += " NOT " + phrase(e)
	}
	return match, nil
}

func (dialect) Search(text string) (*sqlstore.SearchSQL, error) {
	m, err := match(text)
	if err != nil {
		return nil, err
	}
	return &sqlstore.SearchSQL{
		From:      `doc_fts JOIN documents d ON d.id = doc_fts.rowid`,
		Match:     `doc_fts MATCH ?`,
		MatchArgs: []any{m},
		Order:     `doc_fts.rank`,
	}, nil
}

// Highlight indexes the texts in a temporary FTS5 table of one connection,
// with the tokenizer of the index, and lets FTS5 mark the matches.
func (dialect) Highlight(ctx context.Context, db *sql.DB, query string, texts []string) ([][]demarche.Span, error) {
	m, err := match(query)
	if err != nil {
		return nil, err
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `CREATE VIRTUAL TABLE IF NOT EXISTS temp.highlight USING fts5 (text, tokenize = 'porter unicode61')`); err != nil {
		return nil, err
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), `DELETE FROM temp.highlight`)
	args := make([]any, 0, 2*len(texts))
	for i, t := range texts {
		args = append(args, i, t)
	}
	if _, err := conn.ExecContext(ctx, `INSERT INTO temp.highlight (rowid, text) VALUES `+
		strings.TrimSuffix(strings.Repeat("(?, ?), ", len(texts)), ", "), args...); err != nil {
		return nil, err
	}
	rows, err := conn.QueryContext(ctx, `SELECT rowid, highlight(highlight, 0, char(1), char(2)) FROM temp.highlight WHERE highlight MATCH ?`, m)
	if err != nil {
		return nil, err
	}
	return sqlstore.ScanHighlights(rows, len(texts), 0, nil) // the rowids are the texts' indexes
}

func (dialect) Unique(err error) bool {
	return err != nil && strings.Contains(err.Error(), "UNIQUE constraint failed")
}

// Invalid: a string or blob larger than SQLite's limit.
func (dialect) Invalid(err error) bool {
	return err != nil && strings.Contains(err.Error(), "too big")
}
