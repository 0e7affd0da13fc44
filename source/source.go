// Package source reads documents from inputs: plain text, JSON lines
// (optionally gzip-compressed), PETRARCH XML, CSV and TSV, HTML pages, RSS
// and Atom feeds, lists of URLs, and http(s) URLs serving any of these.
//
// Open returns a Reader for one input; Expand turns command-line patterns
// (files, folders, globs, "-" and URLs) into the list of inputs to open.
//
// A bad record never stops a reader: Next returns a *RecordError naming the
// file, the line (or record number) and the field, and the following call
// goes on with the next record. Only errors that make the rest of the input
// unreadable (malformed XML, a broken gzip stream, an I/O error) end it,
// after the documents read before them.
//
// Policies:
//
//   - Text must be valid UTF-8. Invalid UTF-8 rejects the record with a
//     *RecordError naming the line and byte offset; nothing is replaced
//     silently. HTML pages are the exception: their character set is
//     detected and decoded to UTF-8.
//   - Every document has a date: the input's own, else Options.Date; a
//     record with neither is a *RecordError on its "date" field.
//   - Ids: the input's own (JSON/CSV "id", XML id attribute, feed guid or
//     link); a single text or HTML document takes Options.ID, else the file
//     base name without its extension (and ".gz"), the URL for pages, or
//     "stdin-<hash8>" (SHA-256 of the content) for standard input; records
//     without an id get DerivedID of their content.
//   - A file with the .urls extension (or Options.Format "urls") lists
//     http(s) URLs of pages and feeds, one a line; blank lines and lines
//     starting with '#' are skipped. Each URL is opened in turn.
package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/demarche-project/demarche"
)

// Reader yields documents from one input.
type Reader interface {
	// Next returns the next document; io.EOF at the end; a *RecordError
	// for a bad record, after which the caller may call Next again to
	// continue with the following records. When the rest of the input is
	// unreadable (malformed XML, a broken gzip stream, an I/O error) the
	// *RecordError says so and the next call returns io.EOF.
	Next() (*demarche.Document, error)

	// Close releases the input. It returns the error of closing the
	// underlying file, if any.
	Close() error
}

// RecordError is a bad record: the file (or URL), the 1-based line or record
// number, the field, and the cause. Line is 0 when the error concerns the
// whole input; Field is empty when no single field is at fault.
type RecordError struct {
	File  string
	Line  int
	Field string
	Err   error
}

// Error returns "file:line: field: cause", leaving out the parts that are
// empty.
func (e *RecordError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.Field != "" {
		b.WriteString(": ")
		b.WriteString(e.Field)
	}
	b.WriteString(": ")
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	} else {
		b.WriteString("bad record")
	}
	return b.String()
}

// Unwrap returns the cause.
func (e *RecordError) Unwrap() error { return e.Err }

// CSVOptions names the columns of a CSV or TSV input. An empty name takes
// the default: id, date, title, text, source, url and country (the speaking
// state of a government's statement). Names are matched case-insensitively
// against the header row.
type CSVOptions struct {
	ID, Date, Title, Text, Source, URL, Country string
}

// Options tune Open. The zero value detects the format and fetches URLs
// with a default client.
type Options struct {
	// Format forces the input format: text, jsonl, xml (PETRARCH), csv,
	// tsv, html, feed or urls. Empty detects it from the content type, the
	// extension and the content.
	Format string

	// Date is the document date for inputs without one (text, stdin,
	// records without a date); any form demarche.ParseDate accepts.
	Date string

	// ID is the id of a single text or HTML document. Default: the file
	// base name without its extension, the page URL, or "stdin-<hash8>".
	ID string

	// CSV names the columns of CSV and TSV inputs.
	CSV CSVOptions

	// HTTP fetches URLs; nil uses a client with a 60 s timeout.
	HTTP *http.Client

	// MaxRecord is the largest JSON line read, in bytes; a longer one is
	// skipped with a *RecordError. 0 means MaxRecord.
	MaxRecord int

	// Retries is the number of retries of a failed fetch (network errors,
	// 5xx and 429 answers): 0 means 3, a negative value none.
	Retries int

	// RetryWait is the first back-off delay, doubled at each retry;
	// 0 means 500 ms. A Retry-After header of at most a minute wins.
	RetryWait time.Duration

	// UserAgent is sent with every request; empty means "demarche/0.1".
	UserAgent string

	// Language, an ISO 639-1 code, is set on every document read (issue
	// 11: --language); empty keeps the record's own language field, else
	// the coder detects it.
	Language string
	// Known, when set, reports the IDs of documents already stored: a
	// feed item whose ID (its guid, else its link) it knows is skipped
	// without fetching its page. demarche watch sets it.
	Known func(id string) bool
}

