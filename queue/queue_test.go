package queue

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/queue/natstest"
	"github.com/demarche-project/demarche/store/sqlite"
)

// fakeCoder codes each document as one sentence and one event, fails on
// "POISON", panics on "PANIC", and gives an invalid event (quad 7) for
// "BADEVENT", which the store rejects.
type fakeCoder struct{ calls atomic.Int64 }

func (c *fakeCoder) Version() string { return "fake-1" }

func (c *fakeCoder) Code(ctx context.Context, d *demarche.Document) (*demarche.Coded, error) {
	c.calls.Add(1)
	switch {
	case strings.Contains(d.Text, "POISON"):
		return nil, demarche.Errorf(demarche.EINVALID, "document %s: poisoned", d.ID)
	case strings.Contains(d.Text, "PANIC"):
		panic("the coder met a panic")
	}
	quad := 1
	if strings.Contains(d.Text, "BADEVENT") {
		quad = 7
	}
	s := demarche.Sentence{Doc: d.ID, Text: d.Text, End: len(d.Text)}
	e := demarche.Event{Doc: d.ID, Date: d.Date, Source: "PRK", Target: "RUS", CAMEO: "040", Root: "04", Quad: quad, Goldstein: 1, Text: d.Text}
	return &demarche.Coded{Doc: d, Sentences: []demarche.Sentence{s}, Events: []demarche.Event{e}}, nil
}

// flakyStore fails every call while down, as an unreachable database does.
type flakyStore struct {
	demarche.Store
	down atomic.Bool
	puts atomic.Int64
}

var errDown = errors.New("dial tcp 127.0.0.1:5432: connect: connection refused")

func (s *flakyStore) Put(ctx context.Context, v string, b []*demarche.Coded) (*demarche.PutResult, error) {
	s.puts.Add(1)
	if s.down.Load() {
		return nil, errDown
	}
	return s.Store.Put(ctx, v, b)
}

func (s *flakyStore) Hashes(ctx context.Context, ids []string) (map[string]string, error) {
	if s.down.Load() {
		return nil, errDown
	}
	return s.Store.Hashes(ctx, ids)
}

func (s *flakyStore) Stats(ctx context.Context) (*demarche.StoreStats, error) {
	if s.down.Load() {
		return nil, errDown
	}
	return s.Store.Stats(ctx)
}

// env is a NATS server, a queue on it and an SQLite store.
type env struct {
	t     *testing.T
	nats  *natstest.Server
	cfg   Config
	q     *Queue
	st    *flakyStore
	coder *fakeCoder
}

func newEnv(t *testing.T, cfg Config) *env {
	t.Helper()
	srv, err := natstest.Start(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Stop)
	cfg.URL = srv.URL
	ctx := context.Background()
	q, err := Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Close() })
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "q.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return &env{t: t, nats: srv, cfg: cfg, q: q, st: &flakyStore{Store: st}, coder: &fakeCoder{}}
}

func doc(i int, text string) *demarche.Document {
	if text == "" {
		text = fmt.Sprintf("Story number %d says the DPRK met Russia.", i)
	}
	return &demarche.Document{ID: fmt.Sprintf("d%04d", i), Date: "2011-08-24", Title: fmt.Sprintf("Story %d", i), Text: text, Source: "KCNA", Origin: fmt.Sprintf("test.jsonl:%d", i+1)}
}

func (e *env) publish(docs ...*demarche.Document) PublishStats {
	e.t.Helper()
	p := e.q.NewPublisher(context.Background())
	for _, d := range docs {
		if err := p.Publish(d); err != nil {
			e.t.Fatal(err)
		}
	}
	st, err := p.Close()
	if err != nil {
		e.t.Fatal(err)
	}
	return st
}

