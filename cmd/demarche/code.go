package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/output"
	"github.com/demarche-project/demarche/source"
)

func init() {
	register(&command{name: "code", summary: "code documents into events (JSON lines, TSV, Phoenix, GDELT, PLOVER …)", run: runCode})
}

// inputFlags are the flags that say how to read documents.
type inputFlags struct {
	format  string
	date    string
	id      string
	strict  bool
	csv     source.CSVOptions
	retries int
}

func (f *inputFlags) add(fsAdd *flag.FlagSet) {
	fsAdd.StringVar(&f.format, "input", "", "input format: "+strings.Join(source.Formats(), ", ")+" (default: by extension and content)")
	fsAdd.StringVar(&f.date, "date", "", "date of documents that have none (text, stdin), YYYY-MM-DD")
	fsAdd.StringVar(&f.id, "id", "", "id of a single text document (default: the file name)")
	fsAdd.BoolVar(&f.strict, "strict", false, "stop at the first bad record instead of reporting it and going on")
	fsAdd.StringVar(&f.csv.ID, "csv-id", "", "CSV column of the document id (default id)")
	fsAdd.StringVar(&f.csv.Date, "csv-date", "", "CSV column of the date (default date)")
	fsAdd.StringVar(&f.csv.Title, "csv-title", "", "CSV column of the title (default title)")
	fsAdd.StringVar(&f.csv.Text, "csv-text", "", "CSV column of the text (default text)")
	fsAdd.StringVar(&f.csv.Source, "csv-source", "", "CSV column of the publication (default source)")
	fsAdd.StringVar(&f.csv.URL, "csv-url", "", "CSV column of the URL (default url)")
	fsAdd.IntVar(&f.retries, "retries", 0, "retries of a failed URL fetch (default 3)")
}

func (f *inputFlags) options() source.Options {
	return source.Options{Format: f.format, Date: f.date, ID: f.id, CSV: f.csv, Retries: f.retries}
}

// docReader yields every document of a list of inputs in order, reporting
// bad records and unreadable inputs to report and carrying on unless strict.
type docReader struct {
	ctx    context.Context
	names  []string
	opt    source.Options
	strict bool
	report func(error)
	cur    source.Reader
	failed int
}

// next returns the next document, io.EOF at the end, or the first error
// when strict.
func (r *docReader) next() (*demarche.Document, error) {
	for {
		if r.cur == nil {
			if len(r.names) == 0 {
				return nil, io.EOF
			}
			name := r.names[0]
			r.names = r.names[1:]
			rd, err := source.Open(r.ctx, name, r.opt)
			if err != nil {
				r.failed++
				if r.strict {
					return nil, err
				}
				r.report(err)
				continue
			}
			r.cur = rd
		}
		doc, err := r.cur.Next()
		switch {
		case err == nil:
			return doc, nil
		case errors.Is(err, io.EOF):
			r.cur.Close()
			r.cur = nil
		default:
			r.failed++
			if r.strict {
				r.cur.Close()
				return nil, err
			}
			r.report(err)
		}
	}
}

func (r *docReader) close() {
	if r.cur != nil {
		r.cur.Close()
	}
}

func runCode(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "code", "INPUT...",
		"Codes documents into events. INPUT is a file (.txt, .jsonl[.gz], .xml, .csv,\n.html, feeds), a folder, a glob, an http(s) URL, or - for standard input.\nEvents are written to standard output; bad records are reported on standard\nerror with their file and line, and the exit status is 1 when any failed.")
	var in inputFlags
	in.add(fs)
	format := fs.String("format", "jsonl", "output format: "+strings.Join(output.Formats(), ", "))
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents coded in parallel")
	var dicts dictFlags
	dicts.add(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitError{2}
	}
	names, err := source.Expand(fs.Args())
	if err != nil {
		return err
	}
	c, err := dicts.docCoder()
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(env.Stdout, 1<<16)
	w, err := output.New(bw, *format)
	if err != nil {
		return err
	}
	rd := &docReader{ctx: ctx, names: names, opt: in.options(), strict: in.strict,
		report: func(err error) { fmt.Fprintf(env.Stderr, "demarche code: %v\n", err) }}
	defer rd.close()
	n, err := codeAll(ctx, c, rd, *workers, func(cd *demarche.Coded) error {
		for i := range cd.Events {
			if err := w.Write(&cd.Events[i]); err != nil {
				return err
			}
		}
		return nil
	}, func(doc *demarche.Document, err error) {
		rd.failed++
		fmt.Fprintf(env.Stderr, "demarche code: %s: %v\n", docOrigin(doc), err)
	})
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	if rd.failed > 0 {
		fmt.Fprintf(env.Stderr, "demarche code: %d documents coded, %d records failed\n", n, rd.failed)
		return exitError{1}
	}
	return nil
}

func docOrigin(d *demarche.Document) string {
	if d.Origin != "" {
		return d.Origin
	}
	return "document " + d.ID
}

// codeAll reads documents from rd, codes them on workers goroutines and
// hands the results to emit in input order. A document the coder rejects is
// passed to fail and skipped. It returns the number of documents coded.
func codeAll(ctx context.Context, c demarche.Coder, rd *docReader, workers int, emit func(*demarche.Coded) error, fail func(*demarche.Document, error)) (int, error) {
	if workers < 1 {
		workers = 1
	}
	type job struct {
		doc  *demarche.Document
		out  *demarche.Coded
		err  error
		done chan struct{}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan *job, workers*4)
	order := make(chan *job, workers*4)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out, j.err = c.Code(ctx, j.doc)
				close(j.done)
			}
		}()
	}
	var readErr error
	go func() {
		defer close(order)
		defer close(jobs)
		for {
			doc, err := rd.next()
			if err != nil {
				if !errors.Is(err, io.EOF) {
					readErr = err
				}
				return
			}
			j := &job{doc: doc, done: make(chan struct{})}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
			order <- j
		}
	}()
	n := 0
	var emitErr error
	for j := range order {
		<-j.done
		if emitErr != nil {
			continue
		}
		if j.err != nil {
			fail(j.doc, j.err)
			continue
		}
		n++
		if err := emit(j.out); err != nil {
			emitErr = err
			cancel()
		}
	}
	wg.Wait()
	if emitErr != nil {
		return n, emitErr
	}
	if readErr != nil {
		return n, readErr
	}
	return n, ctx.Err()
}
