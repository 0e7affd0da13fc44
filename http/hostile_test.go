package http_test

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/analysis"
	"github.com/demarche-project/demarche/coder"
	"github.com/demarche-project/demarche/dict"
	dhttp "github.com/demarche-project/demarche/http"
	"github.com/demarche-project/demarche/ingest"
	"github.com/demarche-project/demarche/store/storetest"
)

// hostileBound is the most time a hostile request may take: a correctness
// bound for requests that hang, not a speed target. hostileAlloc bounds the
// memory allocated while serving one.
const (
	hostileBound = 2 * time.Second
	hostileAlloc = 256 << 20
)

// hostileResult is what one request gave.
type hostileResult struct {
	status int
	header http.Header
	body   string
	took   time.Duration
	alloc  uint64
}

// send sends one request and measures its time and the memory allocated
// in the process meanwhile.
func send(t *testing.T, ts *httptest.Server, method, path, token, ctype, body string) hostileResult {
	t.Helper()
	req, err := http.NewRequest(method, ts.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatalf("%s %.80s: %v", method, path, err)
	}
	if token != "" {
		req.Header.Set("Authorization", token)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	t0 := time.Now()
	resp, err := ts.Client().Do(req)
	if err != nil {
		t.Fatalf("%s %.80s: %v", method, path, err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	took := time.Since(t0)
	runtime.ReadMemStats(&m1)
	return hostileResult{status: resp.StatusCode, header: resp.Header, body: string(b), took: took, alloc: m1.TotalAlloc - m0.TotalAlloc}
}

func (r hostileResult) check(t *testing.T, what string) {
	t.Helper()
	if r.took > hostileBound {
		t.Errorf("%.100s: answered in %v, more than %v", what, r.took, hostileBound)
	}
	if r.alloc > hostileAlloc {
		t.Errorf("%.100s: allocated %d MB, more than %d", what, r.alloc>>20, hostileAlloc>>20)
	}
	if r.status >= 500 {
		t.Errorf("%.100s: status %d: %.300s", what, r.status, r.body)
	}
}

// TestHostileRequests sends every API endpoint and every dashboard page
// the parameters of a hostile client: dates at the ends of the calendar,
// huge limits, non-finite numbers, 100 KB values, pairs with ';', bad
// escapes, traversal attempts. Each must answer, without a server error,
// within hostileBound and with bounded memory.
func TestHostileRequests(t *testing.T) {
	if testing.Short() {
		t.Skip("many requests")
	}
	srv, ts, _ := newTestServer(t)
	srv.Dashboard()
	var docs struct {
		Documents []struct{ ID string } `json:"documents"`
	}
	r := send(t, ts, "GET", "/api/documents?limit=1", "", "", "")
	if err := json.Unmarshal([]byte(r.body), &docs); err != nil || len(docs.Documents) == 0 {
		t.Fatalf("documents: %v %s", err, r.body)
	}
	id := url.PathEscape(docs.Documents[0].ID)
	paths := []string{
		"/api/openapi.json", "/api/stats", "/api/volume", "/api/documents", "/api/documents/" + id,
		"/api/documents/" + id + "/sentences", "/api/documents/" + id + "/sentences/0", "/api/events",
		"/api/dyad?a=PRK&b=RUS", "/api/questions", "/api/stances/nk-troops-in-russia", "/api/signals",
		"/api/search?q=troops",
		"/", "/dyad?a=PRK&b=RUS", "/stances", "/documents/" + id, "/search?q=troops", "/signals",
	}
	big := strings.Repeat("A", 100<<10)
	statuses := map[int]int{}
	var slowest hostileResult
	var slowPath string
	var maxAlloc uint64
	defer func() {
		t.Logf("statuses %v; slowest %v (%.80s); most allocated %d KB", statuses, slowest.took, slowPath, maxAlloc>>10)
	}()
	hostile := []string{
		"from=0001-01-01&to=9999-12-31", "from=9999-12-31&to=9999-12-31&by=day", "from=0001-01-01&to=9999-12-31&by=day",
		"since=9999-12-31", "since=0001-01-01&until=9999-12-31", "from=10000-01-01", "from=2011-02-30",
		"limit=100000000000000000000", "limit=-1", "offset=99999999999", "top=1e308", "page=99999999",
		"min_score=NaN", "min_score=-Inf", "min_score=1e400", "quad=5",
		"a=" + big, "q=" + big, "cursor=" + big, "x=" + big,
		"from=2011-01-01;to=2012-01-01", "%zz=1", "a=%00%00", "part=main", "part=signals",
		"recent=9999", "until=9999-99", "by=millennium",
	}
	for _, p := range paths {
		for _, h := range hostile {
			sep := "?"
			if strings.Contains(p, "?") {
				sep = "&"
			}
			r := send(t, ts, "GET", p+sep+h, "", "", "")
			r.check(t, p+sep+h)
			statuses[r.status]++
			if r.took > slowest.took {
				slowest, slowPath = r, p+sep+h
			}
			maxAlloc = max(maxAlloc, r.alloc)
			if strings.HasPrefix(p, "/api/") && !strings.HasPrefix(r.header.Get("Content-Type"), "application/json") {
				t.Errorf("%.100s: Content-Type %q", p+sep+h, r.header.Get("Content-Type"))
			}
		}
	}
	for _, p := range []string{"/api/documents/..%2F..%2Fgo.mod", "/api/documents/%2e%2e/sentences", "/documents/..%2F..%2Fetc%2Fpasswd",
		"/ui/..%2Fserver.go", "/ui/%2e%2e%2fapi.go", "/../../etc/passwd", "/api/../../etc/passwd", "/ui/" + strings.Repeat("x", 5000)} {
		r := send(t, ts, "GET", p, "", "", "")
		r.check(t, p)
		if r.status == 200 && (strings.Contains(r.body, "package http") || strings.Contains(r.body, "root:")) {
			t.Errorf("%s: served a file of the disk", p)
		}
	}
	// Bodies: deep JSON, null, wrong types, wrong content types, 100 KB
	// strings.
	deep := strings.Repeat("[", 100000) + strings.Repeat("]", 100000)
	for _, b := range []struct{ path, ctype, body string }{
		{"/api/stances", "application/json", deep},
		{"/api/stances", "application/yaml", strings.Repeat("- ", 50000) + "x"},
		{"/api/stances", "text/plain", "{\"name\":\"" + big + "\"}"},
		{"/api/ingest", "application/json", deep},
		{"/api/ingest", "application/json", "[null]"},
		{"/api/ingest", "application/json", "null"},
		{"/api/ingest", "application/json", "[1, \"x\", [], {}]"},
		{"/api/ingest", "application/xml", "<doc><id>1</id></doc>"},
		{"/api/ingest", "application/json", `{"id":"` + big + `","date":"9999-12-31","text":"x"}`},
		{"/api/ingest", "application/json", `{"id":"x","date":"2025-01-01","text":` + deep + `}`},
	} {
		r := send(t, ts, "POST", b.path, "Bearer s3cret", b.ctype, b.body)
		r.check(t, "POST "+b.path+" "+b.body[:min(40, len(b.body))])
		if b.path == "/api/ingest" && r.status != 400 {
			t.Errorf("POST %s %.40s: status %d, want 400: %.200s", b.path, b.body, r.status, r.body)
		}
	}
}

// TestParameterErrors checks the answers to bad parameters one by one.
func TestParameterErrors(t *testing.T) {
	srv, ts, ing := newTestServer(t)
	srv.Dashboard()
	for _, tc := range []struct {
		path   string
		status int
		want   string // in the message
	}{
		{"/api/signals?min_score=NaN", 400, "min_score"},
		{"/api/signals?min_score=Inf", 400, "min_score"},
		{"/api/signals?min_score=-inf", 400, "min_score"},
		{"/api/events?from=2011-01-01;to=2012-01-01", 400, "';'"},
		{"/api/events?limit=5&actor=PRK;RUS", 400, "actor=PRK;RUS"},
		{"/api/events?%zz=1", 400, "escape"},
		{"/api/events?actor=" + strings.Repeat("A", 100<<10), 400, "limit"},
		{"/api/signals?since=0001-01-01", 200, ""},
		{"/api/signals?until=0001-01-01", 200, ""},
		{"/api/events?from=0001-01-01&limit=1", 200, ""},
		{"/api/volume?from=0001-01-01", 200, ""},
		{"/api/events?from=2011-2-3", 400, "from"},
		{"/api/dyad?a=PRK&b=CHN&by=day&from=9999-12-31&to=9999-12-31", 200, ""},
		{"/api/dyad?a=PRK&b=CHN&by=day&from=0001-01-01&to=9999-12-31", 400, "limit of 50000 periods"},
		{"/api/search?q=" + strings.Repeat("w+OR+", 100) + "troops", 400, "201 words (OR included), more than the limit of 50"},
		{"/api/search?q=" + strings.Repeat("x", 2000), 400, "limit of 1000"},
	} {
		r := send(t, ts, "GET", tc.path, "", "", "")
		var e struct{ Code, Message string }
		json.Unmarshal([]byte(r.body), &e)
		if r.status != tc.status || !strings.Contains(e.Message, tc.want) {
			t.Errorf("%.80s = %d %.200s, want %d with %q", tc.path, r.status, r.body, tc.status, tc.want)
		}
		if r.status == 400 && e.Code != demarche.EINVALID {
			t.Errorf("%.80s: code %q", tc.path, e.Code)
		}
		r.check(t, tc.path)
	}
	// The page of the dyad: too many periods are drawn coarser, too many
	// years are refused; the search page has the limits of the API.
	for _, tc := range []struct {
		path   string
		status int
		want   string
	}{
		{"/dyad?a=PRK&b=CHN&by=day&from=9999-12-31&to=9999-12-31", 200, "9999-12-31"},
		{"/dyad?a=PRK&b=RUS&by=day&from=1500-01-01&to=2025-12-31", 200, "too many to draw"},
		{"/dyad?a=PRK&b=RUS&by=day&from=0001-01-01&to=9999-12-31", 400, "too many to draw"},
		{"/dyad?a=PRK&b=RUS&from=2011-01-01;to=2012-01-01", 400, "separator"},
		{"/search?q=" + strings.Repeat("troops+", 60), 400, "limit of 50"},
	} {
		r := send(t, ts, "GET", tc.path, "", "", "")
		if r.status != tc.status || !strings.Contains(r.body, tc.want) {
			t.Errorf("%.80s = %d, want %d with %q: %.300s", tc.path, r.status, tc.status, tc.want, r.body)
		}
	}
	// The scheme of Authorization is case-insensitive.
	doc := `{"id":"new-1","date":"2025-05-10","text":"Russia praised North Korea."}`
	for _, auth := range []string{"bearer s3cret", "BEARER s3cret", "Bearer  s3cret"} {
		if r := send(t, ts, "POST", "/api/ingest", auth, "", doc); r.status != 200 {
			t.Errorf("ingest with %q = %d %s", auth, r.status, r.body)
		}
	}
	if r := send(t, ts, "POST", "/api/ingest", "Basic s3cret", "", doc); r.status != 401 {
		t.Errorf("ingest with Basic = %d", r.status)
	}
	_ = ing
	// Other methods on known paths: 405 with Allow.
	for _, tc := range []struct{ method, path, allow string }{
		{"DELETE", "/api/events", "GET, HEAD"},
		{"PUT", "/api/ingest", "POST"},
		{"GET", "/api/ingest", "POST"},
		{"POST", "/dyad", "GET, HEAD"},
		{"PATCH", "/api/documents/x", "GET, HEAD"},
	} {
		r := send(t, ts, tc.method, tc.path, "", "", "")
		if r.status != 405 || r.header.Get("Allow") != tc.allow {
			t.Errorf("%s %s = %d Allow %q, want 405 Allow %q", tc.method, tc.path, r.status, r.header.Get("Allow"), tc.allow)
		}
	}
	if r := send(t, ts, "DELETE", "/api/nothing", "", "", ""); r.status != 404 {
		t.Errorf("DELETE /api/nothing = %d, want 404", r.status)
	}
}

// pipelineIngester ingests with the real pipeline, as `demarche serve`.
type pipelineIngester struct {
	st demarche.Store
	c  demarche.Coder
}

type docSlice []*demarche.Document

func (s *docSlice) Next() (*demarche.Document, error) {
	if len(*s) == 0 {
		return nil, io.EOF
	}
	d := (*s)[0]
	*s = (*s)[1:]
	return d, nil
}

func (p *pipelineIngester) Ingest(ctx context.Context, docs []*demarche.Document) (*dhttp.IngestResult, error) {
	var errs []string
	src := docSlice(docs)
	s, err := ingest.New(p.st, p.c, ingest.Options{Report: func(err error) { errs = append(errs, err.Error()) }}).Run(ctx, &src)
	if err != nil {
		return nil, err
	}
	return &dhttp.IngestResult{Read: s.Read, Added: s.Added, Failed: s.Failed, Events: s.Events, Errors: errs}, nil
}

func (p *pipelineIngester) Recode(context.Context) (*dhttp.RecodeResult, error) {
	return &dhttp.RecodeResult{}, nil
}

// TestIngestBody posts bodies to the real ingest pipeline: null elements
// (once a panic that ended the server), bad lines among good ones, and
// dates no document can have.
func TestIngestBody(t *testing.T) {
	st := loadStore(t, exampleCorpus)
	d, err := dict.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	c, err := coder.New(d)
	if err != nil {
		t.Fatal(err)
	}
	srv := dhttp.New(dhttp.Config{Store: st, Analyst: analysis.New(st, analysis.Options{}), Ingester: &pipelineIngester{st, c}, Token: "s3cret"})
	ts := httptest.NewServer(srv)
	defer ts.Close()
	good := func(id string) string {
		return `{"id":"` + id + `","date":"2025-05-10","text":"Russia praised North Korea for its support."}`
	}
	for _, tc := range []struct {
		name, body string
		status     int
		added      float64
		rejected   []string // "line:field" or "element:field" of each
		want       string
	}{
		{"null", "[null]", 400, 0, nil, "element 1: not a JSON object"},
		{"nulls", "[null, " + good("n1") + ", null]", 200, 1, []string{"element 1:", "element 3:"}, ""},
		{"null line", "null\n" + good("n2"), 200, 1, []string{"line 1:"}, ""},
		{"bad lines", good("l1") + "\n{\"id\":\"l2\",\"date\":\"someday\",\"text\":\"x\"}\n\n{bad\n" + good("l5") + "\n{\"id\":\"l6\",\"date\":\"2025-01-01\",\"text\":3}", 200, 2,
			[]string{"line 2:date", "line 4:", "line 6:text"}, ""},
		{"far future", `{"id":"f1","date":"9999-12-31","text":"Russia praised North Korea."}` + "\n" + good("f2"), 200, 1, []string{"line 1:date"}, ""},
		{"far past", `[{"id":"p1","date":"0001-01-01","text":"Russia praised North Korea."}]`, 400, 0, nil, "before 1800-01-01"},
		{"broken array", "[" + good("b1") + ", {", 200, 1, []string{"element 2:"}, ""},
		{"two arrays", "[" + good("t1") + "]\n[" + good("t2") + "]", 200, 1, []string{"element 2:"}, ""},
		{"unended array", "[" + good("u1"), 200, 1, []string{"element 2:"}, ""},
	} {
		r := send(t, ts, "POST", "/api/ingest", "Bearer s3cret", "application/json", tc.body)
		r.check(t, tc.name)
		var res struct {
			Added    float64
			Failed   float64
			Message  string
			Rejected []struct {
				Line, Element int
				Field, Reason string
			}
		}
		json.Unmarshal([]byte(r.body), &res)
		if r.status != tc.status || res.Added != tc.added || !strings.Contains(res.Message, tc.want) {
			t.Errorf("%s: %d %s, want %d with %v added", tc.name, r.status, r.body, tc.status, tc.added)
			continue
		}
		if len(res.Rejected) != len(tc.rejected) {
			t.Errorf("%s: rejected %+v, want %v", tc.name, res.Rejected, tc.rejected)
			continue
		}
		for i, rj := range res.Rejected {
			where := "line "
			n := rj.Line
			if rj.Element > 0 {
				where, n = "element ", rj.Element
			}
			got := where + itoa(n) + ":" + rj.Field
			if !strings.HasPrefix(got, tc.rejected[i]) || rj.Reason == "" {
				t.Errorf("%s: rejected %d is %s (%s), want %s", tc.name, i, got, rj.Reason, tc.rejected[i])
			}
		}
		if tc.status == 200 && int(res.Failed) < len(tc.rejected) {
			t.Errorf("%s: failed %v, want at least %d", tc.name, res.Failed, len(tc.rejected))
		}
	}
	// Many bad lines: all counted, the first thousand listed.
	r := send(t, ts, "POST", "/api/ingest", "Bearer s3cret", "", strings.Repeat("x\n", 5000)+good("many"))
	var many struct {
		Read, Added, Failed float64
		Rejected            []any
	}
	json.Unmarshal([]byte(r.body), &many)
	if r.status != 200 || many.Read != 5001 || many.Added != 1 || many.Failed != 5000 || len(many.Rejected) != 1000 {
		t.Errorf("5000 bad lines: %d read %v added %v failed %v, %d listed", r.status, many.Read, many.Added, many.Failed, len(many.Rejected))
	}
	// The server is still there.
	if r := send(t, ts, "GET", "/api/stats", "", "", ""); r.status != 200 {
		t.Errorf("stats after the ingests = %d", r.status)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// panicky is a store that panics, as a bug would; panickyIngester an
// ingester.
type panicky struct {
	demarche.Store
}

type panickyIngester struct{}

func (p panickyIngester) Ingest(ctx context.Context, docs []*demarche.Document) (*dhttp.IngestResult, error) {
	var d *demarche.Document
	_ = d.ID // a nil pointer, as [null] once met
	return nil, nil
}

func (p panickyIngester) Recode(context.Context) (*dhttp.RecodeResult, error) { return nil, nil }

func (p *panicky) Stats(ctx context.Context) (*demarche.StoreStats, error) {
	panic("a bug in the store")
}

// TestPanicsRecovered checks that a panic in a handler is a 500 naming the
// request id, logged with it, and that the server goes on.
func TestPanicsRecovered(t *testing.T) {
	st := loadStore(t, exampleCorpus)
	var logs syncLog
	p := &panicky{Store: st}
	srv := dhttp.New(dhttp.Config{Store: p, Analyst: analysis.New(st, analysis.Options{}), Ingester: panickyIngester{}, Token: "s3cret", Logger: logs.logger()})
	srv.Dashboard()
	ts := httptest.NewServer(srv)
	defer ts.Close()
	for _, tc := range []struct{ method, path string }{
		{"POST", "/api/ingest"}, {"GET", "/api/stats"}, {"GET", "/"},
	} {
		r := send(t, ts, tc.method, tc.path, "Bearer s3cret", "", `{"id":"x","date":"2025-01-01","text":"Hello."}`)
		id := r.header.Get("X-Request-Id")
		if r.status != 500 || id == "" || !strings.Contains(r.body, id) {
			t.Errorf("%s %s = %d (request %q) %s", tc.method, tc.path, r.status, id, r.body)
		}
		if !strings.Contains(logs.String(), id) || !strings.Contains(logs.String(), "panic") {
			t.Errorf("%s %s: the log does not name request %s: %s", tc.method, tc.path, id, logs.String())
		}
	}
	if r := send(t, ts, "GET", "/api/volume", "", "", ""); r.status != 200 {
		t.Errorf("after the panics: %d %s", r.status, r.body)
	}
}

// syncLog collects a server's log.
type syncLog struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *syncLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *syncLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// slowStore waits for its context on every Stats call, as a query too big
// for the time-out would, and tells when its work was stopped.
type slowStore struct {
	demarche.Store
	stopped chan struct{}
}

func (s *slowStore) Stats(ctx context.Context) (*demarche.StoreStats, error) {
	<-ctx.Done()
	close(s.stopped)
	return nil, ctx.Err()
}

// TestRequestDeadline checks that a request that outlives the time-out is
// answered 503 naming it, and that its work is stopped.
func TestRequestDeadline(t *testing.T) {
	st := loadStore(t, exampleCorpus)
	slow := &slowStore{Store: st, stopped: make(chan struct{})}
	srv := dhttp.New(dhttp.Config{Store: slow, Analyst: analysis.New(st, analysis.Options{}), RequestTimeout: 200 * time.Millisecond})
	ts := httptest.NewServer(srv)
	defer ts.Close()
	r := send(t, ts, "GET", "/api/stats", "", "", "")
	r.check503(t)
	select {
	case <-slow.stopped:
	case <-time.After(time.Second):
		t.Error("the store's work was not stopped")
	}
	if r.took < 200*time.Millisecond || r.took > hostileBound {
		t.Errorf("answered in %v", r.took)
	}
}

func (r hostileResult) check503(t *testing.T) {
	t.Helper()
	if r.status != 503 || !strings.Contains(r.body, "time-out of 200ms") || r.header.Get("Retry-After") == "" {
		t.Errorf("= %d %s, want 503 naming the time-out", r.status, r.body)
	}
}

// TestSlowClient connects to a server and sends a request's headers one
// byte every 50 ms, as slowloris does: the server must close the
// connection once its read-header time-out has passed.
func TestSlowClient(t *testing.T) {
	st := loadStore(t, exampleCorpus)
	srv := dhttp.New(dhttp.Config{Store: st, Analyst: analysis.New(st, analysis.Options{}), ReadHeaderTimeout: 300 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	addrc := make(chan string, 1)
	done := make(chan error, 1)
	go func() { done <- srv.ListenAndServe(ctx, "127.0.0.1:0", func(a net.Addr) { addrc <- a.String() }) }()
	defer func() {
		cancel()
		<-done
	}()
	conn, err := net.Dial("tcp", <-addrc)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	closed := make(chan time.Duration, 1)
	start := time.Now()
	go func() {
		br := bufio.NewReader(conn)
		io.Copy(io.Discard, br) // until the server closes
		closed <- time.Since(start)
	}()
	req := "GET /api/stats HTTP/1.1\r\nHost: x\r\nX-Slow: " + strings.Repeat("a", 200) + "\r\n\r\n"
	for i := 0; i < len(req); i++ {
		select {
		case d := <-closed:
			if d < 250*time.Millisecond || d > hostileBound {
				t.Errorf("closed after %v, want the read-header time-out of 300ms", d)
			}
			return
		default:
		}
		if _, err := conn.Write([]byte{req[i]}); err != nil {
			d := time.Since(start)
			if d < 250*time.Millisecond || d > hostileBound {
				t.Errorf("closed after %v, want the read-header time-out of 300ms", d)
			}
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Errorf("the whole request was sent over %v without the server closing", time.Since(start))
}

func (l *syncLog) logger() *slog.Logger { return slog.New(slog.NewTextHandler(l, nil)) }

// TestImplausibleDateStored serves a store that already holds a document
// dated 9999-12-31, put there directly (before such dates were refused):
// the dashboard's warm-up, its pages and /api/dyad must answer, in time.
func TestImplausibleDateStored(t *testing.T) {
	st := loadStore(t, exampleCorpus)
	far := storetest.Code("far-future", "9999-12-31", "Far", "Pyongyang thanked Moscow for its help in the distant future.", "KCNA",
		storetest.Spec{Sentence: 0, Source: "PRKGOV", Target: "RUSGOV", CAMEO: "051", Verb: "thanked"})
	if _, err := st.Put(context.Background(), "test", []*demarche.Coded{far}); err != nil {
		t.Fatal(err)
	}
	srv := dhttp.New(dhttp.Config{Store: st, Analyst: analysis.New(st, analysis.Options{})})
	dash := srv.Dashboard()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	t0 := time.Now()
	if err := dash.Warm(ctx); err != nil {
		t.Fatalf("warm-up: %v", err)
	}
	took := time.Since(t0)
	runtime.ReadMemStats(&m1)
	t.Logf("warm-up: %v, %d MB allocated", took, (m1.TotalAlloc-m0.TotalAlloc)>>20)
	if took > hostileBound || m1.TotalAlloc-m0.TotalAlloc > hostileAlloc {
		t.Errorf("warm-up took %v and %d MB", took, (m1.TotalAlloc-m0.TotalAlloc)>>20)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	for _, tc := range []struct {
		path   string
		status int
		want   string
	}{
		{"/api/dyad?a=PRK&b=RUS", 400, "limit of 50000 periods"},
		{"/api/dyad?a=PRK&b=RUS&by=year", 200, `"9999"`},
		{"/api/dyad?a=PRK&b=RUS&from=2024-01-01&to=2025-12-31", 200, `"2025-12"`},
		{"/api/dyad?a=PRK&b=RUS&by=day&from=9999-12-31", 200, `"events":1`},
		{"/api/signals", 200, "signals"},
		{"/", 200, "Overview"},
		{"/dyad?a=PRK&b=RUS", 200, "PRK"},
		{"/dyad?a=PRK&b=RUS&by=day", 200, "PRK"},
		{"/signals", 200, "ignals"},
	} {
		r := send(t, ts, "GET", tc.path, "", "", "")
		r.check(t, tc.path)
		if r.status != tc.status || !strings.Contains(r.body, tc.want) {
			t.Errorf("%s = %d, want %d with %s: %.300s", tc.path, r.status, tc.status, tc.want, r.body)
		}
	}
}
