package main

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/analysis"
)

func runQuestion(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "question", "add FILE... | list | rm ID...",
		"Keeps questions in the store (SQLite or PostgreSQL), where stance, signals,\nserve and watch find them:\n"+
			"  add FILE...   store question files (YAML, analysis/QUESTIONS.md); a question\n"+
			"                with a stored ID replaces it\n"+
			"  list          the stored questions\n"+
			"  rm ID...      remove stored questions")
	var db dbFlags
	db.add(fs)
	if err := fs.Parse(interleave(fs, args)); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError(fs, "want add, list or rm")
	}
	verb, rest := fs.Arg(0), fs.Args()[1:]
	switch verb {
	case "add", "list", "ls", "rm", "remove":
	default:
		return usageError(fs, "unknown action %q: want add, list or rm", verb)
	}
	if (verb == "add" || verb == "rm" || verb == "remove") && len(rest) == 0 {
		return usageError(fs, "%s: name at least one %s", verb, map[bool]string{true: "question file", false: "question id"}[verb == "add"])
	}
	// Read every file before touching the store: one bad file adds nothing.
	var qs []*demarche.Question
	if verb == "add" {
		for _, p := range rest {
			q, err := analysis.ReadQuestion(p)
			if err != nil {
				return err
			}
			qs = append(qs, q)
		}
	}
	st, err := openStore(ctx, env, db.db)
	if err != nil {
		return err
	}
	defer st.Close()
	qst, ok := st.(demarche.QuestionStore)
	if !ok {
		return demarche.Errorf(demarche.EINVALID, "this store keeps no questions")
	}
	switch verb {
	case "add":
		for _, q := range qs {
			replaced, err := qst.PutQuestion(ctx, q)
			if err != nil {
				return err
			}
			what := "stored"
			if replaced {
				what = "replaced"
			}
			fmt.Fprintf(env.Stdout, "%s question %s: %s\n", what, q.ID, q.Name)
		}
	case "list", "ls":
		list, err := qst.Questions(ctx)
		if err != nil {
			return err
		}
		if len(list) == 0 {
			fmt.Fprintln(env.Stdout, "no stored question (add one with: demarche question add FILE)")
			return nil
		}
		tw := tabwriter.NewWriter(env.Stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tNAME\tTRACK\tTERMS")
		for _, q := range list {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", q.ID, q.Name, strings.Join(q.Track, ","), strings.Join(q.Terms, ", "))
		}
		return tw.Flush()
	default:
		for _, id := range rest {
			if err := qst.DeleteQuestion(ctx, id); err != nil {
				return err
			}
			fmt.Fprintf(env.Stdout, "removed question %s\n", id)
		}
	}
	return nil
}

// storedQuestions returns the questions kept in the store (none when the
// store keeps none).
func storedQuestions(ctx context.Context, st demarche.Store) ([]*demarche.Question, error) {
	qst, ok := st.(demarche.QuestionStore)
	if !ok {
		return nil, nil
	}
	return qst.Questions(ctx)
}

// allQuestions returns the questions of the configuration, then the stored
// ones, then those of files, each ID once (the later wins).
func allQuestions(ctx context.Context, st demarche.Store, cfg *analysisConfig, files []string) ([]*demarche.Question, error) {
	qs, err := cfg.questions()
	if err != nil {
		return nil, err
	}
	stored, err := storedQuestions(ctx, st)
	if err != nil {
		return nil, err
	}
	qs = append(qs, stored...)
	for _, p := range files {
		q, err := analysis.ReadQuestion(p)
		if err != nil {
			return nil, err
		}
		qs = append(qs, q)
	}
	var out []*demarche.Question
	at := map[string]int{}
	for _, q := range qs {
		if i, ok := at[q.ID]; ok {
			out[i] = q
			continue
		}
		at[q.ID] = len(out)
		out = append(out, q)
	}
	return out, nil
}
