package http_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/analysis"
	"github.com/demarche-project/demarche/coder"
	"github.com/demarche-project/demarche/dict"
	dhttp "github.com/demarche-project/demarche/http"
	"github.com/demarche-project/demarche/ingest"
	"github.com/demarche-project/demarche/source"
	"github.com/demarche-project/demarche/store/sqlite"
)

const (
	exampleCorpus   = "../examples/nk-troops-in-russia.jsonl"
	exampleQuestion = "../examples/nk-troops-in-russia.yaml"
)

// loadStore codes files with the real coder into a new SQLite store, with
// the ingest pipeline.
func loadStore(tb testing.TB, inputs ...string) demarche.Store {
	tb.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(tb.TempDir(), "api.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	d, err := dict.Builtin()
	if err != nil {
		tb.Fatal(err)
	}
	c, err := coder.New(d)
	if err != nil {
		tb.Fatal(err)
	}
	report := func(err error) { tb.Errorf("ingest: %v", err) }
	rd := ingest.NewReader(ctx, inputs, source.Options{}, true, report)
	defer rd.Close()
	if _, err := ingest.New(st, c, ingest.Options{Strict: true, Report: report}).Run(ctx, rd); err != nil {
		tb.Fatal(err)
	}
	return st
}

// fakeIngester records what it was asked.
type fakeIngester struct{ docs []*demarche.Document }

func (f *fakeIngester) Ingest(_ context.Context, docs []*demarche.Document) (*dhttp.IngestResult, error) {
	f.docs = append(f.docs, docs...)
	return &dhttp.IngestResult{Read: len(docs), Added: len(docs)}, nil
}

func (f *fakeIngester) Recode(context.Context) (*dhttp.RecodeResult, error) {
	return &dhttp.RecodeResult{}, nil
}

func newTestServer(t *testing.T) (*dhttp.Server, *httptest.Server, *fakeIngester) {
	t.Helper()
	st := loadStore(t, exampleCorpus)
	q, err := analysis.ReadQuestion(exampleQuestion)
	if err != nil {
		t.Fatal(err)
	}
	ing := &fakeIngester{}
	srv := dhttp.New(dhttp.Config{Store: st, Analyst: analysis.New(st, analysis.Options{Groups: map[string][]string{"KOREAS": {"PRK", "KOR"}}}),
		Questions: []*demarche.Question{q}, ParseQuestion: analysis.ParseQuestion, Ingester: ing, Token: "s3cret"})
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return srv, ts, ing
}

func get(t *testing.T, ts *httptest.Server, path string) (int, map[string]any) {
	t.Helper()
	return do(t, ts, "GET", path, "", "")
}

func do(t *testing.T, ts *httptest.Server, method, path, token, body string) (int, map[string]any) {
	t.Helper()
	req, err := http.NewRequest(method, ts.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("%s %s: Content-Type %q", method, path, ct)
	}
	var v map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&v); err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	return resp.StatusCode, v
}

// TestOpenAPIDescribesEveryRoute checks that /api/openapi.json describes
// every route of the server, with its method, and nothing else.
func TestOpenAPIDescribesEveryRoute(t *testing.T) {
	srv, ts, _ := newTestServer(t)
	code, doc := get(t, ts, "/api/openapi.json")
	if code != 200 {
		t.Fatalf("status %d", code)
	}
	var described []string
	for path, ops := range doc["paths"].(map[string]any) {
		for method := range ops.(map[string]any) {
			described = append(described, strings.ToUpper(method)+" "+path)
		}
	}
	var routed []string
	for _, r := range srv.Routes() {
		routed = append(routed, r.Method+" "+r.Pattern)
	}
	sort.Strings(described)
	sort.Strings(routed)
	if strings.Join(described, "\n") != strings.Join(routed, "\n") {
		t.Errorf("routes:\n%s\n\ndescribed:\n%s", strings.Join(routed, "\n"), strings.Join(described, "\n"))
	}
	// Every path parameter of a route is described.
	for path, ops := range doc["paths"].(map[string]any) {
		for _, op := range ops.(map[string]any) {
			params, _ := json.Marshal(op.(map[string]any)["parameters"])
			for _, part := range strings.Split(path, "/") {
				if strings.HasPrefix(part, "{") {
					name := strings.Trim(part, "{}")
					if !strings.Contains(string(params), `"`+name+`"`) && !strings.Contains(string(params), `parameters/`+name+`"`) {
						t.Errorf("%s: path parameter %s is not described", path, name)
					}
				}
			}
		}
	}
}

