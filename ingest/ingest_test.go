package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/ingest"
	"github.com/demarche-project/demarche/internal/testcoder"
	"github.com/demarche-project/demarche/source"
	"github.com/demarche-project/demarche/store/sqlite"
)

// stories are three KCNA-like stories and the events the built-in
// dictionaries find in them.
const stories = `{"id":"a1","date":"2011-08-24","title":"Kim Jong Il Meets Medvedev","text":"Kim Jong Il met Russian President Dmitry Medvedev in Ulan-Ude on Wednesday.\n\nThe DPRK denounced the United States for its hostile policy.","source":"KCNA"}
{"id":"a2","date":"2011-08-25","title":"Message to Laos","text":"Kim Jong Il sent a message of greetings to the President of Laos.","source":"KCNA"}
{"id":"a3","date":"2011-08-26","title":"China thanks DPRK","text":"China thanked the DPRK for its support. South Korea criticized Japan.","source":"KCNA"}
`

var ctx = context.Background()

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func openSQLite(t *testing.T) demarche.Store {
	t.Helper()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// run ingests the inputs names into s and returns the counts, the reader's
// failures and the messages reported.
func run(t *testing.T, s demarche.Store, c demarche.Coder, opt ingest.Options, sopt source.Options, names ...string) (ingest.Stats, int, []string, error) {
	t.Helper()
	var msgs []string
	report := func(err error) { msgs = append(msgs, err.Error()) }
	rd := ingest.NewReader(ctx, names, sopt, opt.Strict, report)
	defer rd.Close()
	opt.Report = report
	st, err := ingest.New(s, c, opt).Run(ctx, rd)
	return st, rd.Failed(), msgs, err
}

// eventIDs returns the IDs of every stored event, duplicates' included,
// with their document and code, sorted.
func eventIDs(t *testing.T, s demarche.Store) []string {
	t.Helper()
	var out []string
	err := s.EachEvent(ctx, demarche.EventFilter{Duplicates: true}, func(e *demarche.Event) error {
		out = append(out, e.ID+" "+e.Doc+" "+e.Source+" "+e.Target+" "+e.CAMEO)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

func TestIngestIdempotent(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, dir, "stories.jsonl", stories)
	s := openSQLite(t)
	c := testcoder.Builtin(t)
	first, failed, msgs, err := run(t, s, c, ingest.Options{Batch: 2}, source.Options{}, in)
	if err != nil || failed != 0 || len(msgs) != 0 {
		t.Fatalf("first ingest: %v, %d failed, %q", err, failed, msgs)
	}
	want := ingest.Stats{Read: 3, Coded: 3, Added: 3, Sentences: 5, Events: 6, Batches: 2}
	first.Elapsed, first.Writing = 0, 0
	if first != want {
		t.Errorf("first ingest = %+v\nwant %+v", first, want)
	}
	events := eventIDs(t, s)
	if len(events) != 6 {
		t.Fatalf("%d events stored, want 6: %q", len(events), events)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 3 || st.Events != 6 || len(st.Versions) != 1 || st.Versions[0].Version != c.Version() {
		t.Errorf("Stats = %+v", st)
	}

	// The same content again: skipped before coding, nothing added.
	again, _, _, err := run(t, s, c, ingest.Options{}, source.Options{}, in)
	if err != nil {
		t.Fatal(err)
	}
	if again.Read != 3 || again.Skipped != 3 || again.Coded != 0 || again.Added+again.Events+again.Batches != 0 {
		t.Errorf("second ingest = %+v", again)
	}
	// Without the skip the store still adds nothing.
	forced, _, _, err := run(t, s, c, ingest.Options{NoSkip: true}, source.Options{}, in)
	if err != nil {
		t.Fatal(err)
	}
	if forced.Coded != 3 || forced.Unchanged != 3 || forced.Added+forced.Events != 0 {
		t.Errorf("ingest without skipping = %+v", forced)
	}
	if got := eventIDs(t, s); !slices.Equal(got, events) {
		t.Errorf("events changed by a second ingest:\n%q\nwant\n%q", got, events)
	}

	// A new version of a2 replaces it; a copy of a3 under another ID is
	// stored and linked to a3.
	changed := strings.Replace(stories, "the President of Laos", "the President of Viet Nam", 1)
	changed += `{"id":"a3-copy","date":"2011-08-26","title":"China thanks DPRK","text":"China thanked the DPRK for its support. South Korea criticized Japan.","source":"KCNA"}` + "\n"
	in2 := writeFile(t, dir, "stories2.jsonl", changed)
	third, _, _, err := run(t, s, c, ingest.Options{}, source.Options{}, in2)
	if err != nil {
		t.Fatal(err)
	}
	if third.Skipped != 2 || third.Replaced != 1 || third.Added != 1 || third.Duplicates != 1 {
		t.Errorf("third ingest = %+v", third)
	}
	d, err := s.Document(ctx, "a3-copy")
	if err != nil {
		t.Fatal(err)
	}
	if d.Canonical != "a3" {
		t.Errorf("a3-copy: canonical %q, want a3", d.Canonical)
	}
	n := 0
	if err := s.EachEvent(ctx, demarche.EventFilter{Doc: "a2"}, func(e *demarche.Event) error {
		n++
		if e.Target != "VNMGOV" {
			t.Errorf("a2 event %+v: want a target VNMGOV", e)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if n != 1 {
		t.Errorf("a2: %d events, want 1", n)
	}
}

func TestIngestBadRecords(t *testing.T) {
	dir := t.TempDir()
	lines := strings.Split(strings.TrimSpace(stories), "\n")
	bad := lines[0] + "\n{\"id\": \"x\", \"date\": \n" + lines[1] + "\n{\"id\":\"nodate\",\"text\":\"China thanked Laos.\"}\n" + lines[2] + "\n"
	in := writeFile(t, dir, "bad.jsonl", bad)
	missing := filepath.Join(dir, "missing.jsonl")
	tests := []struct {
		name    string
		strict  bool
		names   []string
		added   int
		failed  int
		wantErr bool
		msgs    []string // substrings of the messages, in order
	}{
		{"reported and skipped", false, []string{in}, 3, 2, false, []string{"bad.jsonl:2", "bad.jsonl:4: date"}},
		{"missing file reported", false, []string{missing, in}, 3, 3, false, []string{"missing.jsonl", "bad.jsonl:2", "bad.jsonl:4"}},
		{"strict stops", true, []string{in}, 1, 1, true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openSQLite(t)
			st, failed, msgs, err := run(t, s, testcoder.Builtin(t), ingest.Options{Strict: tt.strict, Batch: 1}, source.Options{}, tt.names...)
			if (err != nil) != tt.wantErr {
				t.Fatalf("error %v, want one: %v", err, tt.wantErr)
			}
			if tt.wantErr && !strings.Contains(err.Error(), "bad.jsonl:2") {
				t.Errorf("error %q does not name bad.jsonl:2", err)
			}
			if st.Added != tt.added || failed != tt.failed {
				t.Errorf("%d added, %d failed; want %d, %d (%+v)", st.Added, failed, tt.added, tt.failed, st)
			}
			if len(msgs) != len(tt.msgs) {
				t.Fatalf("messages %q, want %d", msgs, len(tt.msgs))
			}
			for i, m := range tt.msgs {
				if !strings.Contains(msgs[i], m) {
					t.Errorf("message %d = %q, want it to contain %q", i, msgs[i], m)
				}
			}
		})
	}
}

const page = `<!DOCTYPE html><html><head><title>Statement of the Foreign Ministry</title></head><body>
<nav>Home | News | About</nav>
<article><h1>Statement of the Foreign Ministry</h1>
<p>The DPRK denounced the United States for its hostile policy toward the country.</p>
<p>China thanked the DPRK for its support in the matter of the joint project.</p>
<p>The statement was published on Wednesday by the official news agency of the country.</p>
</article><footer>Copyright</footer></body></html>`

const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>
<item><title>Russia thanks DPRK</title><link>%[1]s/item1</link><guid>%[1]s/item1</guid><pubDate>Wed, 24 Aug 2011 10:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>%[1]s/down</link><guid>%[1]s/down</guid><pubDate>Wed, 24 Aug 2011 11:00:00 GMT</pubDate></item>
</channel></rss>`

// TestIngestURLs ingests a page, a feed and a list of URLs from a local
// server: unreachable URLs are retried, reported and skipped, the rest is
// stored.
func TestIngestURLs(t *testing.T) {
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/statement.html":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("Last-Modified", "Wed, 24 Aug 2011 10:00:00 GMT")
			io.WriteString(w, page)
		case "/item1":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			io.WriteString(w, strings.Replace(page, "Statement of the Foreign Ministry", "Russia thanks DPRK", 2))
		case "/feed.rss":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, feed, srv.URL)
		default:
			http.Error(w, "down", http.StatusServiceUnavailable)
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	list := writeFile(t, dir, "sources.urls", "# feeds\n"+srv.URL+"/feed.rss\n"+srv.URL+"/down.html\n")
	s := openSQLite(t)
	sopt := source.Options{Date: "2011-08-24", Retries: 2, RetryWait: time.Millisecond}
	st, failed, msgs, err := run(t, s, testcoder.Builtin(t), ingest.Options{}, sopt, srv.URL+"/statement.html", list)
	if err != nil {
		t.Fatal(err)
	}
	if st.Added != 2 || failed != 2 {
		t.Errorf("%+v, %d failed (%q); want 2 added (the page, the feed item), 2 failed", st, failed, msgs)
	}
	for _, m := range msgs {
		if !strings.Contains(m, "/down") {
			t.Errorf("message %q does not name the unreachable URL", m)
		}
	}
	if st.Events == 0 {
		t.Errorf("no event coded from the page: %+v", st)
	}
}

// badCoder codes like the real coder but gives the documents whose ID is
// in bad an event outside their sentences, which the store rejects.
type badCoder struct {
	demarche.Coder
	bad map[string]bool
}

func (b badCoder) Code(ctx context.Context, d *demarche.Document) (*demarche.Coded, error) {
	if d.ID == "reject" {
		return nil, demarche.Errorf(demarche.EINVALID, "rejected by the coder")
	}
	c, err := b.Coder.Code(ctx, d)
	if err == nil && b.bad[d.ID] {
		c.Events = append(c.Events, demarche.Event{Doc: d.ID, Sentence: 99, CAMEO: "010", Quad: 1})
	}
	return c, err
}

// TestIngestInvalidDocuments checks that a document the store rejects
// costs only itself, not its batch, and that --strict stops at it.
func TestIngestInvalidDocuments(t *testing.T) {
	var b strings.Builder
	for i := range 40 {
		fmt.Fprintf(&b, `{"id":"d%d","date":"2011-08-24","text":"China thanked the DPRK for its support number %d."}`+"\n", i, i)
	}
	b.WriteString(`{"id":"reject","date":"2011-08-24","text":"China thanked Laos."}` + "\n")
	in := writeFile(t, t.TempDir(), "docs.jsonl", b.String())
	c := badCoder{Coder: testcoder.Builtin(t), bad: map[string]bool{"d7": true, "d31": true}}
	s := openSQLite(t)
	st, _, msgs, err := run(t, s, c, ingest.Options{Batch: 16}, source.Options{}, in)
	if err != nil {
		t.Fatal(err)
	}
	if st.Added != 38 || st.Failed != 3 || len(msgs) != 3 {
		t.Fatalf("%+v, messages %q; want 38 added, 3 failed", st, msgs)
	}
	slices.Sort(msgs)
	for _, want := range []string{"docs.jsonl:32: document d31: ", "docs.jsonl:41: document reject: rejected", "docs.jsonl:8: document d7: "} {
		if !slices.ContainsFunc(msgs, func(m string) bool { return strings.Contains(m, want) }) {
			t.Errorf("messages %q: none contains %q", msgs, want)
		}
	}
	s = openSQLite(t)
	st, _, _, err = run(t, s, c, ingest.Options{Batch: 16, Strict: true}, source.Options{}, in)
	var de *ingest.DocError
	if !errors.As(err, &de) || de.Doc != "d7" {
		t.Fatalf("strict: error %v, want a DocError for d7", err)
	}
	// The documents before d7 are written, none after it.
	got, err := s.Hashes(ctx, []string{"d0", "d6", "d7", "d8", "d39"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got["d0"] == "" || got["d6"] == "" {
		t.Errorf("strict: stored %v of d0, d6, d7, d8, d39; want d0 and d6 (%+v)", got, st)
	}
}

// TestCodeOrder checks that the worker pool emits in input order whatever
// the number of workers, and passes rejected documents to fail.
func TestCodeOrder(t *testing.T) {
	var docs []*demarche.Document
	for i := range 200 {
		id := fmt.Sprint(i)
		if i%37 == 5 {
			id = "reject"
		}
		docs = append(docs, &demarche.Document{ID: id, Date: "2011-08-24", Text: strings.Repeat("China thanked Laos. ", i%7+1)})
	}
	for _, workers := range []int{1, 2, 7} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			var got []string
			failed := 0
			n, err := ingest.Code(ctx, badCoder{Coder: testcoder.Builtin(t)}, &sliceSource{docs: docs}, workers,
				func(c *demarche.Coded) error { got = append(got, c.Doc.ID); return nil },
				func(d *demarche.Document, err error) { failed++ })
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			for _, d := range docs {
				if d.ID != "reject" {
					want = append(want, d.ID)
				}
			}
			if n != len(want) || failed != len(docs)-len(want) || !slices.Equal(got, want) {
				t.Errorf("emitted %d (%d failed) in order %v", n, failed, got)
			}
		})
	}
}

type sliceSource struct {
	docs []*demarche.Document
	i    int
}

func (s *sliceSource) Next() (*demarche.Document, error) {
	if s.i >= len(s.docs) {
		return nil, io.EOF
	}
	s.i++
	return s.docs[s.i-1], nil
}

func TestCount(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.jsonl", stories+"\n\n")
	b := writeFile(t, dir, "b.txt", "China thanked Laos.")
	c := writeFile(t, dir, "c.csv", "id,text\n1,x\n")
	tests := []struct {
		names []string
		n     int
		ok    bool
	}{
		{[]string{a}, 3, true},
		{[]string{a, b}, 4, true},
		{[]string{a, c}, 0, false},
		{[]string{"-"}, 0, false},
		{[]string{"https://example.org/feed.rss"}, 0, false},
	}
	for _, tt := range tests {
		if n, ok := ingest.Count(tt.names, ""); n != tt.n || ok != tt.ok {
			t.Errorf("Count(%v) = %d, %v; want %d, %v", tt.names, n, ok, tt.n, tt.ok)
		}
	}
}

func TestBar(t *testing.T) {
	s := ingest.Stats{Read: 1200, Added: 1000, Skipped: 200, Events: 12345, Elapsed: 2 * time.Second}
	tests := []struct {
		total int
		want  string
	}{
		{2400, "1,200/2,400 docs [=====     ]  50%  12,345 events  600 docs/s  0:02 elapsed  0:02 left"},
		{0, "1,200 docs  12,345 events  600 docs/s  0:02 elapsed"},
	}
	for _, tt := range tests {
		if got := ingest.Bar(s, tt.total, 10); got != tt.want {
			t.Errorf("Bar(total %d) =\n%q\nwant\n%q", tt.total, got, tt.want)
		}
	}
}
