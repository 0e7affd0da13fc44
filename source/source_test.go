package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/demarche-project/demarche"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// dump reads r to the end and writes one line per document or error.
func dump(t *testing.T, r Reader) string {
	t.Helper()
	var b bytes.Buffer
	for i := 0; ; i++ {
		if i > 1000 {
			t.Fatal("reader does not end")
		}
		d, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			var re *RecordError
			if !errors.As(err, &re) {
				t.Errorf("error %v is not a *RecordError", err)
			}
			fmt.Fprintf(&b, "error %s\n", err)
			continue
		}
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		b.WriteString("doc ")
		if err := enc.Encode(struct {
			*demarche.Document
			Origin string `json:"origin"`
		}{d, d.Origin}); err != nil {
			t.Fatal(err)
		}
	}
	if err := r.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	return b.String()
}

// golden compares got with testdata/golden/name.golden, or rewrites it
// with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name+".golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from %s:\n--- got\n%s--- want\n%s", name, path, got, want)
	}
}

func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		file string
		opt  Options
	}{
		{"text", "statement.txt", Options{Date: "2025-01-15"}},
		{"text-id", "statement.txt", Options{Date: "15 January 2025", ID: "seed"}},
		{"text-nodate", "statement.txt", Options{}},
		{"text-latin1", "latin1.txt", Options{Date: "2025-01-15"}},
		{"jsonl", "stories.jsonl", Options{}},
		{"jsonl-gz", "stories-gz.jsonl.gz", Options{}},
		{"jsonl-default-date", "stories.jsonl", Options{Date: "2011-12-31"}},
		{"xml", "sentences.xml", Options{}},
		{"xml-broken", "broken.xml", Options{}},
		{"csv", "stories.csv", Options{}},
		{"tsv", "stories.tsv", Options{CSV: CSVOptions{ID: "doc", Date: "WHEN", Text: "body", Title: "headline"}}},
		{"html", "page.html", Options{}},
		{"html-short-latin1", "short-latin1.html", Options{ID: "cafe"}},
		{"rss", "feed.rss", Options{}},
		{"rss-default-date", "feed.rss", Options{Date: "2013-05-09"}},
		{"atom", "feed.atom", Options{}},
		{"forced-text", "stories.csv", Options{Format: "txt", Date: "2012-01-01"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Open(context.Background(), filepath.Join("testdata", tt.file), tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, tt.name, dump(t, r))
		})
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	noText := filepath.Join(dir, "no-text.csv")
	os.WriteFile(noText, []byte("id,date,body\n1,2012-01-01,x\n"), 0o644)
	empty := filepath.Join(dir, "empty.csv")
	os.WriteFile(empty, nil, 0o644)
	tests := []struct {
		name, file string
		opt        Options
		code       string // demarche error code, or "" for a *RecordError
		want       string // in the message
	}{
		{"missing", filepath.Join(dir, "nope.jsonl"), Options{}, demarche.ENOTFOUND, "nope.jsonl: no such file"},
		{"folder", dir, Options{}, demarche.EINVALID, "is a folder"},
		{"format", "testdata/stories.jsonl", Options{Format: "yaml"}, demarche.EINVALID, `unknown input format "yaml" (known: text, jsonl`},
		{"date", "testdata/stories.jsonl", Options{Date: "someday"}, demarche.EINVALID, `default date: unknown date format "someday"`},
		{"csv-no-text", noText, Options{}, "", `no-text.csv:1: header: no "text" or "title" column (columns: id, date, body)`},
		{"csv-column", "testdata/stories.csv", Options{CSV: CSVOptions{Text: "body"}}, "", `stories.csv:1: header: no column "body"`},
		{"csv-empty", empty, Options{}, "", "empty.csv:1: header: empty file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Open(context.Background(), tt.file, tt.opt)
			if err == nil {
				r.Close()
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
			var re *RecordError
			if tt.code == "" {
				if !errors.As(err, &re) {
					t.Errorf("error %v is not a *RecordError", err)
				}
			} else if c := demarche.ErrorCode(err); c != tt.code {
				t.Errorf("code %q, want %q", c, tt.code)
			}
		})
	}
}

func TestStdin(t *testing.T) {
	tests := []struct {
		name  string
		input []byte
		opt   Options
		want  demarche.Document
	}{
		{"text", []byte("North Korea denied the report."), Options{Date: "2024-10-23"},
			demarche.Document{ID: "stdin-a5d821cb", Date: "2024-10-23", Text: "North Korea denied the report.", Origin: "stdin"}},
		{"id", []byte("\uFEFFText with a BOM.\r\n"), Options{Date: "2024-10-23", ID: "x"},
			demarche.Document{ID: "x", Date: "2024-10-23", Text: "Text with a BOM.\n", Origin: "stdin"}},
		{"gzip jsonl", gz(`{"id":"z","date":"2024-01-02","text":"Compressed."}`), Options{Format: "jsonl"},
			demarche.Document{ID: "z", Date: "2024-01-02", Text: "Compressed.", Origin: "stdin:1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdin = bytes.NewReader(tt.input)
			defer func() { stdin = os.Stdin }()
			r, err := Open(context.Background(), "-", tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			d, err := r.Next()
			if err != nil {
				t.Fatal(err)
			}
			if *d != tt.want {
				t.Errorf("got %+v\nwant %+v", *d, tt.want)
			}
			if _, err := r.Next(); err != io.EOF {
				t.Errorf("second Next: %v, want io.EOF", err)
			}
		})
	}
}

func gz(s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

func TestRecordError(t *testing.T) {
	tests := []struct {
		err  RecordError
		want string
	}{
		{RecordError{"a.jsonl", 3, "date", errors.New("bad")}, "a.jsonl:3: date: bad"},
		{RecordError{"a.jsonl", 3, "", errors.New("bad")}, "a.jsonl:3: bad"},
		{RecordError{"a.jsonl", 0, "feed", errors.New("bad")}, "a.jsonl: feed: bad"},
		{RecordError{File: "a.jsonl"}, "a.jsonl: bad record"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}

func TestLargeRecord(t *testing.T) {
	var b bytes.Buffer
	b.WriteString(`{"id":"big","date":"2020-01-01","text":"`)
	b.Write(bytes.Repeat([]byte("a"), MaxRecord))
	b.WriteString("\"}\n")
	b.WriteString(`{"id":"small","date":"2020-01-02","text":"after"}` + "\n")
	path := filepath.Join(t.TempDir(), "big.jsonl")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := Open(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	_, err = r.Next()
	if err == nil || !strings.Contains(err.Error(), "big.jsonl:1: record larger than 8 MiB: skipped") {
		t.Errorf("first record: %v", err)
	}
	d, err := r.Next()
	if err != nil || d.ID != "small" {
		t.Fatalf("second record: %v %v", d, err)
	}
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("end: %v", err)
	}
}
