package main

import (
	"context"
	"fmt"
	"strings"
	"time"
)

func runExplain(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "explain", "SENTENCE", "Prints the tokens and tags, the actors found (with the dated role that\nmatched), the predicates, every pattern tried and why each event was or was\nnot coded.")
	date := fs.String("date", time.Now().UTC().Format("2006-01-02"), "document date (YYYY-MM-DD): resolves dated roles")
	source := fs.String("source", "", "publication (e.g. KCNA): where \"here\" is")
	country := fs.String("country", "", "the speaking state of a government's statement (ISO3 or name): \"we\", \"my Government\"")
	headline := fs.Bool("headline", false, "read the text as a headline")
	var dicts dictFlags
	dicts.add(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitError{2}
	}
	c, err := dicts.coder()
	if err != nil {
		return err
	}
	tr, _, err := c.ExplainSpeaker(strings.Join(fs.Args(), " "), *date, *source, *country, *headline)
	if err != nil {
		return fmt.Errorf("--date: %w", err)
	}
	tr.Write(env.Stdout)
	return nil
}