func TestBadParameters(t *testing.T) {
	_, ts, _ := newTestServer(t)
	tests := []struct {
		path   string
		status int
		code   string
		msg    string // part of the message
	}{
		{"/api/events?quad=5", 400, "invalid", "parameter quad"},
		{"/api/events?from=2024-02-30", 400, "invalid", "parameter from"},
		{"/api/events?limit=0", 400, "invalid", "parameter limit"},
		{"/api/events?min_confidence=1.5", 400, "invalid", "parameter min_confidence"},
		{"/api/events?cameo=abc", 400, "invalid", "parameter cameo"},
		{"/api/events?sorce=RUS", 400, "invalid", "parameter sorce: unknown"},
		{"/api/events?dyad=PRK", 400, "invalid", "parameter dyad"},
		{"/api/events?cursor=garbage", 400, "invalid", "cursor"},
		{"/api/dyad?a=PRK", 400, "invalid", "parameter b"},
		{"/api/dyad?a=PRK&b=RUS&by=fortnight", 400, "invalid", "parameter by"},
		{"/api/dyad?a=P!K&b=RUS", 400, "invalid", "parameter a"},
		{"/api/signals?kind=gossip", 400, "invalid", "parameter kind"},
		{"/api/signals?min_score=high", 400, "invalid", "parameter min_score"},
		{"/api/signals?question=nope", 400, "invalid", "parameter question"},
		{"/api/search", 400, "invalid", "parameter q"},
		{"/api/documents?cursor=-3", 400, "invalid", "parameter cursor"},
		{"/api/documents/ex-01/sentences/x", 400, "invalid", "parameter n"},
		{"/api/documents/nope", 404, "not_found", "nope"},
		{"/api/documents/ex-01/sentences/99", 404, "not_found", "no sentence 99"},
		{"/api/stances/nope", 404, "not_found", "no question"},
		{"/api/nothing", 404, "not_found", "no such endpoint"},
	}
	for _, tt := range tests {
		status, body := get(t, ts, tt.path)
		if status != tt.status || body["code"] != tt.code || !strings.Contains(fmt.Sprint(body["message"]), tt.msg) {
			t.Errorf("GET %s = %d %v, want %d %s with %q", tt.path, status, body, tt.status, tt.code, tt.msg)
		}
	}
}

func TestReadEndpoints(t *testing.T) {
	_, ts, _ := newTestServer(t)
	tests := []struct {
		path  string
		check func(map[string]any) string
	}{
		{"/api/stats", func(v map[string]any) string { return want(v["documents"] == 31.0, "31 documents") }},
		{"/api/volume?from=2025-04-28&to=2025-04-28", func(v map[string]any) string {
			days := v["days"].([]any)
			return want(len(days) == 1 && days[0].(map[string]any)["documents"] == 4.0, "4 documents on 2025-04-28")
		}},
		{"/api/documents?limit=10", func(v map[string]any) string {
			return want(len(v["documents"].([]any)) == 10 && v["next"] == "10", "a page of 10 and a cursor")
		}},
		{"/api/documents/ex-23", func(v map[string]any) string {
			return want(v["date"] == "2025-04-26" && len(v["sentences"].([]any)) == 3 && len(v["events"].([]any)) > 0, "Gerasimov's report")
		}},
		{"/api/documents/ex-23/sentences/1", func(v map[string]any) string {
			ev := v["events"].([]any)
			return want(len(ev) > 0 && ev[0].(map[string]any)["cameo"] == "015" && ev[0].(map[string]any)["verb_span"] != nil, "the acknowledgement with its spans")
		}},
		{"/api/events?dyad=PRK,RUS&root=01", func(v map[string]any) string { return want(len(v["events"].([]any)) >= 5, "PRK-RUS statements") }},
		{"/api/events?source=KOREAS&root=11", func(v map[string]any) string { return want(len(v["events"].([]any)) >= 4, "a group as source") }},
		{"/api/dyad?a=PRK&b=RUS&by=quarter", func(v map[string]any) string {
			return want(len(v["periods"].([]any)) == 5, "five quarters 2024-Q2 to 2025-Q2")
		}},
		{"/api/questions", func(v map[string]any) string { return want(len(v["questions"].([]any)) == 1, "the example question") }},
		{"/api/stances/nk-troops-in-russia", func(v map[string]any) string {
			actors := v["actors"].([]any)
			return want(len(actors) == 5 && actors[0].(map[string]any)["actor"] == "RUS", "five tracked actors")
		}},
		{"/api/signals?kind=stance&limit=3", func(v map[string]any) string {
			return want(len(v["signals"].([]any)) == 3 && v["next_offset"] == 3.0, "a page of 3 stance signals")
		}},
		{"/api/search?q=Kursk&limit=2", func(v map[string]any) string { return want(len(v["hits"].([]any)) == 2, "two hits") }},
	}
	for _, tt := range tests {
		status, body := get(t, ts, tt.path)
		if status != 200 {
			t.Errorf("GET %s = %d %v", tt.path, status, body)
			continue
		}
		if msg := tt.check(body); msg != "" {
			b, _ := json.Marshal(body)
			t.Errorf("GET %s: want %s, got %.600s", tt.path, msg, b)
		}
	}
}

