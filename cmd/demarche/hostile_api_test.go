package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/store/storetest"
)

// TestImplausibleDates ingests a document dated 9999-12-31 (refused, naming
// the line and the field), puts one directly in the store as if from
// before, and asks `status` and `dyad` about it: each answers at once.
func TestImplausibleDates(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "d.db")
	in := filepath.Join(dir, "far.jsonl")
	body := `{"id":"far","date":"9999-12-31","text":"China thanked the DPRK for its support."}` + "\n" + strings.Split(ingestStories, "\n")[2] + "\n"
	if err := os.WriteFile(in, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	vars := map[string]string{dbEnv: db}
	code, _, stderr := runLine(t, vars, "ingest", "--quiet", in)
	if code != 1 || !strings.Contains(stderr, "far.jsonl:1: date: 9999-12-31 is after tomorrow") {
		t.Errorf("ingest: exit %d: %s", code, stderr)
	}
	st, err := openDB(context.Background(), db, forWriting)
	if err != nil {
		t.Fatal(err)
	}
	far := storetest.Code("far", "9999-12-31", "", "China thanked the DPRK for its support in a later age.", "KCNA",
		storetest.Spec{Sentence: 0, Source: "CHN", Target: "PRK", CAMEO: "051", Verb: "thanked"})
	if _, err := st.Put(context.Background(), "test", []*demarche.Coded{far}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	code, out, stderr := runLine(t, vars, "status")
	if code != 0 || !strings.Contains(out, "1 documents dated before 1800-01-01 or after tomorrow") || !strings.Contains(out, "2011-08-26 to 2011-08-26") {
		t.Errorf("status: exit %d: %s%s", code, out, stderr)
	}
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"dyad", "CHN", "PRK", "--by", "day", "--from", "9999-12-31", "--to", "9999-12-31"}, 0, "9999-12-31       1"},
		{[]string{"dyad", "CHN", "PRK", "--by", "year"}, 0, "9999"},
		{[]string{"dyad", "CHN", "PRK", "--by", "day"}, 1, "more than the limit of 50000 periods"},
		{[]string{"dyad", "CHN", "PRK", "--by", "month", "--max-periods", "100"}, 1, "limit of 100 periods"},
	} {
		t0 := time.Now()
		code, out, stderr := runLine(t, vars, tc.args...)
		if code != tc.code || !strings.Contains(out+stderr, tc.want) {
			t.Errorf("%v: exit %d: %.500s%.500s", tc.args, code, out, stderr)
		}
		if d := time.Since(t0); d > 2*time.Second {
			t.Errorf("%v: %v", tc.args, d)
		}
	}
}
