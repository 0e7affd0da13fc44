package main

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/store/postgres/pgtest"
)

// watchQuestion is a question on the items of the test feed.
const watchQuestion = `name: Troops abroad
terms: [troops, soldiers, Kursk]
actors: [PRK, RUS]
track: [RUS]
`

// feedItem is one item of the test feed, written in our own words.
type feedItem struct{ id, date, title, text string }

var (
	itemDeny = feedItem{"w-1", "Tue, 08 Oct 2024 09:00:00 GMT", "Kremlin on reports",
		"The Kremlin denied reports that North Korean troops were deployed in the Kursk region."}
	itemAck = feedItem{"w-2", "Wed, 20 Nov 2024 09:00:00 GMT", "Russia on the soldiers",
		"Russia acknowledged that North Korean soldiers were fighting in the Kursk region."}
	itemPraise = feedItem{"w-3", "Thu, 21 Nov 2024 09:00:00 GMT", "Putin and the soldiers",
		"Russian President Vladimir Putin praised the North Korean soldiers for their courage."}
)

// wire is a loopback server of feeds and pages that change between
// cycles, answer 304, fail, answer slowly and send malformed XML, and a
// webhook receiver that fails first and then accepts.
type wire struct {
	mu        sync.Mutex
	items     []feedItem
	page      string
	pageMod   time.Time
	feedGets  int
	feed304   int
	page304   int
	broken    int
	other     string // the URL of the second server
	hookDelay time.Duration
	hookFails int // requests to fail before accepting
	accepted  map[string][]map[string]any
	refused   int
}

func (w *wire) etag() string { return fmt.Sprintf(`"v%d"`, len(w.items)) }

