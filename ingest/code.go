package ingest

import (
	"context"
	"errors"
	"io"
	"runtime"
	"sync"

	"github.com/demarche-project/demarche"
)

// Code reads documents from src, codes them on workers goroutines (all
// cores when workers < 1) and calls emit with the results in input order.
// A document the coder rejects is passed to fail and skipped. Code stops at
// the first error of src (other than io.EOF) or of emit, or when ctx ends,
// and returns it with the number of documents emitted.
func Code(ctx context.Context, c demarche.Coder, src Source, workers int, emit func(*demarche.Coded) error, fail func(*demarche.Document, error)) (int, error) {
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		doc  *demarche.Document
		out  *demarche.Coded
		err  error
		done chan struct{}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan *job, workers*4)
	order := make(chan *job, workers*8)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out, j.err = codeOne(ctx, c, j.doc)
				close(j.done)
			}
		}()
	}
	var readErr error
	go func() {
		defer close(order)
		defer close(jobs)
		defer func() {
			if err := recovered("reading documents", recover()); err != nil {
				readErr = err
			}
		}()
		for {
			doc, err := src.Next()
			if err == nil && doc == nil {
				err = demarche.Errorf(demarche.EINTERNAL, "reading documents: a source gave a nil document")
			}
			if err != nil {
				if !errors.Is(err, io.EOF) {
					readErr = err
				}
				return
			}
			j := &job{doc: doc, done: make(chan struct{})}
			// The job enters the order queue first, so that the
			// collector never waits on a job no worker can take.
			select {
			case order <- j:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				j.err = ctx.Err()
				close(j.done)
				return
			}
		}
	}()
	n := 0
	var emitErr error
	for j := range order {
		<-j.done
		if emitErr != nil || ctx.Err() != nil {
			continue
		}
		if j.err != nil {
			fail(j.doc, j.err)
			continue
		}
		n++
		if err := emit(j.out); err != nil {
			emitErr = err
			cancel()
		}
	}
	wg.Wait()
	switch {
	case emitErr != nil:
		return n, emitErr
	case readErr != nil:
		return n, readErr
	}
	return n, ctx.Err()
}
