package ingest_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/ingest"
	"github.com/demarche-project/demarche/internal/testcoder"
)

// panicCoder panics on the document "boom", as a bug met on one input.
type panicCoder struct{ demarche.Coder }

func (p panicCoder) Code(ctx context.Context, d *demarche.Document) (*demarche.Coded, error) {
	if d.ID == "boom" {
		var m map[string]int
		m["x"]++ // a nil map: a runtime panic
	}
	return p.Coder.Code(ctx, d)
}

// panicSource panics after its documents.
type panicSource struct{ sliceSource }

func (p *panicSource) Next() (*demarche.Document, error) {
	if p.i == len(p.docs) {
		panic("a bug in the source")
	}
	return p.sliceSource.Next()
}

// TestPanicsInGoroutines checks that a panic of the coder, of a source or
// a nil document (once a panic in the skipper) ends as an error of the
// run or of its document, in the goroutine of the caller, not as a crash.
func TestPanicsInGoroutines(t *testing.T) {
	docs := func(ids ...string) []*demarche.Document {
		var out []*demarche.Document
		for _, id := range ids {
			if id == "" {
				out = append(out, nil)
				continue
			}
			out = append(out, &demarche.Document{ID: id, Date: "2011-08-24", Text: "China thanked Laos for its help."})
		}
		return out
	}
	c := testcoder.Builtin(t)

	// A coder's panic rejects its document; the others are stored.
	var reports []error
	st, err := ingest.New(openSQLite(t), panicCoder{c}, ingest.Options{Report: func(err error) { reports = append(reports, err) }}).
		Run(ctx, &sliceSource{docs: docs("a", "boom", "b")})
	var pe *ingest.PanicError
	if err != nil || st.Added != 2 || st.Failed != 1 || len(reports) != 1 || !errors.As(reports[0], &pe) || !strings.Contains(reports[0].Error(), "boom") {
		t.Errorf("coder panic: %+v, %v, reports %v", st, err, reports)
	}

	// A nil document ends the run with an error, with and without the
	// skipper.
	for _, noSkip := range []bool{false, true} {
		_, err = ingest.New(openSQLite(t), c, ingest.Options{NoSkip: noSkip}).Run(ctx, &sliceSource{docs: docs("a", "", "b")})
		if err == nil || !strings.Contains(err.Error(), "nil document") {
			t.Errorf("nil document (noskip %v): %v", noSkip, err)
		}
	}

	// A source's panic ends the run with a PanicError.
	for _, noSkip := range []bool{false, true} {
		_, err = ingest.New(openSQLite(t), c, ingest.Options{NoSkip: noSkip}).Run(ctx, &panicSource{sliceSource{docs: docs("a")}})
		if !errors.As(err, &pe) || !strings.Contains(err.Error(), "a bug in the source") {
			t.Errorf("source panic (noskip %v): %v", noSkip, err)
		}
	}
}
