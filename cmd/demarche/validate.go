package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/coder"
	"github.com/demarche-project/demarche/petrarch"
	"github.com/demarche-project/demarche/petrarch/treecoder"
)

func runValidate(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "validate", "RECORDS.xml",
		"Codes every <Sentence sentence=\"true\"> of a PETRARCH validation file with the\n"+
			"dictionaries named in its <Environment>, applies its <Config> options, prints\n"+
			"each record not coded exactly as expected, with the expected and produced\n"+
			"(source target code) triples, and ends with one line:\n"+
			"records N exact E partial P wrong W")
	dir := fs.String("dicts", "", "folder of the dictionaries (default: ../dictionaries beside the records file); petrarch:DIR is accepted too")
	parse := fs.String("parse", "supplied", "supplied: code each record's Treebank parse with PETRARCH's matcher; own: code its text with demarche's own analysis")
	quiet := fs.Bool("q", false, "print only the closing line")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitError{2}
	}
	path := fs.Arg(0)
	rf, err := petrarch.LoadRecords(path)
	if err != nil {
		if rf == nil || len(rf.Records) == 0 {
			return err
		}
		fmt.Fprintf(env.Stderr, "demarche validate: %v\n", err)
	}
	for _, e := range petrarch.CheckConfig(rf, path) {
		fmt.Fprintf(env.Stderr, "demarche validate: %v\n", e)
	}
	d := strings.TrimPrefix(*dir, "petrarch:")
	if d == "" {
		d = filepath.Join(filepath.Dir(path), "..", "dictionaries")
	}
	files, err := petrarch.EnvFiles(rf.Env, d)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	pd, err := loadPetrarch(files, env.Stderr)
	if err != nil {
		return err
	}
	var code petrarch.RecordCoder
	switch *parse {
	case "supplied":
		code = treecoder.ParseCoder(pd)
	case "own":
		code, err = ownCoder(ctx, pd)
		if err != nil {
			return err
		}
	default:
		return fmt.Errorf("-parse %q: want supplied or own", *parse)
	}
	sum := petrarch.Validate(rf, code)
	if !*quiet {
		sum.WriteMisses(env.Stdout)
	}
	fmt.Fprintln(env.Stdout, sum.Line())
	return nil
}

// ownCoder codes a record's text with demarche's own analysis and the
// record's dictionaries converted, after PETRARCH's discard lists.
func ownCoder(ctx context.Context, pd *petrarch.Dicts) (petrarch.RecordCoder, error) {
	dc, _ := petrarch.ToDict(pd, nil)
	c, err := coder.New(dc)
	if err != nil {
		return nil, err
	}
	return func(rec *petrarch.Record, cfg petrarch.Config) ([]petrarch.Coding, string, error) {
		if why := treecoder.DiscardText(pd, rec.Text); why != "" {
			return nil, why, nil
		}
		cd, err := c.Code(ctx, &demarche.Document{ID: rec.ID, Date: rec.Date, Text: rec.Text, Source: rec.Source})
		if err != nil {
			return nil, "", err
		}
		var out []petrarch.Coding
		seen := map[string]bool{}
		for _, e := range cd.Events {
			k := e.Source + " " + e.Target + " " + e.CAMEO
			if seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, petrarch.Coding{Source: e.Source, Target: e.Target, Code: e.CAMEO})
		}
		return out, "", nil
	}, nil
}
