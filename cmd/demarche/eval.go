package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/coder"
	"github.com/demarche-project/demarche/eval"
	"github.com/demarche-project/demarche/eval/silent"
	"github.com/demarche-project/demarche/ingest"
	"github.com/demarche-project/demarche/petrarch"
	"github.com/demarche-project/demarche/source"
)

func runEval(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "eval", "GOLD.jsonl [INPUT.jsonl] | --silent CORPUS.jsonl[.gz]...",
		"Scores the coder against a gold annotation (JSON lines: id, date, source,\n"+
			"kind, text, events with source, target, cameo), the way the coding guide\n"+
			"judges events: CAMEO root + source country + target country. It codes the\n"+
			"items' text, or reads the events of INPUT (JSON lines as `demarche code`\n"+
			"writes them, matched by doc id), and prints precision, recall and F1\n"+
			"overall, per CAMEO root, per kind and per confidence band, then the\n"+
			"missed and the invented events with their sentences.\n\n"+
			"With --silent it needs no gold: over a corpus it takes the sentences that\n"+
			"name actors of two countries or more, and reports the share that yield no\n"+
			"event and their most frequent predicates; --gaps FILE adds those in no\n"+
			"verb class that a PETRARCH verb dictionary codes.")
	format := fs.String("format", "text", "report format: text or json")
	half := fs.String("half", "", "score only one half of a development set: tune or check (tune: crc32(id) even; check is held out: totals only)")
	kind := fs.String("kind", "", "score only the items of this kind (lead, body, headline …)")
	minConf := fs.Float64("min-confidence", 0, "drop coded events whose confidence is below this (0 to 1)")
	misses := fs.Int("misses", 20, "list at most N missed and N invented events (-1: all)")
	silent := fs.Bool("silent", false, "the recall diagnostic without gold: arguments are corpora (JSON lines, .gz)")
	top := fs.Int("top", 20, "with --silent: list the N most frequent predicates of silent sentences")
	maxDocs := fs.Int("max-docs", 0, "with --silent: read at most N documents in all (0: all)")
	gaps := fs.String("gaps", "", "with --silent: a PETRARCH verb dictionary FILE (CAMEO.2.0.txt); lists the silent sentences' predicates in no verb class that it codes")
	reasons := fs.Int("reasons", 0, "with --silent: the census of the silent sentences (the furthest stage of the analysis each reached, and why it stopped), with N example sentences per reason (0: no census)")
	var dicts dictFlags
	dicts.add(fs)
	if err := fs.Parse(interleave(fs, args)); err != nil {
		return err
	}
	if *format != "text" && *format != "json" {
		return usageError(fs, "--format %q: want text or json", *format)
	}
	if !(*minConf >= 0 && *minConf <= 1) { // NaN too
		return usageError(fs, "--min-confidence %v: want a number from 0 to 1", *minConf)
	}
	if *silent {
		if fs.NArg() == 0 {
			return usageError(fs, "--silent: give one or more corpora (JSON lines of documents)")
		}
		if *top < 1 {
			return usageError(fs, "--top %d: want 1 or more", *top)
		}
		if *maxDocs < 0 {
			return usageError(fs, "--max-docs %d: want 0 or more", *maxDocs)
		}
		if *reasons < 0 || *reasons > maxCensusExamples {
			return usageError(fs, "--reasons %d: want 0 to %d", *reasons, maxCensusExamples)
		}
		run := silentRun{format: *format, top: *top, maxDocs: *maxDocs, reasons: *reasons}
		if *gaps != "" {
			v, err := readVerbDict(*gaps)
			if err != nil {
				return err
			}
			run.gaps, run.gapsFile = v, filepath.Base(*gaps)
		}
		c, err := dicts.coder()
		if err != nil {
			return err
		}
		return runSilent(ctx, env, c, fs.Args(), run)
	}
	if fs.NArg() < 1 || fs.NArg() > 2 {
		return usageError(fs, "want GOLD.jsonl and at most one INPUT, got %d arguments", fs.NArg())
	}
	switch *half {
	case "", eval.Tune, eval.Check:
	default:
		return usageError(fs, "--half %q: want tune or check", *half)
	}
	goldPath := fs.Arg(0)
	items, err := eval.ReadGoldFile(goldPath)
	if err != nil {
		return err
	}
	items = eval.Select(items, *half, *kind)
	if len(items) == 0 {
		return fmt.Errorf("%s: no item selected (--half %q, --kind %q)", goldPath, *half, *kind)
	}
	var coded map[string][]demarche.Event
	if fs.NArg() == 2 {
		ids := map[string]bool{}
		for _, g := range items {
			ids[g.ID] = true
		}
		if coded, err = eval.ReadCoded(fs.Arg(1), ids); err != nil {
			return err
		}
	} else {
		c, err := dicts.docCoder()
		if err != nil {
			return err
		}
		if coded, err = eval.Code(ctx, c, items, goldPath); err != nil {
			return err
		}
	}
	rep := eval.Evaluate(items, coded, *minConf)
	if *half == eval.Check {
		// The check half is held out: its totals only, never an item.
		return rep.WriteTotals(env.Stdout, filepath.Base(goldPath)+" (check half: totals only)", *format == "json")
	}
	if *format == "json" {
		return rep.WriteJSON(env.Stdout, *misses)
	}
	title := filepath.Base(goldPath)
	if *half != "" {
		title += " (" + *half + " half)"
	}
	if *kind != "" {
		title += " (kind " + *kind + ")"
	}
	return rep.WriteText(env.Stdout, title, *misses)
}