// The input formats.
const (
	FormatText  = "text"
	FormatJSONL = "jsonl"
	FormatXML   = "xml"
	FormatCSV   = "csv"
	FormatTSV   = "tsv"
	FormatHTML  = "html"
	FormatFeed  = "feed"
	FormatURLs  = "urls"
)

// Formats returns the input format names Options.Format accepts.
func Formats() []string {
	return []string{FormatText, FormatJSONL, FormatXML, FormatCSV, FormatTSV, FormatHTML, FormatFeed, FormatURLs}
}

// formatAliases maps other accepted spellings to format names.
var formatAliases = map[string]string{
	"txt": FormatText, "json": FormatJSONL, "ndjson": FormatJSONL,
	"petrarch": FormatXML, "htm": FormatHTML, "rss": FormatFeed, "atom": FormatFeed,
}

// maxDocument bounds a single document, page or feed read whole.
const maxDocument = 64 << 20

// stdin is read for the name "-"; tests replace it.
var stdin io.Reader = os.Stdin

// Open returns a Reader for name: a file path, "-" for standard input, or an
// http(s) URL. It fails with an EINVALID error for bad options or an
// unknown format, ENOTFOUND for a missing file, EUNAVAILABLE for a URL that
// cannot be fetched after the retries, and a *RecordError for an input whose
// header is unusable (a CSV without a text or title column).
func Open(ctx context.Context, name string, opt Options) (Reader, error) {
	o, err := newOpener(ctx, opt)
	if err != nil {
		return nil, err
	}
	return o.open(name)
}

// opener holds the checked options shared by every reader of one Open.
type opener struct {
	ctx  context.Context
	opt  Options
	date string // normalised default date
}

func newOpener(ctx context.Context, opt Options) (*opener, error) {
	o := &opener{ctx: ctx, opt: opt}
	if opt.Date != "" {
		d, err := demarche.ParseDate(opt.Date)
		if err != nil {
			return nil, demarche.Errorf(demarche.EINVALID, "default date: %v", err)
		}
		o.date = d
	}
	if opt.Format != "" {
		f, err := normalFormat(opt.Format)
		if err != nil {
			return nil, err
		}
		o.opt.Format = f
	}
	return o, nil
}

func normalFormat(f string) (string, error) {
	f = strings.ToLower(strings.TrimSpace(f))
	if a, ok := formatAliases[f]; ok {
		return a, nil
	}
	for _, k := range Formats() {
		if f == k {
			return f, nil
		}
	}
	return "", demarche.Errorf(demarche.EINVALID, "unknown input format %q (known: %s)", f, strings.Join(Formats(), ", "))
}

func (o *opener) open(name string) (Reader, error) {
	switch {
	case name == "-":
		return o.openStream("stdin", "", stdin, nopCloser{})
	case isURL(name):
		return o.openURL(name)
	}
	f, err := os.Open(name)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, demarche.Errorf(demarche.ENOTFOUND, "%s: no such file", name)
		}
		return nil, demarche.Errorf(demarche.EINVALID, "%v", err)
	}
	if st, err := f.Stat(); err == nil && st.IsDir() {
		f.Close()
		return nil, demarche.Errorf(demarche.EINVALID, "%s is a folder: expand it first (source.Expand)", name)
	}
	r, err := o.openStream(name, name, f, f)
	if err != nil {
		f.Close()
		return nil, err
	}
	return r, nil
}

