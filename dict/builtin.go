package dict

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
)

//go:embed data/*.txt
var builtin embed.FS

// BuiltinFiles lists the embedded knowledge files in load order (by name).
func BuiltinFiles() []string {
	names, _ := fs.Glob(builtin, "data/*.txt")
	sort.Strings(names)
	return names
}

// Builtin returns a dictionary loaded from the embedded knowledge files. An
// error means a built-in file is broken, which the tests prevent.
func Builtin() (*Dict, error) {
	d := New()
	for _, name := range BuiltinFiles() {
		f, err := builtin.Open(name)
		if err != nil {
			return nil, err
		}
		err = d.Load(f, "builtin:"+path.Base(name))
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	return d, nil
}

// ReadBuiltin returns the text of one embedded file, by base name.
func ReadBuiltin(name string) ([]byte, error) {
	return builtin.ReadFile("data/" + name)
}

// LoadFiles adds the named files to d, in order. It reads every file even
// when one fails and returns all errors joined; what parsed is kept.
func (d *Dict) LoadFiles(paths ...string) error {
	var errs []error
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("dictionary: %w", err))
			continue
		}
		if err := d.Load(f, p); err != nil {
			errs = append(errs, err)
		}
		f.Close()
	}
	return errors.Join(errs...)
}
