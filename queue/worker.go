package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"regexp"
	"runtime"
	"strconv"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/dedup"
	"github.com/demarche-project/demarche/ingest"
)

// Defaults of Options.
const (
	DefaultBatch     = 100
	DefaultFetchWait = time.Second
	DefaultRetryMin  = 500 * time.Millisecond
	DefaultRetryMax  = 30 * time.Second
	DefaultDrain     = 30 * time.Second

	// putAttempts is the number of times a batch is put while the store
	// answers but fails it (not as invalid) before its messages are given
	// back to the queue, to be delivered again one document per
	// transaction.
	putAttempts = 3
)

// Options tune a Worker. The zero value fetches and writes DefaultBatch
// documents at a time and codes on all cores.
type Options struct {
	// Batch is the number of documents fetched at once and written per
	// transaction.
	Batch int

	// Parallel is the number of documents coded at once; 0 or less means
	// GOMAXPROCS.
	Parallel int

	// FetchWait is the longest wait for a batch to fill: a partial batch
	// is coded after it.
	FetchWait time.Duration

	// UpdateConsumer applies the Config's AckWait, MaxDeliver and
	// MaxAckPending to the shared consumer; otherwise an existing
	// consumer keeps its settings.
	UpdateConsumer bool

	// RetryMin and RetryMax bound the back-off of the retries while the
	// store or NATS is unavailable.
	RetryMin, RetryMax time.Duration

	// Drain is how long a worker that is stopped goes on writing the
	// documents it has coded; the others are given back to the queue.
	Drain time.Duration

	// Name identifies the worker in heartbeats and dead letters; the
	// default is HOST-PID.
	Name string

	// Log receives the worker's events (nil: none).
	Log *slog.Logger
}

// WorkerStats are the counts of a worker, published as its heartbeat.
type WorkerStats struct {
	Name    string    `json:"name"`
	Host    string    `json:"host"`
	PID     int       `json:"pid"`
	Version string    `json:"version"` // of the dictionaries
	Started time.Time `json:"started"`
	Updated time.Time `json:"updated"`
	State   string    `json:"state"` // idle, working, waiting for the store, waiting for NATS, stopping

	Fetched     int    `json:"fetched"`     // messages received
	Redelivered int    `json:"redelivered"` // of which delivered before
	Skipped     int    `json:"skipped"`     // already stored with the same content: not coded
	Added       int    `json:"added"`
	Replaced    int    `json:"replaced"`
	Unchanged   int    `json:"unchanged"` // coded, and found stored by the store
	Duplicates  int    `json:"duplicates"`
	Sentences   int    `json:"sentences"`
	Events      int    `json:"events"`
	Batches     int    `json:"batches"`
	Dead        int    `json:"dead"`     // sent to the dead letters
	Retries     int    `json:"retries"`  // puts retried
	Returned    int    `json:"returned"` // messages given back to the queue (nak)
	LastError   string `json:"last_error,omitempty"`

	// Rate is the number of documents finished per second over the last
	// minute.
	Rate float64 `json:"rate"`
	// SentenceRate is the number of sentences written per second over the
	// last minute.
	SentenceRate float64 `json:"sentence_rate"`

	// Silent, set by Queue.Status, says that the worker has sent no
	// heartbeat for 3 × HeartbeatEvery: it was killed, or it stalls. Its
	// heartbeat expires 30 seconds after the last one.
	Silent bool `json:"silent,omitempty"`
}

// Done returns the number of documents the worker has finished with.
func (s WorkerStats) Done() int { return s.Skipped + s.Added + s.Replaced + s.Unchanged + s.Dead }

// Worker pulls documents from the queue, codes them and writes them to a
// store. Run as many as needed, in one process or many.
type Worker struct {
	q   *Queue
	st  demarche.Store
	c   demarche.Coder
	opt Options
	log *slog.Logger

	mu      sync.Mutex
	stats   WorkerStats
	samples []sample
	held    map[*batch]bool // batches fetched and not yet finished
}

type sample struct {
	t               time.Time
	done, sentences int
}