// silentRun holds the options of `demarche eval --silent`.
type silentRun struct {
	format                string
	top, maxDocs, reasons int
	gaps                  *petrarch.Verbs // --gaps, or nil
	gapsFile              string
}

// readVerbDict reads a PETRARCH verb dictionary for --gaps, bounded as
// petrarch.ReadFile bounds every dictionary file. Its notes and the errors
// of single blocks do not stop the diagnostic: the blocks read are enough
// to list gaps. A file with no verb block at all is an error, told by its
// first problem (its quoted text is shortened) and the number of the
// others.
func readVerbDict(path string) (*petrarch.Verbs, error) {
	var v *petrarch.Verbs
	var problems error
	if err := petrarch.ReadFile(path, func(r io.Reader) { v, problems = petrarch.ReadVerbs(r, path) }); err != nil {
		return nil, fmt.Errorf("--gaps: %w", err)
	}
	if v != nil && len(v.Blocks) > 0 {
		return v, nil
	}
	if problems == nil {
		return nil, fmt.Errorf("--gaps: %s: no verb block (--- NAME [code] ---)", path)
	}
	lines := strings.Split(problems.Error(), "\n")
	more := ""
	if len(lines) > 1 {
		more = fmt.Sprintf(" (and %d more problems)", len(lines)-1)
	}
	return nil, fmt.Errorf("--gaps: no verb block: %s%s", lines[0], more)
}

