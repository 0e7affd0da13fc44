package output

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/demarche-project/demarche"
)

// maxLine bounds one line read back.
const maxLine = 16 << 20

// readError is the EINVALID error for a bad line or field.
func readError(format string, line int, field string, err error) error {
	if field != "" {
		return demarche.Errorf(demarche.EINVALID, "%s line %d: %s: %v", format, line, field, err)
	}
	return demarche.Errorf(demarche.EINVALID, "%s line %d: %v", format, line, err)
}

// lines calls fn with each line of r (without its end) and its 1-based
// number, stopping at the first error.
func lines(r io.Reader, format string, fn func(n int, line []byte) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxLine)
	n := 0
	for sc.Scan() {
		n++
		if err := fn(n, bytes.TrimSuffix(sc.Bytes(), []byte("\r"))); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return readError(format, n+1, "", fmt.Errorf("line longer than %d MiB", maxLine>>20))
		}
		return err
	}
	return nil
}

// ReadJSONL reads events written in the jsonl format; blank lines are
// skipped and unknown fields ignored. On a bad line it returns the events
// before it and an EINVALID error naming the line (and the field).
func ReadJSONL(r io.Reader) ([]demarche.Event, error) {
	var out []demarche.Event
	err := lines(r, JSONL, func(n int, line []byte) error {
		if len(bytes.TrimSpace(line)) == 0 {
			return nil
		}
		var e demarche.Event
		if err := json.Unmarshal(line, &e); err != nil {
			var te *json.UnmarshalTypeError
			if errors.As(err, &te) {
				return readError(JSONL, n, te.Field, fmt.Errorf("want a %s, got a JSON %s", te.Type, te.Value))
			}
			return readError(JSONL, n, "", err)
		}
		out = append(out, e)
		return nil
	})
	return out, err
}

// ReadTable reads events written in the tsv or csv format. Columns are
// found by the names of the header row, in any order; a missing column
// leaves its field empty, an unknown one is ignored. On a bad row it
// returns the events before it and an EINVALID error naming the line and
// the column.
func ReadTable(r io.Reader, format string) ([]demarche.Event, error) {
	var next func() ([]string, int, error)
	switch format {
	case TSV:
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 64<<10), maxLine)
		n := 0
		next = func() ([]string, int, error) {
			if !sc.Scan() {
				if err := sc.Err(); err != nil {
					return nil, n + 1, err
				}
				return nil, n, io.EOF
			}
			n++
			return strings.Split(strings.TrimSuffix(sc.Text(), "\r"), "\t"), n, nil
		}
	case CSV:
		cr := csv.NewReader(r)
		cr.FieldsPerRecord = -1
		next = func() ([]string, int, error) {
			rec, err := cr.Read()
			if err != nil {
				var pe *csv.ParseError
				if errors.As(err, &pe) {
					return nil, pe.Line, pe.Err
				}
				return nil, 0, err
			}
			line, _ := cr.FieldPos(0)
			return rec, line, nil
		}
	default:
		return nil, demarche.Errorf(demarche.EINVALID, "ReadTable: format %q is not tsv or csv", format)
	}
	head, _, err := next()
	if err == io.EOF {
		return nil, nil
	}
	if err != nil {
		return nil, readError(format, 1, "header", err)
	}
	idx := make([]int, len(columns))
	for i, c := range columns {
		idx[i] = -1
		for j, h := range head {
			if strings.TrimSpace(h) == c.name {
				idx[i] = j
			}
		}
	}
	var out []demarche.Event
	for {
		rec, n, err := next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, readError(format, n, "", err)
		}
		if len(rec) != len(head) {
			return out, readError(format, n, "", fmt.Errorf("%d fields, the header has %d", len(rec), len(head)))
		}
		var e demarche.Event
		for i, c := range columns {
			if idx[i] < 0 {
				continue
			}
			if err := c.set(&e, rec[idx[i]]); err != nil {
				return out, readError(format, n, fmt.Sprintf("%s (column %d)", c.name, idx[i]+1), err)
			}
		}
		out = append(out, e)
	}
}

// ReadPhoenix reads events written in the phoenix format: id, date,
// actor codes, CAMEO code and root, quad class, Goldstein score, and the
// document and sentence from SentenceID. On a bad line it returns the
// events before it and an EINVALID error naming the line and the column.
func ReadPhoenix(r io.Reader) ([]demarche.Event, error) {
	var out []demarche.Event
	err := lines(r, Phoenix, func(n int, line []byte) error {
		if len(line) == 0 {
			return nil
		}
		f := strings.Split(string(line), "\t")
		if len(f) != len(PhoenixColumns) {
			return readError(Phoenix, n, "", fmt.Errorf("%d columns, want %d", len(f), len(PhoenixColumns)))
		}
		col := func(name string) (string, string) {
			for i, c := range PhoenixColumns {
				if c == name {
					return f[i], fmt.Sprintf("%s (column %d)", c, i+1)
				}
			}
			panic("no Phoenix column " + name)
		}
		e := demarche.Event{ID: f[0], Source: f[5], Target: f[9], CAMEO: f[13], Root: f[14]}
		day, field := col("Date")
		t, err := time.Parse("20060102", day)
		if err != nil {
			return readError(Phoenix, n, field, fmt.Errorf("want YYYYMMDD, got %q", day))
		}
		e.Date = t.Format(demarche.DateLayout)
		q, field := col("QuadClass")
		if e.Quad, err = strconv.Atoi(q); err != nil {
			return readError(Phoenix, n, field, fmt.Errorf("want an integer, got %q", q))
		}
		g, field := col("GoldsteinScore")
		if e.Goldstein, err = parseFloat(g); err != nil {
			return readError(Phoenix, n, field, err)
		}
		sid, field := col("SentenceID")
		i := strings.LastIndexByte(sid, '-')
		if i < 0 {
			return readError(Phoenix, n, field, fmt.Errorf("want doc-index, got %q", sid))
		}
		e.Doc = sid[:i]
		if e.Sentence, err = strconv.Atoi(sid[i+1:]); err != nil {
			return readError(Phoenix, n, field, fmt.Errorf("want doc-index, got %q", sid))
		}
		out = append(out, e)
		return nil
	})
	return out, err
}