// NewWorker returns a worker that takes documents from q, codes them with c
// and writes them to st.
func (q *Queue) NewWorker(st demarche.Store, c demarche.Coder, opt Options) *Worker {
	if opt.Batch < 1 {
		opt.Batch = DefaultBatch
	}
	if opt.Parallel < 1 {
		opt.Parallel = runtime.GOMAXPROCS(0)
	}
	if opt.FetchWait <= 0 {
		opt.FetchWait = DefaultFetchWait
	}
	if opt.RetryMin <= 0 {
		opt.RetryMin = DefaultRetryMin
	}
	if opt.RetryMax < opt.RetryMin {
		opt.RetryMax = max(DefaultRetryMax, opt.RetryMin)
	}
	if opt.Drain <= 0 {
		opt.Drain = DefaultDrain
	}
	host, _ := os.Hostname()
	if opt.Name == "" {
		opt.Name = host + "-" + strconv.Itoa(os.Getpid())
	}
	opt.Name = keyUnsafe.ReplaceAllString(opt.Name, "_")
	log := opt.Log
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	w := &Worker{q: q, st: st, c: safeCoder{c}, opt: opt, log: log.With("worker", opt.Name), held: map[*batch]bool{}}
	w.stats = WorkerStats{Name: opt.Name, Host: host, PID: os.Getpid(), Version: c.Version(), Started: time.Now().UTC(), State: "idle"}
	return w
}

// keyUnsafe matches what a key of the heartbeat bucket may not hold.
var keyUnsafe = regexp.MustCompile(`[^-_.a-zA-Z0-9]`)

// Stats returns the worker's counts so far. It is safe for concurrent use.
func (w *Worker) Stats() WorkerStats {
	w.mu.Lock()
	defer w.mu.Unlock()
	s := w.stats
	s.Updated = time.Now().UTC()
	if n := len(w.samples); n > 0 {
		first := w.samples[0]
		if d := s.Updated.Sub(first.t).Seconds(); d > 0 {
			s.Rate = float64(s.Done()-first.done) / d
			s.SentenceRate = float64(s.Sentences-first.sentences) / d
		}
	}
	return s
}

func (w *Worker) update(fn func(s *WorkerStats)) {
	w.mu.Lock()
	fn(&w.stats)
	w.mu.Unlock()
}

func (w *Worker) setState(state string) { w.update(func(s *WorkerStats) { s.State = state }) }

// item is one message of a batch and what became of it.
type item struct {
	msg       jetstream.Msg
	seq       uint64 // stream sequence
	delivered uint64 // number of deliveries, this one included
	doc       *demarche.Document
	coded     *demarche.Coded
	skip      bool  // stored with the same content: acknowledge
	dead      error // give up: to the dead letters
}

// batch is the messages of one fetch.
type batch struct {
	items []*item
}

// Run works until ctx ends, then writes what it has coded (for at most
// Options.Drain), gives the rest back to the queue and returns nil. It
// returns an error only when the consumer cannot be created or read for a
// reason other than NATS being unavailable, which it waits out.
func (w *Worker) Run(ctx context.Context) error {
	var cons jetstream.Consumer
	err := w.retry(ctx, "waiting for NATS", func() error {
		var err error
		cons, err = w.q.consumer(ctx, w.opt.UpdateConsumer)
		return err
	})
	if err != nil {
		if ctx.Err() != nil {
			return nil // stopped before it started: nothing fetched, nothing to give back
		}
		return err
	}
	w.log.Info("worker started", "queue", w.q.describe(), "batch", w.opt.Batch, "parallel", w.opt.Parallel, "version", w.c.Version())

	// The writer finishes the batches coded before ctx ended, on a context
	// of its own that ends after Options.Drain.
	wctx, wcancel := context.WithCancel(context.WithoutCancel(ctx))
	defer wcancel()
	stopDrain := context.AfterFunc(ctx, func() {
		w.setState("stopping")
		time.AfterFunc(w.opt.Drain, wcancel)
	})
	defer stopDrain()

	var bg sync.WaitGroup
	bgctx, bgcancel := context.WithCancel(ctx)
	bg.Add(3)
	go func() { defer bg.Done(); w.heartbeat(bgctx) }()
	go func() { defer bg.Done(); w.keepAlive(bgctx) }()
	go func() { defer bg.Done(); w.deadLetters(bgctx) }()

	coded := make(chan *batch, 1)
	werr := make(chan error, 1)
	go func() {
		var err error
		for b := range coded {
			if err == nil {
				err = w.write(wctx, b)
			}
			if err != nil {
				w.giveBack(b)
			}
			w.release(b)
		}
		werr <- err
	}()
	for ctx.Err() == nil {
		b, err := w.fetch(ctx, cons)
		if err != nil || b == nil {
			continue
		}
		w.prepare(ctx, b)
		select {
		case coded <- b:
		case <-ctx.Done():
			w.giveBack(b)
			w.release(b)
		}
	}
	close(coded)
	err = <-werr
	bgcancel()
	bg.Wait()
	w.goodbye()
	w.log.Info("worker stopped", "documents", w.Stats().Done())
	if err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	return nil
}

