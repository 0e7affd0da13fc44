package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/demarche-project/demarche/queue"
	"github.com/demarche-project/demarche/queue/natstest"
	"github.com/demarche-project/demarche/store/postgres/pgtest"
)

// queueStories is how many KCNA stories of 2011 the queue test codes.
const queueStories = 4000

// queueCorpus writes the input of the queue tests: the first n KCNA stories
// of 2011 when ../shared has them, else n generated stories. It returns the
// file and a description.
func queueCorpus(t testing.TB, n int) (string, string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "stories.jsonl")
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p := filepath.Join("..", "..", "..", "shared", "corpora", "kcna", "kcna-2011.jsonl.gz")
	if in, err := os.Open(p); err == nil {
		defer in.Close()
		zr, err := gzip.NewReader(in)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(zr)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		i := 0
		for ; i < n && sc.Scan(); i++ {
			f.Write(sc.Bytes())
			f.Write([]byte{'\n'})
		}
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
		return out, fmt.Sprintf("the first %d KCNA stories of 2011", i)
	}
	t.Logf("%s is absent (../shared/corpora/kcna holds the KCNA stories): generated stories instead", p)
	leaders := []string{"Kim Jong Il", "Kim Yong Nam", "Choe Thae Bok", "Pak Ui Chun"}
	others := []string{"Russian President Dmitry Medvedev", "the President of Laos", "Chinese Premier Wen Jiabao", "a Cuban delegation"}
	acts := []string{"met %s in Pyongyang", "sent a message of greetings to %s", "received %s", "thanked %s for the support"}
	enc := json.NewEncoder(f)
	for i := range n {
		d := time.Date(2011, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%365).Format("2006-01-02")
		text := fmt.Sprintf("%s %s on day %d.\n\nThe DPRK denounced the United States for its hostile policy in story %d.",
			leaders[i%len(leaders)], fmt.Sprintf(acts[(i/4)%len(acts)], others[(i/16)%len(others)]), i, i)
		enc.Encode(map[string]string{"id": fmt.Sprintf("gen-%05d", i), "date": d, "title": fmt.Sprintf("Story %d", i), "text": text, "source": "KCNA"})
	}
	return out, fmt.Sprintf("%d generated stories", n)
}

// proc is a demarche process run by a test.
type proc struct {
	name   string
	cmd    *exec.Cmd
	stderr *bytes.Buffer
	done   chan error
}

func startProc(t *testing.T, name, bin string, args ...string) *proc {
	t.Helper()
	p := &proc{name: name, cmd: exec.Command(bin, args...), stderr: &bytes.Buffer{}, done: make(chan error, 1)}
	p.cmd.Stderr = &lockedWriter{w: p.stderr}
	p.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL} // none outlives the test
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.done <- p.cmd.Wait() }()
	return p
}

type lockedWriter struct {
	mu sync.Mutex
	w  *bytes.Buffer
}

func (l *lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}

func (p *proc) output() string {
	lw := p.cmd.Stderr.(*lockedWriter)
	lw.mu.Lock()
	defer lw.mu.Unlock()
	return lw.w.String()
}

// docSnapshot is snapshot without the canonical links: which member of a
// group of near-duplicates is canonical depends on the order in which the
// documents are stored, which several workers do not keep. It returns the
// documents, the events and the canonical link of each duplicate.
func docSnapshot(t *testing.T, dsn string) (docs, events []string, links map[string]string) {
	t.Helper()
	all, events := snapshot(t, dsn)
	links = map[string]string{}
	for _, d := range all {
		f := strings.Fields(d)
		if c := strings.TrimPrefix(f[2], "canonical="); c != "" {
			links[f[0]] = c
		}
		docs = append(docs, strings.Join(append(f[:2:2], f[3:]...), " "))
	}
	return docs, events, links
}

