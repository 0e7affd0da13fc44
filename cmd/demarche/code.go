package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"runtime"
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/ingest"
	"github.com/demarche-project/demarche/lang"
	"github.com/demarche-project/demarche/output"
	"github.com/demarche-project/demarche/source"
)

// inputFlags are the flags that say how to read documents.
type inputFlags struct {
	format  string
	date    string
	id      string
	strict  bool
	csv     source.CSVOptions
	retries int
	lang    string // --language (issue 11)
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
	fsAdd.StringVar(&f.csv.Country, "csv-country", "", "CSV column of the speaking state, ISO3 or name (default country)")
	fsAdd.IntVar(&f.retries, "retries", 0, "retries of a failed URL fetch (default 3)")
	fsAdd.StringVar(&f.lang, "language", "", "the language of every document, an ISO 639-1 code (en codes all with the English knowledge; default: the record's language field, else detected)")
}

func (f *inputFlags) options() source.Options {
	return source.Options{Format: f.format, Date: f.date, ID: f.id, CSV: f.csv, Retries: f.retries, Language: f.lang}
}

// check validates the flags that need it.
func (f *inputFlags) check() error {
	if f.lang != "" && !lang.Valid(f.lang) {
		return fmt.Errorf("-language %q: want an ISO 639-1 code such as en or es", f.lang)
	}
	return nil
}

func runCode(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "code", "INPUT...",
		"Codes documents into events. INPUT is a file (.txt, .jsonl[.gz], .xml, .csv,\n.html, feeds), a folder, a glob, an http(s) URL, or - for standard input.\nEvents are written to standard output; bad records are reported on standard\nerror with their file and line, and the exit status is 1 when any failed.")
	var in inputFlags
	in.add(fs)
	format := fs.String("format", "jsonl", "output format: "+strings.Join(output.Formats(), ", "))
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents coded in parallel")
	minConf := fs.Float64("min-confidence", 0, "write only the events whose confidence is at least this (0 to 1; 0.5: right at least half the time)")
	var dicts dictFlags
	dicts.add(fs)
	dicts.addLimit(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitError{2}
	}
	if !(*minConf >= 0 && *minConf <= 1) { // NaN too
		return usageError(fs, "--min-confidence %v: want a number from 0 to 1", *minConf)
	}
	if err := in.check(); err != nil {
		return err
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
	opts, err := dicts.limitOptions(in.options())
	if err != nil {
		return err
	}
	rd := ingest.NewReader(ctx, names, opts, in.strict,
		func(err error) { fmt.Fprintf(env.Stderr, "demarche code: %v\n", err) })
	defer rd.Close()
	rejected := 0
	n, err := ingest.Code(ctx, c, rd, *workers, func(cd *demarche.Coded) error {
		for i := range cd.Events {
			if cd.Events[i].Confidence < *minConf {
				continue
			}
			if err := w.Write(&cd.Events[i]); err != nil {
				return err
			}
		}
		return nil
	}, func(doc *demarche.Document, err error) {
		rejected++
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
	if failed := rd.Failed() + rejected; failed > 0 {
		fmt.Fprintf(env.Stderr, "demarche code: %d documents coded, %d records failed\n", n, failed)
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
