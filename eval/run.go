package eval

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/internal/parallel"
)

// Code codes the text of every item with c (headlines as headlines) and
// returns the events of each item id. An item without text or date is an
// error naming its line.
func Code(ctx context.Context, c demarche.Coder, items []Gold, name string) (map[string][]demarche.Event, error) {
	for i := range items {
		g := &items[i]
		if strings.TrimSpace(g.Text) == "" {
			return nil, demarche.Errorf(demarche.EINVALID, "%s:%d: item %s has no text to code (give the coded events as INPUT)", name, g.Line, g.ID)
		}
		if g.Date == "" {
			return nil, demarche.Errorf(demarche.EINVALID, "%s:%d: item %s has no date", name, g.Line, g.ID)
		}
	}
	out := make([][]demarche.Event, len(items))
	errs := make([]error, len(items))
	var once sync.Once
	var cancelled error
	parallel.For(len(items), 1, func(i int) {
		if err := ctx.Err(); err != nil {
			once.Do(func() { cancelled = err })
			return
		}
		cd, err := c.Code(ctx, items[i].Document())
		if err != nil {
			errs[i] = fmt.Errorf("%s:%d: item %s: %w", name, items[i].Line, items[i].ID, err)
			return
		}
		out[i] = cd.Events
	})
	if cancelled != nil {
		return nil, cancelled
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	m := make(map[string][]demarche.Event, len(items))
	for i := range items {
		m[items[i].ID] = out[i]
	}
	return m, nil
}

// ReadCoded reads events as `demarche code` writes them (JSON lines, gzip
// when the name ends in .gz) and keeps those whose doc is one of ids,
// grouped by doc in file order. Errors name the file and the line.
func ReadCoded(path string, ids map[string]bool) (map[string][]demarche.Event, error) {
	r, closeFile, err := openFile(path)
	if err != nil {
		return nil, err
	}
	defer closeFile()
	return readCoded(r, path, ids)
}

func readCoded(r io.Reader, name string, ids map[string]bool) (map[string][]demarche.Event, error) {
	out := map[string][]demarche.Event{}
	err := eachLine(r, name, 16<<20, func(n int, line []byte) error {
		var e demarche.Event
		if err := unmarshal(line, &e); err != nil {
			return demarche.Errorf(demarche.EINVALID, "%s:%d: %v", name, n, err)
		}
		if e.Doc == "" {
			return demarche.Errorf(demarche.EINVALID, "%s:%d: doc: missing (want events as `demarche code` writes them, JSON lines)", name, n)
		}
		if ids[e.Doc] {
			out[e.Doc] = append(out[e.Doc], e)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
