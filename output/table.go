package output

import (
	"encoding/csv"
	"io"

	"github.com/demarche-project/demarche"
)

// tableWriter writes the event fields as columns under a header row: TSV
// with tabs and line breaks in values turned into spaces, or CSV quoted as
// RFC 4180 says.
type tableWriter struct {
	buffered
	tsv    bool
	csv    *csv.Writer
	header bool
	row    []string
}

func newTable(w io.Writer, tsv bool) *tableWriter {
	t := &tableWriter{buffered: newBuffered(w), tsv: tsv, row: make([]string, len(columns))}
	if !tsv {
		t.csv = csv.NewWriter(t.w)
	}
	return t
}

func (t *tableWriter) Write(e *demarche.Event) error {
	if err := t.check(e); err != nil {
		return err
	}
	if !t.header {
		t.header = true
		if err := t.put(columnNames()); err != nil {
			return err
		}
	}
	for i, c := range columns {
		t.row[i] = c.get(e)
	}
	return t.put(t.row)
}

func (t *tableWriter) put(row []string) error {
	if t.tsv {
		for i := range row {
			row[i] = clean(row[i])
		}
		return t.writeLine(row, '\t')
	}
	if err := t.csv.Write(row); err != nil {
		t.err = err
	}
	return t.err
}

// Close writes the header if no event was written, and flushes.
func (t *tableWriter) Close() error {
	if !t.closed && !t.header && t.err == nil {
		t.header = true
		t.put(columnNames())
	}
	if t.csv != nil && !t.closed {
		t.csv.Flush()
		if err := t.csv.Error(); err != nil && t.err == nil {
			t.err = err
		}
	}
	return t.buffered.Close()
}
