package ingest

import (
	"context"
	"errors"
	"io"
	"sync/atomic"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/source"
)

// Source yields documents one at a time: Next returns io.EOF at the end and
// any other error to stop the run.
type Source interface {
	Next() (*demarche.Document, error)
}

// Reader yields every document of a list of inputs (as source.Expand
// returns them) in order. A bad record or an input that cannot be opened
// (a missing file, a URL still unreachable after its retries) is passed to
// Report and skipped; with Strict it is returned by Next instead, which
// stops the run.
type Reader struct {
	ctx    context.Context
	names  []string
	opt    source.Options
	strict bool
	report func(error)
	cur    source.Reader
	failed atomic.Int64
}

var _ Source = (*Reader)(nil)

// NewReader returns a Reader of the inputs names, opened with opt. report
// receives the bad records and unreadable inputs (a *source.RecordError
// names the file and line); nil ignores them.
func NewReader(ctx context.Context, names []string, opt source.Options, strict bool, report func(error)) *Reader {
	if report == nil {
		report = func(error) {}
	}
	return &Reader{ctx: ctx, names: names, opt: opt, strict: strict, report: report}
}

// Next returns the next document, io.EOF after the last one, or, when
// strict, the first bad record or unreadable input.
func (r *Reader) Next() (*demarche.Document, error) {
	for {
		if err := r.ctx.Err(); err != nil {
			return nil, err
		}
		if r.cur == nil {
			if len(r.names) == 0 {
				return nil, io.EOF
			}
			name := r.names[0]
			r.names = r.names[1:]
			rd, err := source.Open(r.ctx, name, r.opt)
			if err != nil {
				r.failed.Add(1)
				if r.strict {
					return nil, err
				}
				r.report(err)
				continue
			}
			r.cur = rd
		}
		doc, err := r.cur.Next()
		switch {
		case err == nil:
			if r.opt.Language != "" {
				doc.Language = r.opt.Language // --language (issue 11)
			}
			return doc, nil
		case errors.Is(err, io.EOF):
			r.cur.Close()
			r.cur = nil
		default:
			r.failed.Add(1)
			if r.strict {
				r.cur.Close()
				r.cur = nil
				return nil, err
			}
			r.report(err)
		}
	}
}

// Failed returns the number of bad records and unreadable inputs so far. It
// is safe to call while another goroutine calls Next.
func (r *Reader) Failed() int { return int(r.failed.Load()) }

// Close closes the input being read, if any.
func (r *Reader) Close() error {
	if r.cur == nil {
		return nil
	}
	err := r.cur.Close()
	r.cur = nil
	return err
}

// Slice is a Source over documents already in memory.
type Slice []*demarche.Document

// Next returns the next document of the slice, or io.EOF.
func (s *Slice) Next() (*demarche.Document, error) {
	if len(*s) == 0 {
		return nil, io.EOF
	}
	d := (*s)[0]
	*s = (*s)[1:]
	return d, nil
}
