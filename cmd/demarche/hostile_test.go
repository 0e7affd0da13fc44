package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/demarche-project/demarche/queue/natstest"
	"github.com/demarche-project/demarche/store/postgres/pgtest"
)

// writeDocs writes documents as JSON lines.
func writeDocs(t *testing.T, docs ...map[string]string) string {
	t.Helper()
	var b strings.Builder
	enc := json.NewEncoder(&b)
	for _, d := range docs {
		enc.Encode(d)
	}
	path := filepath.Join(t.TempDir(), "docs.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestIngestQueueLargeDocument publishes a file whose second document is
// larger than NATS carries: it is reported and skipped, and the rest is
// queued.
func TestIngestQueueLargeDocument(t *testing.T) {
	ns, err := natstest.Start("")
	if err != nil {
		t.Fatal(err)
	}
	defer ns.Stop()
	in := writeDocs(t,
		map[string]string{"id": "q1", "date": "2024-01-02", "text": "North Korea praised Russia."},
		map[string]string{"id": "q2", "date": "2024-01-03", "text": strings.Repeat("The envoy spoke at length. ", 90000)}, // 2.4 MB
		map[string]string{"id": "q3", "date": "2024-01-04", "text": "China criticized Japan."})
	code, _, stderr := runLine(t, nil, "ingest", "--queue", ns.URL, in)
	if code != 1 || !strings.Contains(stderr, "docs.jsonl:2") || !strings.Contains(stderr, "max_payload") || !strings.Contains(stderr, "2 queued") {
		t.Errorf("ingest --queue with a document larger than NATS carries: status %d, %q; want 1, the record named, 2 queued", code, stderr)
	}
}

// TestIngestPostgresNUL ingests into PostgreSQL a file one of whose
// documents holds NUL and bytes that are not UTF-8: every document is
// stored, the bad characters replaced, and status counts it.
func TestIngestPostgresNUL(t *testing.T) {
	pg := pgtest.ForTest(t)
	dsn := pg.Schema(t)
	in := writeDocs(t,
		map[string]string{"id": "n1", "date": "2024-01-02", "text": "North Korea praised Russia."},
		map[string]string{"id": "n2", "date": "2024-01-03", "title": "Nul\x00", "text": "China\x00 criticized Japan.\x01 Seoul answered."},
		map[string]string{"id": "n3", "date": "2024-01-04", "text": "Russia thanked North Korea."})
	code, _, stderr := runLine(t, nil, "ingest", "--db", dsn, in)
	if code != 0 || !strings.Contains(stderr, "3 added") {
		t.Fatalf("ingest into PostgreSQL with NUL in a document: status %d, %q; want 3 added", code, stderr)
	}
	// Again: the cleaned document has the input's hash, and is skipped
	// before coding like the others.
	code, _, stderr = runLine(t, nil, "ingest", "--db", dsn, in)
	if code != 0 || !strings.Contains(stderr, "3 skipped (already stored)") {
		t.Errorf("second ingest: status %d, %q; want 3 skipped", code, stderr)
	}
	code, stdout, stderr := runLine(t, nil, "status", "--db", dsn)
	if code != 0 || !strings.Contains(stdout, "cleaned text        1 documents") {
		t.Errorf("status: %d %s %s", code, stdout, stderr)
	}
}
