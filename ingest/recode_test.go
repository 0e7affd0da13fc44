package ingest_test

import (
	"context"
	"testing"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/ingest"
	"github.com/demarche-project/demarche/internal/testcoder"
	"github.com/demarche-project/demarche/source"
)

// newDicts codes like its coder but drops the events of one CAMEO code and
// has its own version, as a coder with changed dictionaries does.
type newDicts struct {
	demarche.Coder
	drop string
}

func (n newDicts) Version() string { return n.Coder.Version() + "-without-" + n.drop }

func (n newDicts) Code(ctx context.Context, d *demarche.Document) (*demarche.Coded, error) {
	c, err := n.Coder.Code(ctx, d)
	if err != nil {
		return nil, err
	}
	kept := c.Events[:0]
	for _, e := range c.Events {
		if e.CAMEO != n.drop {
			kept = append(kept, e)
		}
	}
	c.Events = kept
	return c, nil
}

func TestRecode(t *testing.T) {
	in := writeFile(t, t.TempDir(), "stories.jsonl", stories)
	s := openSQLite(t)
	old := testcoder.Builtin(t)
	if _, _, _, err := run(t, s, old, ingest.Options{}, source.Options{}, in); err != nil {
		t.Fatal(err)
	}
	c := newDicts{Coder: old, drop: "111"}
	var calls int
	res, err := ingest.Recode(ctx, s, c, ingest.Options{Batch: 2}, func(ingest.RecodeStats) { calls++ })
	if err != nil {
		t.Fatal(err)
	}
	if res.Documents != 3 || res.Changed != 2 || res.Removed != 2 || res.Added != 0 || res.Kept != 4 || res.Batches != 2 || calls != 2 {
		t.Errorf("Recode = %+v (%d progress calls)", res, calls)
	}
	if len(res.Codes) != 1 || res.Codes[0] != (demarche.CodeChange{CAMEO: "111", Removed: 2}) {
		t.Errorf("Codes = %+v", res.Codes)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Events != 4 || len(st.Versions) != 1 || st.Versions[0].Version != c.Version() {
		t.Errorf("Stats after recode = %+v", st)
	}
	// Everything is recoded: a second recode has nothing to do.
	res, err = ingest.Recode(ctx, s, c, ingest.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Documents != 0 {
		t.Errorf("second Recode = %+v", res)
	}
	// Back to the old dictionaries.
	res, err = ingest.Recode(ctx, s, old, ingest.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Documents != 3 || res.Added != 2 || res.Removed != 0 {
		t.Errorf("Recode back = %+v", res)
	}
}