// fetch returns the next messages, or nil when none came within FetchWait.
// While NATS is unreachable it waits with back-off.
func (w *Worker) fetch(ctx context.Context, cons jetstream.Consumer) (*batch, error) {
	// The fetch is not cut short when ctx ends: messages it received
	// would be lost to every worker until AckWait. Those are given back.
	fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), w.opt.FetchWait)
	defer cancel()
	mb, err := cons.Fetch(w.opt.Batch, jetstream.FetchContext(fctx))
	if err == nil {
		b := &batch{}
		for m := range mb.Messages() {
			it := &item{msg: m}
			if md, err := m.Metadata(); err == nil {
				it.seq, it.delivered = md.Sequence.Stream, md.NumDelivered
			}
			b.items = append(b.items, it)
		}
		err = mb.Error()
		if len(b.items) > 0 {
			w.hold(b)
			w.update(func(s *WorkerStats) {
				s.State = "working"
				s.Fetched += len(b.items)
				for _, it := range b.items {
					if it.delivered > 1 {
						s.Redelivered++
					}
				}
			})
			return b, nil
		}
		if err == nil || errors.Is(err, nats.ErrTimeout) || errors.Is(err, context.DeadlineExceeded) {
			w.setState("idle")
			return nil, nil
		}
	}
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	w.setState("waiting for NATS")
	w.noteError(err)
	w.log.Warn("fetch failed", "err", err)
	sleep(ctx, w.opt.RetryMin*4)
	return nil, err
}

// prepare decodes the documents of a batch, marks those stored with the
// same content, and codes the others on Options.Parallel goroutines.
func (w *Worker) prepare(ctx context.Context, b *batch) {
	var ids []string
	for _, it := range b.items {
		doc, err := decode(it.msg.Data())
		if err != nil {
			it.dead = err
			continue
		}
		it.doc = doc
		ids = append(ids, doc.ID)
	}
	if len(ids) == 0 {
		return
	}
	var stored map[string]string
	err := w.retryStore(ctx, func() error {
		var err error
		stored, err = w.st.Hashes(ctx, ids)
		return err
	})
	if err != nil {
		return // stopping: nothing is skipped, the writer gives the batch back
	}
	var todo []*item
	byDoc := map[*demarche.Document]*item{}
	for _, it := range b.items {
		if it.doc == nil {
			continue
		}
		if h, ok := stored[it.doc.ID]; ok && h == dedup.Hash(it.doc.Title, it.doc.Text) {
			it.skip = true
			continue
		}
		todo = append(todo, it)
		byDoc[it.doc] = it
	}
	src := &sliceSource{items: todo}
	ingest.Code(ctx, w.c, src, w.opt.Parallel, func(c *demarche.Coded) error {
		byDoc[c.Doc].coded = c
		return nil
	}, func(d *demarche.Document, err error) {
		byDoc[d].dead = fmt.Errorf("coder: %w", err)
	})
}

// sliceSource is an ingest.Source over the documents of items.
type sliceSource struct {
	items []*item
	i     int
}

func (s *sliceSource) Next() (*demarche.Document, error) {
	if s.i >= len(s.items) {
		return nil, io.EOF
	}
	s.i++
	return s.items[s.i-1].doc, nil
}

