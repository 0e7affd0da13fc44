package main

import (
	"context"
	"flag"
	"fmt"
	"runtime"
	"runtime/debug"
	"sync/atomic"
	"time"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/ingest"
	"github.com/demarche-project/demarche/source"
)

// dbFlag adds the --db flag of the commands that use the store.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", "", "the store: an SQLite file or a postgres:// URL (default $"+dbEnv+", else ./"+defaultDB+")")
}

// openStore opens (or creates) the store named by the --db flag, else
// $DEMARCHE_DB, else ./demarche.db, for writing.
func openStore(ctx context.Context, env *Env, flagValue string) (demarche.Store, error) {
	return openDB(ctx, (&dbFlags{db: flagValue}).dsn(env), forWriting)
}

func runIngest(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "ingest", "SOURCE...",
		"Reads documents, codes them on all cores and stores them with their sentences\n"+
			"and events. SOURCE is a file (.txt, .jsonl[.gz], .xml, .csv, .html, RSS/Atom,\n"+
			".urls lists), a folder, a glob, an http(s) URL, or - for standard input.\n"+
			"Documents already stored with the same content are skipped before coding, so\n"+
			"running it again adds nothing and an interrupted run resumes where it stopped.\n"+
			"Bad records and unreachable URLs are reported with their file and line on\n"+
			"standard error and skipped (exit status 1 at the end); --strict stops instead.\n"+
			"With --queue nats://HOST:4222, documents are published to a NATS JetStream\n"+
			"queue instead, for any number of `demarche worker`s to code and store.")
	db := dbFlag(fs)
	var in inputFlags
	in.add(fs)
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents coded in parallel")
	batch := fs.Int("batch", ingest.DefaultBatch, "documents written per transaction")
	quiet := fs.Bool("quiet", false, "no progress bar and no summary")
	var dicts dictFlags
	dicts.add(fs)
	dicts.addLimit(fs)
	var qf queueFlags
	qf.add(fs, true)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitError{2}
	}
	if err := in.check(); err != nil {
		return err
	}
	names, err := source.Expand(fs.Args())
	if err != nil {
		return err
	}
	opts, err := dicts.limitOptions(in.options())
	if err != nil {
		return err
	}
	if qf.url != "" {
		// Workers code and store (demarche worker): see queue.go.
		return ingestToQueue(ctx, env, &qf, names, &in, opts, &dicts, *quiet)
	}
	lessGC(env)
	c, err := dicts.docCoder()
	if err != nil {
		return err
	}
	st, err := openStore(ctx, env, *db)
	if err != nil {
		return err
	}
	defer st.Close()

	report := func(err error) { fmt.Fprintf(env.Stderr, "demarche ingest: %v\n", err) }
	bar := env.StdoutIsTerminal && !*quiet
	var prog *ingest.Progress
	if bar {
		// The bar is erased before a message and redrawn after it.
		inner := report
		report = func(err error) { prog.Do(func() { inner(err) }) }
	}
	rd := ingest.NewReader(ctx, names, opts, in.strict, report)
	defer rd.Close()
	p := ingest.New(st, c, ingest.Options{Workers: *workers, Batch: *batch, Strict: in.strict, Report: report})
	if bar {
		var total atomic.Int64
		go func() {
			if n, ok := ingest.Count(names, in.format); ok {
				total.Store(int64(n))
			}
		}()
		prog = ingest.StartProgress(env.Stderr, 200*time.Millisecond, p.Stats, func() int { return int(total.Load()) })
	}
	stats, err := p.Run(ctx, rd)
	if prog != nil {
		prog.Stop()
	}
	failed := stats.Failed + rd.Failed()
	if !*quiet {
		line := stats.Summary()
		if n := rd.Failed(); n > 0 {
			line += fmt.Sprintf("; %d bad records or inputs", n)
		}
		fmt.Fprintf(env.Stderr, "demarche ingest: %s\n", line)
	}
	if err != nil {
		if ctx.Err() != nil || stats.Batches > 0 {
			fmt.Fprintf(env.Stderr, "demarche ingest: stopped; the %d documents written are kept: run the same command again to go on\n",
				stats.Added+stats.Replaced)
		}
		if ctx.Err() != nil {
			return exitError{130} // interrupted: said above
		}
		return err
	}
	if failed > 0 {
		return exitError{1}
	}
	return nil
}

// lessGC makes the garbage collector run a quarter as often, unless $GOGC
// says otherwise: the coder's dictionaries are a large live heap that each
// collection marks again, and an ingest or a recode then spends about a
// tenth less CPU, for some 60 MB more memory. A soft limit of gcLimit
// (unless $GOMEMLIMIT says otherwise) makes it run more often again when
// the heap grows past it — a long document's sentences and events, a live
// heap that 400 % would let grow fivefold.
func lessGC(env *Env) {
	if env.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if env.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(gcLimit)
	}
}

// gcLimit is the heap size from which the garbage collector of an ingest
// runs as often as it must to stay under it: more than an ingest of short
// stories uses (some 130 MB), less than a long document would take with
// GOGC=400.
const gcLimit = 256 << 20
