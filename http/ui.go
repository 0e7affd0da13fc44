package http

import (
	"bytes"
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"math"
	"net/http"
	"net/url"
	"path"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// The dashboard is server-rendered HTML (html/template) with one style
// sheet, a little vanilla JavaScript and SVG charts drawn here; all of it is
// embedded in the binary, nothing is fetched at run time. Its pages are:
//
//	/                 overview: latest signals, most active and most changed dyads, store status
//	/dyad             a dyad's timeline by quad class with the Goldstein mean, its events and signals
//	/stances          the stances of actors on a question, as lanes over time
//	/documents/{id}   a document with every coded event's spans highlighted
//	/search           full-text search across sentences
//	/signals          every signal, with filters
//
// Every filter is a query parameter, so that a view can be shared by its URL.

//go:embed ui
var uiFiles embed.FS

// Dashboard serves the web interface of a Server. It reads what the API
// reads (the store, the analysis, the questions) directly, without going
// through JSON.
type Dashboard struct {
	s      *Server
	pages  map[string]*template.Template
	assets map[string]asset

	// Budget is how long a page waits for a slow section (signals computed
	// for the first time, the overview's index after an ingest) before it
	// is sent with a placeholder that the browser fills in when the section
	// is ready. Default DefaultBudget.
	Budget time.Duration

	mu       sync.Mutex
	calls    map[string]*call // computations going on, by key
	bg       chan struct{}    // slots of the computations going on: GOMAXPROCS
	idx      *uiIndex         // the last index built
	building chan struct{}    // closed when the running build ends; nil when none runs
	buildErr error
}

// DefaultBudget is how long a page waits for a slow section by default.
const DefaultBudget = 100 * time.Millisecond

// asset is one embedded static file, served with a content hash in its URL
// so that it can be cached for long.
type asset struct {
	body  []byte
	ctype string
	hash  string
}

// Dashboard registers the web dashboard on the server's mux, at / and the
// page paths listed in the package's documentation (the API stays under
// /api/), and returns it. It panics when the embedded templates do not
// parse, which the tests rule out.
func (s *Server) Dashboard() *Dashboard {
	d := &Dashboard{s: s, Budget: DefaultBudget, bg: make(chan struct{}, runtime.GOMAXPROCS(0))}
	d.loadAssets()
	d.parsePages()
	d.route("GET /{$}", d.overview)
	d.route("GET /dyad", d.dyad)
	d.route("GET /stances", d.stances)
	d.route("GET /documents/{id}", d.document)
	d.route("GET /search", d.search)
	d.route("GET /signals", d.signalsPage)
	d.route("GET /watch", d.watchPage)
	s.Handle("GET /ui/{file}", http.HandlerFunc(d.asset))
	return d
}

// Warm builds what the overview shows (the dyad index and the latest
// signals) so that the first visitor does not wait for it. It returns the
// error of the build, if any; the dashboard retries on the next request.
func (d *Dashboard) Warm(ctx context.Context) (err error) {
	defer d.s.protect(ctx, "dashboard warm-up", &err)
	if _, _, err := d.index(ctx, -1); err != nil {
		return err
	}
	// The stances of the configured questions, which the analysis caches.
	for _, q := range d.s.cfg.Questions {
		cp := *q
		if _, err := d.s.cfg.Analyst.Stances(ctx, &cp); err != nil {
			return err
		}
	}
	return nil
}

func (d *Dashboard) loadAssets() {
	d.assets = map[string]asset{}
	err := fs.WalkDir(uiFiles, "ui/static", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		b, err := uiFiles.ReadFile(p)
		if err != nil {
			return err
		}
		ctype := "application/octet-stream"
		switch path.Ext(p) {
		case ".css":
			ctype = "text/css; charset=utf-8"
		case ".js":
			ctype = "text/javascript; charset=utf-8"
		case ".svg":
			ctype = "image/svg+xml"
		}
		sum := sha256.Sum256(b)
		d.assets[path.Base(p)] = asset{body: b, ctype: ctype, hash: hex.EncodeToString(sum[:6])}
		return nil
	})
	if err != nil {
		panic("http: dashboard assets: " + err.Error())
	}
}

// asset serves an embedded static file. With the right hash in ?v= it may
// be cached for a year; without, for a minute.
func (d *Dashboard) asset(w http.ResponseWriter, r *http.Request) {
	a, ok := d.assets[r.PathValue("file")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", a.ctype)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if r.URL.Query().Get("v") == a.hash {
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		w.Header().Set("Cache-Control", "public, max-age=60")
	}
	w.Write(a.body)
}

