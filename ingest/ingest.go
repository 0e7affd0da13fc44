// Package ingest is the ingest pipeline of demarche: documents read from
// sources are split and coded in parallel on all cores and written to a
// demarche.Store in batches, one transaction each, by one writer goroutine.
//
// The pipeline is idempotent and safe to kill at any moment. Before coding,
// each document's content hash is compared with the one stored under its ID
// (Store.Hashes, read for a few hundred documents at a time): a document
// already stored with the same content is skipped without being coded.
// Batches are written in input order, each atomically, so after a crash
// (kill -9, power loss within the store's durability) the store holds
// exactly the documents of the batches committed before it, and an ingest
// of the same inputs started again codes and writes only the rest. The
// coder is deterministic and event IDs are stable, so the store then holds
// every document and every event exactly once, as after a run that was
// never interrupted.
package ingest

import (
	"context"
	"io"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/dedup"
	"github.com/demarche-project/demarche/internal/parallel"
)

// Defaults of Options.
const (
	DefaultBatch      = 500             // documents per transaction
	DefaultBatchBytes = 16 << 20        // bytes of text per transaction, at most about
	DefaultFlushEvery = 2 * time.Second // longest wait of a partial batch
	lookupChunk       = 256             // documents per Store.Hashes call
)

// Options tune a Pipeline. The zero value codes on all cores and writes
// batches of DefaultBatch documents.
type Options struct {
	// Workers is the number of documents coded in parallel; 0 or less
	// means GOMAXPROCS.
	Workers int

	// Batch is the number of documents written per transaction; 0 or
	// less means DefaultBatch.
	Batch int

	// BatchBytes ends a batch early once its documents hold this many
	// bytes of text, so that a batch of long documents stays small; 0 or
	// less means DefaultBatchBytes.
	BatchBytes int

	// FlushEvery writes a partial batch once its first document has
	// waited this long, so that slow sources (feeds, URLs) are stored as
	// they come; 0 means DefaultFlushEvery.
	FlushEvery time.Duration

	// Strict stops the run at the first document that the coder or the
	// store rejects, instead of reporting it and going on.
	Strict bool

	// Report receives the documents rejected by the coder or the store,
	// as *DocError, one call at a time; nil ignores them.
	Report func(error)

	// NoSkip codes every document, even those already stored with the
	// same content (the store still adds nothing for them).
	NoSkip bool
}

// DocError is a document that the coder or the store rejected.
type DocError struct {
	Doc    string // the document ID
	Origin string // where it was read: file:line, URL
	Err    error
}

// Error returns "origin: document ID: cause", without repeating the
// document when the cause names it.
func (e *DocError) Error() string {
	msg := e.Err.Error()
	if !strings.HasPrefix(msg, "document "+e.Doc+":") {
		msg = "document " + e.Doc + ": " + msg
	}
	if e.Origin != "" {
		return e.Origin + ": " + msg
	}
	return msg
}

// Unwrap returns the cause.
func (e *DocError) Unwrap() error { return e.Err }

// Stats count what a run did. Counts of documents are disjoint: every
// document read is Skipped, Failed, or written (Added, Replaced or
// Unchanged), or still in the pipeline.
type Stats struct {
	Read    int // documents read from the source
	Skipped int // already stored with the same content: not coded
	Coded   int // documents coded

	Added      int // new documents stored, duplicates included
	Replaced   int // stored under their ID with other content: replaced
	Unchanged  int // coded, but found stored with the same content by the store
	Duplicates int // added or replaced documents linked to a canonical one
	Sentences  int // sentences written
	Events     int // events written

	Failed  int // documents rejected by the coder or the store
	Batches int // transactions committed

	Elapsed time.Duration
	Writing time.Duration // time spent in Store.Put: when close to Elapsed, the store is the bottleneck
}

// Done returns the number of documents the run has finished with.
func (s Stats) Done() int { return s.Skipped + s.Added + s.Replaced + s.Unchanged + s.Failed }

// Pipeline ingests documents into a store. Its Stats may be read from
// another goroutine while Run runs, for a progress bar.
type Pipeline struct {
	st  demarche.Store
	c   demarche.Coder
	opt Options

	mu    sync.Mutex
	stats Stats
	start time.Time
}

// New returns a pipeline that codes with c and writes to st.
func New(st demarche.Store, c demarche.Coder, opt Options) *Pipeline {
	if opt.Workers < 1 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.Batch < 1 {
		opt.Batch = DefaultBatch
	}
	if opt.FlushEvery <= 0 {
		opt.FlushEvery = DefaultFlushEvery
	}
	if report := opt.Report; report == nil {
		opt.Report = func(error) {}
	} else {
		var mu sync.Mutex
		opt.Report = func(err error) {
			mu.Lock()
			defer mu.Unlock()
			report(err)
		}
	}
	return &Pipeline{st: st, c: c, opt: opt}
}

