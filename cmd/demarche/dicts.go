package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/coder"
	"github.com/demarche-project/demarche/dict"
	"github.com/demarche-project/demarche/ingest"
	"github.com/demarche-project/demarche/petrarch"
	"github.com/demarche-project/demarche/petrarch/treecoder"
)

// dictFlags are the flags that choose the dictionaries.
type dictFlags struct {
	files     listFlag
	noBuiltin bool
	sets      listFlag // --dicts petrarch:DIR
	parse     string   // supplied | own
	warn      io.Writer
	getenv    func(string) string // os.Getenv unless a test sets it
	maxDoc    string              // --max-doc-size (limit.go)
	limited   bool                // the command has --max-doc-size

	pet *petrarch.Dicts // loaded by load
}

// configDicts reads the "dicts" key of the configuration file
// ($DEMARCHE_CONFIG, else ./demarche.yaml when it exists): the dictionary
// sets used when no -dicts flag is given.
//
//	dicts: [petrarch:/data/phoenix]
func (d *dictFlags) configDicts() ([]string, error) {
	getenv := d.getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	path := getenv(configEnv)
	data, err := os.ReadFile(path)
	if path == "" {
		path = configDefault
		data, err = os.ReadFile(path)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil
		}
	}
	if err != nil {
		return nil, fmt.Errorf("configuration: %w", err)
	}
	var c struct {
		Dicts yaml.Node `yaml:"dicts"`
	}
	if err := yaml.Unmarshal(data, &c); err != nil {
		return nil, fmt.Errorf("configuration %s: %w", path, err)
	}
	switch c.Dicts.Kind {
	case 0:
		return nil, nil
	case yaml.ScalarNode:
		return []string{c.Dicts.Value}, nil
	}
	var list []string
	if err := c.Dicts.Decode(&list); err != nil {
		return nil, fmt.Errorf("configuration %s, line %d: dicts: want a list of petrarch:DIR", path, c.Dicts.Line)
	}
	return list, nil
}

func (d *dictFlags) add(fs *flag.FlagSet) {
	fs.Var(&d.files, "dict", "an extra knowledge `FILE` (repeatable), read after the built-in ones")
	fs.BoolVar(&d.noBuiltin, "no-builtin", false, "do not load the built-in knowledge files")
	fs.Var(&d.sets, "dicts", "a dictionary set `petrarch:DIR` (PETRARCH2/Phoenix or TABARI-style files), used on top of the built-in knowledge (or instead, with -no-builtin); default: the configuration's dicts")
	fs.StringVar(&d.parse, "parse", "supplied", "with -dicts petrarch:DIR, how to read a document that carries a Treebank parse: supplied (PETRARCH's matcher on the parse) or own (demarche's analysis of the text)")
	d.warn = fs.Output()
}

// petrarchDir returns the folder of a "petrarch:DIR" value.
func petrarchDir(v string) (string, error) {
	dir, ok := strings.CutPrefix(v, "petrarch:")
	if !ok || dir == "" {
		return "", fmt.Errorf("-dicts %q: want petrarch:DIR", v)
	}
	return dir, nil
}

// loadPetrarch loads a PETRARCH set and reports its problems and
// approximations, once each, to w.
func loadPetrarch(files petrarch.Files, w io.Writer) (*petrarch.Dicts, error) {
	pd, err := petrarch.Load(files)
	if err != nil {
		return nil, err
	}
	for _, p := range pd.Problems {
		fmt.Fprintf(w, "demarche: petrarch dictionary: %v\n", p)
	}
	if pd.MoreProblems > 0 {
		fmt.Fprintf(w, "demarche: petrarch dictionary: (and %d more problems)\n", pd.MoreProblems)
	}
	return pd, nil
}

// load returns the dictionary the flags name.
func (d *dictFlags) load() (*dict.Dict, error) {
	var dc *dict.Dict
	if d.noBuiltin {
		dc = dict.New()
	} else {
		var err error
		if dc, err = dict.Builtin(); err != nil {
			return nil, fmt.Errorf("built-in dictionaries: %w", err)
		}
	}
	if err := dc.LoadFiles(d.files...); err != nil {
		return nil, err
	}
	if len(d.sets) == 0 {
		sets, err := d.configDicts()
		if err != nil {
			return nil, err
		}
		d.sets = sets
	}
	if len(d.sets) > 1 {
		return nil, fmt.Errorf("-dicts: one petrarch:DIR set at a time")
	}
	for _, v := range d.sets {
		dir, err := petrarchDir(v)
		if err != nil {
			return nil, err
		}
		files, err := petrarch.DirFiles(dir)
		if err != nil {
			return nil, err
		}
		if d.pet, err = loadPetrarch(files, d.warnTo()); err != nil {
			return nil, err
		}
		var notes []petrarch.Note
		dc, notes = petrarch.ToDict(d.pet, dc)
		notes = append(d.pet.Notes, notes...)
		for _, n := range notes[:min(len(notes), petrarch.MaxProblems)] {
			fmt.Fprintf(d.warnTo(), "demarche: petrarch dictionary: approximated: %v\n", n)
		}
		if more := len(notes) - petrarch.MaxProblems; more > 0 {
			fmt.Fprintf(d.warnTo(), "demarche: petrarch dictionary: (and %d more approximations)\n", more)
		}
	}
	return dc, nil
}

func (d *dictFlags) warnTo() io.Writer {
	if d.warn == nil {
		return io.Discard
	}
	return d.warn
}

// coder returns demarche's coder with the dictionaries the flags name.
func (d *dictFlags) coder() (*coder.Coder, error) {
	dc, err := d.load()
	if err != nil {
		return nil, err
	}
	return coder.New(dc)
}

// docCoder returns the coder for documents: demarche's coder, wrapped, when
// a PETRARCH set is loaded, in the PETRARCH matcher for documents that
// carry a parse (unless -parse own).
func (d *dictFlags) docCoder() (demarche.Coder, error) {
	c, err := d.docCoderNoLimit()
	if err != nil || !d.limited {
		return c, err
	}
	n, err := d.maxDocSize()
	if err != nil {
		return nil, err
	}
	return ingest.LimitSize(c, n), nil
}

func (d *dictFlags) docCoderNoLimit() (demarche.Coder, error) {
	c, err := d.coder()
	if err != nil {
		return nil, err
	}
	if d.pet == nil {
		return c, nil
	}
	switch d.parse {
	case "supplied", "own":
	default:
		return nil, fmt.Errorf("-parse %q: want supplied or own", d.parse)
	}
	pc := treecoder.NewCoder(d.pet, c, petrarch.DefaultConfig())
	pc.Own = d.parse == "own"
	return pc, nil
}
