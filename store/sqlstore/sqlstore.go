// Package sqlstore implements demarche.Store over database/sql for the SQL
// backends: store/sqlite and store/postgres supply a Dialect (migrations,
// bulk insert, full-text search) and share everything else — ingest rules,
// duplicate linking, the dyad rollup, queries — so that they behave the same.
//
// Schema (the same logical schema in both backends):
//
//	documents     one row per document ID: content (DEFLATE-compressed in SQLite), hash, canonical link,
//	              revision, dictionary version
//	sentences     offsets of each sentence in its document's body; text only when it differs from the body
//	doc_fts       the full-text index of document bodies (contentless FTS5 in SQLite, tsvector + GIN in
//	              PostgreSQL); search hits are the sentences that hold the matches
//	events        events with provenance (document, sentence, spans, rule); dup = 1 for duplicates' events;
//	              unique by (document, event ID)
//	doc_bands     MinHash LSH band keys of documents, to find near-duplicates
//	dyad_month    one row per source country, target country and month over canonical events: counts
//	              per quad class, Goldstein sum in tenths, counts per CAMEO code ("051:12 111:3");
//	              kept up to date in each write
//	dyad_actor    the same per pair of actor codes (source, target) and month, for dyads of codes
//	versions      dictionary versions and the number of events each produced
//	counters      document, sentence and event counts for Stats; meta: the last ingest time
//	schema_migrations  applied migrations
package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/demarche-project/demarche"
)

var _ demarche.Store = (*Store)(nil)

// Store is a demarche.Store on a SQL database.
type Store struct {
	db *sql.DB
	d  Dialect

	// Window is the number of days around a document's date within which
	// near-duplicates are looked for; Threshold the Jaccard similarity from
	// which a document is linked. New sets them from package dedup.
	Window    int
	Threshold float64

	readOnly string // why the store is read-only; "" when writable
}

// New returns a Store on db, after applying the dialect's migrations that
// are not yet recorded in schema_migrations. It returns an EUNAVAILABLE error
// when the database cannot be reached and EINTERNAL when a migration fails.
func New(ctx context.Context, db *sql.DB, d Dialect) (*Store, error) {
	return open(ctx, db, d, "")
}

// NewReadOnly returns a Store on db that only reads: no migration is
// attempted, and every write fails with an ECONFLICT error that says the
// store is read-only because of why ("the file cannot be written" …). It
// returns an EINVALID error when the schema is older than the one this
// build needs, since it cannot be brought up to date.
func NewReadOnly(ctx context.Context, db *sql.DB, d Dialect, why string) (*Store, error) {
	if why == "" {
		why = "opened read-only"
	}
	return open(ctx, db, d, why)
}

func open(ctx context.Context, db *sql.DB, d Dialect, readOnly string) (*Store, error) {
	s := &Store{db: db, d: d, Window: dedupWindow, Threshold: dedupThreshold, readOnly: readOnly}
	if err := db.PingContext(ctx); err != nil {
		return nil, demarche.Errorf(demarche.EUNAVAILABLE, "%s: cannot open the database: %v", d.Name(), err)
	}
	if readOnly != "" {
		if err := s.checkSchema(ctx); err != nil {
			return nil, err
		}
		return s, nil
	}
	if err := s.migrate(ctx); err != nil {
		return nil, err
	}
	return s, nil
}

// DB returns the underlying database, for backends and tests.
func (s *Store) DB() *sql.DB { return s.db }

// ReadOnly returns why the store is read-only, or "" when it can be written.
func (s *Store) ReadOnly() string { return s.readOnly }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// migrations returns the versions and names of the dialect's migrations, in
// order.
func (s *Store) migrations() ([]int, []string, error) {
	files, err := fs.Glob(s.d.Migrations(), "*.sql")
	if err != nil {
		return nil, nil, demarche.Errorf(demarche.EINTERNAL, "%s: migrations: %v", s.d.Name(), err)
	}
	sort.Strings(files)
	var vs []int
	for _, name := range files {
		num, _, ok := strings.Cut(path.Base(name), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, nil, demarche.Errorf(demarche.EINTERNAL, "%s: migration %s: name must start with a number and _", s.d.Name(), name)
		}
		vs = append(vs, v)
	}
	return vs, files, nil
}