func want(ok bool, what string) string {
	if ok {
		return ""
	}
	return what
}

func TestEventPagination(t *testing.T) {
	_, ts, _ := newTestServer(t)
	seen := map[string]bool{}
	path := "/api/events?limit=7"
	for pages := 0; path != ""; pages++ {
		if pages > 50 {
			t.Fatal("no end of pages")
		}
		status, body := get(t, ts, path)
		if status != 200 {
			t.Fatalf("GET %s = %d %v", path, status, body)
		}
		for _, e := range body["events"].([]any) {
			id := e.(map[string]any)["id"].(string)
			if seen[id] {
				t.Errorf("event %s on two pages", id)
			}
			seen[id] = true
		}
		path = ""
		if next, ok := body["next"].(string); ok {
			path = "/api/events?limit=7&cursor=" + next
		}
	}
	_, all := get(t, ts, "/api/events?limit=10000")
	if n := len(all["events"].([]any)); len(seen) != n {
		t.Errorf("pages gave %d events, one page %d", len(seen), n)
	}
}

func TestPostedQuestion(t *testing.T) {
	_, ts, _ := newTestServer(t)
	status, body := do(t, ts, "POST", "/api/stances", "", "name: Kursk\nterms: [Kursk]\ntrack: [RUS]\n")
	if status != 200 || len(body["actors"].([]any)) != 1 {
		t.Errorf("POST /api/stances = %d %v", status, body)
	}
	status, body = do(t, ts, "POST", "/api/stances", "", "name: Kursk\n")
	if status != 400 || !strings.Contains(body["message"].(string), "terms") {
		t.Errorf("POST /api/stances without terms = %d %v", status, body)
	}
}

func TestWritesNeedToken(t *testing.T) {
	_, ts, ing := newTestServer(t)
	doc := `{"id":"new-1","date":"2025-05-10","text":"Russia praised North Korea."}`
	for _, tok := range []string{"", "wrong"} {
		status, body := do(t, ts, "POST", "/api/ingest", tok, doc)
		if status != 401 || body["code"] != "unauthorized" {
			t.Errorf("ingest with token %q = %d %v", tok, status, body)
		}
	}
	if len(ing.docs) != 0 {
		t.Fatal("ingested without a token")
	}
	status, body := do(t, ts, "POST", "/api/ingest", "s3cret", doc+"\n"+strings.Replace(doc, "new-1", "new-2", 1))
	if status != 200 || body["read"] != 2.0 || len(ing.docs) != 2 || ing.docs[1].ID != "new-2" {
		t.Errorf("ingest = %d %v", status, body)
	}
	status, body = do(t, ts, "POST", "/api/ingest", "s3cret", "[{bad json")
	if status != 400 || body["code"] != "invalid" {
		t.Errorf("ingest of bad JSON = %d %v", status, body)
	}
	if status, body := do(t, ts, "POST", "/api/recode", "s3cret", ""); status != 200 {
		t.Errorf("recode = %d %v", status, body)
	}
	if status, _ := do(t, ts, "GET", "/api/ingest", "s3cret", ""); status != 405 && status != 404 {
		t.Errorf("GET /api/ingest = %d", status)
	}
}