// assetURL returns the URL of a static file with its content hash.
func (d *Dashboard) assetURL(name string) string {
	return "/ui/" + name + "?v=" + d.assets[name].hash
}

func (d *Dashboard) parsePages() {
	funcs := template.FuncMap{
		"quadName":  quadName,
		"codeName":  codeName,
		"num":       fmtNum,
		"signed":    fmtSigned,
		"pct":       fmtPct,
		"int":       fmtInt,
		"evidence":  evidenceHTML,
		"docURL":    docURL,
		"eventURL":  eventURL,
		"stanceCls": stanceClass,
		"add":       func(a, b int) int { return a + b },
		"asset":     d.assetURL,
		"join":      strings.Join,
		"sub":       func(a, b float64) float64 { return a - b },
		"sub64":     func(a, b int64) int64 { return a - b },
		"num1":      func(x float64) string { return strconv.FormatFloat(x, 'f', 1, 64) },
		"months":    func() []int { return []int{1, 2, 3, 6, 12} },
		"quads":     func() []int { return []int{1, 2, 3, 4} },
		"ypos":      func(pct float64) float64 { return chartH - pct/100*chartH },
		"signalURL": signalURL,
		"proofs":    proofs,
		"when":      when,
	}
	base := template.Must(template.New("").Funcs(funcs).ParseFS(uiFiles, "ui/templates/layout.html", "ui/templates/parts.html"))
	d.pages = map[string]*template.Template{}
	for _, name := range []string{"overview", "dyad", "stances", "document", "search", "signals", "watch", "error"} {
		t := template.Must(base.Clone())
		d.pages[name] = template.Must(t.ParseFS(uiFiles, "ui/templates/"+name+".html"))
	}
}

// route registers a page handler: it renders into a buffer, so that an
// error becomes an HTML error page with the right status, and reports the
// server time in a Server-Timing header.
func (d *Dashboard) route(pattern string, h func(w http.ResponseWriter, r *http.Request) (*page, error)) {
	d.s.Handle(pattern, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		p, err := h(w, r)
		if err != nil {
			if errors.Is(err, context.Canceled) && errors.Is(r.Context().Err(), context.Canceled) {
				return
			}
			if derr := d.s.deadlineError(r, err); derr != nil {
				err = derr
			}
			code := demarche.ErrorCode(err)
			status := statusOf(code)
			if status >= 500 {
				d.s.log.Error("page failed", "request_id", RequestID(r.Context()), "path", r.URL.Path, "err", err)
			}
			title := "Not found"
			switch status {
			case http.StatusBadRequest:
				title = "Bad request"
			case http.StatusNotFound:
			default:
				title = "Something went wrong"
			}
			p = &page{Name: "error", Title: title, Status: status, Data: demarche.ErrorMessage(err)}
		}
		if p == nil {
			return // the handler wrote the response itself
		}
		d.render(w, r, p, start)
	}))
}

// page is what a page template receives.
type page struct {
	Name   string // template name, and the current item of the navigation
	Title  string
	Status int
	Search string // the search box's value
	Data   any

	// Partial, when set, renders only this template of the page (a section
	// the browser asked for after a placeholder), without the layout.
	Partial string

	// Timer, when set, has the parts of the server time.
	Timer *timer
}

func (d *Dashboard) render(w http.ResponseWriter, r *http.Request, p *page, start time.Time) {
	t := d.pages[p.Name]
	var buf bytes.Buffer
	name := "layout"
	if p.Partial != "" {
		name = p.Partial
	}
	if p.Timer != nil {
		p.Timer.mark("data")
	}
	if err := t.ExecuteTemplate(&buf, name, p); err != nil {
		d.s.log.Error("page template failed", "page", p.Name, "err", err)
		http.Error(w, "internal error: the page could not be drawn", http.StatusInternalServerError)
		return
	}
	if p.Timer != nil {
		p.Timer.mark("render")
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
	timing := fmt.Sprintf("app;dur=%.1f", float64(time.Since(start).Microseconds())/1000)
	if p.Timer != nil {
		timing += ", " + strings.Join(p.Timer.parts, ", ")
	}
	h.Set("Server-Timing", timing)
	if p.Status == 0 {
		p.Status = http.StatusOK
	}
	w.WriteHeader(p.Status)
	w.Write(buf.Bytes())
}

// call is a computation shared by the requests that need it while it runs
// (signals computed for the first time take seconds: two visitors, or one
// who reloads, must not start it twice).
type call struct {
	done chan struct{}
	v    any
	err  error
}

// pending runs fn under key, or joins the run of fn under key that is
// going on, and waits at most budget for it (a negative budget waits until
// it is done). When it is not done by then, it goes on in the background —
// its result usually lands in the analysis cache, so that the browser's
// follow-up request is fast — and pending returns ok false.
func pending[T any](ctx context.Context, d *Dashboard, budget time.Duration, key string, fn func(context.Context) (T, error)) (v T, ok bool, err error) {
	d.mu.Lock()
	if d.calls == nil {
		d.calls = map[string]*call{}
	}
	c, running := d.calls[key]
	if !running {
		c = &call{done: make(chan struct{})}
		d.calls[key] = c
		go func() {
			// Detached from the request: the work is kept for the next
			// one, within a bound of its own.
			bctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), backgroundTimeout)
			defer cancel()
			var v T
			var err error
			// At most GOMAXPROCS at once, whatever the number of
			// different sections asked for.
			select {
			case d.bg <- struct{}{}:
				func() {
					defer func() { <-d.bg }()
					defer d.s.protect(ctx, "dashboard section "+key, &err)
					v, err = fn(bctx)
				}()
			case <-bctx.Done():
				err = bctx.Err()
			}
			c.v, c.err = v, err
			d.mu.Lock()
			delete(d.calls, key)
			d.mu.Unlock()
			close(c.done)
		}()
	}
	d.mu.Unlock()
	timeout, stop := timeoutAfter(budget)
	defer stop()
	select {
	case <-c.done:
		if c.err != nil {
			return v, true, c.err
		}
		return c.v.(T), true, nil
	case <-timeout:
		return v, false, nil
	case <-ctx.Done():
		return v, false, ctx.Err()
	}
}

