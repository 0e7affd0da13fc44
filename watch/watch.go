// Package watch keeps watching sources — feeds (RSS, Atom, JSON Feed), web
// pages, .urls lists of them and local folders — and turns what is new into
// stored documents, signals and alerts.
//
// Each cycle fetches every due source with a conditional GET
// (If-None-Match, If-Modified-Since), honours Retry-After and backs off a
// host that answers 429 or 5xx; a source that is down, slow or returns
// garbage is reported and backed off without stopping the others. New
// documents go through the ingest pipeline (idempotent, near-duplicates
// linked); then the signals that they can change — of the dyads of their
// events and of the questions — are computed again, recorded in the store
// as alerts, and delivered to the webhooks.
//
// Everything a watcher must not forget is in the store (demarche.WatchStore):
// each source's validators, errors and next poll; the alerts and their
// deliveries; the last ingest whose signals were recorded. Each write comes
// after the work it records, so a watcher killed at any moment and started
// again loses nothing: a source's validators are saved after its documents,
// so it is fetched again; signals are recorded again from the watermark;
// deliveries not recorded as done are sent again. Leases on sources and
// deliveries, kept in the store, let several watchers share one store.
package watch

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/alert"
	"github.com/demarche-project/demarche/ingest"
	"github.com/demarche-project/demarche/source"
)

// Options configure a Watcher.
type Options struct {
	// Coder returns the coder; it is called once, when the first new
	// document needs coding (loading the dictionaries takes a while).
	Coder func() (demarche.Coder, error)

	// Analyst computes the signals; Questions returns the questions whose
	// stance transitions are signals (read at every cycle: stored
	// questions may change).
	Analyst   demarche.Analyst
	Questions func(ctx context.Context) ([]*demarche.Question, error)

	// Endpoints are the webhook URLs alerts are POSTed to.
	Endpoints []string

	// BaseURL is the dashboard's address, for the links of alerts.
	BaseURL string

	// MinScore is the least score of an alert (0: the analysis default).
	MinScore float64

	// Since, when set, leaves out signals dated before it (ISO date):
	// a new watcher on an old store does not alert on its past.
	Since string

	// Every is the poll interval (default 15 minutes).
	Every time.Duration

	// Timeout bounds each fetch (default 30 s).
	Timeout time.Duration

	// Backoff is the wait after a source's first failure, doubled at each
	// further one up to MaxBackoff (defaults 1 minute and 6 hours);
	// a Retry-After header wins up to MaxBackoff.
	Backoff, MaxBackoff time.Duration

	// RetryWait is the wait after a webhook's first failed delivery,
	// doubled at each further one up to an hour (default 30 s).
	RetryWait time.Duration

	// HTTP fetches sources; nil uses a client with Timeout.
	HTTP *http.Client

	// Hooks posts alerts; nil uses a client with a 30 s timeout.
	Hooks *http.Client

	// Owner names this watcher in leases; default host:pid:random.
	Owner string

	// Log receives progress lines; nil discards them.
	Log func(format string, args ...any)

	// Now returns the time; nil means time.Now.
	Now func() time.Time

	// AfterIngest, when set, is called after the documents of a cycle are
	// stored and before its signals are recorded (tests kill the process
	// there).
	AfterIngest func()
}

// Watcher polls sources into a store.
type Watcher struct {
	st  demarche.Store
	ws  demarche.WatchStore
	opt Options

	coder    demarche.Coder
	hostNext map[string]time.Time // per host: no request before
	added    int                  // documents added in this cycle
	sender   *alert.Sender
}

// New returns a watcher on a store, which must implement
// demarche.WatchStore.
func New(st demarche.Store, opt Options) (*Watcher, error) {
	ws, ok := st.(demarche.WatchStore)
	if !ok {
		return nil, demarche.Errorf(demarche.EINVALID, "watch: this store cannot keep the watch state")
	}
	if opt.Every <= 0 {
		opt.Every = 15 * time.Minute
	}
	if opt.Timeout <= 0 {
		opt.Timeout = 30 * time.Second
	}
	if opt.Backoff <= 0 {
		opt.Backoff = time.Minute
	}
	if opt.MaxBackoff <= 0 {
		opt.MaxBackoff = 6 * time.Hour
	}
	if opt.HTTP == nil {
		opt.HTTP = &http.Client{Timeout: opt.Timeout}
	}
	if opt.Owner == "" {
		host, _ := os.Hostname()
		b := make([]byte, 4)
		rand.Read(b)
		opt.Owner = fmt.Sprintf("%s:%d:%s", host, os.Getpid(), hex.EncodeToString(b))
	}
	w := &Watcher{st: st, ws: ws, opt: opt, hostNext: map[string]time.Time{}}
	w.sender = &alert.Sender{Store: ws, Owner: opt.Owner, HTTP: opt.Hooks, BaseURL: opt.BaseURL, Now: opt.Now, Backoff: opt.RetryWait,
		Log: opt.Log, URLs: func(ctx context.Context, ids []string) map[string]string {
			out := map[string]string{}
			for _, id := range ids {
				if d, err := st.Document(ctx, id); err == nil {
					out[id] = d.URL
				}
			}
			return out
		}}
	return w, nil
}