// Stats returns the counts so far. It is safe for concurrent use.
func (p *Pipeline) Stats() Stats {
	p.mu.Lock()
	defer p.mu.Unlock()
	s := p.stats
	if !p.start.IsZero() {
		s.Elapsed = time.Since(p.start)
	}
	return s
}

func (p *Pipeline) update(fn func(s *Stats)) {
	p.mu.Lock()
	fn(&p.stats)
	p.mu.Unlock()
}

// Run ingests every document of src and returns the counts. It stops at the
// first error of src, at a store error other than an invalid document, at
// the first rejected document when Strict, or when ctx ends; the batches
// written before stay written, and running again on the same input
// finishes the work.
func (p *Pipeline) Run(ctx context.Context, src Source) (Stats, error) {
	p.mu.Lock()
	p.start = time.Now()
	p.mu.Unlock()
	// Reading and coding stop at a rejected document when strict, or at a
	// store error; the writer still writes what was coded before a
	// rejected document, and stops only with ctx.
	codeCtx, cancel := context.WithCancel(ctx)
	defer cancel()

	var in Source = &counted{src: src, p: p}
	if !p.opt.NoSkip {
		sk := &skipper{ctx: codeCtx, st: p.st, p: p}
		sk.start(in)
		defer sk.stop()
		in = sk
	}

	coded := make(chan *demarche.Coded, p.opt.Batch)
	werr := make(chan error, 1)
	go func() {
		var err error
		defer func() {
			if e := recovered("writing", recover()); e != nil {
				err = e
				cancel()
			}
			werr <- err
		}()
		err = p.write(ctx, coded, cancel)
	}()

	var failErr error
	_, err := Code(codeCtx, p.c, in, p.opt.Workers, func(c *demarche.Coded) error {
		p.update(func(s *Stats) { s.Coded++ })
		select {
		case coded <- c:
			return nil
		case <-codeCtx.Done():
			return codeCtx.Err()
		}
	}, p.codingFailure(&failErr, cancel, func() { p.update(func(s *Stats) { s.Failed++ }) }))
	close(coded)
	wErr := <-werr
	st := p.Stats()
	switch {
	case failErr != nil:
		return st, failErr
	case wErr != nil:
		return st, wErr
	case err != nil && ctx.Err() != nil:
		return st, ctx.Err()
	}
	return st, err
}

// counted counts the documents read.
type counted struct {
	src Source
	p   *Pipeline
}

func (c *counted) Next() (*demarche.Document, error) {
	d, err := c.src.Next()
	if err == nil {
		c.p.update(func(s *Stats) { s.Read++ })
	}
	return d, err
}

// write is the one writer: it gathers coded documents into batches and
// puts each in one transaction, until coded is closed; then it writes the
// last partial batch. After an error it calls stop, drains coded and
// returns the error.
func (p *Pipeline) write(ctx context.Context, coded <-chan *demarche.Coded, stop func()) error {
	var batch []*demarche.Coded
	size := 0 // bytes of text in batch
	maxBytes := p.opt.BatchBytes
	if maxBytes <= 0 {
		maxBytes = DefaultBatchBytes
	}
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	var err error
	flush := func() {
		if len(batch) > 0 && err == nil {
			if err = p.put(ctx, batch); err != nil {
				stop()
			}
		}
		clear(batch)
		batch = batch[:0]
		size = 0
		timer.Stop()
	}
	for {
		select {
		case c, ok := <-coded:
			if !ok {
				flush()
				return err
			}
			if err != nil {
				continue
			}
			if len(batch) == 0 {
				timer.Reset(p.opt.FlushEvery)
			}
			batch = append(batch, c)
			size += DocSize(c.Doc)
			if len(batch) >= p.opt.Batch || size >= maxBytes {
				flush()
			}
		case <-timer.C:
			flush()
		}
	}
}

// codingFailure returns the callback of Code for a document the coder
// rejects, in Run and Recode: failed counts it; under Strict the first is
// kept in *first and the run cancelled, otherwise each is reported.
func (p *Pipeline) codingFailure(first *error, cancel, failed func()) func(*demarche.Document, error) {
	return func(d *demarche.Document, err error) {
		failed()
		derr := &DocError{Doc: d.ID, Origin: d.Origin, Err: err}
		if p.opt.Strict {
			if *first == nil {
				*first = derr
			}
			cancel()
			return
		}
		p.opt.Report(derr)
	}
}