// migrate applies the migrations not yet recorded. Every step, creating
// schema_migrations included, runs in a write transaction, which takes the
// writers' lock first (Dialect.Begin): processes that open a fresh
// database at the same time take turns, and the later ones find the tables
// that the first created.
func (s *Store) migrate(ctx context.Context) error {
	vs, files, err := s.migrations()
	if err != nil {
		return err
	}
	err = s.write(ctx, func(w *Tx) error {
		_, err := w.Tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
			version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)`)
		return err
	})
	if err != nil {
		return demarche.Errorf(demarche.EINTERNAL, "%s: schema_migrations: %v", s.d.Name(), err)
	}
	for i, name := range files {
		if err := s.apply(ctx, vs[i], name); err != nil {
			return err
		}
	}
	return nil
}

// checkSchema verifies, without writing, that every migration of this
// build has been applied.
func (s *Store) checkSchema(ctx context.Context) error {
	vs, files, err := s.migrations()
	if err != nil {
		return err
	}
	applied := map[int]bool{}
	rows, err := s.query(ctx, `SELECT version FROM schema_migrations`)
	if err == nil {
		for rows.Next() {
			var v int
			if err = rows.Scan(&v); err != nil {
				break
			}
			applied[v] = true
		}
		rows.Close()
		if err == nil {
			err = rows.Err()
		}
	}
	if err != nil && len(applied) == 0 {
		msg := err.Error()
		if !strings.Contains(msg, "no such table") && !strings.Contains(msg, "does not exist") {
			// Not a missing table: the database cannot be read.
			return demarche.Errorf(demarche.EUNAVAILABLE, "%s: cannot read the database: %v", s.d.Name(), err)
		}
		return demarche.Errorf(demarche.EINVALID, "%s: the store is read-only (%s) and holds no demarche schema: open it once writable, or name another with --db", s.d.Name(), s.readOnly)
	}
	for i, v := range vs {
		if !applied[v] {
			return demarche.Errorf(demarche.EINVALID, "%s: the store is read-only (%s) and its schema is older than this build needs (migration %s is not applied): open it once with a demarche that can write it, or use an older demarche", s.d.Name(), s.readOnly, path.Base(files[i]))
		}
	}
	return nil
}

func (s *Store) apply(ctx context.Context, v int, name string) error {
	body, err := fs.ReadFile(s.d.Migrations(), name)
	if err != nil {
		return demarche.Errorf(demarche.EINTERNAL, "%s: migration %s: %v", s.d.Name(), name, err)
	}
	return s.write(ctx, func(w *Tx) error {
		var n int
		if err := w.Tx.QueryRowContext(ctx, s.d.Rebind(`SELECT count(*) FROM schema_migrations WHERE version = ?`), v).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return nil
		}
		if _, err := w.Tx.ExecContext(ctx, string(body)); err != nil {
			return fmt.Errorf("migration %s: %w", name, err)
		}
		_, err := w.Exec(ctx, `INSERT INTO schema_migrations (version, name, applied) VALUES (?, ?, ?)`,
			v, name, time.Now().UTC().Format(time.RFC3339))
		return err
	})
}

// write runs fn in a write transaction, committed when fn returns nil.
func (s *Store) write(ctx context.Context, fn func(w *Tx) error) (err error) {
	if s.readOnly != "" {
		return s.readOnlyError()
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return s.wrap(err)
	}
	defer conn.Close()
	// The transaction itself is not tied to ctx: its statements are, and
	// a ctx that ends before the commit rolls it back below; but a commit
	// cut by ctx could be applied by the database and still be reported as
	// failed, so that a caller would retry a batch already stored.
	tx, err := conn.BeginTx(context.WithoutCancel(ctx), nil)
	if err != nil {
		return s.wrap(err)
	}
	w := &Tx{Conn: conn, Tx: tx, d: s.d}
	defer func() {
		w.close()
		if err != nil {
			tx.Rollback()
		}
	}()
	if err := s.d.Begin(ctx, tx); err != nil {
		return s.wrap(err)
	}
	if err := fn(w); err != nil {
		return s.wrap(err)
	}
	w.close()
	if err := ctx.Err(); err != nil {
		return s.wrap(err) // rolled back by the deferred function
	}
	if err := tx.Commit(); err != nil {
		return s.wrap(err)
	}
	return nil
}

// readOnlyError is the error of a write to a read-only store.
func (s *Store) readOnlyError() error {
	return demarche.Errorf(demarche.ECONFLICT, "%s: the store is read-only (%s): writing (ingest, recode, worker) needs a store you can write", s.d.Name(), s.readOnly)
}

// wrap gives a domain code to a database error.
func (s *Store) wrap(err error) error {
	if err == nil {
		return nil
	}
	var e *demarche.Error
	if errors.As(err, &e) {
		return err
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	if s.d.Unique(err) {
		return demarche.Errorf(demarche.ECONFLICT, "%s: %v", s.d.Name(), err)
	}
	if s.d.Invalid(err) {
		return demarche.Errorf(demarche.EINVALID, "%s refused a value: %v", s.d.Name(), err)
	}
	if strings.Contains(err.Error(), "readonly database") {
		return demarche.Errorf(demarche.ECONFLICT, "%s: the store is read-only: it cannot be written here (%v)", s.d.Name(), err)
	}
	return fmt.Errorf("%s: %w", s.d.Name(), err)
}

func (s *Store) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return s.db.QueryContext(ctx, s.d.Rebind(q), args...)
}

func (s *Store) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	return s.db.QueryRowContext(ctx, s.d.Rebind(q), args...)
}

// Counter names in the counters table.
const (
	cDocuments       = "documents"
	cCanonical       = "canonical"
	cSentences       = "sentences"
	cEvents          = "events"
	cCanonicalEvents = "canonical_events"
	cCleaned         = "cleaned"
)

// Stats returns the counts kept in the counters and versions tables: it
// reads a few rows whatever the size of the store; and the documents per
// language, which a scan of the language index counts.
func (s *Store) Stats(ctx context.Context) (*demarche.StoreStats, error) {
	st := &demarche.StoreStats{Versions: []demarche.VersionCount{}, ReadOnly: s.readOnly}
	rows, err := s.query(ctx, `SELECT name, n FROM counters`)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		var n int64
		if err := rows.Scan(&name, &n); err != nil {
			return nil, s.wrap(err)
		}
		switch name {
		case cDocuments:
			st.Documents = n
		case cCanonical:
			st.Canonical = n
		case cSentences:
			st.Sentences = n
		case cEvents:
			st.Events = n
		case cCanonicalEvents:
			st.CanonicalEvents = n
		case cCleaned:
			st.Cleaned = n
		}
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	rows.Close()
	vrows, err := s.query(ctx, `SELECT name, events FROM versions WHERE events > 0 ORDER BY id`)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer vrows.Close()
	for vrows.Next() {
		var v demarche.VersionCount
		if err := vrows.Scan(&v.Version, &v.Events); err != nil {
			return nil, s.wrap(err)
		}
		st.Versions = append(st.Versions, v)
	}
	if err := vrows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	if st.Languages, err = s.languages(ctx); err != nil {
		return nil, err
	}
	var last sql.NullString
	err = s.queryRow(ctx, `SELECT value FROM meta WHERE name = 'last_ingest'`).Scan(&last)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, s.wrap(err)
	}
	if last.Valid {
		st.LastIngest, _ = time.Parse(time.RFC3339Nano, last.String)
	}
	return st, nil
}

// placeholders returns "?, ?, …" for n values.
func placeholders(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat("?, ", n-1) + "?"
}

// RebindDollar turns ? placeholders into $1, $2 …, leaving quoted text alone.
func RebindDollar(q string) string {
	if !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 16)
	n, quote := 0, byte(0)
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '?':
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// languages counts the documents per language (issue 11).
func (s *Store) languages(ctx context.Context) (map[string]int64, error) {
	rows, err := s.query(ctx, `SELECT language, count(*) FROM documents GROUP BY language`)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	out := map[string]int64{}
	for rows.Next() {
		var l string
		var n int64
		if err := rows.Scan(&l, &n); err != nil {
			return nil, s.wrap(err)
		}
		out[l] = n
	}
	return out, s.wrap(rows.Err())
}
