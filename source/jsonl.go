package source

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/lang"
)

// MaxRecord is the largest JSON line accepted by default, in bytes; a
// longer line is skipped with a *RecordError. Options.MaxRecord changes it.
const MaxRecord = 8 << 20

// maxRecord returns the largest JSON line accepted.
func (o *opener) maxRecord() int {
	if o.opt.MaxRecord > 0 {
		return o.opt.MaxRecord
	}
	return MaxRecord
}

// jsonlReader reads one JSON object a line.
type jsonlReader struct {
	*input
	o    *opener
	line int
	buf  []byte
	seen bool  // a non-blank line has been read
	err  error // io.EOF once the input has ended
}

func (o *opener) newJSONL(in *input) *jsonlReader { return &jsonlReader{input: in, o: o} }

// jsonRecord is one JSON line. Id and date may be strings or numbers.
type jsonRecord struct {
	ID      json.RawMessage `json:"id"`
	Date    json.RawMessage `json:"date"`
	Title   *string         `json:"title"`
	Text    *string         `json:"text"`
	Source  *string         `json:"source"`
	URL     *string         `json:"url"`
	Country *string         `json:"country"`

	Language *string `json:"language"` // issue 11
	// Kind "headline" (the development sets' item kind) makes the text a
	// headline, as if given as title.
	Kind *string `json:"kind"`
}

// Next returns the document of the next non-blank line.
func (r *jsonlReader) Next() (*demarche.Document, error) {
	for {
		if r.err != nil {
			return nil, r.err
		}
		line, long, err := r.readLine()
		if err != nil {
			// The input ends here: later calls return io.EOF.
			r.err = io.EOF
			if err != io.EOF {
				return nil, &RecordError{File: r.name, Line: r.line + 1, Err: err}
			}
			if line == nil && !long {
				return nil, err
			}
		}
		r.line++
		if long {
			return nil, r.recErr(r.line, "", "record larger than %s: skipped (the limit follows --max-doc-size)", demarche.FormatSize(r.o.maxRecord()))
		}
		if r.line == 1 {
			line = bytes.TrimPrefix(line, bom)
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		if !r.seen && line[0] == '[' {
			r.seen = true
			if line[len(line)-1] == ']' {
				// A first line that holds an array (or a deeply
				// nested value): that line is bad, the others are
				// read.
				return nil, r.recErr(r.line, "", "a JSON array, not an object: write one object a line (jq -c '.[]' splits an array)")
			}
			// A JSON array over many lines is not read element by
			// element: say so once rather than once a line.
			r.err = io.EOF
			return nil, r.recErr(r.line, "", "a JSON array, not JSON lines: write one object a line (jq -c '.[]')")
		}
		r.seen = true
		return r.o.jsonDoc(r.input, r.line, line)
	}
}

// readLine returns the next line without its end, or long when it exceeds
// MaxRecord (the line is then consumed and dropped).
func (r *jsonlReader) readLine() (line []byte, long bool, err error) {
	r.buf = r.buf[:0]
	for {
		chunk, err := r.r.ReadSlice('\n')
		if !long {
			if len(r.buf)+len(chunk) > r.o.maxRecord()+1 {
				long = true
				r.buf = r.buf[:0]
			} else {
				r.buf = append(r.buf, chunk...)
			}
		}
		switch {
		case err == nil:
			return bytes.TrimSuffix(r.buf, []byte("\n")), long, nil
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF:
			if len(r.buf) == 0 && !long {
				return nil, false, io.EOF
			}
			return r.buf, long, io.EOF
		default:
			return nil, false, err
		}
	}
}

// jsonDoc decodes one JSON object into a document; line is used in errors.
func (o *opener) jsonDoc(in *input, n int, line []byte) (*demarche.Document, error) {
	if line[0] != '{' {
		return nil, in.recErr(n, "", "not a JSON object")
	}
	if !utf8.Valid(line) {
		field, off := badUTF8Field(line)
		return nil, in.recErr(n, field, "invalid UTF-8 at byte %d of the line", off)
	}
	var rec jsonRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		return nil, jsonError(in, n, err)
	}
	id, err := scalar(rec.ID)
	if err != nil {
		return nil, in.recErr(n, "id", "%v", err)
	}
	rawDate, err := scalar(rec.Date)
	if err != nil {
		return nil, in.recErr(n, "date", "%v", err)
	}
	d := &demarche.Document{
		ID: strings.TrimSpace(id), Title: deref(rec.Title), Text: deref(rec.Text),
		Source: deref(rec.Source), URL: deref(rec.URL), Country: strings.TrimSpace(deref(rec.Country)),
		Origin: fmt.Sprintf("%s:%d", in.name, n),
	}
	if strings.TrimSpace(d.Text) == "" && strings.TrimSpace(d.Title) == "" {
		return nil, in.recErr(n, "text", "empty text and title")
	}
	if strings.EqualFold(strings.TrimSpace(deref(rec.Kind)), "headline") && d.Title == "" {
		d.Title, d.Text = d.Text, ""
	}
	if d.Date, err = o.docDate(rawDate); err != nil {
		return nil, &RecordError{File: in.name, Line: n, Field: "date", Err: err}
	}
	if d.Language = strings.TrimSpace(deref(rec.Language)); d.Language != "" && !lang.Valid(d.Language) {
		return nil, in.recErr(n, "language", "%q is not an ISO 639-1 code (two lower-case letters)", d.Language)
	}
	if d.ID == "" {
		d.ID = DerivedID(d)
	}
	return d, nil
}

// jsonError turns a decoding error into a *RecordError naming the field or
// the byte where the JSON breaks.
func jsonError(in *input, n int, err error) *RecordError {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return in.recErr(n, "", "invalid JSON at byte %d: %v", se.Offset, se)
	case errors.As(err, &te):
		return in.recErr(n, te.Field, "want a %s, got a JSON %s", te.Type, te.Value)
	}
	return in.recErr(n, "", "invalid JSON: %v", err)
}

// scalar returns a JSON string or number as a string; null and absent
// values are "".
func scalar(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	switch raw[0] {
	case '"':
		var s string
		err := json.Unmarshal(raw, &s)
		return s, err
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return string(raw), nil
	}
	return "", fmt.Errorf("want a string or a number, got %.20s", raw)
}

// badUTF8Field finds the top-level field whose value (or key) holds
// invalid UTF-8 and the offset of the first bad byte in the line.
func badUTF8Field(line []byte) (string, int) {
	_, _, off, _ := invalidUTF8(line)
	var m map[string]json.RawMessage
	if json.Unmarshal(line, &m) == nil {
		for _, k := range []string{"id", "date", "title", "text", "source", "url"} {
			if v, ok := m[k]; ok && !utf8.Valid(v) {
				return k, off
			}
		}
	}
	return "", off
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// DerivedID returns the id given to a document whose input has none: "doc-"
// and 16 hex digits of a SHA-256 of its date, title and text. The same
// content always gets the same id; the same headline on another day gets
// another.
func DerivedID(d *demarche.Document) string {
	h := sha256.New()
	h.Write([]byte(d.Date))
	h.Write([]byte{0})
	h.Write([]byte(d.Title))
	h.Write([]byte{0})
	h.Write([]byte(d.Text))
	return "doc-" + hex.EncodeToString(h.Sum(nil)[:8])
}
