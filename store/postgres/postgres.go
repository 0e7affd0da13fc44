// Package postgres implements demarche.Store on PostgreSQL with
// github.com/jackc/pgx/v5: COPY for bulk inserts, a tsvector column with a
// GIN index for full-text search, and an advisory lock that makes writers
// take turns, as SQLite's do.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"io/fs"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/store/sqlstore"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is a demarche.Store in a PostgreSQL database.
type Store struct {
	*sqlstore.Store
}

var _ demarche.Store = (*Store)(nil)

// writerLock is the advisory lock key held by every write transaction.
const writerLock = 0x64656d61 // "dema"

// Open connects to the PostgreSQL database of a postgres:// URL (or a
// key=value connection string) and brings its schema up to date. It returns
// an EUNAVAILABLE error when the server cannot be reached and EINTERNAL when
// a migration fails.
func Open(ctx context.Context, dsn string) (*Store, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, demarche.Errorf(demarche.EINVALID, "postgres: bad connection string: %v", err)
	}
	db := stdlib.OpenDB(*cfg)
	db.SetMaxOpenConns(8)
	db.SetMaxIdleConns(4)
	st, err := sqlstore.New(ctx, db, dialect{})
	if err != nil {
		db.Close()
		return nil, err
	}
	return &Store{st}, nil
}

// dialect is PostgreSQL's sqlstore.Dialect.
type dialect struct{}

func (dialect) Name() string { return "postgres" }

func (dialect) Migrations() fs.FS {
	sub, _ := fs.Sub(migrations, "migrations")
	return sub
}

func (dialect) Rebind(q string) string { return sqlstore.RebindDollar(q) }

func (dialect) Begin(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, writerLock)
	return err
}

// Insert copies rows with COPY on the transaction's connection.
func (dialect) Insert(ctx context.Context, w *sqlstore.Tx, table string, cols []string, rows [][]any) error {
	return w.Conn.Raw(func(dc any) error {
		c, ok := dc.(*stdlib.Conn)
		if !ok {
			return demarche.Errorf(demarche.EINTERNAL, "postgres: unexpected driver connection %T", dc)
		}
		_, err := c.Conn().CopyFrom(ctx, pgx.Identifier{table}, cols, pgx.CopyFromRows(rows))
		return err
	})
}

func (dialect) Index(ctx context.Context, w *sqlstore.Tx, ids []int64, texts []string) error {
	_, err := w.Exec(ctx, `INSERT INTO doc_fts (id, tsv)
		SELECT u.id, to_tsvector('english', u.t) FROM unnest(?::bigint[], ?::text[]) AS u (id, t)`, ids, texts)
	return err
}

func (dialect) Unindex(ctx context.Context, w *sqlstore.Tx, ids []int64) error {
	_, err := w.Exec(ctx, `DELETE FROM doc_fts WHERE id = ANY (?::bigint[])`, ids)
	return err
}

// Compress: PostgreSQL compresses long texts itself (TOAST).
func (dialect) Compress() bool { return false }

// Search uses websearch_to_tsquery, whose syntax is the one documented by
// demarche.SearchQuery, with the english configuration (stemming, stop
// words).
func (dialect) Search(text string) (*sqlstore.SearchSQL, error) {
	if required, _ := sqlstore.WebSearch(text); len(required) == 0 {
		return nil, demarche.Errorf(demarche.EINVALID, "search: the query %q has no word to look for", text)
	}
	const q = `websearch_to_tsquery('english', ?)`
	return &sqlstore.SearchSQL{
		From:      `doc_fts f JOIN documents d ON d.id = f.id`,
		Match:     `f.tsv @@ ` + q,
		MatchArgs: []any{text},
		Order:     `ts_rank(f.tsv, ` + q + `) DESC`,
		OrderArgs: []any{text},
	}, nil
}

// Highlight marks the matches with ts_headline.
func (dialect) Highlight(ctx context.Context, db *sql.DB, query string, texts []string) ([][]demarche.Span, error) {
	rows, err := db.QueryContext(ctx, `SELECT u.i, ts_headline('english', u.t, websearch_to_tsquery('english', $1),
		'HighlightAll=true, StartSel=' || chr(1) || ', StopSel=' || chr(2))
		FROM unnest($2::text[]) WITH ORDINALITY AS u (t, i)`, query, texts)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make([][]demarche.Span, len(texts))
	for rows.Next() {
		var i int
		var marked string
		if err := rows.Scan(&i, &marked); err != nil {
			return nil, err
		}
		if i--; i >= 0 && i < len(out) {
			text, spans := sqlstore.Unmark(marked)
			if text == texts[i] {
				out[i] = spans
			}
		}
	}
	return out, rows.Err()
}

func (dialect) Unique(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23505"
}
