package source

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/demarche-project/demarche"
)

// csvReader reads a CSV or TSV file with a header row.
type csvReader struct {
	*input
	o    *opener
	cr   *csv.Reader
	cols [7]int // index of id, date, title, text, source, url, country; -1 if absent
	head []string
	err  error
}

// The fields of csvReader.cols, in CSVOptions order.
const (
	colID = iota
	colDate
	colTitle
	colText
	colSource
	colURL
	colCountry
)

var csvDefaults = [7]string{"id", "date", "title", "text", "source", "url", "country"}

// newCSV reads the header row. It fails with a *RecordError on line 1 when
// the header is unreadable or has neither the text nor the title column, or
// when a column named in Options.CSV is missing.
func (o *opener) newCSV(in *input, tsv bool) (*csvReader, error) {
	cr := csv.NewReader(in.r)
	cr.FieldsPerRecord = -1
	if tsv {
		cr.Comma = '\t'
		cr.LazyQuotes = true
	}
	r := &csvReader{input: in, o: o, cr: cr}
	head, err := cr.Read()
	if err != nil {
		if err == io.EOF {
			return nil, in.recErr(1, "header", "empty file: want a header row")
		}
		return nil, r.parseError(err)
	}
	if len(head) > 0 {
		head[0] = strings.TrimPrefix(head[0], "\uFEFF")
	}
	r.head = head
	c := o.opt.CSV
	names := [7]string{c.ID, c.Date, c.Title, c.Text, c.Source, c.URL, c.Country}
	for i := range names {
		given := names[i] != ""
		if !given {
			names[i] = csvDefaults[i]
		}
		r.cols[i] = -1
		for j, h := range head {
			if strings.EqualFold(strings.TrimSpace(h), strings.TrimSpace(names[i])) {
				r.cols[i] = j
				break
			}
		}
		if given && r.cols[i] < 0 {
			return nil, in.recErr(1, "header", "no column %q (columns: %s)", names[i], strings.Join(head, ", "))
		}
	}
	if r.cols[colText] < 0 && r.cols[colTitle] < 0 {
		return nil, in.recErr(1, "header", "no %q or %q column (columns: %s)", names[colText], names[colTitle], strings.Join(head, ", "))
	}
	return r, nil
}

// Next returns the document of the next row. A row with a different number
// of fields than the header, a bad date, invalid UTF-8 or neither text nor
// title is a *RecordError naming the line and the column.
func (r *csvReader) Next() (*demarche.Document, error) {
	if r.err != nil {
		return nil, r.err
	}
	rec, err := r.cr.Read()
	if err != nil {
		if err == io.EOF {
			r.err = io.EOF
			return nil, err
		}
		return nil, r.parseError(err)
	}
	line, _ := r.cr.FieldPos(0)
	if len(rec) != len(r.head) {
		return nil, r.recErr(line, "", "%d fields, the header has %d", len(rec), len(r.head))
	}
	for i, v := range rec {
		if !utf8.ValidString(v) {
			l, c := r.cr.FieldPos(i)
			_, _, off, _ := invalidUTF8([]byte(v))
			return nil, r.recErr(l, r.colName(i), "invalid UTF-8 at byte %d of the field (column %d)", off, c)
		}
	}
	get := func(k int) string {
		if r.cols[k] < 0 {
			return ""
		}
		return rec[r.cols[k]]
	}
	d := &demarche.Document{
		ID: strings.TrimSpace(get(colID)), Title: get(colTitle), Text: get(colText),
		Source: strings.TrimSpace(get(colSource)), URL: strings.TrimSpace(get(colURL)),
		Country: strings.TrimSpace(get(colCountry)),
		Origin:  fmt.Sprintf("%s:%d", r.name, line),
	}
	if strings.TrimSpace(d.Text) == "" && strings.TrimSpace(d.Title) == "" {
		return nil, r.recErr(line, r.colName(r.cols[colText]), "empty text and title")
	}
	if d.Date, err = r.o.docDate(get(colDate)); err != nil {
		return nil, &RecordError{File: r.name, Line: line, Field: r.colName(r.cols[colDate]), Err: err}
	}
	if d.ID == "" {
		d.ID = DerivedID(d)
	}
	return d, nil
}

// colName names column i (0-based) for messages: its header and number.
func (r *csvReader) colName(i int) string {
	if i < 0 || i >= len(r.head) {
		return ""
	}
	return fmt.Sprintf("%s (column %d)", r.head[i], i+1)
}

// parseError turns a csv error into a *RecordError; only I/O errors end the
// input, a malformed row is skipped.
func (r *csvReader) parseError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return r.recErr(pe.Line, fmt.Sprintf("column %d", pe.Column), "%v", pe.Err)
	}
	r.err = io.EOF
	return &RecordError{File: r.name, Err: err}
}
