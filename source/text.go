package source

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/demarche-project/demarche"
)

// wholeReader is a reader of a whole input as one document, the text and
// the HTML readers: it reads the input once.
type wholeReader struct {
	*input
	o    *opener
	done bool
}

// readWhole returns the bytes of the whole input the first time, then
// io.EOF; an input that cannot be read is a RecordError of the input.
func (r *wholeReader) readWhole() ([]byte, error) {
	if r.done {
		return nil, io.EOF
	}
	r.done = true
	b, err := readAll(r.r)
	if err != nil {
		return nil, &RecordError{File: r.name, Err: err}
	}
	return b, nil
}

// textReader reads a whole input as one document.
type textReader struct{ wholeReader }

func (o *opener) newText(in *input) *textReader { return &textReader{wholeReader{input: in, o: o}} }

// Next returns the one document of the input, then io.EOF. The text loses a
// leading byte-order mark and has CRLF line ends turned into LF; it must be
// valid UTF-8 and not blank.
func (r *textReader) Next() (*demarche.Document, error) {
	b, err := r.readWhole()
	if err != nil {
		return nil, err
	}
	b = bytes.TrimPrefix(b, bom)
	if line, col, off, bad := invalidUTF8(b); bad {
		return nil, r.recErr(line, "text", "invalid UTF-8 at byte %d (column %d); convert the input to UTF-8", off, col)
	}
	text := strings.ReplaceAll(string(b), "\r\n", "\n")
	if strings.TrimSpace(text) == "" {
		return nil, r.recErr(0, "text", "empty document")
	}
	date, err := r.o.docDate("")
	if err != nil {
		return nil, &RecordError{File: r.name, Field: "date", Err: err}
	}
	id := r.o.opt.ID
	switch {
	case id != "":
	case r.path != "":
		id = baseID(r.path)
	case r.url != "":
		id = r.url
	default:
		sum := sha256.Sum256(b)
		id = "stdin-" + hex.EncodeToString(sum[:4])
	}
	return &demarche.Document{ID: id, Date: date, Text: text, URL: r.url, Origin: r.name}, nil
}

// invalidUTF8 finds the first invalid UTF-8 sequence of b and returns its
// 1-based line and column (in bytes) and its byte offset.
func invalidUTF8(b []byte) (line, col, off int, bad bool) {
	if utf8.Valid(b) {
		return 0, 0, 0, false
	}
	line, start := 1, 0
	for i := 0; i < len(b); {
		c, size := utf8.DecodeRune(b[i:])
		if c == utf8.RuneError && size <= 1 {
			return line, i - start + 1, i, true
		}
		if c == '\n' {
			line++
			start = i + 1
		}
		i += size
	}
	return line, 0, len(b), true
}
