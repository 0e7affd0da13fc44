package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"text/tabwriter"
	"time"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
	"github.com/demarche-project/demarche/ingest"
)

func runRecode(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "recode", "",
		"Re-codes, with the current dictionaries (and any --dict files), every stored\n"+
			"document whose events another dictionary version produced, without re-reading\n"+
			"the sources, and replaces its events. Reports the events added and removed per\n"+
			"CAMEO code. Interrupted, it goes on where it stopped when run again.")
	db := dbFlag(fs)
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents coded in parallel")
	batch := fs.Int("batch", ingest.DefaultBatch, "documents written per transaction")
	format := fs.String("format", "text", "report: text or json")
	var dicts dictFlags
	dicts.add(fs)
	if err := fs.Parse(interleave(fs, args)); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError(fs, "unexpected arguments %q", fs.Args())
	}
	if *format != "text" && *format != "json" {
		return usageError(fs, "--format: want text or json, got %q", *format)
	}
	lessGC(env)
	c, err := dicts.docCoder()
	if err != nil {
		return err
	}
	st, err := openExisting(ctx, env, *db, forWriting)
	if err != nil {
		return err
	}
	defer st.Close()
	failed := 0
	report := func(err error) { failed++; fmt.Fprintf(env.Stderr, "demarche recode: %v\n", err) }
	progress := func(s ingest.RecodeStats) {
		if env.StdoutIsTerminal {
			fmt.Fprintf(env.Stderr, "\r%d documents recoded, %d changed, +%d −%d events  %s\x1b[K",
				s.Documents, s.Changed, s.Added, s.Removed, s.Elapsed.Round(time.Second))
		}
	}
	res, err := ingest.Recode(ctx, st, c, ingest.Options{Workers: *workers, Batch: *batch, Report: report}, progress)
	if env.StdoutIsTerminal {
		fmt.Fprint(env.Stderr, "\r\x1b[K")
	}
	if res != nil && (err == nil || res.Documents > 0) {
		if *format == "json" {
			enc := json.NewEncoder(env.Stdout)
			enc.SetIndent("", "  ")
			if jerr := enc.Encode(struct {
				Version string `json:"version"`
				demarche.RecodeResult
				Failed  int     `json:"failed"`
				Seconds float64 `json:"seconds"`
			}{c.Version(), res.RecodeResult, res.Failed, res.Elapsed.Seconds()}); jerr != nil && err == nil {
				err = jerr
			}
		} else {
			writeRecode(env.Stdout, c.Version(), res)
		}
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return exitError{1}
	}
	return nil
}

// writeRecode writes the report of a recode: the totals, then the events
// added and removed per CAMEO code.
func writeRecode(w io.Writer, version string, r *ingest.RecodeStats) {
	if r.Documents == 0 {
		fmt.Fprintf(w, "every stored document is coded with dictionary version %s: nothing to recode\n", version)
		return
	}
	fmt.Fprintf(w, "%d documents recoded with dictionary version %s in %s: %d changed; events: %d added, %d removed, %d kept\n",
		r.Documents, version, r.Elapsed.Round(10*time.Millisecond), r.Changed, r.Added, r.Removed, r.Kept)
	if len(r.Codes) == 0 {
		return
	}
	tax := cameo.Default()
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "code\tadded\tremoved\tname")
	for _, c := range r.Codes {
		name := ""
		if t, ok := tax.Lookup(c.CAMEO); ok {
			name = t.Name
		}
		fmt.Fprintf(tw, "%s\t+%d\t-%d\t%s\n", c.CAMEO, c.Added, c.Removed, name)
	}
	tw.Flush()
}