// write stores the coded documents of a batch and acknowledges every
// message of the batch once its fate is settled: stored (after the commit),
// already stored, or published to the dead letters. It returns an error
// only when ctx ends; the caller then gives the unsettled messages back.
func (w *Worker) write(ctx context.Context, b *batch) error {
	var put []*item
	redelivered := false
	for _, it := range b.items {
		switch {
		case it.dead != nil:
			if err := w.kill(ctx, it, it.dead); err != nil {
				return err
			}
		case it.skip:
			w.ack(it)
			w.update(func(s *WorkerStats) { s.Skipped++ })
		case it.coded != nil:
			put = append(put, it)
			redelivered = redelivered || it.delivered > 1
		default:
			// Not coded: the worker is stopping, or the store could
			// not be asked what it holds.
			if ctx.Err() != nil {
				return ctx.Err()
			}
			w.nak(it, w.opt.RetryMin)
		}
	}
	if len(put) == 0 {
		return nil
	}
	if !redelivered {
		return w.put(ctx, put)
	}
	// Messages delivered before may be what made a worker fail: write
	// them one per transaction, so that a poison document fails alone.
	for _, it := range put {
		if err := w.put(ctx, []*item{it}); err != nil {
			return err
		}
	}
	return nil
}

// put writes items in one transaction and acknowledges them. An invalid
// batch is split in halves to find the invalid documents, which go to the
// dead letters. While the store is unreachable, put waits and tries again;
// when it answers but keeps failing the batch, the messages are given back
// to be delivered again, or dead-lettered on their last delivery.
func (w *Worker) put(ctx context.Context, items []*item) error {
	batch := make([]*demarche.Coded, len(items))
	for i, it := range items {
		batch[i] = it.coded
	}
	wait := w.opt.RetryMin
	failures := 0
	for {
		res, err := w.st.Put(ctx, w.c.Version(), batch)
		if err == nil {
			for _, it := range items {
				w.ack(it)
			}
			w.update(func(s *WorkerStats) {
				s.Batches++
				s.Added += res.Added
				s.Replaced += res.Replaced
				s.Unchanged += res.Unchanged
				s.Duplicates += res.Duplicates
				s.Sentences += res.Sentences
				s.Events += res.Events
				if s.State != "stopping" {
					s.State = "working"
				}
			})
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if demarche.ErrorCode(err) == demarche.EINVALID {
			if len(items) == 1 {
				return w.kill(ctx, items[0], fmt.Errorf("store: %w", err))
			}
			half := len(items) / 2
			if err := w.put(ctx, items[:half]); err != nil {
				return err
			}
			return w.put(ctx, items[half:])
		}
		w.noteError(err)
		w.update(func(s *WorkerStats) { s.Retries++ })
		if !w.storeUp(ctx) {
			w.setState("waiting for the store")
			w.log.Warn("store unavailable; retrying", "err", err, "in", wait)
		} else if failures++; failures >= putAttempts {
			w.log.Warn("store keeps failing the batch; giving it back", "err", err, "documents", len(items))
			for _, it := range items {
				if it.delivered >= uint64(w.q.cfg.MaxDeliver) {
					if err := w.kill(ctx, it, fmt.Errorf("store: %w", err)); err != nil {
						return err
					}
					continue
				}
				w.nak(it, wait)
			}
			return nil
		}
		if !sleep(ctx, wait) {
			return ctx.Err()
		}
		wait = min(2*wait, w.opt.RetryMax)
	}
}

// storeUp reports whether the store answers.
func (w *Worker) storeUp(ctx context.Context) bool {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	_, err := w.st.Stats(ctx)
	return err == nil
}

// retryStore calls fn until it succeeds, waiting with back-off while it
// fails, until ctx ends.
func (w *Worker) retryStore(ctx context.Context, fn func() error) error {
	return w.retry(ctx, "waiting for the store", fn)
}

func (w *Worker) retry(ctx context.Context, state string, fn func() error) error {
	wait := w.opt.RetryMin
	for {
		err := fn()
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if c := demarche.ErrorCode(err); c != demarche.EUNAVAILABLE && c != demarche.EINTERNAL {
			return err
		}
		w.noteError(err)
		w.setState(state)
		w.update(func(s *WorkerStats) { s.Retries++ })
		w.log.Warn(state, "err", err, "retry in", wait)
		if !sleep(ctx, wait) {
			return ctx.Err()
		}
		wait = min(2*wait, w.opt.RetryMax)
	}
}

func (w *Worker) noteError(err error) {
	if err != nil {
		w.update(func(s *WorkerStats) { s.LastError = err.Error() })
	}
}

// ack acknowledges a message whose document is settled. A lost
// acknowledgement only means a delivery more, which the store ignores.
func (w *Worker) ack(it *item) {
	if err := it.msg.Ack(); err != nil {
		w.log.Debug("ack failed", "seq", it.seq, "err", err)
	}
	it.msg = nil
}

// nak gives a message back to be delivered again after delay.
func (w *Worker) nak(it *item, delay time.Duration) {
	if it.msg == nil {
		return
	}
	it.msg.NakWithDelay(delay)
	it.msg = nil
	w.update(func(s *WorkerStats) { s.Returned++ })
}

// giveBack gives the unsettled messages of a batch back to the queue, to be
// delivered at once to another worker.
func (w *Worker) giveBack(b *batch) {
	for _, it := range b.items {
		w.nak(it, 0)
	}
}

// kill publishes a message's document to the dead letters with the error,
// then acknowledges it. If the dead letter cannot be published, the message
// is left unacknowledged, to be delivered again.
func (w *Worker) kill(ctx context.Context, it *item, cause error) error {
	err := w.retry(ctx, "waiting for NATS", func() error {
		return w.q.publishDead(ctx, it.msg.Data(), it.seq, it.delivered, w.opt.Name, cause)
	})
	if err != nil {
		return err
	}
	w.log.Warn("document sent to the dead letters", "seq", it.seq, "doc", docID(it), "err", cause)
	w.ack(it)
	w.update(func(s *WorkerStats) { s.Dead++ })
	return nil
}

func docID(it *item) string {
	if it.doc != nil {
		return it.doc.ID
	}
	if it.msg != nil {
		return it.msg.Headers().Get(hdrDoc)
	}
	return ""
}

// hold and release track the batches whose messages keepAlive extends.
func (w *Worker) hold(b *batch) {
	w.mu.Lock()
	w.held[b] = true
	w.mu.Unlock()
}

func (w *Worker) release(b *batch) {
	w.mu.Lock()
	delete(w.held, b)
	w.mu.Unlock()
}

// keepAlive tells the server, three times per AckWait, that the messages
// being coded, waiting to be written or being written are in progress, so
// that a slow store or a long batch does not make them delivered again. A
// worker that stalls (stopped, swapping, partitioned) stops saying so, and
// its messages go to other workers after AckWait.
func (w *Worker) keepAlive(ctx context.Context) {
	t := time.NewTicker(w.q.cfg.AckWait / 3)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		w.mu.Lock()
		var msgs []jetstream.Msg
		for b := range w.held {
			for _, it := range b.items {
				if it.msg != nil {
					msgs = append(msgs, it.msg)
				}
			}
		}
		w.mu.Unlock()
		for _, m := range msgs {
			m.InProgress()
		}
	}
}

