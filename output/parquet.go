package output

import (
	"io"
	"time"

	"github.com/demarche-project/demarche"
	"github.com/parquet-go/parquet-go"
)

// ParquetRow is one event in the Parquet file: the fields of the jsonl
// format under the same names, low-cardinality columns dictionary-encoded.
// Types: date is a DATE (days since 1970-01-01); sentence and quad are
// integers; goldstein is a DOUBLE; lat and lon are optional DOUBLEs, null
// when the event has no place; the rest are UTF-8 strings. DuckDB, pandas
// (pyarrow) and Polars read them as date, integer, float and string columns
// without casting.
type ParquetRow struct {
	ID         string  `parquet:"id"`
	Doc        string  `parquet:"doc,dict"`
	Sentence   int64   `parquet:"sentence"`
	Date       int32   `parquet:"date,date"`
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

	// location (issue 11, places)
	Place        string   `parquet:"place,dict"`
	PlaceCountry string   `parquet:"place_country,dict"`
	Lat          *float64 `parquet:"lat,optional"`
	Lon          *float64 `parquet:"lon,optional"`
	PlaceID      string   `parquet:"place_id,dict"`
}

// epoch is day 0 of Parquet's DATE.
var epoch = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)

// NewParquetRow returns the row of e. It fails with EINVALID when the
// event's date is not an ISO date.
func NewParquetRow(e *demarche.Event) (ParquetRow, error) {
	t, err := eventDate(e)
	if err != nil {
		return ParquetRow{}, err
	}
	r := ParquetRow{
		ID: e.ID, Doc: e.Doc, Sentence: int64(e.Sentence), Date: int32(t.Sub(epoch) / (24 * time.Hour)),
		Source: e.Source, Target: e.Target, SourceText: e.SourceText, TargetText: e.TargetText,
		VerbText: e.VerbText, CAMEO: e.CAMEO, Root: e.Root, Quad: int32(e.Quad),
		Goldstein: e.Goldstein, PLOVER: e.PLOVER, Text: e.Text, Rule: e.Rule,
		Confidence: e.Confidence,
		Place:      e.Place, PlaceCountry: e.PlaceCountry, PlaceID: e.PlaceID,
	}
	if e.Place != "" || e.Lat != 0 || e.Lon != 0 {
		lat, lon := e.Lat, e.Lon
		r.Lat, r.Lon = &lat, &lon
	}
	return r, nil
}

// Event returns the event of the row (without spans, mode and context,
// which the file does not hold).
func (r ParquetRow) Event() demarche.Event {
	e := demarche.Event{
		ID: r.ID, Doc: r.Doc, Sentence: int(r.Sentence), Date: epoch.AddDate(0, 0, int(r.Date)).Format(time.DateOnly),
		Source: r.Source, Target: r.Target, SourceText: r.SourceText, TargetText: r.TargetText,
		VerbText: r.VerbText, CAMEO: r.CAMEO, Root: r.Root, Quad: int(r.Quad),
		Goldstein: r.Goldstein, PLOVER: r.PLOVER, Text: r.Text, Rule: r.Rule,
		Confidence: r.Confidence,
		Place:      r.Place, PlaceCountry: r.PlaceCountry, PlaceID: r.PlaceID,
	}
	if r.Lat != nil {
		e.Lat = *r.Lat
	}
	if r.Lon != nil {
		e.Lon = *r.Lon
	}
	return e
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
	r, err := NewParquetRow(e)
	if err != nil {
		return err
	}
	p.rows = append(p.rows, r)
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
