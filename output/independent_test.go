package output

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestParquetIndependentReader reads the Parquet output with hyparquet, a
// reader that shares no code with parquet-go, run by node: the column types
// (DATE, DOUBLE, optional lat/lon) must be what DuckDB, pandas and Polars
// read without casting, and the values must come back. .ci/run installs
// hyparquet with `npm ci --prefix output/testdata/hyparquet`; without it
// the test skips, unless DEMARCHE_REQUIRE_SERVERS is set.
func TestParquetIndependentReader(t *testing.T) {
	dir, _ := filepath.Abs(filepath.Join("testdata", "hyparquet"))
	node, err := exec.LookPath("node")
	_, errMod := os.Stat(filepath.Join(dir, "node_modules", "hyparquet"))
	if err != nil || errMod != nil {
		msg := "node or hyparquet is absent: run `npm ci --prefix output/testdata/hyparquet` (as .ci/run does) to check the Parquet output with an independent reader"
		if os.Getenv("DEMARCHE_REQUIRE_SERVERS") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	file := filepath.Join(t.TempDir(), "events.parquet")
	if err := os.WriteFile(file, write(t, Parquet, events), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(node, filepath.Join(dir, "read.mjs"), file).Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			t.Fatalf("hyparquet: %v\n%s", err, ee.Stderr)
		}
		t.Fatal(err)
	}
	var got struct {
		Columns map[string]struct{ Type, Logical, Converted, Repetition string }
		Rows    []map[string]any
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	for name, want := range map[string][3]string{
		"date":      {"INT32", "DATE", "REQUIRED"},
		"goldstein": {"DOUBLE", "", "REQUIRED"},
		"lat":       {"DOUBLE", "", "OPTIONAL"},
		"lon":       {"DOUBLE", "", "OPTIONAL"},
		"sentence":  {"INT64", "INTEGER", "REQUIRED"},
		"place":     {"BYTE_ARRAY", "STRING", "REQUIRED"},
		"source":    {"BYTE_ARRAY", "STRING", "REQUIRED"},
	} {
		c := got.Columns[name]
		logical := c.Logical
		if logical == "" && c.Converted == "UTF8" {
			logical = "STRING"
		}
		if logical == "" && c.Converted == "DATE" {
			logical = "DATE"
		}
		if c.Type != want[0] || logical != want[1] || c.Repetition != want[2] {
			t.Errorf("column %s: %+v, want %v", name, c, want)
		}
	}
	if len(got.Rows) != len(events) {
		t.Fatalf("%d rows, want %d", len(got.Rows), len(events))
	}
	for i, e := range events {
		r := got.Rows[i]
		if r["date"] != e.Date || r["id"] != e.ID || r["goldstein"] != e.Goldstein || r["place"] != e.Place {
			t.Errorf("row %d: %v; want date %s id %s goldstein %v place %q", i, r, e.Date, e.ID, e.Goldstein, e.Place)
		}
		if e.Place == "" && (r["lat"] != nil || r["lon"] != nil) || e.Place != "" && (r["lat"] != e.Lat || r["lon"] != e.Lon) {
			t.Errorf("row %d: lat %v lon %v, want %v %v (null without a place)", i, r["lat"], r["lon"], e.Lat, e.Lon)
		}
	}
}
