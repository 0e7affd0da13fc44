package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"sync"
	"time"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/analysis"
	dhttp "github.com/demarche-project/demarche/http"
	"github.com/demarche-project/demarche/ingest"
)

func runServe(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "serve", "",
		"Serves the dashboard at / and the JSON API described at /api/openapi.json.\nRead endpoints are public; POST /api/ingest and /api/recode need the bearer\ntoken of the configuration (serve.token) or of $DEMARCHE_TOKEN.")
	addr := fs.String("addr", ":8080", "address to listen on")
	var lim serveLimits
	lim.add(fs)
	var db dbFlags
	db.add(fs)
	var dicts dictFlags
	dicts.add(fs)
	dicts.addLimit(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return usageError(fs, "unexpected arguments %q", fs.Args())
	}
	if err := lim.check(); err != nil {
		return usageError(fs, "%v", err)
	}
	srv, st, err := newServer(ctx, env, &db, &dicts, &lim)
	if err != nil {
		return err
	}
	defer st.Close()
	// The dashboard at /, its overview computed while the server starts.
	dash := srv.Dashboard()
	go dash.Warm(ctx) // its panics and errors are logged
	return srv.ListenAndServe(ctx, *addr, func(a net.Addr) {
		fmt.Fprintf(env.Stderr, "demarche serve: listening on http://%s (database %s)\n", a, db.dsn(env))
		fmt.Fprintf(env.Stderr, "demarche serve: the dashboard is at http://%s/\n", dashboardHost(a))
	})
}

// newServer wires the store, the analysis, the questions of the
// configuration and the ingest pipeline into an HTTP server.
func newServer(ctx context.Context, env *Env, db *dbFlags, dicts *dictFlags, lim *serveLimits) (*dhttp.Server, demarche.Store, error) {
	st, an, cfg, err := db.openAnalysis(ctx, env)
	if err != nil {
		return nil, nil, err
	}
	qs, err := allQuestions(ctx, st, cfg, nil)
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	token := env.Getenv(tokenEnv)
	if token == "" {
		token = cfg.Serve.Token
	}
	logger := slog.New(slog.NewTextHandler(env.Stderr, nil))
	hc := dhttp.Config{
		Store: st, Analyst: an, Questions: qs, ParseQuestion: analysis.ParseQuestion,
		Ingester: &httpIngester{st: st, dicts: dicts}, Token: token, Logger: logger,
	}
	lim.apply(&hc)
	srv := dhttp.New(hc)
	srv.Handle("GET /signals.atom", srv.SignalsAtom())
	return srv, st, nil
}

// serveLimits are the flags of serve's limits and time-outs.
type serveLimits struct {
	requestTimeout, ingestTimeout                        time.Duration
	readHeaderTimeout, readTimeout, writeTimeout, idle   time.Duration
	maxPeriods, maxSearchTerms, maxSearchLength, maxBody int
}

func (l *serveLimits) add(fs *flag.FlagSet) {
	fs.DurationVar(&l.requestTimeout, "request-timeout", dhttp.DefaultRequestTimeout, "longest time a read or a page may take: then a 503, and its work stops")
	fs.DurationVar(&l.ingestTimeout, "ingest-timeout", dhttp.DefaultIngestTimeout, "longest time POST /api/ingest or /api/recode may take")
	fs.DurationVar(&l.readHeaderTimeout, "read-header-timeout", dhttp.DefaultReadHeaderTimeout, "a client sending its request headers slower is disconnected")
	fs.DurationVar(&l.readTimeout, "read-timeout", dhttp.DefaultReadTimeout, "a client sending its whole request (body included) slower is disconnected")
	fs.DurationVar(&l.writeTimeout, "write-timeout", 0, "longest time to answer a read, from the end of its headers (default request-timeout + 30s)")
	fs.DurationVar(&l.idle, "idle-timeout", dhttp.DefaultIdleTimeout, "an idle kept-alive connection is closed after this")
	fs.IntVar(&l.maxPeriods, "max-periods", demarche.DefaultMaxPeriods, "most periods of a dyad series (by=day over 137 years is 50,000)")
	fs.IntVar(&l.maxSearchTerms, "max-search-terms", dhttp.DefaultMaxSearchTerms, "most words of a search query")
	fs.IntVar(&l.maxSearchLength, "max-search-length", dhttp.DefaultMaxSearchLength, "most bytes of a search query")
	fs.IntVar(&l.maxBody, "max-body", dhttp.DefaultMaxBody, "most bytes of a request body (POST /api/ingest)")
}

