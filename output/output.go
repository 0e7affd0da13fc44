// Package output writes coded events in the line formats of the event-data
// world: JSON lines (the documented format of demarche), TSV and CSV with
// the same fields, the Phoenix daily files, the GDELT 2.0 event export,
// PLOVER JSON records, and Parquet. It also reads back the formats that
// carry the event fields (jsonl, tsv, csv, phoenix) for round trips.
//
// Writers buffer their output: Close flushes it (and, for Parquet, writes
// the footer) but does not close the underlying io.Writer.
package output

import (
	"bufio"
	"io"
	"strings"

	"github.com/demarche-project/demarche"
)

// Writer writes events in one format.
type Writer interface {
	// Write writes one event. It fails with an EINVALID error for a nil
	// event, a date that a dated format cannot split, or a write after
	// Close, and with the underlying writer's error.
	Write(*demarche.Event) error

	// Close flushes the buffered output. It returns the first write error
	// not yet reported. It does not close the underlying io.Writer.
	Close() error
}

// DocInfo returns the URL and the source publication of a document, ""
// when unknown. The phoenix, gdelt and plover formats use it for the
// columns that events do not carry.
type DocInfo func(docID string) (url, source string)

// Options tune NewWith.
type Options struct {
	// DocInfo supplies per-document URLs and sources; nil leaves them
	// empty.
	DocInfo DocInfo
}

// The output formats.
const (
	JSONL   = "jsonl"
	TSV     = "tsv"
	CSV     = "csv"
	Phoenix = "phoenix"
	GDELT   = "gdelt"
	PLOVER  = "plover"
	Parquet = "parquet"
)

// Formats returns the names of the output formats, the default first.
func Formats() []string {
	return []string{JSONL, TSV, CSV, Phoenix, GDELT, PLOVER, Parquet}
}

// New returns a Writer of format on w; "" means jsonl. An unknown format
// is an EINVALID error listing the known ones.
func New(w io.Writer, format string) (Writer, error) {
	return NewWith(w, format, Options{})
}

// NewWith is New with options. It fails like New.
func NewWith(w io.Writer, format string, opt Options) (Writer, error) {
	f := strings.ToLower(strings.TrimSpace(format))
	if f == "" {
		f = JSONL
	}
	if opt.DocInfo == nil {
		opt.DocInfo = func(string) (string, string) { return "", "" }
	}
	switch f {
	case JSONL:
		return newJSONL(w), nil
	case TSV, CSV:
		return newTable(w, f == TSV), nil
	case Phoenix:
		return newPhoenix(w, opt.DocInfo), nil
	case GDELT:
		return newGDELT(w, opt.DocInfo), nil
	case PLOVER:
		return newPLOVER(w, opt.DocInfo), nil
	case Parquet:
		return newParquet(w), nil
	}
	return nil, demarche.Errorf(demarche.EINVALID, "unknown output format %q (known: %s)", format, strings.Join(Formats(), ", "))
}

var (
	_ Writer = (*jsonlWriter)(nil)
	_ Writer = (*tableWriter)(nil)
	_ Writer = (*phoenixWriter)(nil)
	_ Writer = (*gdeltWriter)(nil)
	_ Writer = (*ploverWriter)(nil)
	_ Writer = (*parquetWriter)(nil)
)

// buffered is the part common to the line writers: a buffer, the first
// error, and the closed state.
type buffered struct {
	w      *bufio.Writer
	err    error
	closed bool
}

func newBuffered(w io.Writer) buffered { return buffered{w: bufio.NewWriterSize(w, 64<<10)} }

// check reports why e cannot be written, if it cannot.
func (b *buffered) check(e *demarche.Event) error {
	if b.closed {
		return demarche.Errorf(demarche.EINVALID, "write after close")
	}
	if b.err != nil {
		return b.err
	}
	if e == nil {
		return demarche.Errorf(demarche.EINVALID, "nil event")
	}
	return nil
}

// writeLine writes the fields joined by sep and a newline.
func (b *buffered) writeLine(fields []string, sep byte) error {
	for i, f := range fields {
		if i > 0 {
			b.w.WriteByte(sep)
		}
		b.w.WriteString(f)
	}
	if err := b.w.WriteByte('\n'); err != nil {
		b.err = err
	}
	return b.err
}

func (b *buffered) Close() error {
	if b.closed {
		return b.err
	}
	b.closed = true
	if err := b.w.Flush(); err != nil && b.err == nil {
		b.err = err
	}
	return b.err
}

// tabless replaces tabs, carriage returns and newlines with spaces, for
// tab-separated formats.
var tabless = strings.NewReplacer("\t", " ", "\r\n", " ", "\r", " ", "\n", " ")

// clean returns s fit for a tab-separated column.
func clean(s string) string {
	if !strings.ContainsAny(s, "\t\r\n") {
		return s
	}
	return tabless.Replace(s)
}
