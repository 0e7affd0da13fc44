package main

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/analysis"
	"github.com/demarche-project/demarche/watch"
)

// watchAfterIngest is called by each cycle between its ingest and its
// signals; the crash test kills the process there.
var watchAfterIngest func()

func runWatch(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "watch", "SOURCE...",
		"Watches sources and keeps the store up to date: every --every (or once with\n"+
			"--once, e.g. from cron) each source is fetched with a conditional GET, what is\n"+
			"new is coded and stored, the signals it changes are computed again, and every\n"+
			"signal not delivered before is POSTed to each --webhook as JSON.\n"+
			"SOURCE is a feed URL (RSS, Atom, JSON Feed), a page URL, a .urls list of them,\n"+
			"or a local folder or file (new or changed files are read).\n"+
			"Sources that fail are backed off (Retry-After honoured); SIGTERM finishes the\n"+
			"cycle's writes and exits. `demarche status` shows each source and the alerts.")
	every := fs.Duration("every", 15*time.Minute, "poll interval")
	once := fs.Bool("once", false, "run one cycle and exit (for cron)")
	var hooks, questions listFlag
	fs.Var(&hooks, "webhook", "`URL` to POST each new or updated signal to (repeatable)")
	fs.Var(&questions, "question", "a question `FILE` whose stance transitions are signals (repeatable; added to the stored ones)")
	baseURL := fs.String("base-url", "", "the dashboard's address (https://demarche.example.org), for a link in each alert")
	since := fs.String("since", "", "alert only on signals dated from this day, YYYY-MM-DD (default: all)")
	minScore := fs.Float64("min-score", 0, "least score of an alert (default 5, or signals.min_score of the configuration)")
	timeout := fs.Duration("timeout", 30*time.Second, "time allowed for each fetch")
	backoff := fs.Duration("backoff", time.Minute, "wait after a source's first failure, doubled at each further one (up to 6h)")
	retryWait := fs.Duration("retry-wait", 30*time.Second, "wait after a webhook's first failed delivery, doubled at each further one (up to 1h)")
	quiet := fs.Bool("quiet", false, "log only the summary of each cycle (failures stay in demarche status)")
	var db dbFlags
	db.add(fs)
	var dicts dictFlags
	dicts.add(fs)
	if err := fs.Parse(interleave(fs, args)); err != nil {
		return err
	}
	if fs.NArg() == 0 && len(hooks) == 0 {
		return usageError(fs, "name at least one source (a feed or page URL, a .urls list, a folder)")
	}
	for _, h := range hooks {
		u, err := url.Parse(h)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return usageError(fs, "--webhook: want an http(s) URL, got %q", h)
		}
	}
	if *every < time.Second {
		return usageError(fs, "--every: want at least 1s, got %s", *every)
	}
	if *since != "" {
		d, err := demarche.ParseDate(*since)
		if err != nil {
			return usageError(fs, "--since: %v", err)
		}
		*since = d
	}
	cfg, err := db.readConfig(env)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, env, db.db)
	if err != nil {
		return err
	}
	defer st.Close()
	// The analysis over the store just opened (openAnalysis wants an
	// existing database; watch may start on an empty one).
	an := newAnalysis(st, cfg)
	logf := func(format string, a ...any) {
		fmt.Fprintf(env.Stderr, "demarche watch: "+format+"\n", a...)
	}
	w, err := watch.New(st, watch.Options{
		Coder:     dicts.docCoder,
		Analyst:   an,
		Questions: func(ctx context.Context) ([]*demarche.Question, error) { return allQuestions(ctx, st, cfg, questions) },
		Endpoints: hooks, BaseURL: *baseURL, MinScore: *minScore, Since: *since,
		Every: *every, Timeout: *timeout, Backoff: *backoff, RetryWait: *retryWait, AfterIngest: watchAfterIngest,
		Log: func(format string, a ...any) {
			if !*quiet {
				logf(format, a...)
			}
		},
	})
	if err != nil {
		return err
	}
	sources := fs.Args()
	if *once {
		c, err := w.Once(ctx, sources)
		if err != nil {
			return err
		}
		logf("%s", c)
		if ctx.Err() != nil {
			return exitError{130}
		}
		return nil
	}
	logf("watching %d source argument(s) every %s (database %s); SIGTERM or ^C to stop", len(sources), *every, db.dsn(env))
	err = w.Run(ctx, sources)
	logf("stopped")
	return err
}

// newAnalysis returns the analysis of a store with the configuration's
// groups and threshold.
func newAnalysis(st demarche.Store, cfg *analysisConfig) *analysis.Service {
	return analysis.New(st, analysis.Options{Groups: cfg.Groups, MinScore: cfg.Signals.MinScore})
}

func init() {
	statusSections = append(statusSections, statusSection{Name: "watch", Read: watchStatus})
}

// watchStatus is the status section of watched sources and alerts: for
// each source its last fetch, HTTP status, last new document, errors and
// next poll; the alerts not yet delivered.
func watchStatus(ctx context.Context, st demarche.Store) (any, []string, error) {
	ws, ok := st.(demarche.WatchStore)
	if !ok {
		return nil, nil, nil
	}
	srcs, err := ws.Sources(ctx)
	if err != nil {
		if m := err.Error(); strings.Contains(m, "no such table") || strings.Contains(m, "does not exist") {
			// A store opened without its migrations (read-only, older
			// schema): nothing was ever watched.
			return nil, nil, nil
		}
		return nil, nil, err
	}
	alerts, err := ws.Alerts(ctx, 0)
	if err != nil {
		return nil, nil, err
	}
	data := map[string]any{"sources": srcs}
	var lines []string
	when := func(t time.Time) string {
		if t.IsZero() {
			return "never"
		}
		return t.Local().Format(time.DateTime)
	}
	for _, s := range srcs {
		status := "-"
		if s.HTTPStatus != 0 {
			status = fmt.Sprintf("HTTP %d", s.HTTPStatus)
		}
		line := fmt.Sprintf("source\t%s: fetched %s (%s), last new document %s, %d documents, %d errors, next poll %s",
			s.Name, when(s.LastFetch), status, when(s.LastNew), s.Documents, s.Errors, when(s.NextPoll))
		if s.Failures > 0 {
			line += fmt.Sprintf("; failing (%d in a row): %s", s.Failures, s.LastError)
		}
		lines = append(lines, line)
	}
	pending := []map[string]any{}
	for _, a := range alerts {
		for _, d := range a.Deliveries {
			if d.Done {
				continue
			}
			pending = append(pending, map[string]any{"alert": a.ID, "revision": d.Revision, "endpoint": d.Endpoint,
				"attempts": d.Attempts, "last_error": d.LastError, "next_try": d.NextTry, "title": a.Signal.Title})
			line := fmt.Sprintf("undelivered\t%s (%s %s) to %s: %d attempts", a.ID, a.Signal.Kind, a.Signal.Date, d.Endpoint, d.Attempts)
			if d.LastError != "" {
				line += fmt.Sprintf(", last: %s, next try %s", d.LastError, when(d.NextTry))
			}
			lines = append(lines, line)
		}
	}
	data["alerts"] = len(alerts)
	data["undelivered"] = pending
	if len(srcs) > 0 || len(alerts) > 0 {
		lines = append(lines, fmt.Sprintf("alerts\t%d recorded, %d deliveries pending", len(alerts), len(pending)))
	}
	return data, lines, nil
}
