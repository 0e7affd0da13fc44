package main

import (
	"flag"
	"os"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/ingest"
	"github.com/demarche-project/demarche/source"
)

// addLimit adds the --max-doc-size flag of the commands that code
// documents from outside (code, ingest, worker, serve: its POST
// /api/ingest); their docCoder then refuses larger documents.
func (d *dictFlags) addLimit(fs *flag.FlagSet) {
	d.limited = true
	fs.StringVar(&d.maxDoc, "max-doc-size", "", "largest document coded, title and text: bytes, or 8M, 512K …; 0 for no limit (default $"+
		ingest.MaxDocSizeEnv+", else "+demarche.FormatSize(ingest.DefaultMaxDocSize)+")")
}

// maxDocSize returns the limit in bytes: --max-doc-size, else
// $DEMARCHE_MAX_DOC_SIZE, else ingest.DefaultMaxDocSize; 0 means none.
func (d *dictFlags) maxDocSize() (int, error) {
	v, what := d.maxDoc, "--max-doc-size"
	if v == "" {
		getenv := d.getenv
		if getenv == nil {
			getenv = os.Getenv
		}
		v, what = getenv(ingest.MaxDocSizeEnv), "$"+ingest.MaxDocSizeEnv
	}
	if v == "" {
		return ingest.DefaultMaxDocSize, nil
	}
	n, err := ingest.ParseSize(v)
	if err != nil {
		return 0, demarche.Errorf(demarche.EINVALID, "%s: %v", what, err)
	}
	return n, nil
}

// limitOptions sets the longest record that the sources read to what
// documents of the size limit need.
func (d *dictFlags) limitOptions(o source.Options) (source.Options, error) {
	n, err := d.maxDocSize()
	if err != nil {
		return o, err
	}
	o.MaxRecord = ingest.RecordLimit(n)
	return o, nil
}