// heartbeat publishes the worker's stats every HeartbeatEvery to the
// heartbeat bucket, and keeps a minute of samples for its rate.
func (w *Worker) heartbeat(ctx context.Context) {
	var kv jetstream.KeyValue
	t := time.NewTicker(HeartbeatEvery)
	defer t.Stop()
	for {
		now := time.Now()
		w.mu.Lock()
		w.samples = append(w.samples, sample{now, w.stats.Done(), w.stats.Sentences})
		for len(w.samples) > 1 && now.Sub(w.samples[0].t) > time.Minute {
			w.samples = w.samples[1:]
		}
		w.mu.Unlock()
		pctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		if kv == nil {
			kv, _ = w.q.workers(pctx)
		}
		if kv != nil {
			data, _ := json.Marshal(w.Stats())
			if _, err := kv.Put(pctx, w.opt.Name, data); err != nil {
				kv = nil // found or made again next time: NATS may have lost it
			}
		}
		cancel()
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// goodbye removes the worker's heartbeat.
func (w *Worker) goodbye() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if kv, err := w.q.js.KeyValue(ctx, w.q.cfg.workersBucket()); err == nil {
		kv.Delete(ctx, w.opt.Name)
	}
}

func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}

// safeCoder turns a panic of the coder into an error, so that a document
// that crashes the coder goes to the dead letters instead of crashing every
// worker that receives it.
type safeCoder struct{ demarche.Coder }

func (c safeCoder) Code(ctx context.Context, doc *demarche.Document) (out *demarche.Coded, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, demarche.Errorf(demarche.EINTERNAL, "document %s: the coder failed: %v", doc.ID, r)
		}
	}()
	return c.Coder.Code(ctx, doc)
}