// timeoutAfter returns a channel that receives once d has passed, or, for
// a negative d, nil (a wait without limit); stop releases its timer.
func timeoutAfter(d time.Duration) (timeout <-chan time.Time, stop func()) {
	if d < 0 {
		return nil, func() {}
	}
	t := time.NewTimer(d)
	return t.C, func() { t.Stop() }
}

// backgroundTimeout bounds the work a page leaves running for the next
// request (signals computed for the first time).
const backgroundTimeout = 10 * time.Minute

// timer measures the parts of a page for its Server-Timing header.
type timer struct {
	last  time.Time
	parts []string
}

func newTimer() *timer { return &timer{last: time.Now()} }

// mark ends the part called name.
func (t *timer) mark(name string) {
	now := time.Now()
	t.parts = append(t.parts, fmt.Sprintf("%s;dur=%.1f", name, float64(now.Sub(t.last).Microseconds())/1000))
	t.last = now
}

// form reads the query parameters of a page. Unlike the API, pages ignore
// unknown parameters (a link may carry more than a page needs) but reject
// malformed values, naming the parameter.
type form struct {
	q   url.Values
	err error
}

func newForm(r *http.Request) *form {
	q, err := parseQuery(r.URL.RawQuery)
	return &form{q: q, err: err}
}

func (f *form) fail(name, format string, args ...any) { failParam(&f.err, name, format, args...) }

func (f *form) str(name string) string { return strings.TrimSpace(f.q.Get(name)) }

func (f *form) date(name string) string { return readDate(f, name) }

// actors reads a comma-separated list of actors or groups, upper-cased.
func (f *form) actors(name string) []string {
	var out []string
	for _, a := range strings.FieldsFunc(f.str(name), func(r rune) bool { return r == ',' || r == ' ' || r == ';' }) {
		a = strings.ToUpper(a)
		ok := len(a) >= 3
		for _, r := range a {
			ok = ok && (r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
		}
		if !ok {
			f.fail(name, "%q is not an actor (a country such as PRK, a code such as RUSMIL, or a configured group)", a)
			continue
		}
		out = append(out, a)
	}
	return out
}

func (f *form) list(name string) []string {
	var out []string
	for _, v := range f.q[name] {
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

func (f *form) intIn(name string, def, min, max int) int { return readIntIn(f, name, def, min, max) }

func (f *form) float(name string, def float64) float64 {
	v := f.str(name)
	if v == "" {
		return def
	}
	x, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
		f.fail(name, "%q is not a number", v)
		return def
	}
	return x
}

func (f *form) bool(name string) bool {
	switch strings.ToLower(f.str(name)) {
	case "1", "true", "yes", "on":
		return true
	}
	return false
}

func (f *form) oneOf(name, def string, allowed ...string) string {
	return readOneOf(f, name, def, allowed...)
}

// expand replaces configured groups in an actor list by their members when
// the analysis knows groups.
func (d *Dashboard) expand(actors []string) ([]string, error) {
	if x, ok := d.s.cfg.Analyst.(interface {
		Expand([]string) ([]string, error)
	}); ok && len(actors) > 0 {
		return x.Expand(actors)
	}
	return actors, nil
}

// link builds a page URL from a path and parameters, leaving out empty
// values, in a stable order.
func link(p string, kv ...string) string {
	v := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			v.Set(kv[i], kv[i+1])
		}
	}
	if len(v) == 0 {
		return p
	}
	return p + "?" + v.Encode()
}

