package output

import (
	"io"

	"github.com/demarche-project/demarche"
	"github.com/parquet-go/parquet-go"
)

// ParquetRow is one event in the Parquet file: the fields of the jsonl
// format under the same names, low-cardinality columns dictionary-encoded.
type ParquetRow struct {
	ID         string  `parquet:"id"`
	Doc        string  `parquet:"doc,dict"`
	Sentence   int64   `parquet:"sentence"`
	Date       string  `parquet:"date,dict"`
	Source     string  `parquet:"source,dict"`
	Target     string  `parquet:"target,dict"`
	SourceText string  `parquet:"source_text"`
	TargetText string  `parquet:"target_text"`
	VerbText   string  `parquet:"verb_text"`
	CAMEO      string  `parquet:"cameo,dict"`
	Root       string  `parquet:"root,dict"`
	Quad       int32   `parquet:"quad"`
	Goldstein  float64 `parquet:"goldstein"`
	PLOVER     string  `parquet:"plover,dict"`
	Text       string  `parquet:"sentence_text"`
	Rule       string  `parquet:"rule,dict"`
	Confidence float64 `parquet:"confidence"`
}

// NewParquetRow returns the row of e.
func NewParquetRow(e *demarche.Event) ParquetRow {
	return ParquetRow{
		ID: e.ID, Doc: e.Doc, Sentence: int64(e.Sentence), Date: e.Date,
		Source: e.Source, Target: e.Target, SourceText: e.SourceText, TargetText: e.TargetText,
		VerbText: e.VerbText, CAMEO: e.CAMEO, Root: e.Root, Quad: int32(e.Quad),
		Goldstein: e.Goldstein, PLOVER: e.PLOVER, Text: e.Text, Rule: e.Rule,
		Confidence: e.Confidence,
	}
}

// Event returns the event of the row (without spans, mode and context,
// which the file does not hold).
func (r ParquetRow) Event() demarche.Event {
	return demarche.Event{
		ID: r.ID, Doc: r.Doc, Sentence: int(r.Sentence), Date: r.Date,
		Source: r.Source, Target: r.Target, SourceText: r.SourceText, TargetText: r.TargetText,
		VerbText: r.VerbText, CAMEO: r.CAMEO, Root: r.Root, Quad: int(r.Quad),
		Goldstein: r.Goldstein, PLOVER: r.PLOVER, Text: r.Text, Rule: r.Rule,
		Confidence: r.Confidence,
	}
}

// parquetBatch is the number of rows handed to the parquet writer at once.
const parquetBatch = 1024

// parquetWriter writes a Snappy-compressed Parquet file of ParquetRows.
// The file is complete only after Close, which writes the footer.
type parquetWriter struct {
	pw     *parquet.GenericWriter[ParquetRow]
	rows   []ParquetRow
	err    error
	closed bool
}

func newParquet(w io.Writer) *parquetWriter {
	return &parquetWriter{
		pw:   parquet.NewGenericWriter[ParquetRow](w, parquet.Compression(&parquet.Snappy)),
		rows: make([]ParquetRow, 0, parquetBatch),
	}
}

func (p *parquetWriter) Write(e *demarche.Event) error {
	switch {
	case p.closed:
		return demarche.Errorf(demarche.EINVALID, "write after close")
	case p.err != nil:
		return p.err
	case e == nil:
		return demarche.Errorf(demarche.EINVALID, "nil event")
	}
	p.rows = append(p.rows, NewParquetRow(e))
	if len(p.rows) == parquetBatch {
		p.flush()
	}
	return p.err
}

func (p *parquetWriter) flush() {
	if len(p.rows) > 0 && p.err == nil {
		_, p.err = p.pw.Write(p.rows)
	}
	p.rows = p.rows[:0]
}

// Close writes the buffered rows and the footer.
func (p *parquetWriter) Close() error {
	if p.closed {
		return p.err
	}
	p.closed = true
	p.flush()
	if err := p.pw.Close(); err != nil && p.err == nil {
		p.err = err
	}
	return p.err
}