// openStream opens an input read from r: name is used in messages, path
// (empty for stdin) for the extension and the default id.
func (o *opener) openStream(name, path string, r io.Reader, c io.Closer) (Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	closer := c
	if isGzip(br) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, &RecordError{File: name, Err: fmt.Errorf("gzip: %w", err)}
		}
		zr.Multistream(true)
		br = bufio.NewReaderSize(zr, 64<<10)
		closer = multiCloser{zr, c}
		path = strings.TrimSuffix(path, filepath.Ext(path))
	}
	format := o.opt.Format
	if format == "" {
		head, _ := br.Peek(4096)
		format = detect(extOf(path), "", head, path == "")
	}
	in := &input{name: name, path: path, r: br, closer: closer}
	return o.reader(format, in)
}

// input is one opened stream.
type input struct {
	name string // for messages: path, URL or "stdin"
	path string // file path without .gz, "" for stdin
	url  string // the URL for fetched inputs
	// contentType is the Content-Type of fetched inputs.
	contentType string
	r           *bufio.Reader
	closer      io.Closer
}

func (in *input) Close() error { return in.closer.Close() }

// recErr builds a *RecordError for this input.
func (in *input) recErr(line int, field string, format string, args ...any) *RecordError {
	return &RecordError{File: in.name, Line: line, Field: field, Err: demarche.Errorf(demarche.EINVALID, format, args...)}
}

func (o *opener) reader(format string, in *input) (Reader, error) {
	switch format {
	case FormatText:
		return o.newText(in), nil
	case FormatJSONL:
		return o.newJSONL(in), nil
	case FormatXML:
		return o.newXML(in), nil
	case FormatCSV, FormatTSV:
		return o.newCSV(in, format == FormatTSV)
	case FormatHTML:
		return o.newHTML(in), nil
	case FormatFeed:
		return o.newFeed(in)
	case FormatURLs:
		return o.newURLs(in), nil
	}
	return nil, demarche.Errorf(demarche.EINVALID, "unknown input format %q", format)
}

// docDate returns the normalised date of a record: raw when given, else the
// default date; the error names what is wrong.
func (o *opener) docDate(raw string) (string, error) {
	if strings.TrimSpace(raw) == "" {
		if o.date == "" {
			return "", demarche.Errorf(demarche.EINVALID, "missing, and no default date given")
		}
		return o.date, nil
	}
	d, err := demarche.ParseDate(raw)
	if err != nil {
		return "", err
	}
	// A date the document cannot have (9999-12-31, 0001-01-01) is
	// refused here, naming the line, rather than stored.
	return d, demarche.CheckDocumentDate(d, time.Now())
}

func isGzip(br *bufio.Reader) bool {
	b, err := br.Peek(2)
	return err == nil && b[0] == 0x1f && b[1] == 0x8b
}

func isURL(name string) bool {
	l := strings.ToLower(name)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// extOf returns the lower-case extension of path, without the dot.
func extOf(path string) string {
	return strings.TrimPrefix(strings.ToLower(filepath.Ext(path)), ".")
}

// baseID returns the file base name without its extension (path has no
// .gz suffix any more).
func baseID(path string) string {
	b := filepath.Base(path)
	if e := filepath.Ext(b); e != b {
		b = strings.TrimSuffix(b, e)
	}
	return b
}

var (
	_ Reader = (*textReader)(nil)
	_ Reader = (*jsonlReader)(nil)
	_ Reader = (*xmlReader)(nil)
	_ Reader = (*csvReader)(nil)
	_ Reader = (*htmlReader)(nil)
	_ Reader = (*feedReader)(nil)
	_ Reader = (*urlsReader)(nil)
)

type nopCloser struct{}

func (nopCloser) Close() error { return nil }

type multiCloser []io.Closer

func (m multiCloser) Close() error {
	var errs []error
	for _, c := range m {
		errs = append(errs, c.Close())
	}
	return errors.Join(errs...)
}

// errTooLarge is returned by readAll for inputs over maxDocument.
var errTooLarge = fmt.Errorf("larger than %d MiB", maxDocument>>20)

// readAll reads at most maxDocument bytes of r, failing with an error that
// says so when r is larger.
func readAll(r io.Reader) ([]byte, error) {
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(r, maxDocument+1))
	if err != nil {
		return nil, err
	}
	if n > maxDocument {
		return nil, errTooLarge
	}
	return buf.Bytes(), nil
}
