package main

import (
	"flag"
	"fmt"

	"github.com/demarche-project/demarche/coder"
	"github.com/demarche-project/demarche/dict"
)

// dictFlags are the flags that choose the dictionaries.
type dictFlags struct {
	files     listFlag
	noBuiltin bool
}

func (d *dictFlags) add(fs *flag.FlagSet) {
	fs.Var(&d.files, "dict", "an extra knowledge `FILE` (repeatable), read after the built-in ones")
	fs.BoolVar(&d.noBuiltin, "no-builtin", false, "do not load the built-in knowledge files")
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
	return dc, nil
}

// coder returns a coder with the dictionaries the flags name.
func (d *dictFlags) coder() (*coder.Coder, error) {
	dc, err := d.load()
	if err != nil {
		return nil, err
	}
	return coder.New(dc)
}