// workers runs n workers until the returned stop is called, which returns
// their stats.
func (e *env) workers(n int, opt Options) (stop func() []WorkerStats) {
	ctx, cancel := context.WithCancel(context.Background())
	ws := make([]*Worker, n)
	var wg sync.WaitGroup
	for i := range ws {
		o := opt
		o.Name = fmt.Sprintf("w%d", i)
		if o.RetryMin == 0 {
			o.RetryMin, o.RetryMax = 50*time.Millisecond, 500*time.Millisecond
		}
		if o.FetchWait == 0 {
			o.FetchWait = 200 * time.Millisecond
		}
		ws[i] = e.q.NewWorker(e.st, e.coder, o)
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := ws[i].Run(ctx); err != nil {
				e.t.Errorf("worker %d: %v", i, err)
			}
		}()
	}
	return func() []WorkerStats {
		cancel()
		wg.Wait()
		out := make([]WorkerStats, n)
		for i, w := range ws {
			out[i] = w.Stats()
		}
		return out
	}
}

// waitEmpty waits until the stream of documents is empty and the store
// holds want documents.
func (e *env) waitEmpty(want int64, timeout time.Duration) *Status {
	e.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		s, err := e.q.Status(context.Background())
		if err == nil && s.Messages == 0 {
			if ss, err := e.st.Store.Stats(context.Background()); err == nil && ss.Documents == want {
				return s
			}
		}
		if time.Now().After(deadline) {
			ss, _ := e.st.Store.Stats(context.Background())
			e.t.Fatalf("after %v: queue %+v (err %v), store %+v; want an empty queue and %d documents", timeout, s, err, ss, want)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (e *env) checkStore(docs, events int64) {
	e.t.Helper()
	ss, err := e.st.Store.Stats(context.Background())
	if err != nil {
		e.t.Fatal(err)
	}
	if ss.Documents != docs || ss.Events != events {
		e.t.Errorf("store: %d documents, %d events; want %d and %d", ss.Documents, ss.Events, docs, events)
	}
}

func TestMsgID(t *testing.T) {
	a := doc(1, "The DPRK met Russia.")
	tests := []struct {
		name string
		d    *demarche.Document
		same bool
	}{
		{"same document", doc(1, "The DPRK met Russia."), true},
		{"same content, other spacing and origin", &demarche.Document{ID: "d0001", Date: "2011-08-25", Title: "Story 1", Text: "The  DPRK met Russia.", Origin: "x:9"}, true},
		{"new version", doc(1, "The DPRK met China."), false},
		{"other ID", &demarche.Document{ID: "d0002", Date: a.Date, Title: a.Title, Text: a.Text}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MsgID(tt.d) == MsgID(a); got != tt.same {
				t.Errorf("MsgID(%+v) == MsgID(%+v): %v, want %v", tt.d, a, got, tt.same)
			}
		})
	}
}

func TestEncodeDecode(t *testing.T) {
	d := doc(3, "")
	d.URL, d.Parse = "https://example.org/3", "(S (NP DPRK))"
	data, err := encode(d)
	if err != nil {
		t.Fatal(err)
	}
	got, err := decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if *got != *d {
		t.Errorf("decode(encode(d)) = %+v, want %+v", got, d)
	}
	for _, bad := range []string{"not json", `{"date":"2011-01-01","text":"no id"}`, `[1,2]`} {
		if _, err := decode([]byte(bad)); demarche.ErrorCode(err) != demarche.EINVALID {
			t.Errorf("decode(%q): %v, want an EINVALID error", bad, err)
		}
	}
}

func TestOpenErrors(t *testing.T) {
	tests := []struct {
		url, code string
	}{
		{"", demarche.EINVALID},
		{"http://localhost:4222", demarche.EINVALID},
		{"nats://127.0.0.1:1", demarche.EUNAVAILABLE},
	}
	for _, tt := range tests {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		_, err := Open(ctx, Config{URL: tt.url})
		cancel()
		if got := demarche.ErrorCode(err); got != tt.code {
			t.Errorf("Open(%q): %v (%s), want %s", tt.url, err, got, tt.code)
		}
	}
}

func TestPublishDedup(t *testing.T) {
	e := newEnv(t, Config{})
	var docs []*demarche.Document
	for i := range 50 {
		docs = append(docs, doc(i, ""))
	}
	if st := e.publish(docs...); st.Published != 50 || st.Duplicates != 0 {
		t.Errorf("first publish: %+v, want 50 published", st)
	}
	if st := e.publish(docs...); st.Published != 0 || st.Duplicates != 50 {
		t.Errorf("second publish: %+v, want 50 duplicates", st)
	}
	if st := e.publish(doc(0, "A new version of story 0.")); st.Published != 1 {
		t.Errorf("new version: %+v, want it published", st)
	}
	s, err := e.q.Status(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if s.Messages != 51 || s.Pending != 51 {
		t.Errorf("status: %d messages, %d pending; want 51", s.Messages, s.Pending)
	}
	p := e.q.NewPublisher(context.Background())
	if err := p.Publish(&demarche.Document{Text: "no id"}); demarche.ErrorCode(err) != demarche.EINVALID {
		t.Errorf("publish without an id: %v, want EINVALID", err)
	}
	p.Close()
}

// TestWorkers runs workers in one process, each batch size with one and
// with several workers, and checks that every document is stored once,
// that a document published twice is coded once, and what status shows.
func TestWorkers(t *testing.T) {
	tests := []struct {
		workers, batch int
	}{
		{1, 1}, {1, 100}, {3, 7}, {4, 50},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%d workers, batch %d", tt.workers, tt.batch), func(t *testing.T) {
			e := newEnv(t, Config{})
			var docs []*demarche.Document
			for i := range 300 {
				docs = append(docs, doc(i, ""))
			}
			e.publish(docs...)
			stop := e.workers(tt.workers, Options{Batch: tt.batch, Parallel: 2})
			s := e.waitEmpty(300, 30*time.Second)
			// Published again after they were stored: skipped, not coded.
			e.publish(docs[:10]...) // duplicates within the window: dropped
			calls := e.coder.calls.Load()
			stats := stop()
			e.checkStore(300, 300)
			if calls != 300 {
				t.Errorf("%d documents coded, want 300", calls)
			}
			added, batches := 0, 0
			for _, ws := range stats {
				added += ws.Added
				batches += ws.Batches
			}
			if added != 300 || batches < 300/tt.batch {
				t.Errorf("workers added %d in %d batches, want 300 in at least %d", added, batches, 300/tt.batch)
			}
			if s.Dead != 0 || s.AckPending != 0 || s.Pending != 0 {
				t.Errorf("status: %+v", s)
			}
		})
	}
}

