package analysis_test

import (
	"context"
	"errors"
	"io"
	"path/filepath"
	"sync"
	"testing"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/internal/testcoder"
	"github.com/demarche-project/demarche/source"
	"github.com/demarche-project/demarche/store/sqlite"
)

// load codes the documents of the inputs with the real coder and puts them
// into a new SQLite store in a temporary folder, in batches of 500, coding
// on two goroutines. It is the test's own small loader: the ingest pipeline
// does the same with progress and resumption.
func load(tb testing.TB, inputs ...string) demarche.Store {
	tb.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(tb.TempDir(), "test.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	c := testcoder.Builtin(tb)
	for _, in := range inputs {
		rd, err := source.Open(ctx, in, source.Options{})
		if err != nil {
			tb.Fatal(err)
		}
		docs := make(chan *demarche.Document, 64)
		go func() {
			defer close(docs)
			for {
				d, err := rd.Next()
				if errors.Is(err, io.EOF) {
					return
				}
				if err != nil {
					tb.Errorf("%s: %v", in, err)
					continue
				}
				docs <- d
			}
		}()
		type res struct {
			i  int
			cd *demarche.Coded
		}
		var batch []*demarche.Coded
		flush := func() {
			if len(batch) == 0 {
				return
			}
			if _, err := st.Put(ctx, c.Version(), batch); err != nil {
				tb.Fatal(err)
			}
			batch = batch[:0]
		}
		// Code in pairs, in input order.
		for {
			d1, ok1 := <-docs
			if !ok1 {
				break
			}
			d2, ok2 := <-docs
			var c2 *demarche.Coded
			var wg sync.WaitGroup
			if ok2 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					var err error
					if c2, err = c.Code(ctx, d2); err != nil {
						tb.Errorf("%s: %v", d2.ID, err)
					}
				}()
			}
			c1, err := c.Code(ctx, d1)
			if err != nil {
				tb.Errorf("%s: %v", d1.ID, err)
			}
			wg.Wait()
			for _, cd := range []*demarche.Coded{c1, c2} {
				if cd != nil {
					batch = append(batch, cd)
				}
			}
			if len(batch) >= 500 {
				flush()
			}
			if !ok2 {
				break
			}
		}
		flush()
		rd.Close()
	}
	return st
}
