package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/demarche-project/demarche"
)

// articlePage is an HTML page with boilerplate around an article.
func articlePage(title, date, body string) string {
	meta := ""
	if date != "" {
		meta = fmt.Sprintf(`<meta name="date" content="%s">`, date)
	}
	p := strings.Repeat("<p>"+body+" The officials added that further meetings were planned for the coming weeks, and that both delegations had agreed to report back to their governments before then.</p>\n", 3)
	return `<!DOCTYPE html><html><head><title>` + title + `</title>` + meta + `</head><body>
<nav><ul><li><a href="/">NAVHOME</a></li><li><a href="/x">NAVWORLD</a></li></ul></nav>
<main><article><h1>` + title + `</h1>` + p + `</article></main>
<footer>FOOTERCOPYRIGHT all rights reserved</footer></body></html>`
}

// server serves a small site: pages, a feed linking to them, a flaky page,
// JSON lines without an extension, and counts requests per path.
func server(t *testing.T) (*httptest.Server, map[string]*atomic.Int32) {
	t.Helper()
	counts := map[string]*atomic.Int32{}
	for _, p := range []string{"/flaky", "/down", "/missing", "/feed", "/a", "/b", "/limit"} {
		counts[p] = new(atomic.Int32)
	}
	mux := http.NewServeMux()
	count := func(r *http.Request) int32 {
		if c, ok := counts[r.URL.Path]; ok {
			return c.Add(1)
		}
		return 0
	}
	page := func(title, date, body string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			count(r)
			if ua := r.Header.Get("User-Agent"); !strings.HasPrefix(ua, "demarche/") {
				t.Errorf("User-Agent %q", ua)
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			io.WriteString(w, articlePage(title, date, body))
		}
	}
	mux.HandleFunc("/a", page("Envoys Meet", "2014-03-02", "Envoys of Ruritania met Freedonian officials on Sunday."))
	mux.HandleFunc("/b", page("Talks Stall", "", "Talks between Ruritania and Freedonia stalled on Monday."))
	mux.HandleFunc("/flaky", func(w http.ResponseWriter, r *http.Request) {
		if count(r) <= 2 {
			http.Error(w, "try later", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, articlePage("Third Time Lucky", "2014-03-04", "The ministry confirmed the report on the third request."))
	})
	mux.HandleFunc("/limit", func(w http.ResponseWriter, r *http.Request) {
		if count(r) == 1 {
			w.Header().Set("Retry-After", "0")
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "A plain text statement after a rate limit.")
	})
	mux.HandleFunc("/down", func(w http.ResponseWriter, r *http.Request) {
		count(r)
		http.Error(w, "down", http.StatusBadGateway)
	})
	mux.HandleFunc("/missing", func(w http.ResponseWriter, r *http.Request) {
		count(r)
		http.NotFound(w, r)
	})
	mux.HandleFunc("/data", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/x-ndjson")
		io.WriteString(w, `{"id":"n1","date":"2014-03-05","text":"Served as JSON lines."}`+"\n"+`{"id":"n2","date":"bad","text":"x"}`+"\n")
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		count(r)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Site Feed</title><link>%[1]s/</link>
<item><title>Envoys Meet</title><link>/a</link><guid isPermaLink="false">a-1</guid><pubDate>Sun, 02 Mar 2014 10:00:00 +0000</pubDate><description>Short summary only.</description></item>
<item><title>Talks Stall</title><link>%[1]s/b</link></item>
<item><title>Gone</title><link>%[1]s/missing</link><pubDate>Tue, 04 Mar 2014 10:00:00 +0000</pubDate></item>
</channel></rss>`, "http://"+r.Host)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, counts
}

func readAllDocs(t *testing.T, r Reader) (docs []*demarche.Document, errs []string) {
	t.Helper()
	defer r.Close()
	for range 100 {
		d, err := r.Next()
		if err == io.EOF {
			return docs, errs
		}
		if err != nil {
			var re *RecordError
			if !errors.As(err, &re) {
				t.Errorf("%v is not a *RecordError", err)
			}
			errs = append(errs, err.Error())
			continue
		}
		docs = append(docs, d)
	}
	t.Fatal("reader does not end")
	return nil, nil
}

var fast = Options{RetryWait: time.Millisecond}

func TestURLRetries(t *testing.T) {
	srv, counts := server(t)
	tests := []struct {
		name, path string
		opt        Options
		calls      int32
		code       string // error code; "" for success
		wantText   string
	}{
		{"fails twice then succeeds", "/flaky", fast, 3, "", "confirmed the report on the third request"},
		{"429 with Retry-After", "/limit", fast, 2, "", "plain text statement"},
		{"5xx until retries run out", "/down", fast, 4, demarche.EUNAVAILABLE, ""},
		{"no retry when disabled", "/down", Options{Retries: -1}, 1, demarche.EUNAVAILABLE, ""},
		{"404 is not retried", "/missing", fast, 1, demarche.ENOTFOUND, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			counts[tt.path].Store(0)
			opt := tt.opt
			opt.Date = "2014-01-01"
			r, err := Open(context.Background(), srv.URL+tt.path, opt)
			if got := counts[tt.path].Load(); got != tt.calls {
				t.Errorf("%d requests, want %d", got, tt.calls)
			}
			if tt.code != "" {
				if err == nil {
					r.Close()
					t.Fatal("no error")
				}
				if c := demarche.ErrorCode(err); c != tt.code {
					t.Errorf("code %q, want %q (%v)", c, tt.code, err)
				}
				if !strings.Contains(err.Error(), srv.URL+tt.path) {
					t.Errorf("error %q does not name the URL", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			docs, errs := readAllDocs(t, r)
			if len(docs) != 1 || len(errs) != 0 {
				t.Fatalf("docs %v errors %v", docs, errs)
			}
			if !strings.Contains(docs[0].Text, tt.wantText) {
				t.Errorf("text %q lacks %q", docs[0].Text, tt.wantText)
			}
		})
	}
}

func TestUnreachable(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	addr := srv.URL
	srv.Close()
	_, err := Open(context.Background(), addr+"/x", Options{Retries: 1, RetryWait: time.Millisecond})
	if err == nil || demarche.ErrorCode(err) != demarche.EUNAVAILABLE || !strings.Contains(err.Error(), addr) {
		t.Errorf("got %v, want an unavailable error naming the URL", err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	live, _ := server(t)
	start := time.Now()
	if _, err := Open(ctx, live.URL+"/down", Options{RetryWait: time.Hour}); err == nil {
		t.Error("cancelled context: no error")
	}
	if time.Since(start) > 5*time.Second {
		t.Error("cancelled context: retries waited")
	}
}

func TestHTMLPage(t *testing.T) {
	srv, _ := server(t)
	r, err := Open(context.Background(), srv.URL+"/a", Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs, errs := readAllDocs(t, r)
	if len(docs) != 1 || len(errs) != 0 {
		t.Fatalf("docs %v errors %v", docs, errs)
	}
	d := docs[0]
	for _, bad := range []string{"NAVHOME", "NAVWORLD", "FOOTERCOPYRIGHT"} {
		if strings.Contains(d.Text, bad) {
			t.Errorf("boilerplate %q kept in %q", bad, d.Text)
		}
	}
	want := demarche.Document{ID: srv.URL + "/a", Date: "2014-03-02", Title: "Envoys Meet", URL: srv.URL + "/a"}
	if d.ID != want.ID || d.Date != want.Date || d.Title != want.Title || d.URL != want.URL {
		t.Errorf("got %+v", d)
	}
	if !strings.HasPrefix(d.Text, "Envoys of Ruritania met Freedonian officials on Sunday.") {
		t.Errorf("text %q", d.Text)
	}
	// A page without a date needs the default one.
	r, err = Open(context.Background(), srv.URL+"/b", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, errs := readAllDocs(t, r); len(errs) != 1 || !strings.Contains(errs[0], "date: missing") {
		t.Errorf("errors %v", errs)
	}
}

func TestFeedLinks(t *testing.T) {
	srv, counts := server(t)
	r, err := Open(context.Background(), srv.URL+"/feed", Options{Date: "2014-03-31", RetryWait: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	docs, errs := readAllDocs(t, r)
	if len(docs) != 2 {
		t.Fatalf("got %d documents, want 2: %v", len(docs), errs)
	}
	want := []struct{ id, date, title, text, url string }{
		{"a-1", "2014-03-02", "Envoys Meet", "Envoys of Ruritania met Freedonian officials", srv.URL + "/a"},
		{srv.URL + "/b", "2014-03-31", "Talks Stall", "Talks between Ruritania and Freedonia stalled", srv.URL + "/b"},
	}
	for i, w := range want {
		d := docs[i]
		if d.ID != w.id || d.Date != w.date || d.Title != w.title || d.URL != w.url || d.Source != "Site Feed" {
			t.Errorf("item %d: %+v", i+1, d)
		}
		if !strings.HasPrefix(d.Text, w.text) || strings.Contains(d.Text, "NAVHOME") || strings.Contains(d.Text, "FOOTER") {
			t.Errorf("item %d text: %q", i+1, d.Text)
		}
	}
	if len(errs) != 1 || !strings.HasPrefix(errs[0], srv.URL+"/feed:3: link: ") || !strings.Contains(errs[0], "404") {
		t.Errorf("errors %v", errs)
	}
	if counts["/a"].Load() != 1 || counts["/b"].Load() != 1 {
		t.Errorf("pages fetched %d and %d times", counts["/a"].Load(), counts["/b"].Load())
	}
}

func TestContentType(t *testing.T) {
	srv, _ := server(t)
	r, err := Open(context.Background(), srv.URL+"/data", Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs, errs := readAllDocs(t, r)
	if len(docs) != 1 || docs[0].ID != "n1" || len(errs) != 1 || !strings.HasPrefix(errs[0], srv.URL+"/data:2: date: ") {
		t.Errorf("docs %v errors %v", docs, errs)
	}
}

func TestURLList(t *testing.T) {
	srv, _ := server(t)
	list := fmt.Sprintf("# pages and feeds\n\n%[1]s/a\nnot a url\n%[1]s/missing\n  %[1]s/data  \n%[1]s/feed\n", srv.URL)
	path := filepath.Join(t.TempDir(), "sites.urls")
	if err := os.WriteFile(path, []byte(list), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := Open(context.Background(), path, Options{Date: "2014-03-31", RetryWait: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	docs, errs := readAllDocs(t, r)
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.ID)
	}
	wantIDs := []string{srv.URL + "/a", "n1", "a-1", srv.URL + "/b"}
	if strings.Join(ids, " ") != strings.Join(wantIDs, " ") {
		t.Errorf("ids %v, want %v", ids, wantIDs)
	}
	wantErrs := []string{
		path + `:4: url: "not a url" is not an http(s) URL`,
		path + ":5: url: " + srv.URL + "/missing: HTTP 404",
		srv.URL + "/data:2: date: ",
		srv.URL + "/feed:3: link: ",
	}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors %q", errs)
	}
	for i, w := range wantErrs {
		if !strings.HasPrefix(errs[i], w) {
			t.Errorf("error %d: %q, want prefix %q", i, errs[i], w)
		}
	}
}
