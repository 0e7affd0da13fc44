package source

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/demarche-project/demarche"
)

// Expand turns command-line patterns into the list of inputs to open:
// "-" and http(s) URLs are kept as they are; a file is kept whatever its
// extension (also when a glob matched it); a folder is walked recursively for files with a known
// extension (KnownExtensions, also with ".gz"), skipping hidden files and
// folders; a glob (with *, ? or [) is matched with filepath.Glob and its
// folders walked in turn. Each pattern's names are sorted; patterns keep
// their order; a name given twice is kept once. Expand fails with
// ENOTFOUND naming the first path that does not exist, and with EINVALID
// for a malformed glob or one that matches nothing.
func Expand(patterns []string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	add := func(names ...string) {
		for _, n := range names {
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	for _, p := range patterns {
		if p == "-" || isURL(p) {
			add(p)
			continue
		}
		var names []string
		if strings.ContainsAny(p, "*?[") {
			matches, err := filepath.Glob(p)
			if err != nil {
				return nil, demarche.Errorf(demarche.EINVALID, "bad pattern %q: %v", p, err)
			}
			if len(matches) == 0 {
				return nil, demarche.Errorf(demarche.EINVALID, "no file matches %q", p)
			}
			for _, m := range matches {
				if hidden(m) && !hidden(p) {
					continue // as in the shell, * does not match a leading dot
				}
				ns, err := expandPath(m)
				if err != nil {
					return nil, err
				}
				names = append(names, ns...)
			}
		} else {
			ns, err := expandPath(p)
			if err != nil {
				return nil, err
			}
			names = ns
		}
		slices.Sort(names)
		add(names...)
	}
	return out, nil
}

// expandPath returns path itself for a file, the known files under it for
// a folder.
func expandPath(path string) ([]string, error) {
	st, err := os.Stat(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, demarche.Errorf(demarche.ENOTFOUND, "%s: no such file or folder", path)
		}
		return nil, demarche.Errorf(demarche.EINVALID, "%v", err)
	}
	if !st.IsDir() {
		return []string{path}, nil
	}
	var names []string
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return demarche.Errorf(demarche.EINVALID, "%v", err)
		}
		if p != path && hidden(p) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && Known(p) {
			names = append(names, p)
		}
		return nil
	})
	return names, err
}

// Known reports whether path has an extension Open recognises, optionally
// followed by ".gz".
func Known(path string) bool {
	p := strings.TrimSuffix(strings.ToLower(path), ".gz")
	_, ok := extFormats[extOf(p)]
	return ok
}

// hidden reports whether the last element of path starts with a dot.
func hidden(path string) bool {
	return strings.HasPrefix(filepath.Base(path), ".")
}
