package ingest

import (
	"context"
	"errors"
	"io"
	"sort"
	"time"

	"github.com/demarche-project/demarche"
)

// RecodeStats count what a recode did.
type RecodeStats struct {
	demarche.RecodeResult
	Failed  int // documents the coder rejected
	Batches int // transactions committed
	Elapsed time.Duration
}

// Recode re-codes, with c, every stored document whose events were produced
// by another dictionary version, and replaces their sentences and events
// (Store.Recode), in batches of opt.Batch documents, one transaction each.
// Documents are read a page at a time and coded on opt.Workers goroutines
// while the previous batch is written. A recode killed at any moment and
// started again goes on with the documents it had not yet recoded. progress,
// when not nil, is called after each batch with the totals so far.
func Recode(ctx context.Context, st demarche.Store, c demarche.Coder, opt Options, progress func(RecodeStats)) (*RecodeStats, error) {
	p := New(st, c, opt)
	start := time.Now()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	docs := make(chan *demarche.Document, 2*p.opt.Batch)
	var readErr error
	go func() {
		defer close(docs)
		defer func() {
			if err := recovered("reading stored documents", recover()); err != nil {
				readErr = err
			}
		}()
		readErr = st.EachDocument(ctx, demarche.DocumentFilter{NotVersion: c.Version()}, func(sd *demarche.StoredDocument) error {
			d := sd.Document
			select {
			case docs <- &d:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()

	total := &RecodeStats{}
	codes := map[string]*demarche.CodeChange{}
	var batch []*demarche.Coded
	write := func() error {
		if len(batch) == 0 {
			return nil
		}
		res, err := st.Recode(ctx, c.Version(), batch)
		batch = batch[:0]
		if err != nil {
			return err
		}
		total.Batches++
		total.Documents += res.Documents
		total.Changed += res.Changed
		total.Added += res.Added
		total.Removed += res.Removed
		total.Kept += res.Kept
		for _, cc := range res.Codes {
			t := codes[cc.CAMEO]
			if t == nil {
				t = &demarche.CodeChange{CAMEO: cc.CAMEO}
				codes[cc.CAMEO] = t
			}
			t.Added += cc.Added
			t.Removed += cc.Removed
		}
		total.Elapsed = time.Since(start)
		if progress != nil {
			progress(*total)
		}
		return nil
	}
	// One writer goroutine: batches are written while the next is coded.
	batches := make(chan []*demarche.Coded, 1)
	werr := make(chan error, 1)
	go func() {
		var err error
		for b := range batches {
			if err != nil {
				continue
			}
			batch = b
			func() {
				defer func() {
					if e := recovered("writing", recover()); e != nil {
						err = e
					}
				}()
				err = write()
			}()
			if err != nil {
				cancel()
			}
		}
		werr <- err
	}()
	var cur []*demarche.Coded
	var failErr error
	failed := 0
	_, err := Code(ctx, c, chanSource(docs), p.opt.Workers, func(cd *demarche.Coded) error {
		cur = append(cur, cd)
		if len(cur) >= p.opt.Batch {
			batches <- cur
			cur = nil
		}
		return nil
	}, p.codingFailure(&failErr, cancel, func() { failed++ }))
	if err == nil && len(cur) > 0 {
		batches <- cur
	}
	close(batches)
	wErr := <-werr
	total.Failed = failed
	for _, cc := range codes {
		total.Codes = append(total.Codes, *cc)
	}
	sort.Slice(total.Codes, func(i, j int) bool { return total.Codes[i].CAMEO < total.Codes[j].CAMEO })
	total.Elapsed = time.Since(start)
	switch {
	case failErr != nil:
		return total, failErr
	case wErr != nil:
		return total, wErr
	case err != nil:
		return total, err
	case readErr != nil && !errors.Is(readErr, context.Canceled):
		return total, readErr
	}
	return total, nil
}

// chanSource is a Source of the documents sent on a channel.
type chanSource <-chan *demarche.Document

func (c chanSource) Next() (*demarche.Document, error) {
	d, ok := <-c
	if !ok {
		return nil, io.EOF
	}
	return d, nil
}