// check refuses negative limits (0 keeps a default).
func (l *serveLimits) check() error {
	for name, d := range map[string]time.Duration{"request-timeout": l.requestTimeout, "ingest-timeout": l.ingestTimeout,
		"read-header-timeout": l.readHeaderTimeout, "read-timeout": l.readTimeout, "write-timeout": l.writeTimeout, "idle-timeout": l.idle} {
		if d < 0 {
			return fmt.Errorf("--%s %v: want a positive duration (0: the default)", name, d)
		}
	}
	for name, n := range map[string]int{"max-periods": l.maxPeriods, "max-search-terms": l.maxSearchTerms,
		"max-search-length": l.maxSearchLength, "max-body": l.maxBody} {
		if n < 0 {
			return fmt.Errorf("--%s %d: want a positive number (0: the default)", name, n)
		}
	}
	return nil
}

func (l *serveLimits) apply(c *dhttp.Config) {
	if l == nil {
		return
	}
	c.RequestTimeout, c.IngestTimeout = l.requestTimeout, l.ingestTimeout
	c.ReadHeaderTimeout, c.ReadTimeout, c.WriteTimeout, c.IdleTimeout = l.readHeaderTimeout, l.readTimeout, l.writeTimeout, l.idle
	c.MaxPeriods, c.MaxSearchTerms, c.MaxSearchLength, c.MaxBody = l.maxPeriods, l.maxSearchTerms, l.maxSearchLength, int64(l.maxBody)
}

// httpIngester runs the ingest pipeline for the server.
type httpIngester struct {
	st    demarche.Store
	dicts *dictFlags

	mu sync.Mutex // guards c: requests ask for the coder concurrently
	c  demarche.Coder
}

// coder builds the coder on the first request that needs it, so that a
// read-only server never loads the dictionaries.
func (h *httpIngester) coder() (demarche.Coder, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.c == nil {
		c, err := h.dicts.docCoder()
		if err != nil {
			return nil, err
		}
		h.c = c
	}
	return h.c, nil
}

// Ingest codes and stores docs with the ingest pipeline.
func (h *httpIngester) Ingest(ctx context.Context, docs []*demarche.Document) (*dhttp.IngestResult, error) {
	c, err := h.coder()
	if err != nil {
		return nil, err
	}
	var errs []string
	p := ingest.New(h.st, c, ingest.Options{Report: func(err error) {
		if len(errs) < 100 {
			errs = append(errs, err.Error())
		}
	}})
	s, err := p.Run(ctx, (*ingest.Slice)(&docs))
	if err != nil {
		return nil, err
	}
	return &dhttp.IngestResult{Read: s.Read, Skipped: s.Skipped, Added: s.Added, Replaced: s.Replaced, Unchanged: s.Unchanged,
		Duplicates: s.Duplicates, Events: s.Events, Failed: s.Failed, Errors: errs}, nil
}

// Recode re-codes the documents of other dictionary versions.
func (h *httpIngester) Recode(ctx context.Context) (*dhttp.RecodeResult, error) {
	c, err := h.coder()
	if err != nil {
		return nil, err
	}
	s, err := ingest.Recode(ctx, h.st, c, ingest.Options{}, nil)
	if err != nil {
		return nil, err
	}
	return &dhttp.RecodeResult{RecodeResult: s.RecodeResult, Failed: s.Failed}, nil
}

// dashboardHost returns a host:port to open in a browser for a listening
// address: localhost when it listens on every interface.
func dashboardHost(a net.Addr) string {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	if ip := net.ParseIP(host); ip == nil || ip.IsUnspecified() {
		host = "localhost"
	}
	return net.JoinHostPort(host, port)
}