// put writes one batch. When the store rejects it as invalid, the batch is
// split in halves to find and report the invalid documents, and the others
// are written.
func (p *Pipeline) put(ctx context.Context, batch []*demarche.Coded) error {
	t0 := time.Now()
	res, err := p.st.Put(ctx, p.c.Version(), batch)
	took := time.Since(t0)
	p.update(func(s *Stats) { s.Writing += took })
	if err == nil {
		p.update(func(s *Stats) {
			s.Batches++
			s.Added += res.Added
			s.Replaced += res.Replaced
			s.Unchanged += res.Unchanged
			s.Duplicates += res.Duplicates
			s.Sentences += res.Sentences
			s.Events += res.Events
		})
		return nil
	}
	if demarche.ErrorCode(err) != demarche.EINVALID {
		return err
	}
	if len(batch) == 1 {
		d := batch[0].Doc
		derr := &DocError{Doc: d.ID, Origin: d.Origin, Err: err}
		p.update(func(s *Stats) { s.Failed++ })
		if p.opt.Strict {
			return derr
		}
		p.opt.Report(derr)
		return nil
	}
	half := len(batch) / 2
	if err := p.put(ctx, batch[:half]); err != nil {
		return err
	}
	return p.put(ctx, batch[half:])
}

// skipper passes on the documents of its source that are not stored with
// the same content. A reading goroutine keeps it supplied; it looks up
// whatever has been read, up to lookupChunk documents, in one Store.Hashes
// call, so that fast files are looked up in chunks and slow sources one
// document at a time.
type skipper struct {
	ctx context.Context
	st  demarche.Store
	p   *Pipeline

	docs  chan *demarche.Document
	err   error // the source's last error, read after docs is closed
	quit  chan struct{}
	ready []*demarche.Document
	end   error
}

func (k *skipper) start(src Source) {
	k.docs = make(chan *demarche.Document, 2*lookupChunk)
	k.quit = make(chan struct{})
	go func() {
		defer close(k.docs)
		defer func() {
			if err := recovered("reading documents", recover()); err != nil {
				k.err = err
			}
		}()
		for {
			d, err := src.Next()
			if err == nil && d == nil {
				err = demarche.Errorf(demarche.EINTERNAL, "reading documents: a source gave a nil document")
			}
			if err != nil {
				k.err = err
				return
			}
			select {
			case k.docs <- d:
			case <-k.quit:
				k.err = context.Canceled
				return
			}
		}
	}()
}

// stop ends the reading goroutine and waits for it.
func (k *skipper) stop() {
	close(k.quit)
	for range k.docs {
	}
}

// Next returns the next document to code.
func (k *skipper) Next() (*demarche.Document, error) {
	for len(k.ready) == 0 {
		if k.end != nil {
			return nil, k.end
		}
		if err := k.fill(); err != nil {
			k.end = err
		}
	}
	d := k.ready[0]
	k.ready[0] = nil
	k.ready = k.ready[1:]
	return d, nil
}

// fill reads the next chunk of documents and keeps those to code.
func (k *skipper) fill() error {
	d, ok := <-k.docs
	if !ok {
		if k.err == nil {
			return io.EOF
		}
		return k.err
	}
	chunk := []*demarche.Document{d}
more:
	for len(chunk) < lookupChunk {
		select {
		case d, ok := <-k.docs:
			if !ok {
				break more
			}
			chunk = append(chunk, d)
		default:
			break more
		}
	}
	ids := make([]string, len(chunk))
	for i, d := range chunk {
		ids[i] = d.ID
	}
	stored, err := k.st.Hashes(k.ctx, ids)
	if err != nil {
		return err
	}
	// Only the documents stored under their ID need their content hashed:
	// none in a first ingest.
	var again []int
	for i, d := range chunk {
		if _, ok := stored[d.ID]; ok {
			again = append(again, i)
		}
	}
	same := make([]bool, len(chunk))
	parallel.For(len(again), 32, func(j int) {
		d := chunk[again[j]]
		same[again[j]] = dedup.Hash(d.Title, d.Text) == stored[d.ID]
	})
	k.ready = k.ready[:0]
	skipped := 0
	for i, d := range chunk {
		if same[i] {
			skipped++
			continue
		}
		k.ready = append(k.ready, d)
	}
	if skipped > 0 {
		k.p.update(func(s *Stats) { s.Skipped += skipped })
	}
	return nil
}