func (w *Watcher) now() time.Time {
	if w.opt.Now != nil {
		return w.opt.Now()
	}
	return time.Now()
}

func (w *Watcher) logf(format string, args ...any) {
	if w.opt.Log != nil {
		w.opt.Log(format, args...)
	}
}

// Cycle is what one cycle did.
type Cycle struct {
	Sources   int // sources considered
	Fetched   int // fetched (or read) this cycle
	NotMod    int // answered 304, or folders without a new or changed file
	Skipped   int // not due (backed off) or leased by another watcher
	Failed    int // failed fetches
	Documents int // new or replaced documents stored
	Events    int // their events
	Bad       int // bad records and documents
	Dyads     int // dyads whose signals were computed again
	Signals   int // signals considered
	New       int // new alerts
	Updated   int // alerts revised
	Sent      int // deliveries accepted
	Undeliv   int // deliveries failed this cycle (retried later)

	// Elapsed is the cycle's time: fetching and ingesting, then
	// computing and recording signals, then delivering.
	Elapsed, Fetch, Signal, Deliver time.Duration
}

// String is a one-line summary.
func (c *Cycle) String() string {
	return fmt.Sprintf("%d sources: %d fetched, %d unchanged, %d skipped, %d failed; %d new documents (%d events, %d bad); "+
		"%d signals over %s: %d new alerts, %d updated; %d delivered, %d failed; %s (fetch and ingest %s, signals %s, delivery %s)",
		c.Sources, c.Fetched, c.NotMod, c.Skipped, c.Failed, c.Documents, c.Events, c.Bad,
		c.Signals, c.dyads(), c.New, c.Updated, c.Sent, c.Undeliv, c.Elapsed.Round(time.Millisecond),
		c.Fetch.Round(time.Millisecond), c.Signal.Round(time.Millisecond), c.Deliver.Round(time.Millisecond))
}

func (c *Cycle) dyads() string {
	if c.Dyads < 0 {
		return "all dyads"
	}
	return fmt.Sprintf("%d dyads", c.Dyads)
}

