package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/alert"
	"github.com/demarche-project/demarche/analysis"
)

func runStance(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "stance", "[QUESTION.yaml | QUESTION-ID]",
		"Lists, per tracked actor of the question, every stance-bearing event on it in\ntime order (deny, no comment, acknowledge, justify, praise, criticise …) with\nits evidence sentence, and the transitions between stances with their dates.\nThe question is a file (format: analysis/QUESTIONS.md) or the ID of a question\nstored with `demarche question add`; without one, every stored question.")
	format := fs.String("format", "text", "output: text or json")
	var db dbFlags
	db.add(fs)
	if err := fs.Parse(interleave(fs, args)); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return usageError(fs, "want one question file or id, got %d arguments", fs.NArg())
	}
	if *format != "text" && *format != "json" {
		return usageError(fs, "--format: want text or json, got %q", *format)
	}
	var qs []*demarche.Question
	arg := fs.Arg(0)
	if arg != "" {
		if _, err := os.Stat(arg); err == nil || strings.ContainsAny(arg, "/.") {
			q, err := analysis.ReadQuestion(arg)
			if err != nil {
				return err
			}
			qs = append(qs, q)
		}
	}
	st, an, _, err := db.openAnalysis(ctx, env)
	if err != nil {
		return err
	}
	defer st.Close()
	if len(qs) == 0 {
		stored, err := storedQuestions(ctx, st)
		if err != nil {
			return err
		}
		for _, q := range stored {
			if arg == "" || q.ID == arg {
				qs = append(qs, q)
			}
		}
		switch {
		case arg != "" && len(qs) == 0:
			return demarche.Errorf(demarche.ENOTFOUND, "no question file or stored question %q (see demarche question list)", arg)
		case len(qs) == 0:
			return usageError(fs, "no question: name a file, or store one with demarche question add FILE")
		}
	}
	for i, q := range qs {
		rep, err := an.Stances(ctx, q)
		if err != nil {
			return err
		}
		if i > 0 && *format == "text" {
			fmt.Fprintln(env.Stdout)
		}
		if err := writeStances(env.Stdout, rep, *format); err != nil {
			return err
		}
	}
	return nil
}

// writeStances writes a stance report: the arc of each actor, then its
// points with their evidence.
func writeStances(w io.Writer, rep *demarche.StanceReport, format string) error {
	if format == "json" {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	fmt.Fprintf(w, "%s\n\n", rep.Question.Name)
	for _, as := range rep.Actors {
		fmt.Fprintln(w, analysis.Arc(as))
	}
	for _, as := range rep.Actors {
		if len(as.Points) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s\n", as.Actor)
		for _, p := range as.Points {
			e := p.Event
			fmt.Fprintf(w, "  %s  %-30s %s→%s %s  [%s]\n", p.Date, p.Label, e.Source, e.Target, e.CAMEO, e.Doc)
			fmt.Fprintf(w, "              %s\n", alert.Clip(e.Text, 160))
		}
	}
	return nil
}
