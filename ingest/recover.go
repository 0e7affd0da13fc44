package ingest

import (
	"context"
	"fmt"
	"runtime/debug"

	"github.com/demarche-project/demarche"
)

// PanicError is a panic of one of the pipeline's goroutines, turned into an
// error so that a bug met on one document (or in a source, or a store)
// ends the run, or rejects the document, instead of the process: a server
// that ingests for its clients goes on serving.
type PanicError struct {
	What  string // what was running: "coding document X", "writing"
	Value any    // the value passed to panic
	Stack []byte // the stack of the goroutine that panicked
}

// Error returns "what: panic: value".
func (e *PanicError) Error() string { return fmt.Sprintf("%s: panic: %v", e.What, e.Value) }

// recovered turns a recovered panic value into an error; it is nil when v
// is.
func recovered(what string, v any) error {
	if v == nil {
		return nil
	}
	return &PanicError{What: what, Value: v, Stack: debug.Stack()}
}

// codeOne codes a document, a panic of the coder becoming its error.
func codeOne(ctx context.Context, c demarche.Coder, d *demarche.Document) (out *demarche.Coded, err error) {
	defer func() {
		if e := recovered("coding document "+d.ID, recover()); e != nil {
			out, err = nil, e
		}
	}()
	return c.Code(ctx, d)
}