// Run runs cycles every Options.Every until ctx ends. A cycle that fails
// (the store is unreachable) is logged and the next one tries again.
func (w *Watcher) Run(ctx context.Context, sources []string) error {
	for {
		start := w.now()
		c, err := w.Once(ctx, sources)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			w.logf("cycle failed: %v", err)
		} else {
			w.logf("cycle: %s", c)
		}
		wait := w.opt.Every - w.now().Sub(start)
		if wait < time.Second {
			wait = time.Second
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}

// Once runs one cycle: fetch every due source, ingest what is new, record
// the signals it changes, deliver the alerts. When ctx ends (SIGTERM) the
// cycle stops fetching, but the writes of what was fetched complete.
func (w *Watcher) Once(ctx context.Context, sources []string) (*Cycle, error) {
	start := time.Now()
	c := &Cycle{}
	w.added = 0
	list, listErrs := expand(sources)
	for _, e := range listErrs {
		w.logf("%v", e)
		c.Failed++
	}
	c.Sources = len(list)
	begin, err := w.begin(ctx)
	if err != nil {
		return c, err
	}
	touched := map[[2]string]bool{}
	for _, src := range list {
		if ctx.Err() != nil {
			break
		}
		if err := w.poll(ctx, src, c, touched); err != nil {
			return c, err
		}
	}
	c.Fetch = time.Since(start)
	// From here on, finish the cycle's writes even if ctx ends.
	wctx := context.WithoutCancel(ctx)
	if w.opt.AfterIngest != nil {
		w.opt.AfterIngest()
	}
	if err := w.recordSignals(wctx, begin, w.added, touched, c); err != nil {
		return c, err
	}
	c.Signal = time.Since(start) - c.Fetch
	if ctx.Err() == nil && len(w.opt.Endpoints) > 0 {
		st, err := w.sender.Deliver(ctx)
		c.Sent, c.Undeliv = st.Sent, st.Failed
		if err != nil && ctx.Err() == nil {
			return c, err
		}
	}
	c.Elapsed = time.Since(start)
	c.Deliver = c.Elapsed - c.Fetch - c.Signal
	return c, nil
}

// watched is one source of a cycle.
type watched struct {
	name   string // URL or path
	folder bool   // a local folder (or file): new or changed files are read
}

// expand turns the command line's sources into watched sources: URLs as
// they are, each URL of a .urls list, folders and files. A list that
// cannot be read is an error of its own and does not stop the others.
func expand(args []string) ([]watched, []error) {
	var out []watched
	var errs []error
	seen := map[string]bool{}
	add := func(s watched) {
		if !seen[s.name] {
			seen[s.name] = true
			out = append(out, s)
		}
	}
	for _, a := range args {
		switch {
		case isURL(a):
			add(watched{name: a})
		case strings.HasSuffix(strings.ToLower(a), ".urls"):
			urls, err := readURLs(a)
			if err != nil {
				errs = append(errs, err)
			}
			for _, u := range urls {
				add(watched{name: u})
			}
		default:
			abs, err := filepath.Abs(a)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			add(watched{name: abs, folder: true})
		}
	}
	return out, errs
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// readURLs reads a .urls list: http(s) URLs one a line, blank lines and
// lines starting with # skipped; other lines are reported.
func readURLs(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	var out []string
	var bad []string
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(strings.TrimPrefix(line, "\uFEFF"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !isURL(line) {
			bad = append(bad, fmt.Sprintf("%s:%d: url: %q is not an http(s) URL", path, i+1, line))
			continue
		}
		out = append(out, line)
	}
	if len(bad) > 0 {
		return out, errors.New(strings.Join(bad, "; "))
	}
	return out, nil
}

// poll fetches one source when it is due and its lease is free, and
// ingests what it gives. Only store failures are returned; a source's
// failures are recorded in its state.
func (w *Watcher) poll(ctx context.Context, src watched, c *Cycle, touched map[[2]string]bool) error {
	now := w.now()
	host := hostOf(src.name)
	if t, ok := w.hostNext[host]; ok && now.Before(t) && !src.folder {
		c.Skipped++
		return nil
	}
	st, ok, err := w.ws.LeaseSource(ctx, src.name, w.opt.Owner, now, now.Add(2*w.opt.Timeout+5*time.Minute))
	if err != nil {
		return err
	}
	if !ok {
		c.Skipped++
		w.logf("%s: leased by another watcher", src.name)
		return nil
	}
	if st.Failures > 0 && now.Before(st.NextPoll) {
		// Backing off after failures.
		c.Skipped++
		if !src.folder {
			w.hostNext[host] = st.NextPoll
		}
		return w.ws.SaveSource(context.WithoutCancel(ctx), st, w.opt.Owner)
	}
	var res *fetchResult
	if src.folder {
		res = w.readFolder(ctx, st)
	} else {
		res = w.fetchURL(ctx, st)
	}
	wctx := context.WithoutCancel(ctx)
	if ctx.Err() != nil && res.err != nil {
		// Stopped (SIGTERM) in the middle of the fetch: not the
		// source's failure. Its state stays as it was.
		return w.ws.SaveSource(wctx, st, w.opt.Owner)
	}
	st.LastFetch = now
	st.HTTPStatus = res.status
	if len(res.docs) > 0 {
		n, ev, bad, err := w.ingest(wctx, res.docs, touched)
		if err != nil {
			return err
		}
		c.Documents += n
		c.Events += ev
		res.bad += bad
		if n > 0 {
			st.Documents += int64(n)
			st.LastNew = now
		}
	}
	c.Bad += res.bad
	st.Errors += int64(res.bad)
	switch {
	case res.err != nil:
		c.Failed++
		st.Failures++
		st.Errors++
		st.LastError = res.err.Error()
		wait := w.backoff(st.Failures, res.after)
		st.NextPoll = now.Add(wait)
		if res.hostWide && !src.folder {
			w.hostNext[host] = st.NextPoll
		}
		w.logf("%s: %v; next try in %s", src.name, res.err, wait.Round(time.Second))
	default:
		st.Failures = 0
		st.NextPoll = now.Add(w.opt.Every)
		if res.notModified {
			c.NotMod++
		} else {
			c.Fetched++
		}
		if res.lastErr != "" {
			st.LastError = res.lastErr
		}
		// Validators are kept only when every item was read: an item
		// whose page failed is fetched again next time.
		if res.keepValidators {
			st.ETag, st.LastModified = res.etag, res.lastModified
			if res.files != nil {
				st.Files = res.files
			}
		}
	}
	return w.ws.SaveSource(wctx, st, w.opt.Owner)
}

// backoff is the wait after n consecutive failures, or the server's
// Retry-After when it says so; both at most MaxBackoff.
func (w *Watcher) backoff(n int, after time.Duration) time.Duration {
	d := w.opt.Backoff
	for i := 1; i < n && d < w.opt.MaxBackoff; i++ {
		d *= 2
	}
	if after > d {
		d = after
	}
	return min(d, w.opt.MaxBackoff)
}

func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	return strings.ToLower(u.Host)
}

// fetchResult is what fetching a source gave.
type fetchResult struct {
	status       int
	notModified  bool
	docs         []*demarche.Document
	bad          int    // bad records
	lastErr      string // the last bad record
	err          error  // the source failed
	after        time.Duration
	hostWide     bool // 429 or 5xx: the host is backed off
	etag         string
	lastModified string
	files        map[string]string

	keepValidators bool
}

// fetchURL makes a conditional GET of a feed or a page and reads its new
// documents.
func (w *Watcher) fetchURL(ctx context.Context, st *demarche.SourceState) *fetchResult {
	res := &fetchResult{}
	fctx, cancel := context.WithTimeout(ctx, w.opt.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(fctx, http.MethodGet, st.Name, nil)
	if err != nil {
		res.err = fmt.Errorf("bad URL: %v", err)
		return res
	}
	req.Header.Set("User-Agent", "demarche-watch/0.1")
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, text/html, application/xml;q=0.9, application/json;q=0.9, */*;q=0.8")
	if st.ETag != "" {
		req.Header.Set("If-None-Match", st.ETag)
	}
	if st.LastModified != "" {
		req.Header.Set("If-Modified-Since", st.LastModified)
	}
	resp, err := w.opt.HTTP.Do(req)
	if err != nil {
		res.err = err
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(fctx.Err(), context.DeadlineExceeded) {
			res.err = fmt.Errorf("no answer within %s", w.opt.Timeout)
		}
		return res
	}
	defer resp.Body.Close()
	res.status = resp.StatusCode
	switch {
	case resp.StatusCode == http.StatusNotModified:
		res.notModified = true
		res.keepValidators = true
		res.etag, res.lastModified = st.ETag, st.LastModified
		return res
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		res.err = fmt.Errorf("HTTP %s", resp.Status)
		res.after = source.RetryAfter(resp.Header, w.now())
		res.hostWide = true
		return res
	case resp.StatusCode != http.StatusOK:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		res.err = fmt.Errorf("HTTP %s", resp.Status)
		return res
	}
	body, err := source.ReadBody(resp)
	if err != nil {
		res.err = fmt.Errorf("reading the answer: %v", err)
		return res
	}
	res.etag, res.lastModified = resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
	known := w.knownFunc(ctx)
	rd, err := source.OpenBody(ctx, st.Name, resp.Request.URL.String(), resp.Header.Get("Content-Type"), body,
		source.Options{HTTP: w.opt.HTTP, Known: known, Retries: -1})
	if err != nil {
		res.err = err
		return res
	}
	defer rd.Close()
	res.keepValidators = true
	w.readAll(rd, res)
	return res
}

// knownFunc reports whether a document ID is stored (for feed items, whose
// pages are then not fetched again).
func (w *Watcher) knownFunc(ctx context.Context) func(string) bool {
	return func(id string) bool {
		m, err := w.st.Hashes(ctx, []string{id})
		return err == nil && m[id] != ""
	}
}

// readAll reads a source's documents, counting its bad records. A record
// error that ends the input (malformed XML) fails the source; a failed
// item page keeps the validators from being saved, so that it is tried
// again.
func (w *Watcher) readAll(rd source.Reader, res *fetchResult) {
	for len(res.docs) < 100000 {
		d, err := rd.Next()
		if err == io.EOF {
			return
		}
		if err != nil {
			var re *source.RecordError
			if !errors.As(err, &re) {
				res.err = err
				res.keepValidators = false
				return
			}
			if re.Line == 0 {
				// The whole input is unreadable.
				if len(res.docs) == 0 {
					res.err = err
				} else {
					res.bad++
					res.lastErr = err.Error()
				}
				res.keepValidators = false
				return
			}
			res.bad++
			res.lastErr = err.Error()
			if re.Field == "link" || re.Field == "url" {
				res.keepValidators = false
			}
			w.logf("%v", err)
			continue
		}
		res.docs = append(res.docs, d)
	}
}

// readFolder reads the new or changed files of a folder (or a single
// file): those whose size or modification time differs from the last
// cycle's.
func (w *Watcher) readFolder(ctx context.Context, st *demarche.SourceState) *fetchResult {
	res := &fetchResult{files: map[string]string{}, keepValidators: true}
	names, err := source.Expand([]string{st.Name})
	if err != nil {
		res.err = err
		return res
	}
	sort.Strings(names)
	changed := 0
	for _, name := range names {
		if ctx.Err() != nil {
			// Unread files keep their old state: read next time.
			if v, ok := st.Files[name]; ok {
				res.files[name] = v
			}
			continue
		}
		fi, err := os.Stat(name)
		if err != nil {
			res.bad++
			res.lastErr = err.Error()
			continue
		}
		key := strconv.FormatInt(fi.Size(), 10) + ":" + strconv.FormatInt(fi.ModTime().UnixNano(), 10)
		if st.Files[name] == key {
			res.files[name] = key
			continue
		}
		changed++
		rd, err := source.Open(ctx, name, source.Options{})
		if err != nil {
			res.bad++
			res.lastErr = err.Error()
			w.logf("%v", err)
			res.files[name] = key // reported once; read again when it changes
			continue
		}
		sub := &fetchResult{keepValidators: true}
		w.readAll(rd, sub)
		rd.Close()
		res.docs = append(res.docs, sub.docs...)
		res.bad += sub.bad
		if sub.err != nil {
			res.bad++
			res.lastErr = sub.err.Error()
		} else if sub.lastErr != "" {
			res.lastErr = sub.lastErr
		}
		res.files[name] = key
	}
	res.notModified = changed == 0
	return res
}

// recorder wraps the store to learn which documents a Put added or
// replaced, and the dyads of their events.
type recorder struct {
	demarche.Store
	mu      sync.Mutex
	touched map[[2]string]bool
	docs    int // added or replaced
	added   int
	events  int
}

func (r *recorder) Put(ctx context.Context, version string, batch []*demarche.Coded) (*demarche.PutResult, error) {
	res, err := r.Store.Put(ctx, version, batch)
	if err != nil {
		return res, err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for i, d := range res.Docs {
		if d.Status == demarche.PutUnchanged || i >= len(batch) {
			continue
		}
		r.docs++
		if d.Status == demarche.PutAdded {
			r.added++
		}
		for _, e := range batch[i].Events {
			r.events++
			a, b := demarche.Country(e.Source), demarche.Country(e.Target)
			if a != "" && b != "" && a != b {
				if b < a {
					a, b = b, a
				}
				r.touched[[2]string{a, b}] = true
			}
		}
	}
	return res, nil
}

// ingest codes and stores documents (those already stored with the same
// content are skipped before coding) and adds the dyads of their events
// to touched. It returns the documents stored, their events and the
// documents rejected.
func (w *Watcher) ingest(ctx context.Context, docs []*demarche.Document, touched map[[2]string]bool) (int, int, int, error) {
	if w.coder == nil {
		// Is anything new? The dictionaries load only then.
		ids := make([]string, len(docs))
		for i, d := range docs {
			ids[i] = d.ID
		}
		stored, err := w.st.Hashes(ctx, ids)
		if err != nil {
			return 0, 0, 0, err
		}
		if len(stored) == len(docs) && allSame(docs, stored) {
			return 0, 0, 0, nil
		}
		c, err := w.opt.Coder()
		if err != nil {
			return 0, 0, 0, err
		}
		w.coder = c
	}
	rec := &recorder{Store: w.st, touched: touched}
	defer func() { w.added += rec.added }()
	bad := 0
	p := ingest.New(rec, w.coder, ingest.Options{Report: func(err error) {
		bad++
		w.logf("%v", err)
	}})
	if _, err := p.Run(ctx, (*ingest.Slice)(&docs)); err != nil {
		return rec.docs, rec.events, bad, err
	}
	return rec.docs, rec.events, bad, nil
}