// TestQueue runs the distributed path end to end with the built command, a
// real NATS server (file-backed JetStream, embedded) and PostgreSQL on
// loopback: `ingest --queue` publishes the stories, a poison message and a
// document with a bad date are injected, and worker processes code and
// store them while the test kills one with SIGKILL (and starts it again),
// stalls another past AckWait, restarts NATS, restarts PostgreSQL, removes
// a worker and adds one. The store must end with the same documents and
// events as a single-process `demarche ingest` of the same input, and the
// two poison documents in the dead letters with their errors.
func TestQueue(t *testing.T) {
	if testing.Short() {
		t.Skip("codes thousands of stories twice, with worker processes")
	}
	corpus, what := queueCorpus(t, queueStories)
	pg := pgtest.ForTest(t)
	bin := buildDemarche(t)
	ns, err := natstest.Start("")
	if err != nil {
		t.Fatal(err)
	}
	defer ns.Stop()
	refDSN, qDSN := pg.Schema(t), pg.Schema(t)
	// A worker acknowledges a document once its transaction has
	// committed, so the commit must be durable: pgtest's server runs with
	// synchronous_commit=off for speed, and the crash of PostgreSQL below
	// would lose the last commits — acknowledged documents. A production
	// server has it on, as here (for the sessions of this database: the
	// server's command line wins over ALTER SYSTEM).
	durableCommits(t, pg.URL)

	start := time.Now()
	if out, err := exec.Command(bin, "ingest", "--db", refDSN, corpus).CombinedOutput(); err != nil {
		t.Fatalf("single-process ingest: %v\n%s", err, out)
	}
	t.Logf("single-process ingest of %s: %v", what, time.Since(start).Round(time.Millisecond))
	wantDocs, wantEvents, wantLinks := docSnapshot(t, refDSN)

	// Publish, then publish again: the second adds nothing.
	out, err := exec.Command(bin, "ingest", "--queue", ns.URL, corpus).CombinedOutput()
	if err != nil || !strings.Contains(string(out), fmt.Sprintf("%d queued, 0 already queued", len(wantDocs))) {
		t.Fatalf("ingest --queue: %v\n%s", err, out)
	}
	out, err = exec.Command(bin, "ingest", "--queue", ns.URL, corpus).CombinedOutput()
	if err != nil || !strings.Contains(string(out), fmt.Sprintf("0 queued, %d already queued", len(wantDocs))) {
		t.Fatalf("second ingest --queue: %v\n%s", err, out)
	}
	injectPoison(t, ns.URL)

	ctx := context.Background()
	q, err := queue.Open(ctx, queue.Config{URL: ns.URL})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	st, err := openDB(ctx, qDSN, forWriting)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()

	const ackWait = 3 * time.Second
	var mu sync.Mutex
	var workers []*proc
	n := 0
	startWorker := func() *proc {
		n++
		p := startProc(t, fmt.Sprintf("w%d", n), bin, "worker", "--queue", ns.URL, "--db", qDSN,
			"--batch", "50", "--parallel", "1", "--ack-wait", ackWait.String(), "--name", fmt.Sprintf("w%d", n))
		mu.Lock()
		workers = append(workers, p)
		mu.Unlock()
		return p
	}
	defer func() {
		mu.Lock()
		defer mu.Unlock()
		for _, p := range workers {
			p.cmd.Process.Kill()
			if t.Failed() {
				t.Logf("worker %s:\n%s", p.name, lastLines(p.output(), 30))
			}
		}
	}()
	w1, w2, w3 := startWorker(), startWorker(), startWorker()

	stored := func() int {
		s, err := st.Stats(ctx)
		if err != nil {
			return -1
		}
		return int(s.Documents)
	}
	total := len(wantDocs)
	type step struct {
		at   float64 // share of the documents stored
		name string
		do   func()
	}
	steps := []step{
		{0.10, "kill -9 a worker and start it again", func() {
			w1.cmd.Process.Kill()
			<-w1.done
			startWorker()
		}},
		{0.25, "stall a worker past AckWait", func() {
			w2.cmd.Process.Signal(syscall.SIGSTOP)
			time.AfterFunc(2*ackWait, func() { w2.cmd.Process.Signal(syscall.SIGCONT) })
		}},
		{0.40, "restart NATS", func() {
			if err := ns.Restart(time.Second); err != nil {
				t.Fatal(err)
			}
		}},
		{0.55, "restart PostgreSQL", func() {
			if err := pg.Restart(2 * time.Second); err != nil {
				t.Logf("PostgreSQL not restarted: %v", err)
			}
		}},
		{0.70, "kill -9 a worker for good, add another", func() {
			w3.cmd.Process.Kill()
			<-w3.done
			startWorker()
		}},
	}
	deadline := time.Now().Add(10 * time.Minute)
	var emptySince time.Time
	for {
		done := stored()
		for len(steps) > 0 && done >= int(steps[0].at*float64(total)) {
			t.Logf("%d/%d documents stored: %s", done, total, steps[0].name)
			steps[0].do()
			steps = steps[1:]
		}
		if len(steps) == 0 && done >= 0 {
			s, err := q.Status(ctx)
			if err == nil && done == total && s.Messages == 0 && s.Dead == 2 {
				break
			}
			switch {
			case err != nil || s.Messages > 0:
				emptySince = time.Time{}
			case emptySince.IsZero():
				emptySince = time.Now()
			case time.Since(emptySince) > 3*ackWait+10*time.Second:
				gotDocs, _, _ := docSnapshot(t, qDSN)
				t.Fatalf("the queue is empty, %d/%d documents are stored, %d dead letters; first difference: %s", done, total, s.Dead, firstDifference(gotDocs, wantDocs))
			}
		}
		if time.Now().After(deadline) {
			s, err := q.Status(ctx)
			t.Fatalf("after 10 minutes, %d/%d documents stored; queue %+v, %v", done, total, s, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Logf("queue emptied %v after the start", time.Since(start).Round(time.Millisecond))

	// status --queue, while the workers are there, once the heartbeats
	// say which are gone.
	for wait := time.Now().Add(30 * time.Second); ; {
		s, err := q.Status(ctx)
		live := 0
		for _, w := range s.Workers {
			if !w.Silent {
				live++
			}
		}
		if err == nil && live == 3 {
			break
		}
		if time.Now().After(wait) {
			t.Fatalf("status: %+v, %v; want 3 live workers", s, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	var sout bytes.Buffer
	cmd := exec.Command(bin, "status", "--db", qDSN, "--queue", ns.URL)
	cmd.Stdout, cmd.Stderr = &sout, &sout
	if err := cmd.Run(); err != nil {
		t.Fatalf("status --queue: %v\n%s", err, sout.String())
	}
	for _, want := range []string{"queue depth  ", "0 documents: 0 pending, 0 being worked on", "workers  ", "throughput  ", "dead letters  ", "poison-date", "not a document"} {
		if !strings.Contains(sout.String(), want) {
			t.Errorf("status --queue lacks %q:\n%s", want, sout.String())
		}
	}
	if !regexp.MustCompile(`workers +3 live`).MatchString(sout.String()) {
		t.Errorf("status --queue does not show the 3 workers running:\n%s", sout.String())
	}
	t.Logf("status --queue:\n%s", sout.String())
	js, err := exec.Command(bin, "status", "--db", qDSN, "--queue", ns.URL, "--format", "json").Output()
	if err != nil || !strings.Contains(string(js), `"queue": {`) || !strings.Contains(string(js), `"dead": 2`) || !strings.Contains(string(js), `"ack_pending": 0`) {
		t.Errorf("status --queue --format json: %v\n%s", err, js)
	}

	// Stop the workers that remain, as an operator would.
	mu.Lock()
	live := workers
	mu.Unlock()
	for _, p := range live {
		if p == w1 || p == w3 {
			continue
		}
		p.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case err := <-p.done:
			if err != nil {
				t.Errorf("worker %s stopped with %v:\n%s", p.name, err, lastLines(p.output(), 20))
			}
		case <-time.After(time.Minute):
			t.Errorf("worker %s did not stop within a minute of SIGTERM", p.name)
		}
	}
	for _, p := range live {
		t.Logf("worker %s: %s", p.name, lastLines(p.output(), 1))
	}

	gotDocs, gotEvents, gotLinks := docSnapshot(t, qDSN)
	if d := firstDifference(gotDocs, wantDocs); d != "" {
		t.Errorf("documents (%d) differ from a single-process ingest (%d): %s", len(gotDocs), len(wantDocs), d)
	}
	if d := firstDifference(gotEvents, wantEvents); d != "" {
		t.Errorf("events (%d) differ from a single-process ingest (%d): %s", len(gotEvents), len(wantEvents), d)
	}
	// Near-duplicates: the same documents are linked, perhaps to another
	// member of their group.
	same := 0
	for id, c := range wantLinks {
		if gotLinks[id] == c {
			same++
		}
	}
	t.Logf("%d documents, %d events, identical; near-duplicates: %d linked (single process: %d), %d to the same canonical document",
		len(gotDocs), len(gotEvents), len(gotLinks), len(wantLinks), same)
	if groups(gotLinks) != groups(wantLinks) {
		t.Errorf("near-duplicate groups differ: %d linked in %d groups, single process %d in %d", len(gotLinks), groups(gotLinks), len(wantLinks), groups(wantLinks))
	}
}

// groups counts the canonical documents that duplicates link to.
func groups(links map[string]string) int {
	c := map[string]bool{}
	for _, v := range links {
		c[v] = true
	}
	return len(c)
}

// injectPoison publishes a message that is not a document and a document
// with an impossible date.
func injectPoison(t *testing.T, url string) {
	t.Helper()
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, body := range []string{`not a document`, `{"id":"poison-date","date":"2011-02-30","title":"Bad date","text":"Kim Jong Il met Russian President Dmitry Medvedev."}`} {
		if _, err := js.Publish(ctx, "demarche.docs", []byte(body)); err != nil {
			t.Fatal(err)
		}
	}
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// durableCommits turns synchronous_commit on for the new sessions of the
// database of url.
func durableCommits(tb testing.TB, url string) {
	tb.Helper()
	db, err := sql.Open("pgx", url)
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`ALTER DATABASE postgres SET synchronous_commit = on`); err != nil {
		tb.Fatalf("synchronous_commit: %v", err)
	}
}

// TestQueueLines checks the text of the queue's status section.
func TestQueueLines(t *testing.T) {
	now := time.Now().UTC()
	tests := []struct {
		name string
		s    queue.Status
		want []string
	}{
		{"empty", queue.Status{URL: "nats://h:4222", Stream: "DEMARCHE"}, []string{
			"queue\tnats://h:4222, stream DEMARCHE",
			"queue depth\t0 documents: 0 pending, 0 being worked on (0 redelivered)",
			"workers\t0 live (0 idle)",
			"throughput\t0 documents/s, 0 sentences/s (last minute)",
			"dead letters\t0",
		}},
		{"working", queue.Status{URL: "nats://h:4222", Stream: "DEMARCHE", Messages: 120, Pending: 100, AckPending: 20, Redelivered: 3,
			AckWait: time.Minute, MaxDeliver: 5, MaxAckPending: 10000, Rate: 650, SentenceRate: 3600, Dead: 1,
			Workers: []queue.WorkerStats{
				{Name: "a-1", State: "working", Added: 90, Skipped: 10, Events: 70, Rate: 650, Updated: now},
				{Name: "b-2", State: "waiting for the store", LastError: "connection refused", Updated: now},
				{Name: "c-3", State: "working", Silent: true, Updated: now},
				{Name: "d-4", State: "idle", Updated: now},
			},
			LastDead: []queue.DeadLetter{{Doc: "x", Error: "coder: bad date", Time: now}, {DocSeq: 7, Error: "not a document", Time: now}},
		}, []string{
			"queue depth\t120 documents: 100 pending, 20 being worked on (3 redelivered)",
			"queue settings\tack wait 1m0s, max deliver 5, max ack pending 10000",
			"workers\t3 live (1 idle), 1 silent",
			"  a-1\tworking; 100 documents (90 added, 10 skipped), 70 events, 0 dead, 0 retries; 650 documents/s",
			"  b-2\twaiting for the store; 0 documents (0 added, 0 skipped), 0 events, 0 dead, 0 retries; 0 documents/s; connection refused",
			"  c-3\tsilent since ",
			"throughput\t650 documents/s, 3600 sentences/s (last minute)",
			"dead letters\t1",
			"\tx: coder: bad date",
			"\tmessage 7: not a document",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(queueLines(&tt.s), "\n")
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("lacks %q:\n%s", w, got)
				}
			}
		})
	}
}
