package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDemo runs the README's main command and checks the three views.
func TestDemo(t *testing.T) {
	code, out, errs := runLine(t, nil, "demo")
	if code != 0 {
		t.Fatalf("demo: exit %d\n%s", code, errs)
	}
	for _, want := range []string{
		"Ingested 31 documents",
		"PRK ↔ RUS by month",
		"2025-04",
		"RUS: denied (2024-10-08) → neither confirmed nor denied (2024-10-24) → acknowledged (2025-04-26)",
		"PRK: denied (2024-10-21) → neither confirmed nor denied (2024-10-25) → acknowledged (2025-04-28)",
		"RUS on North Korean troops in Russia: neither confirmed nor denied (2024-10-24) → acknowledged (2025-04-26)",
		"signals with a score of at least 5.0",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q:\n%s", want, out)
		}
	}
}

// TestAnalysisCommands runs dyad, stance and signals on the example kept by
// demo --db, with groups from a configuration file.
func TestAnalysisCommands(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "ex.db")
	if code, _, errs := runLine(t, nil, "demo", "--db", db); code != 0 {
		t.Fatalf("demo --db: %s", errs)
	}
	cfg := filepath.Join(dir, "demarche.yaml")
	if err := os.WriteFile(cfg, []byte("groups:\n  KOREAS: [PRK, KOR]\nsignals:\n  min_score: 8\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	vars := map[string]string{"DEMARCHE_DB": db, configEnv: cfg}
	question := filepath.Join("..", "..", "examples", "nk-troops-in-russia.yaml")
	tests := []struct {
		args []string
		code int
		want []string // in standard output, or standard error for a failure
	}{
		{[]string{"dyad", "PRK", "RUS", "--by", "quarter"}, 0, []string{"PRK ↔ RUS by quarter", "2025-Q2"}},
		{[]string{"dyad", "--directed", "--format", "csv", "KOREAS", "RUS"}, 0, []string{"period,start,end,events", "2024-10,2024-10-01,2024-10-31,"}},
		{[]string{"dyad", "PRK", "RUS", "--format", "json"}, 0, []string{`"periods"`, `"goldstein_mean"`}},
		{[]string{"dyad", "PRK"}, 2, []string{"want two actors"}},
		{[]string{"dyad", "PRK", "RUS", "--by", "fortnight"}, 1, []string{"bad period"}},
		{[]string{"stance", question}, 0, []string{"RUS: denied (2024-10-08)", "Gerasimov confirmed for the first time"}},
		{[]string{"stance", "--format", "json", question}, 0, []string{`"transitions"`}},
		{[]string{"stance", "missing.yaml"}, 1, []string{"does not exist"}},
		{[]string{"signals", "--question", question}, 0, []string{"stance", "at least 8.0"}},
		{[]string{"signals", "--question", question, "--source", "RUS", "--format", "json"}, 0, []string{`"kind": "stance"`, `"source": "RUS"`}},
		{[]string{"signals", "--kind", "gossip"}, 1, []string{"bad signal kind"}},
		{[]string{"signals", "--since", "yesterday"}, 1, []string{"bad date"}},
	}
	for _, tt := range tests {
		code, out, errs := runLine(t, vars, tt.args...)
		text := out
		if tt.code != 0 {
			text = errs
		}
		if code != tt.code {
			t.Errorf("%v: exit %d, want %d\n%s%s", tt.args, code, tt.code, out, errs)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("%v: output lacks %q:\n%s", tt.args, w, text)
			}
		}
		if strings.Contains(strings.Join(tt.args, " "), "json") && tt.code == 0 {
			var v any
			if err := json.Unmarshal([]byte(out), &v); err != nil {
				t.Errorf("%v: not JSON: %v", tt.args, err)
			}
		}
	}
	// A missing database is reported, not created.
	code, _, errs := runLine(t, map[string]string{"DEMARCHE_DB": filepath.Join(dir, "none.db")}, "dyad", "PRK", "RUS")
	if code != 1 || !strings.Contains(errs, "no database") {
		t.Errorf("dyad on a missing database: exit %d: %s", code, errs)
	}
}
