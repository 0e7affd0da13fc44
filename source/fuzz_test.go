package source

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/demarche-project/demarche"
)

// fuzzRead reads data as the named input in the given format and checks
// that the reader ends, that every error is a *RecordError naming the
// input, and that every document is complete. It returns the number of
// documents and errors.
func fuzzRead(t *testing.T, name, format string, data []byte) (docs, errs int) {
	o, err := newOpener(context.Background(), Options{Format: format, Date: "2020-01-01"})
	if err != nil {
		t.Fatal(err)
	}
	r, err := o.openStream(name, name, bytes.NewReader(data), nopCloser{})
	if err != nil {
		var re *RecordError
		if !errors.As(err, &re) || re.File != name {
			t.Fatalf("open error %v is not a *RecordError naming %s", err, name)
		}
		return 0, 1
	}
	defer r.Close()
	for i := 0; ; i++ {
		if i > len(data)+10 {
			t.Fatal("reader does not end")
		}
		d, err := r.Next()
		if err == io.EOF {
			return docs, errs
		}
		if err != nil {
			var re *RecordError
			if !errors.As(err, &re) || re.File != name || !strings.HasPrefix(err.Error(), name) {
				t.Fatalf("error %v is not a *RecordError naming %s", err, name)
			}
			errs++
			continue
		}
		docs++
		if d.ID == "" || (d.Text == "" && d.Title == "") {
			t.Fatalf("incomplete document %+v", d)
		}
		if got, err := demarche.ParseDate(d.Date); err != nil || got != d.Date {
			t.Fatalf("date %q is not an ISO date", d.Date)
		}
		for _, s := range []string{d.ID, d.Title, d.Text, d.Source, d.URL, d.Parse} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in %+v", d)
			}
		}
	}
}

func FuzzJSONL(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","date":"2011-12-01","text":"x"}`,
		`{"id":7,"date":20111201,"title":"headline"}` + "\n\n" + `{"text":"no id"}`,
		`{"id":"a","date":"nope","text":"x"}` + "\r\n" + `[1]`,
		"\uFEFF" + `{"text":"caf` + "\xe9" + `"}`,
		`{"id":"a","text":{"x":1}}` + "\n" + `{"id":"b","date":null,"text":"é"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, errs := fuzzRead(t, "fuzz.jsonl", FormatJSONL, data)
		if bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
			return // gzip: lines are not those of data
		}
		if t := bytes.TrimLeft(bytes.TrimPrefix(data, bom), " \t\r\n\v\f"); len(t) > 0 && t[0] == '[' {
			if first, _, _ := bytes.Cut(t, []byte("\n")); !bytes.HasSuffix(bytes.TrimSpace(first), []byte("]")) {
				return // a JSON array over many lines is one error
			}
		}
		// One document or one error per non-blank line: nothing is lost.
		lines := 0
		for i, l := range bytes.Split(data, []byte("\n")) {
			if i == 0 {
				l = bytes.TrimPrefix(l, bom)
			}
			if len(bytes.TrimSpace(l)) > 0 {
				lines++
			}
		}
		if docs+errs != lines {
			t.Fatalf("%d documents and %d errors for %d lines", docs, errs, lines)
		}
	})
}

func FuzzXML(f *testing.F) {
	for _, s := range []string{
		`<Sentences><Sentence date="20080801" id="A"><Text>x
y</Text><Parse>(S (NN x))</Parse></Sentence></Sentences>`,
		`<Validation><Sentences><Sentence date="bad"><Text>t</Text></Sentence><Sentence id="b"><Parse>(S (NN z))</Parse></Sentence></Sentences></Validation>`,
		`<Sentences><Sentence><Text>&amp; &eacute; &bogus;</Text></Sentence>`,
		`<?xml version="1.0" encoding="ISO-8859-1"?><Sentences><Sentence date="20080801"><Text>caf` + "\xe9" + `</Text></Sentence></Sentences>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, "fuzz.xml", FormatXML, data)
	})
}

func FuzzCSV(f *testing.F) {
	for _, s := range []string{
		"id,date,title,text\n1,2012-01-01,t,x\n2,bad,,y\n3,2012-01-02\n",
		"\uFEFFtext\n\"multi\nline\"\n\"bad \"quote\"\n",
		"title,date\nheadline,2012-01-01\n,\n",
		"id,text\n" + "1,caf\xe9\n",
	} {
		f.Add([]byte(s), false)
	}
	f.Add([]byte("id\tdate\ttext\n1\t2012-01-01\ta \"b\" c\n"), true)
	f.Fuzz(func(t *testing.T, data []byte, tsv bool) {
		format := FormatCSV
		if tsv {
			format = FormatTSV
		}
		fuzzRead(t, "fuzz.csv", format, data)
	})
}

func FuzzText(f *testing.F) {
	for _, s := range []string{"Plain text.\r\nSecond line.", "", "  \n\t", "\uFEFFbom", "caf\xe9", "\x1f\x8b\x08"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, errs := fuzzRead(t, "fuzz.txt", FormatText, data)
		if docs+errs != 1 {
			t.Fatalf("%d documents and %d errors, want one of them", docs, errs)
		}
	})
}