// Formatting helpers of the templates.

var quadNames = [5]string{"Unknown", "Verbal cooperation", "Material cooperation", "Verbal conflict", "Material conflict"}

func quadName(q int) string {
	if q < 0 || q > 4 {
		return quadNames[0]
	}
	return quadNames[q]
}

// codeName returns the CAMEO name of a code, or "" when it is unknown.
func codeName(code string) string {
	if c, ok := cameo.Default().Lookup(code); ok {
		return c.Name
	}
	return ""
}

func fmtNum(x float64) string {
	if x == math.Trunc(x) && math.Abs(x) < 1e15 {
		return strconv.FormatFloat(x, 'f', 0, 64)
	}
	return strconv.FormatFloat(x, 'f', 1, 64)
}

// fmtSigned writes a Goldstein value with its sign and a real minus.
func fmtSigned(x float64) string {
	s := strconv.FormatFloat(math.Abs(x), 'f', 1, 64)
	switch {
	case s == "0.0":
		return "0.0"
	case x < 0:
		return "−" + s
	}
	return "+" + s
}

func fmtPct(x float64) string { return strconv.Itoa(int(math.Round(x*100))) + "%" }

// fmtInt writes a count with thin thousands separators.
func fmtInt(n any) string {
	var v int64
	switch x := n.(type) {
	case int:
		v = int64(x)
	case int64:
		v = x
	}
	s := strconv.FormatInt(v, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(",")
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

func docURL(doc string) string { return "/documents/" + url.PathEscape(doc) }

// eventURL links an event in its document.
func eventURL(v any) string {
	switch e := v.(type) {
	case demarche.Event:
		return docURL(e.Doc) + "#ev-" + e.ID
	case proof:
		return docURL(e.Doc) + "#ev-" + e.ID
	}
	return ""
}

// evidenceHTML returns an event's sentence with its source, target and verb
// highlighted, and with the phrases of a rhetoric signal when the event is
// a signal's evidence.
func evidenceHTML(v any) template.HTML {
	switch x := v.(type) {
	case demarche.Event:
		return highlight(x.Text, eventMarks(&x, false))
	case proof:
		marks := eventMarks(&x.Event, false)
		for _, ph := range x.Phrases {
			re, err := regexp.Compile(`(?i)\b` + strings.Join(strings.Fields(regexp.QuoteMeta(ph)), `\s+`) + `\b`)
			if err != nil {
				continue
			}
			for _, m := range re.FindAllStringIndex(x.Text, -1) {
				marks = append(marks, mark{span: demarche.Span{Start: m[0], End: m[1]}, role: "hit"})
			}
		}
		return highlight(x.Text, marks)
	}
	return ""
}

// proof is an event that proves a signal, with the signal's new phrases.
type proof struct {
	demarche.Event
	Phrases []string
}

// proofs returns the evidence of a signal for its template.
func proofs(sg demarche.Signal) []proof {
	out := make([]proof, len(sg.Evidence))
	for i, e := range sg.Evidence {
		out[i] = proof{e, sg.Phrases}
	}
	return out
}

// stanceClass returns the CSS class of a stance's colour: one for each
// stance of the default table, one for any other.
func stanceClass(stance string) string {
	switch stance {
	case "deny", "no_comment", "acknowledge", "justify", "praise", "criticise", "accuse", "demand", "reject", "threaten",
		"apologise", "reduce_relations":
		return "st-" + stance
	}
	return "st-other"
}

// signalURL links a signal to its dyad around its dates, or returns "" when
// the signal is not about two actors.
func signalURL(sg demarche.Signal) string {
	if !demarche.ValidActor(sg.Source) || !demarche.ValidActor(sg.Target) {
		return ""
	}
	from, err1 := time.Parse(demarche.DateLayout, sg.From)
	to, err2 := time.Parse(demarche.DateLayout, sg.To)
	if err1 != nil || err2 != nil {
		return link("/dyad", "a", sg.Source, "b", sg.Target)
	}
	from, to = from.AddDate(0, -6, 0), to.AddDate(0, 6, 0)
	by := demarche.PeriodWeek
	if to.Sub(from) > 3*365*24*time.Hour {
		by = demarche.PeriodMonth
	}
	return link("/dyad", "a", sg.Source, "b", sg.Target, "by", by, "from", from.Format(demarche.DateLayout), "to", to.Format(demarche.DateLayout)) + "#events"
}
