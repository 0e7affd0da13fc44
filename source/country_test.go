package source

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCountryField reads the speaking state of a statement from JSON lines
// and from a CSV column, named by default or by --csv-country.
func TestCountryField(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.jsonl": `{"id":"s1","date":"2019-09-24","country":" NOR ","text":"We call on all States."}` + "\n",
		"b.csv":   "id,date,country,text\ns2,2019-09-24,Chile,We welcome the agreement.\n",
		"c.csv":   "id,date,speaker,text\ns3,2019-09-24,KEN,We urge restraint.\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tt := range []struct {
		file, col, want string
	}{
		{"a.jsonl", "", "NOR"},
		{"b.csv", "", "Chile"},
		{"c.csv", "speaker", "KEN"},
	} {
		r, err := Open(context.Background(), filepath.Join(dir, tt.file), Options{CSV: CSVOptions{Country: tt.col}})
		if err != nil {
			t.Fatal(err)
		}
		d, err := r.Next()
		r.Close()
		if err != nil || d.Country != tt.want {
			t.Errorf("%s: got %+v, %v; want country %q", tt.file, d, err, tt.want)
		}
	}
	_, err := Open(context.Background(), filepath.Join(dir, "b.csv"), Options{CSV: CSVOptions{Country: "nation"}})
	if err == nil || !strings.Contains(err.Error(), `no column "nation"`) {
		t.Errorf("missing column: got %v", err)
	}
}
