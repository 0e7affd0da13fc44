package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/demarche-project/demarche/ingest"
)

// TestMaxDocSize checks the one limit on a document's size: ingest and
// code skip a larger document with a message that names it and the flag,
// and go on; the environment variable sets it; the longest record read
// follows it.
func TestMaxDocSize(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "docs.jsonl")
	var b strings.Builder
	enc := json.NewEncoder(&b)
	long := strings.Repeat("The envoy of North Korea praised Russia at length. ", 60) // 3 KiB
	for _, d := range []map[string]string{
		{"id": "s1", "date": "2024-01-02", "text": "North Korea praised Russia."},
		{"id": "big", "date": "2024-01-03", "text": long},
		{"id": "s2", "date": "2024-01-04", "text": "China criticized Japan."},
	} {
		enc.Encode(d)
	}
	if err := os.WriteFile(in, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv(ingest.MaxDocSizeEnv, "")
	code, _, stderr := runLine(t, nil, "ingest", "--max-doc-size", "2K", "--db", filepath.Join(dir, "a.db"), in)
	if code != 1 || !strings.Contains(stderr, "document big") || !strings.Contains(stderr, "more than the limit of 2 KiB") ||
		!strings.Contains(stderr, "--max-doc-size") || !strings.Contains(stderr, "2 added") {
		t.Errorf("ingest --max-doc-size 2K: status %d, %q; want 1, the big document named and skipped, 2 added", code, stderr)
	}
	code, stdout, stderr := runLine(t, nil, "code", "--max-doc-size", "2K", in)
	if code != 1 || !strings.Contains(stderr, "document big") || !strings.Contains(stdout, `"doc":"s2"`) {
		t.Errorf("code --max-doc-size 2K: status %d, %q", code, stderr)
	}
	t.Setenv(ingest.MaxDocSizeEnv, "4K")
	code, _, stderr = runLine(t, nil, "ingest", "--db", filepath.Join(dir, "b.db"), in)
	if code != 0 || !strings.Contains(stderr, "3 added") {
		t.Errorf("ingest with $%s=4K: status %d, %q; want 3 added", ingest.MaxDocSizeEnv, code, stderr)
	}
	t.Setenv(ingest.MaxDocSizeEnv, "8 parsecs")
	code, _, stderr = runLine(t, nil, "ingest", "--db", filepath.Join(dir, "c.db"), in)
	if code == 0 || !strings.Contains(stderr, ingest.MaxDocSizeEnv) {
		t.Errorf("ingest with a bad $%s: status %d, %q", ingest.MaxDocSizeEnv, code, stderr)
	}
	t.Setenv(ingest.MaxDocSizeEnv, "")
	// A record much longer than the limit is not even read whole.
	huge := filepath.Join(dir, "huge.jsonl")
	rec, _ := json.Marshal(map[string]string{"id": "huge", "date": "2024-01-05", "text": strings.Repeat("word ", 30000)})
	if err := os.WriteFile(huge, append(rec, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runLine(t, nil, "ingest", "--max-doc-size", "1K", "--db", filepath.Join(dir, "d.db"), huge)
	if code != 1 || !strings.Contains(stderr, "huge.jsonl:1") || !strings.Contains(stderr, "record larger than") {
		t.Errorf("ingest of a record far over the limit: status %d, %q", code, stderr)
	}
}
