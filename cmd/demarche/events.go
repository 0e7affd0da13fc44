package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/output"
)

func runEvents(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "events", "",
		"Writes the stored events that the filters select, by date, in one of the\n"+
			"output formats. An actor is a country (PRK: every PRK code) or a longer\n"+
			"code (RUSMIL: it and the codes that extend it); lists are comma-separated.\n"+
			"Events of near-duplicate documents are left out unless --duplicates.")
	db := dbFlag(fs)
	src := fs.String("source", "", "source actors")
	tgt := fs.String("target", "", "target actors")
	actor := fs.String("actor", "", "actors as source or as target")
	dyad := fs.String("dyad", "", "`A,B`: the events between A and B, in both directions")
	code := fs.String("code", "", "CAMEO codes (051,0311)")
	root := fs.String("root", "", "CAMEO roots, two digits (05,11)")
	quad := fs.String("quad", "", "quad classes: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict")
	from := fs.String("from", "", "first date, YYYY-MM-DD")
	to := fs.String("to", "", "last date, YYYY-MM-DD")
	pub := fs.String("publication", "", "publications of the documents (KCNA,TASS)")
	doc := fs.String("doc", "", "the events of one document `ID`")
	version := fs.String("version", "", "only the events of this dictionary version")
	dups := fs.Bool("duplicates", false, "include the events of near-duplicate documents")
	minConf := fs.Float64("min-confidence", 0, "only the events whose confidence is at least this (0 to 1; 0.5: right at least half the time)")
	format := fs.String("format", "jsonl", "output format: "+strings.Join(output.Formats(), ", "))
	limit := fs.Int("limit", 0, "at most this many events (0: all)")
	out := fs.String("output", "", "write to this `FILE` instead of standard output")
	if err := fs.Parse(interleave(fs, args)); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError(fs, "unexpected arguments %q: filters are flags", fs.Args())
	}
	f := demarche.EventFilter{Source: splitList(*src), Target: splitList(*tgt), Actor: splitList(*actor),
		CAMEO: splitList(*code), Root: splitList(*root), From: *from, To: *to, Publication: splitList(*pub),
		Doc: *doc, Version: *version, Duplicates: *dups, Limit: *limit, MinConfidence: *minConf}
	if !(*minConf >= 0 && *minConf <= 1) { // NaN too
		return usageError(fs, "--min-confidence %v: want a number from 0 to 1", *minConf)
	}
	if *dyad != "" {
		ab := splitList(*dyad)
		if len(ab) != 2 {
			return usageError(fs, "--dyad %q: want two actors, A,B", *dyad)
		}
		if len(f.Source)+len(f.Target) > 0 {
			return usageError(fs, "--dyad with --source or --target: use one or the other")
		}
		f.Source, f.Target, f.Either = ab[:1], ab[1:], true
	}
	for _, q := range splitList(*quad) {
		n, err := strconv.Atoi(q)
		if err != nil || n < 1 || n > 4 {
			return usageError(fs, "--quad %q: want quad classes 1 to 4", q)
		}
		f.Quad = append(f.Quad, n)
	}
	if *limit < 0 {
		return usageError(fs, "--limit %d: want 0 or more", *limit)
	}
	st, err := openExisting(ctx, env, *db, forReading)
	if err != nil {
		return err
	}
	defer st.Close()

	var w io.Writer = env.Stdout
	if *out != "" {
		fo, err := os.Create(*out)
		if err != nil {
			return demarche.Errorf(demarche.EINVALID, "--output: %v", err)
		}
		defer fo.Close()
		w = fo
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	ew, err := output.NewWith(bw, *format, output.Options{DocInfo: docInfo(ctx, st)})
	if err != nil {
		return usageError(fs, "%v", err)
	}
	n := 0
	err = st.EachEvent(ctx, f, func(e *demarche.Event) error {
		n++
		return ew.Write(e)
	})
	if cerr := ew.Close(); err == nil {
		err = cerr
	}
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	if *out != "" {
		fmt.Fprintf(env.Stderr, "demarche events: %d events written to %s\n", n, *out)
	}
	return nil
}

// docInfo returns the URLs and publications of stored documents, read once
// per document, for the formats that carry them.
func docInfo(ctx context.Context, st demarche.Store) output.DocInfo {
	type info struct{ url, source string }
	cache := map[string]info{}
	return func(id string) (string, string) {
		if i, ok := cache[id]; ok {
			return i.url, i.source
		}
		var i info
		if d, err := st.Document(ctx, id); err == nil {
			i = info{d.URL, d.Source}
		}
		if len(cache) > 100000 {
			clear(cache)
		}
		cache[id] = i
		return i.url, i.source
	}
}

// openExisting opens an existing store: an SQLite file that does not
// exist is an ENOTFOUND error rather than a new, empty store, and one that
// this process cannot write is opened read-only when how is forReading.
func openExisting(ctx context.Context, env *Env, flagValue string, how access) (demarche.Store, error) {
	dsn := (&dbFlags{db: flagValue}).dsn(env)
	if path, ok := sqlitePath(dsn); ok {
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			return nil, demarche.Errorf(demarche.ENOTFOUND, "no database at %s: ingest documents first (demarche ingest), or name one with --db or $DEMARCHE_DB", path)
		}
	}
	return openDB(ctx, dsn, how)
}

// sqlitePath returns the file of an SQLite data source.
func sqlitePath(dsn string) (string, bool) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return "", false
	}
	p := strings.TrimPrefix(strings.TrimPrefix(dsn, "sqlite://"), "file:")
	if i := strings.IndexByte(p, '?'); i >= 0 {
		p = p[:i]
	}
	return p, p != "" && p != ":memory:"
}