func (w *wire) ServeHTTP(rw http.ResponseWriter, r *http.Request) {
	w.mu.Lock()
	defer w.mu.Unlock()
	switch r.URL.Path {
	case "/feed.xml":
		w.feedGets++
		if r.Header.Get("If-None-Match") == w.etag() {
			w.feed304++
			rw.WriteHeader(http.StatusNotModified)
			return
		}
		rw.Header().Set("ETag", w.etag())
		rw.Header().Set("Content-Type", "application/rss+xml")
		var b strings.Builder
		b.WriteString(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test wire</title><link>http://example.org/</link>`)
		for _, it := range w.items {
			fmt.Fprintf(&b, `<item><guid>%s</guid><title>%s</title><link>http://example.org/%s</link><pubDate>%s</pubDate><content:encoded>%s</content:encoded></item>`,
				it.id, it.title, it.id, it.date, it.text)
		}
		b.WriteString(`</channel></rss>`)
		io.WriteString(rw, b.String())
	case "/page.html":
		if t, err := http.ParseTime(r.Header.Get("If-Modified-Since")); err == nil && !w.pageMod.After(t) {
			w.page304++
			rw.WriteHeader(http.StatusNotModified)
			return
		}
		rw.Header().Set("Last-Modified", w.pageMod.UTC().Format(http.TimeFormat))
		rw.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(rw, `<html><head><title>Statement</title><meta property="article:published_time" content="2024-11-22"></head><body><article><h1>Statement</h1><p>%s</p></article></body></html>`, w.page)
	case "/broken.xml":
		w.broken++
		rw.Header().Set("Retry-After", "3600")
		http.Error(rw, "down for maintenance", http.StatusServiceUnavailable)
	case "/slow.xml":
		w.mu.Unlock()
		time.Sleep(1500 * time.Millisecond)
		w.mu.Lock()
		io.WriteString(rw, "<rss></rss>")
	case "/garbage.xml":
		rw.Header().Set("Content-Type", "application/rss+xml")
		io.WriteString(rw, `<?xml version="1.0"?><rss version="2.0"><channel><item><title>unclosed`)
	case "/hook":
		b, _ := io.ReadAll(r.Body)
		if w.hookDelay > 0 {
			w.mu.Unlock()
			time.Sleep(w.hookDelay)
			w.mu.Lock()
		}
		if w.hookFails > 0 {
			w.hookFails--
			w.refused++
			http.Error(rw, "not now", http.StatusInternalServerError)
			return
		}
		var m map[string]any
		json.Unmarshal(b, &m)
		k := r.Header.Get("Idempotency-Key")
		w.accepted[k] = append(w.accepted[k], m)
		rw.WriteHeader(http.StatusNoContent)
	default:
		http.NotFound(rw, r)
	}
}

func newWire(t *testing.T) (*wire, *httptest.Server) {
	w := &wire{items: []feedItem{itemDeny}, page: "Seoul said the deployment of North Korean troops to Russia continued.",
		pageMod: time.Date(2024, 11, 22, 0, 0, 0, 0, time.UTC), accepted: map[string][]map[string]any{}}
	srv := httptest.NewServer(w)
	t.Cleanup(srv.Close)
	// Another host (port) for the broken source: back-off is per host.
	other := httptest.NewServer(w)
	t.Cleanup(other.Close)
	w.other = other.URL
	return w, srv
}

func TestWatchEndToEnd(t *testing.T) {
	wr, srv := newWire(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "watch.db")
	q := filepath.Join(dir, "troops.yaml")
	os.WriteFile(q, []byte(watchQuestion), 0o644)
	wr.hookFails = 1
	if code, out, stderr := runLine(t, nil, "question", "add", "--db", db, q); code != 0 || !strings.Contains(out, "stored question troops") {
		t.Fatalf("question add: %d %s %s", code, out, stderr)
	}
	inbox := filepath.Join(dir, "inbox")
	os.Mkdir(inbox, 0o755)
	os.WriteFile(filepath.Join(inbox, "a.jsonl"), []byte(`{"id":"f-1","date":"2024-10-09","text":"Seoul said North Korean troops had left for Russia."}`+"\n"), 0o644)
	args := []string{"watch", "--once", "--db", db, "--webhook", srv.URL + "/hook", "--base-url", "https://dash.example.org",
		"--timeout", "500ms", "--backoff", "1s", "--retry-wait", "500ms", inbox,
		srv.URL + "/feed.xml", srv.URL + "/page.html", wr.other + "/broken.xml", srv.URL + "/slow.xml", srv.URL + "/garbage.xml"}

	// Cycle 1: the feed's first item and the page are stored; the broken,
	// slow and garbage sources are reported and do not stop the others.
	code, _, stderr := runLine(t, nil, args...)
	if code != 0 {
		t.Fatalf("cycle 1: status %d: %s", code, stderr)
	}
	for _, want := range []string{"broken.xml: HTTP 503", "slow.xml: no answer within 500ms", "garbage.xml", "6 sources: 3 fetched", "3 failed; 3 new documents"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("cycle 1: no %q in\n%s", want, stderr)
		}
	}

	// Cycle 2: the feed has two new items, the page is unchanged (304),
	// the broken source is backed off (Retry-After) and not asked again.
	wr.mu.Lock()
	wr.items = append(wr.items, itemAck, itemPraise)
	wr.mu.Unlock()
	// A new file in the folder; the old one is not read again.
	os.WriteFile(filepath.Join(inbox, "b.jsonl"), []byte(`{"id":"f-2","date":"2024-11-23","text":"Kyiv said North Korean soldiers were fighting near Kursk."}`+"\n"), 0o644)
	code, _, stderr = runLine(t, nil, args...)
	if code != 0 || !strings.Contains(stderr, "3 new documents") {
		t.Fatalf("cycle 2: status %d: %s", code, stderr)
	}
	wr.mu.Lock()
	if wr.page304 != 1 || wr.broken != 1 {
		t.Errorf("cycle 2: page 304s %d (want 1), broken asked %d times (want 1: backed off)", wr.page304, wr.broken)
	}
	if wr.refused != 1 || len(wr.accepted) == 0 {
		t.Errorf("cycle 2: the webhook refused %d and accepted %d alerts; want 1 refused, some accepted", wr.refused, len(wr.accepted))
	}
	wr.mu.Unlock()

	// Cycles 3 and 4: nothing new (304s); the refused alert is delivered
	// once its retry is due, and nothing is sent twice.
	// Past the retry of the webhook and past --backoff (1s): the broken
	// source's Retry-After (an hour) still holds.
	time.Sleep(1100 * time.Millisecond)
	for i := 3; i <= 4; i++ {
		code, _, stderr = runLine(t, nil, args...)
		if code != 0 || !strings.Contains(stderr, "0 new documents") {
			t.Fatalf("cycle %d: status %d: %s", i, code, stderr)
		}
	}
	wr.mu.Lock()
	if wr.broken != 1 {
		t.Errorf("the source that answered 503 with Retry-After: 3600 was asked %d times, want 1", wr.broken)
	}
	if wr.feed304 != 2 {
		t.Errorf("the feed answered 304 %d times, want 2", wr.feed304)
	}
	var stance map[string]any
	for k, ps := range wr.accepted {
		if len(ps) != 1 {
			t.Errorf("alert %s accepted %d times", k, len(ps))
		}
		p := ps[0]
		if p["id"] != k || p["text"] == "" || p["summary"] == "" {
			t.Errorf("alert %s: bad payload %v", k, p)
		}
		if p["kind"] == demarche.SignalStance && strings.Contains(p["summary"].(string), "denied") {
			stance = p
		}
	}
	wr.mu.Unlock()
	if stance == nil {
		t.Fatalf("no stance alert among %d", len(wr.accepted))
	}
	ev := stance["evidence"].([]any)
	first := ev[0].(map[string]any)
	if stance["question"] != "troops" || !strings.Contains(first["sentence"].(string), "Kremlin denied") || first["url"] != "http://example.org/w-1" ||
		!strings.HasPrefix(stance["link"].(string), "https://dash.example.org/stances?question=troops") ||
		!strings.Contains(stance["text"].(string), "> The Kremlin denied") {
		t.Errorf("stance alert: %v", stance)
	}

	// Status: each source with its fetch, status and errors; nothing left
	// to deliver.
	code, out, _ := runLine(t, nil, "status", "--db", db)
	if n := storedDocuments(t, db); n != 6 {
		t.Errorf("%d documents stored, want 6 (3 feed items, a page, 2 files)", n)
	}
	for _, want := range []string{srv.URL + "/feed.xml: fetched", "(HTTP 304)", inbox + ": fetched", "broken.xml", "failing (1 in a row): HTTP 503", "deliveries pending"} {
		if !strings.Contains(out, want) {
			t.Errorf("status: no %q in\n%s", want, out)
		}
	}
	if code != 0 || strings.Contains(out, "undelivered") {
		t.Errorf("status %d: %s", code, out)
	}

	// The Atom feed of serve: valid XML, newest first, with the evidence.
	env := &Env{Stdout: io.Discard, Stderr: io.Discard, Getenv: func(string) string { return "" }}
	dbf := &dbFlags{db: db}
	hs, st, err := newServer(context.Background(), env, dbf, &dictFlags{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	as := httptest.NewServer(hs)
	defer as.Close()
	resp, err := http.Get(as.URL + "/signals.atom")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var feed struct {
		Entries []struct {
			ID      string `xml:"id"`
			Updated string `xml:"updated"`
			Content string `xml:"content"`
		} `xml:"entry"`
	}
	if err := xml.NewDecoder(resp.Body).Decode(&feed); err != nil {
		t.Fatalf("/signals.atom: %v", err)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/atom+xml") || len(feed.Entries) == 0 {
		t.Fatalf("/signals.atom: %s, %d entries", ct, len(feed.Entries))
	}
	found := false
	for i, e := range feed.Entries {
		if i > 0 && e.Updated > feed.Entries[i-1].Updated {
			t.Errorf("entries not newest first: %s after %s", e.Updated, feed.Entries[i-1].Updated)
		}
		if e.ID == "urn:demarche:signal:"+stance["id"].(string) {
			found = strings.Contains(e.Content, "Kremlin denied")
		}
	}
	if !found {
		t.Errorf("the stance alert %s is not in the feed with its evidence", stance["id"])
	}
}

// TestWatchCrashChild is the watcher killed by TestWatchCrash.
func TestWatchCrashChild(t *testing.T) {
	args := os.Getenv("DEMARCHE_WATCH_CHILD")
	if args == "" {
		t.Skip("run by TestWatchCrash")
	}
	var list []string
	if err := json.Unmarshal([]byte(args), &list); err != nil {
		t.Fatal(err)
	}
	if os.Getenv("DEMARCHE_WATCH_SIGTERM") != "" {
		// As main does: SIGTERM ends the context.
		ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
		defer stop()
		env := &Env{Stdin: strings.NewReader(""), Stdout: os.Stdout, Stderr: os.Stderr, Getenv: func(string) string { return "" }}
		os.Exit(Run(ctx, env, list))
	}
	watchAfterIngest = func() { syscall.Kill(os.Getpid(), syscall.SIGKILL) }
	code, _, stderr := runLine(t, nil, list...)
	t.Fatalf("not killed: status %d: %s", code, stderr)
}

// TestWatchCrash kills a watcher (kill -9) after it stored new documents
// and before it recorded and delivered their signals: the next cycle
// loses no alert and doubles no document, and alerts accepted once are
// not sent again.
func TestWatchCrash(t *testing.T) {
	wr, srv := newWire(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "crash.db")
	q := filepath.Join(dir, "troops.yaml")
	os.WriteFile(q, []byte(watchQuestion), 0o644)
	args := []string{"watch", "--once", "--db", db, "--question", q, "--webhook", srv.URL + "/hook", srv.URL + "/feed.xml"}
	if code, _, stderr := runLine(t, nil, args...); code != 0 {
		t.Fatalf("cycle 1: %d: %s", code, stderr)
	}
	wr.mu.Lock()
	before := len(wr.accepted)
	wr.items = append(wr.items, itemAck, itemPraise)
	wr.mu.Unlock()

	cmd := exec.Command(os.Args[0], "-test.run=^TestWatchCrashChild$", "-test.v")
	enc, _ := json.Marshal(args)
	cmd.Env = append(os.Environ(), "DEMARCHE_WATCH_CHILD="+string(enc))
	out, err := cmd.CombinedOutput()
	if cmd.ProcessState == nil {
		t.Fatalf("child: %v", err)
	}
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("the child was not killed: %v\n%s", err, out)
	}
	wr.mu.Lock()
	if len(wr.accepted) != before {
		t.Fatalf("the killed child delivered alerts")
	}
	wr.mu.Unlock()

	// Restart: the documents are stored once; the signals of the killed
	// cycle are recorded and delivered.
	code, _, stderr := runLine(t, nil, args...)
	if code != 0 {
		t.Fatalf("after the crash: %d: %s", code, stderr)
	}
	st, err := openDB(context.Background(), db, forWriting)
	if err != nil {
		t.Fatal(err)
	}
	stats, _ := st.Stats(context.Background())
	st.Close()
	if stats.Documents != 3 {
		t.Errorf("%d documents stored, want 3", stats.Documents)
	}
	wr.mu.Lock()
	defer wr.mu.Unlock()
	stance := 0
	for k, ps := range wr.accepted {
		if len(ps) != 1 {
			t.Errorf("alert %s delivered %d times", k, len(ps))
		}
		if ps[0]["kind"] == demarche.SignalStance {
			stance++
		}
	}
	if stance == 0 {
		t.Errorf("the stance transitions of the killed cycle were never delivered (%d alerts)", len(wr.accepted))
	}
}

// TestWatchersSharePostgres runs three watchers at once against one
// PostgreSQL store: leases on sources and deliveries in the store keep
// them from fetching a source twice at once or sending an alert twice.
func TestWatchersSharePostgres(t *testing.T) {
	srv := pgtest.ForTest(t)
	dsn := srv.Schema(t)
	wr, hs := newWire(t)
	wr.items = []feedItem{itemDeny, itemAck, itemPraise}
	wr.hookDelay = 200 * time.Millisecond // deliveries overlap
	q := filepath.Join(t.TempDir(), "troops.yaml")
	os.WriteFile(q, []byte(watchQuestion), 0o644)
	// The schema first, then the watchers.
	if code, _, stderr := runLine(t, nil, "question", "add", "--db", dsn, q); code != 0 {
		t.Fatalf("question add: %s", stderr)
	}
	args := []string{"watch", "--once", "--db", dsn, "--webhook", hs.URL + "/hook", "--webhook", hs.URL + "/hook?second", hs.URL + "/feed.xml", hs.URL + "/page.html"}
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if code, _, stderr := runLine(t, nil, args...); code != 0 {
				t.Errorf("watcher: %d: %s", code, stderr)
			}
		}()
	}
	wg.Wait()
	// Once more, after they all finished: nothing left, nothing again.
	runLine(t, nil, args...)
	if n := storedDocuments(t, dsn); n != 4 {
		t.Errorf("%d documents stored, want 4", n)
	}
	wr.mu.Lock()
	defer wr.mu.Unlock()
	if full := wr.feedGets - wr.feed304; full != 1 {
		t.Errorf("the feed was read in full %d times (and answered 304 %d times); want once: a watcher holds its lease, the next one asks with its ETag", full, wr.feed304)
	}
	total := 0
	for k, ps := range wr.accepted {
		total += len(ps)
		if len(ps) != 2 {
			t.Errorf("alert %s accepted %d times, want 2 (once per endpoint)", k, len(ps))
		}
	}
	if total == 0 {
		t.Error("no alert delivered")
	}
}

