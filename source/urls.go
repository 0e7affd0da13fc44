package source

import (
	"errors"
	"io"
	"strings"

	"github.com/demarche-project/demarche"
)

// urlsReader opens, one after the other, the URLs listed in a file, one a
// line; blank lines and lines starting with '#' are skipped.
type urlsReader struct {
	*input
	o    *opener
	line int
	cur  Reader // the reader of the current URL
	err  error
}

func (o *opener) newURLs(in *input) *urlsReader {
	// The listed URLs are detected on their own.
	sub := *o
	sub.opt.Format = ""
	return &urlsReader{input: in, o: &sub}
}

// Next returns the next document of the current URL, opening the next
// listed URL when it is exhausted. A line that is not an http(s) URL, or a
// URL that cannot be fetched or parsed, is a *RecordError on that line's
// "url"; errors inside a URL's content name the URL.
func (r *urlsReader) Next() (*demarche.Document, error) {
	for {
		if r.cur != nil {
			d, err := r.cur.Next()
			var re *RecordError
			switch {
			case err == nil || errors.As(err, &re):
				return d, err
			case err != io.EOF:
				// Not expected from our readers; report it and go
				// on with the next URL.
				err = &RecordError{File: r.name, Line: r.line, Field: "url", Err: err}
			}
			r.cur.Close()
			r.cur = nil
			if err != io.EOF {
				return nil, err
			}
		}
		if r.err != nil {
			return nil, r.err
		}
		s, err := r.r.ReadString('\n')
		if err != nil {
			r.err = io.EOF
			if err != io.EOF {
				return nil, &RecordError{File: r.name, Line: r.line + 1, Err: err}
			}
			if s == "" {
				return nil, io.EOF
			}
		}
		r.line++
		s = strings.TrimSpace(s)
		if r.line == 1 {
			s = strings.TrimPrefix(s, "\uFEFF")
		}
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if !isURL(s) {
			return nil, r.recErr(r.line, "url", "%q is not an http(s) URL", s)
		}
		cur, err := r.o.openURL(s)
		if err != nil {
			return nil, &RecordError{File: r.name, Line: r.line, Field: "url", Err: err}
		}
		r.cur = cur
	}
}

// Close closes the current URL's reader.
func (r *urlsReader) Close() error {
	if r.cur != nil {
		r.cur.Close()
		r.cur = nil
	}
	return r.input.Close()
}