// runSilent is `demarche eval --silent`: the recall diagnostic without gold.
func runSilent(ctx context.Context, env *Env, c *coder.Coder, args []string, run silentRun) error {
	format, top, maxDocs, reasons := run.format, run.top, run.maxDocs, run.reasons
	names, err := source.Expand(args)
	if err != nil {
		return err
	}
	rd := ingest.NewReader(ctx, names, source.Options{}, false,
		func(err error) { fmt.Fprintf(env.Stderr, "demarche eval: %v\n", err) })
	defer rd.Close()
	rejected := 0
	st, err := silent.Scan(ctx, c, rd, silent.Options{MaxDocs: maxDocs, Examples: reasons}, func(doc *demarche.Document, err error) {
		rejected++
		fmt.Fprintf(env.Stderr, "demarche eval: %s: %v\n", docOrigin(doc), err)
	})
	if err != nil {
		return err
	}
	if format == "json" {
		out := *st
		out.Predicates = st.Top(top)
		if reasons == 0 {
			out.StageCounts, out.Causes = nil, nil
		}
		enc := json.NewEncoder(env.Stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(struct {
			*silent.Stats
			Share float64      `json:"silent_share"`
			Gaps  []silent.Gap `json:"gaps,omitempty"`
		}{&out, st.Share(), run.gapList(st)}); err != nil {
			return err
		}
	} else {
		w := env.Stdout
		fmt.Fprintf(w, "%d documents, %d sentences; %d name actors of two countries or more\n", st.Documents, st.Sentences, st.Multi)
		fmt.Fprintf(w, "silent (no event): %d, %.1f%% of those; %d of them have a predicate of the dictionaries' verb classes\n\n",
			st.Silent, 100*st.Share(), st.Known)
		fmt.Fprintf(w, "top predicates of the silent sentences:\n  count  share  predicate        dictionary class, and the coder's reasons\n")
		for _, p := range st.Top(top) {
			share := 0.0
			if st.Silent > 0 {
				share = float64(p.Count) / float64(st.Silent)
			}
			known := "(in no verb class)"
			if p.Class != "" {
				known = fmt.Sprintf("%s (read as its predicate in %d)", p.Class, p.Known)
			}
			fmt.Fprintf(w, "  %5d  %4.1f%%  %-16s %s\n", p.Count, 100*share, p.Form, known)
			for _, r := range p.Reasons {
				fmt.Fprintf(w, "                %5d  %s\n", r.Count, r.Why)
			}
			if p.Example != "" {
				fmt.Fprintf(w, "                e.g. %s\n", p.Example)
			}
		}
		if run.gaps != nil {
			writeGaps(w, run.gapsFile, run.gapList(st))
		}
		if reasons > 0 {
			writeCensus(w, st)
		}
	}
	if failed := rd.Failed() + rejected; failed > 0 {
		fmt.Fprintf(env.Stderr, "demarche eval: %d records failed\n", failed)
		return exitError{1}
	}
	return nil
}

// gapList is the --gaps list of a scan (nil without --gaps).
func (run silentRun) gapList(st *silent.Stats) []silent.Gap {
	if run.gaps == nil {
		return nil
	}
	return st.Gaps(func(form string) (string, string, int, bool) {
		vc, ok := run.gaps.Lookup(form)
		return vc.Block, vc.Code, vc.Patterns, ok
	}, run.top)
}

// writeGaps prints the --gaps list: the silent sentences' predicates that
// no verb class knows and the other dictionary codes.
func writeGaps(w io.Writer, file string, gaps []silent.Gap) {
	fmt.Fprintf(w, "\npredicates in no verb class that %s codes (its block, the verb's code, its coding patterns):\n  count  predicate        block\n", file)
	if len(gaps) == 0 {
		fmt.Fprintf(w, "  (none)\n")
	}
	for _, g := range gaps {
		fmt.Fprintf(w, "  %5d  %-16s %s [%s], %d patterns\n", g.Count, g.Form, g.Block, g.Code, g.Patterns)
		if g.Example != "" {
			fmt.Fprintf(w, "                e.g. %s\n", g.Example)
		}
	}
}

// maxCensusExamples bounds --reasons: the examples are kept in memory.
const maxCensusExamples = 1000

// writeCensus prints the census of the silent sentences: per stage of the
// analysis, the sentences that stopped there, then each reason with its
// predicates and examples.
func writeCensus(w io.Writer, st *silent.Stats) {
	pct := func(n, of int) float64 {
		if of == 0 {
			return 0
		}
		return 100 * float64(n) / float64(of)
	}
	fmt.Fprintf(w, "\ncensus: the furthest stage each silent sentence reached\n  count  of silent  of multi  stage\n")
	for _, sc := range st.StageCounts {
		fmt.Fprintf(w, "  %5d  %7.1f%%  %7.1f%%  %s\n", sc.Count, pct(sc.Count, st.Silent), pct(sc.Count, st.Multi), sc.Stage)
	}
	fmt.Fprintf(w, "\nreasons, by stage:\n")
	for _, c := range st.Causes {
		fmt.Fprintf(w, "  %5d  %4.1f%%  %s: %s\n", c.Count, pct(c.Count, st.Silent), c.Stage, c.Why)
		if len(c.Forms) > 0 {
			fmt.Fprintf(w, "                predicates: %s\n", strings.Join(c.Forms, ", "))
		}
		for _, e := range c.Examples {
			fmt.Fprintf(w, "                e.g. %s\n", e)
		}
	}
}
