package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/alert"
)

func runSignals(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "signals", "",
		"Lists the signals of change between actors, strongest first, each with the\nevents and sentences that prove it. The methods and thresholds are described\nin analysis/METHODS.md; --min-score lowers or raises the threshold.")
	var src, tgt, kinds, questions listFlag
	fs.Var(&src, "source", "source actor (country, code or group; repeatable, or a comma list)")
	fs.Var(&tgt, "target", "target actor (repeatable, or a comma list)")
	since := fs.String("since", "", "first date of the signals shown, YYYY-MM-DD (earlier events still make the baselines)")
	until := fs.String("until", "", "last date, YYYY-MM-DD")
	fs.Var(&kinds, "kind", "signal kinds: novelty, surge, drop, tone, change, rhetoric, stance (repeatable; default all)")
	fs.Var(&questions, "question", "a question `FILE` whose stance transitions are signals (repeatable; added to the configuration's and the stored ones)")
	minScore := fs.Float64("min-score", 0, "least score shown (default 5, or signals.min_score of the configuration; negative: all)")
	limit := fs.Int("limit", 0, "at most this many signals (0: all)")
	format := fs.String("format", "table", "output: table or json")
	evidence := fs.Int("evidence", 2, "evidence sentences shown per signal in the table")
	var db dbFlags
	db.add(fs)
	if err := fs.Parse(interleave(fs, args)); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return usageError(fs, "unexpected arguments %q", fs.Args())
	}
	if *format != "table" && *format != "json" {
		return usageError(fs, "--format: want table or json, got %q", *format)
	}
	st, an, cfg, err := db.openAnalysis(ctx, env)
	if err != nil {
		return err
	}
	defer st.Close()
	qs, err := allQuestions(ctx, st, cfg, questions)
	if err != nil {
		return err
	}
	rep, err := an.Signals(ctx, demarche.SignalQuery{Source: splitList(src...), Target: splitList(tgt...), Since: *since, Until: *until,
		Kinds: splitList(kinds...), MinScore: *minScore, Limit: *limit, Questions: qs})
	if err != nil {
		return err
	}
	return writeSignals(env.Stdout, rep, *format, *evidence)
}

// writeSignals writes a signal report as a table (each signal with up to
// evidence sentences) or as JSON.
func writeSignals(w io.Writer, rep *demarche.SignalReport, format string, evidence int) error {
	if format == "json" {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	for i, s := range rep.Signals {
		fmt.Fprintf(w, "%3d. %5.1f  %-8s %s  %s\n", i+1, s.Score, s.Kind, s.Date, s.Title)
		if s.Detail != "" {
			fmt.Fprintf(w, "                     %s\n", alert.Clip(s.Detail, 150))
		}
		for k, e := range s.Evidence {
			if k >= evidence {
				break
			}
			fmt.Fprintf(w, "                     %s %s→%s %s: %s\n", e.Date, e.Source, e.Target, e.CAMEO, alert.Clip(e.Text, 130))
		}
	}
	fmt.Fprintf(w, "%d signals with a score of at least %.1f", len(rep.Signals), rep.MinScore)
	if rep.Below > 0 {
		fmt.Fprintf(w, "; %d weaker ones left out (lower --min-score to see them)", rep.Below)
	}
	fmt.Fprintln(w)
	return nil
}
