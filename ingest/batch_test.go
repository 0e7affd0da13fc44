package ingest_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/demarche-project/demarche/ingest"
	"github.com/demarche-project/demarche/internal/testcoder"
	"github.com/demarche-project/demarche/source"
)

// TestBatchBytes checks that a batch of long documents ends early.
func TestBatchBytes(t *testing.T) {
	var b strings.Builder
	long := strings.Repeat("China thanked the DPRK for its support. ", 2500) // 100 KB
	for i := range 10 {
		fmt.Fprintf(&b, `{"id":"d%d","date":"2011-08-24","text":%q}`+"\n", i, long)
	}
	in := writeFile(t, t.TempDir(), "docs.jsonl", b.String())
	st, _, _, err := run(t, openSQLite(t), testcoder.Builtin(t), ingest.Options{BatchBytes: 250 << 10, FlushEvery: time.Hour}, source.Options{}, in)
	if err != nil {
		t.Fatal(err)
	}
	if st.Added != 10 || st.Batches != 4 {
		t.Errorf("%+v; want 10 added in 4 batches of at most 3 documents", st)
	}
}