// TestSkipStored checks that a document published after the duplicate
// window, already stored, is acknowledged without being coded.
func TestSkipStored(t *testing.T) {
	e := newEnv(t, Config{DedupWindow: time.Second})
	e.publish(doc(1, ""), doc(2, ""))
	stop := e.workers(1, Options{})
	e.waitEmpty(2, 10*time.Second)
	time.Sleep(1500 * time.Millisecond) // past the window
	if st := e.publish(doc(1, ""), doc(2, "")); st.Published != 2 {
		t.Fatalf("publish after the window: %+v", st)
	}
	e.waitEmpty(2, 10*time.Second)
	stats := stop()
	if stats[0].Skipped != 2 || e.coder.calls.Load() != 2 {
		t.Errorf("skipped %d, coded %d; want 2 skipped and 2 coded", stats[0].Skipped, e.coder.calls.Load())
	}
	e.checkStore(2, 2)
}

// TestPoison sends documents that cannot be coded or stored: each goes to
// the dead letters with its error, the others are stored.
func TestPoison(t *testing.T) {
	e := newEnv(t, Config{})
	var docs []*demarche.Document
	for i := range 40 {
		docs = append(docs, doc(i, ""))
	}
	docs = append(docs, doc(100, "POISON in the text"), doc(101, "PANIC in the coder"), doc(102, "BADEVENT for the store"))
	e.publish(docs...)
	// A message that is not a document at all.
	if _, err := e.q.js.Publish(context.Background(), e.q.cfg.docSubject(), []byte("not json")); err != nil {
		t.Fatal(err)
	}
	stop := e.workers(2, Options{Batch: 16})
	deadline := time.Now().Add(20 * time.Second)
	var s *Status
	for {
		var err error
		s, err = e.q.Status(context.Background())
		if err == nil && s.Messages == 0 && s.Dead == 4 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("status %+v, %v; want an empty queue and 4 dead letters", s, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	stop()
	e.checkStore(40, 40)
	want := map[string]string{"d0100": "poisoned", "d0101": "the coder failed: the coder met a panic", "d0102": "bad quad class 7", "": "not a document"}
	dead, err := e.q.DeadLetters(context.Background(), 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(dead) != 4 {
		t.Fatalf("%d dead letters, want 4", len(dead))
	}
	for _, d := range dead {
		w, ok := want[d.Doc]
		if !ok || !strings.Contains(d.Error, w) {
			t.Errorf("dead letter %+v: want the error to say %q", d, w)
		}
		if d.Deliveries != 1 || d.DocSeq == 0 {
			t.Errorf("dead letter %s: %d deliveries, seq %d; want 1 and the stream sequence", d.Doc, d.Deliveries, d.DocSeq)
		}
		delete(want, d.Doc)
	}
	if d := dead[len(dead)-1]; d.Doc == "d0100" {
		if got, err := d.Document(); err != nil || got.Origin != "test.jsonl:101" {
			t.Errorf("dead letter document: %+v, %v", got, err)
		}
	}
}

// TestStoreDown takes the store down while workers write: they wait and
// retry, acknowledge nothing they have not stored, and end with every
// document once, none dead.
func TestStoreDown(t *testing.T) {
	e := newEnv(t, Config{AckWait: 2 * time.Second})
	var docs []*demarche.Document
	for i := range 200 {
		docs = append(docs, doc(i, ""))
	}
	e.publish(docs[:100]...)
	stop := e.workers(2, Options{Batch: 10})
	e.waitEmpty(100, 10*time.Second)
	e.st.down.Store(true)
	e.publish(docs[100:]...)
	time.Sleep(5 * time.Second) // longer than AckWait: the workers keep their messages
	for deadline := time.Now().Add(3 * HeartbeatEvery); ; {
		s, err := e.q.Status(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if s.Messages != 100 {
			t.Fatalf("while the store is down: %d messages in the stream, want 100", s.Messages)
		}
		waiting := 0
		for _, w := range s.Workers {
			if w.State == "waiting for the store" {
				waiting++
			}
		}
		if waiting > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no worker says it is waiting for the store: %+v", s.Workers)
		}
		time.Sleep(100 * time.Millisecond)
	}
	e.st.down.Store(false)
	e.waitEmpty(200, 20*time.Second)
	stats := stop()
	e.checkStore(200, 200)
	retries := 0
	for _, w := range stats {
		retries += w.Retries
		if w.Dead > 0 {
			t.Errorf("worker %s sent %d documents to the dead letters", w.Name, w.Dead)
		}
	}
	if retries == 0 {
		t.Errorf("no put was retried")
	}
}

// stall takes messages from the consumer as a worker would and never
// acknowledges them, as a worker that stalls or dies does.
func (e *env) stall(n int) int {
	e.t.Helper()
	cons, err := e.q.consumer(context.Background(), false)
	if err != nil {
		e.t.Fatal(err)
	}
	mb, err := cons.Fetch(n, jetstream.FetchMaxWait(2*time.Second))
	if err != nil {
		e.t.Fatal(err)
	}
	got := 0
	for range mb.Messages() {
		got++
	}
	return got
}

// TestStalledWorker: the messages of a worker that stalls are delivered to
// another after AckWait, and stored once.
func TestStalledWorker(t *testing.T) {
	e := newEnv(t, Config{AckWait: time.Second})
	var docs []*demarche.Document
	for i := range 50 {
		docs = append(docs, doc(i, ""))
	}
	e.publish(docs...)
	if n := e.stall(20); n != 20 {
		t.Fatalf("the stalled worker took %d messages, want 20", n)
	}
	stop := e.workers(1, Options{Batch: 10})
	e.waitEmpty(50, 20*time.Second)
	stats := stop()
	if stats[0].Redelivered != 20 {
		t.Errorf("%d documents redelivered, want 20", stats[0].Redelivered)
	}
	e.checkStore(50, 50)
}

// TestMaxDeliveries: a document on which workers die every time is
// delivered MaxDeliver times, then moved to the dead letters with the
// reason.
func TestMaxDeliveries(t *testing.T) {
	e := newEnv(t, Config{AckWait: 500 * time.Millisecond, MaxDeliver: 2})
	e.publish(doc(1, "This one kills workers."))
	for i := range 2 {
		if n := e.stall(1); n != 1 {
			t.Fatalf("delivery %d: got %d messages", i+1, n)
		}
		time.Sleep(700 * time.Millisecond)
	}
	e.publish(doc(2, ""))
	stop := e.workers(1, Options{})
	deadline := time.Now().Add(20 * time.Second)
	for {
		s, err := e.q.Status(context.Background())
		if err == nil && s.Messages == 0 && s.Dead == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("status %+v, %v; want an empty queue and 1 dead letter", s, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	stop()
	dead, err := e.q.DeadLetters(context.Background(), 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(dead) != 1 || dead[0].Doc != "d0001" || dead[0].Deliveries != 2 || !strings.Contains(dead[0].Error, "delivered 2 times") {
		t.Errorf("dead letters: %+v", dead)
	}
	e.checkStore(1, 1)
}

// TestNATSRestart restarts the server while workers work and a publisher
// publishes: nothing is lost, nothing doubled.
func TestNATSRestart(t *testing.T) {
	e := newEnv(t, Config{AckWait: 2 * time.Second})
	var docs []*demarche.Document
	for i := range 1000 {
		docs = append(docs, doc(i, ""))
	}
	e.publish(docs[:500]...)
	stop := e.workers(2, Options{Batch: 20})
	time.Sleep(300 * time.Millisecond)
	if err := e.nats.Restart(time.Second); err != nil {
		t.Fatal(err)
	}
	e.publish(docs[500:]...)
	s := e.waitEmpty(1000, 60*time.Second)
	for deadline := time.Now().Add(3 * HeartbeatEvery); len(s.Workers) < 2; {
		// The heartbeats come back within HeartbeatEvery.
		if time.Now().After(deadline) {
			t.Fatalf("after the restart, status shows %d workers, want 2", len(s.Workers))
		}
		time.Sleep(100 * time.Millisecond)
		var err error
		if s, err = e.q.Status(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	stop()
	e.checkStore(1000, 1000)
}

// TestWorkerStops: a worker stopped while it holds messages writes what it
// has coded and gives the rest back; another worker finishes.
func TestWorkerStops(t *testing.T) {
	e := newEnv(t, Config{})
	var docs []*demarche.Document
	for i := range 400 {
		docs = append(docs, doc(i, ""))
	}
	e.publish(docs...)
	stop1 := e.workers(1, Options{Batch: 50})
	time.Sleep(100 * time.Millisecond)
	stop1()
	stop2 := e.workers(1, Options{Batch: 50})
	e.waitEmpty(400, 20*time.Second)
	stop2()
	e.checkStore(400, 400)
	s, err := e.q.Status(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Workers) != 0 {
		t.Errorf("stopped workers still have heartbeats: %+v", s.Workers)
	}
}

// TestStatusWorkers checks the heartbeats that status shows.
func TestStatusWorkers(t *testing.T) {
	e := newEnv(t, Config{})
	stop := e.workers(2, Options{})
	deadline := time.Now().Add(10 * time.Second)
	for {
		s, err := e.q.Status(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if len(s.Workers) == 2 {
			if s.Workers[0].Name != "w0" || s.Workers[1].Version != "fake-1" {
				t.Errorf("status: %+v", s)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("status shows %d workers, want 2", len(s.Workers))
		}
		time.Sleep(50 * time.Millisecond)
	}
	stop()
}

var _ = nats.ErrTimeout

// TestWorkerStoppedBeforeStart checks that a worker whose context ends
// before its consumer exists returns nil, as a stopped worker does (a slow
// start raced with the stop and reported "context canceled").
func TestWorkerStoppedBeforeStart(t *testing.T) {
	e := newEnv(t, Config{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	w := e.q.NewWorker(e.st, e.coder, Options{Name: "early", RetryMin: 10 * time.Millisecond, RetryMax: 20 * time.Millisecond})
	if err := w.Run(ctx); err != nil {
		t.Fatalf("Run after cancel: %v, want nil", err)
	}
}
