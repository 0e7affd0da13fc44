package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/analysis"
	"github.com/demarche-project/demarche/examples"
	"github.com/demarche-project/demarche/source"
)

func runDemo(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "demo", "",
		"Codes the bundled example — statements and reports on North Korean troops in\nRussia, June 2024 to May 2025 — into a temporary SQLite database (or --db) and\nshows the PRK–RUS dyad by month, the stances on the question and the signals.")
	dbPath := fs.String("db", "", "database to ingest into and keep (default: a temporary file, removed at the end)")
	minScore := fs.Float64("min-score", 0, "least signal score shown (default 5)")
	var dicts dictFlags
	dicts.add(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return usageError(fs, "unexpected arguments %q", fs.Args())
	}
	dir, err := os.MkdirTemp("", "demarche-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	corpus, question := filepath.Join(dir, examples.CorpusName), filepath.Join(dir, examples.QuestionName)
	if err := os.WriteFile(corpus, examples.Corpus, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(question, examples.Question, 0o644); err != nil {
		return err
	}
	dsn := *dbPath
	if dsn == "" {
		dsn = filepath.Join(dir, "demo.db")
	}
	st, err := openDB(ctx, dsn, forWriting)
	if err != nil {
		return err
	}
	defer st.Close()
	c, err := dicts.coder()
	if err != nil {
		return err
	}
	docs, events, err := ingestFile(ctx, st, c, corpus)
	if err != nil {
		return err
	}
	w := env.Stdout
	fmt.Fprintf(w, "Ingested %d documents of the example (%s) into %s: %d events.\n\n", docs, examples.CorpusName, dsn, events)

	// The example is small: a few documents a month over a year. Its
	// dyads' histories are too short for the defaults of novelty and
	// rhetoric, which are made for years of a news stream.
	an := analysis.New(st, analysis.Options{MinScore: *minScore, RhetoricMinHistory: 4, RhetoricMinDays: 60,
		NoveltyMinHistory: 4, NoveltyMinDays: 60})
	dq := demarche.DyadQuery{A: []string{"PRK"}, B: []string{"RUS"}, Period: demarche.PeriodMonth, TopCodes: 3}
	periods, err := an.Dyad(ctx, dq)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "== The dyad: demarche dyad PRK RUS --by month")
	if err := writeDyad(w, dq, periods, "table"); err != nil {
		return err
	}

	q, err := analysis.ReadQuestion(question)
	if err != nil {
		return err
	}
	// Kept in the store, so that serve, stance and signals on --db find it.
	if qst, ok := st.(demarche.QuestionStore); ok && *dbPath != "" {
		if _, err := qst.PutQuestion(ctx, q); err != nil {
			return err
		}
	}
	rep, err := an.Stances(ctx, q)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n== The stances: demarche stance examples/%s\n", examples.QuestionName)
	if err := writeStances(w, rep, "text"); err != nil {
		return err
	}

	sig, err := an.Signals(ctx, demarche.SignalQuery{Questions: []*demarche.Question{q}, MinScore: *minScore})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n== The signals: demarche signals --question examples/%s\n", examples.QuestionName)
	return writeSignals(w, sig, "table", 2)
}

// ingestFile codes the documents of one input and stores them in one
// batch. It returns the number of documents and events stored.
func ingestFile(ctx context.Context, st demarche.Store, c demarche.Coder, path string) (int, int, error) {
	rd, err := source.Open(ctx, path, source.Options{})
	if err != nil {
		return 0, 0, err
	}
	defer rd.Close()
	var batch []*demarche.Coded
	for {
		doc, err := rd.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return 0, 0, err
		}
		cd, err := c.Code(ctx, doc)
		if err != nil {
			return 0, 0, err
		}
		batch = append(batch, cd)
	}
	res, err := st.Put(ctx, c.Version(), batch)
	if err != nil {
		return 0, 0, err
	}
	return res.Added + res.Replaced + res.Unchanged, res.Events, nil
}