// TestWatchSIGTERM stops a long-running watcher with SIGTERM while its
// sources answer slowly: it exits cleanly, soon, and the documents of its
// first cycle are stored.
func TestWatchSIGTERM(t *testing.T) {
	_, srv := newWire(t)
	db := filepath.Join(t.TempDir(), "term.db")
	args := []string{"watch", "--every", "1s", "--timeout", "20s", "--db", db, srv.URL + "/feed.xml", srv.URL + "/slow.xml"}
	enc, _ := json.Marshal(args)
	cmd := exec.Command(os.Args[0], "-test.run=^TestWatchCrashChild$")
	cmd.Env = append(os.Environ(), "DEMARCHE_WATCH_CHILD="+string(enc), "DEMARCHE_WATCH_SIGTERM=1")
	out := &syncBuf{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for !strings.Contains(out.String(), "cycle:") {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("no cycle within a minute:\n%s", out.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	// The second cycle is under way (or waiting): stop it.
	time.Sleep(1200 * time.Millisecond)
	start := time.Now()
	cmd.Process.Signal(syscall.SIGTERM)
	err := cmd.Wait()
	if err != nil || time.Since(start) > 10*time.Second {
		t.Fatalf("after SIGTERM: %v after %s:\n%s", err, time.Since(start), out.String())
	}
	if !strings.Contains(out.String(), "stopped") {
		t.Errorf("no goodbye:\n%s", out.String())
	}
	if n := storedDocuments(t, db); n != 1 {
		t.Errorf("%d documents stored, want 1", n)
	}
}

// syncBuf is a buffer written by a child's output and read by the test.
type syncBuf struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuf) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
