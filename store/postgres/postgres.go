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
	"strings"
	"unicode/utf8"

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

// partBytes is the most text indexed in one tsvector: a tsvector holds at
// most 1 MB of distinct words, and positions up to 16383, so longer
// documents are indexed in parts of this size, one row each.
const partBytes = 256 << 10

func (dialect) Index(ctx context.Context, w *sqlstore.Tx, ids []int64, texts []string) error {
	var pids []int64
	var parts []int
	var ptexts []string
	for i, t := range texts {
		for k, p := range split(t, partBytes) {
			pids, parts, ptexts = append(pids, ids[i]), append(parts, k), append(ptexts, p)
		}
	}
	_, err := w.Exec(ctx, `INSERT INTO doc_fts (id, part, tsv)
		SELECT u.id, u.part, to_tsvector('english', u.t) FROM unnest(?::bigint[], ?::int[], ?::text[]) AS u (id, part, t)`, pids, parts, ptexts)
	return err
}

// split cuts text into parts of at most n bytes, after a space or a line
// break when there is one in the last quarter of a part, else on a UTF-8
// character boundary. Short texts are one part.
func split(text string, n int) []string {
	var out []string
	for len(text) > n {
		cut := strings.LastIndexAny(text[n-n/4:n], " \n\t")
		if cut >= 0 {
			cut += n - n/4 + 1
		} else {
			cut = n
			for cut > 0 && !utf8.RuneStart(text[cut]) {
				cut--
			}
		}
		out = append(out, text[:cut])
		text = text[cut:]
	}
	return append(out, text)
}

func (dialect) Unindex(ctx context.Context, w *sqlstore.Tx, ids []int64) error {
	_, err := w.Exec(ctx, `DELETE FROM doc_fts WHERE id = ANY (?::bigint[])`, ids)
	return err
}

// Compress: PostgreSQL compresses long texts itself (TOAST).
func (dialect) Compress() bool { return false }

// Search uses websearch_to_tsquery, whose syntax is the one documented by
// demarche.SearchQuery, with the english configuration (stemming, stop
// words). A document indexed in parts matches when one of its parts does,
// with the rank of its best part.
func (dialect) Search(text string) (*sqlstore.SearchSQL, error) {
	if required, _ := sqlstore.WebSearch(text); len(required) == 0 {
		return nil, demarche.Errorf(demarche.EINVALID, "search: the query %q has no word to look for", text)
	}
	return &sqlstore.SearchSQL{
		From: `(SELECT p.id, max(ts_rank(p.tsv, q.q)) AS rank FROM doc_fts p, websearch_to_tsquery('english', ?) AS q (q)
			WHERE p.tsv @@ q.q GROUP BY p.id) f JOIN documents d ON d.id = f.id`,
		Match:     `TRUE`,
		MatchArgs: []any{text},
		Order:     `f.rank DESC`,
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
	// WITH ORDINALITY counts from 1; a headline that is not the text as
	// given marks nothing
	return sqlstore.ScanHighlights(rows, len(texts), 1, func(i int, text string) bool { return text == texts[i] })
}

func (dialect) Unique(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23505"
}

// Invalid: data exceptions (class 22: a character the encoding refuses …)
// and program limits (class 54: a string too long for a tsvector …).
func (dialect) Invalid(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (strings.HasPrefix(pe.Code, "22") || strings.HasPrefix(pe.Code, "54"))
}
