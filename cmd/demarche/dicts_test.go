package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestConfigDicts(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		yaml string
		want []string
		err  string
	}{
		{"dicts: petrarch:/a\n", []string{"petrarch:/a"}, ""},
		{"dicts: [petrarch:/a, petrarch:/b]\n", []string{"petrarch:/a", "petrarch:/b"}, ""},
		{"groups: {}\n", nil, ""},
		{"dicts: {a: b}\n", nil, "line 1: dicts: want a list"},
		{"dicts: [\n", nil, "configuration"},
	}
	for i, tt := range tests {
		path := filepath.Join(dir, "c.yaml")
		if err := os.WriteFile(path, []byte(tt.yaml), 0o644); err != nil {
			t.Fatal(err)
		}
		d := dictFlags{getenv: func(k string) string {
			if k == configEnv {
				return path
			}
			return ""
		}}
		got, err := d.configDicts()
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%d: error %v, want %q", i, err, tt.err)
			}
			continue
		}
		if err != nil || strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("%d: %v %v, want %v", i, got, err, tt.want)
		}
	}
	d := dictFlags{getenv: func(string) string { return filepath.Join(dir, "missing.yaml") }}
	if _, err := d.configDicts(); err == nil {
		t.Error("a named configuration that is missing is an error")
	}
}

// TestCodePetrarch codes the GigaWord sample with the Phoenix set from
// its parses and writes Phoenix rows.
func TestCodePetrarch(t *testing.T) {
	const dir = "../../../shared/petrarch"
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("the PETRARCH data lives in ../shared: %v", err)
	}
	var out, errb strings.Builder
	env := &Env{Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}
	args := []string{"code", "-no-builtin", "-dicts", "petrarch:" + dir + "/dictionaries", "-format", "phoenix", dir + "/text/GigaWord.sample.PETR.xml"}
	if code := Run(t.Context(), env, args); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	lines := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
	if len(lines) < 50 {
		t.Errorf("%d events, want the sample's 80 or so", len(lines))
	}
	for i, l := range lines {
		if n := len(strings.Split(l, "\t")); n != 26 {
			t.Fatalf("line %d: %d columns", i+1, n)
		}
	}
	if !strings.Contains(errb.String(), "Phoenix.Countries.actors.txt:") || !strings.Contains(errb.String(), "approximated: ") {
		t.Errorf("dictionary problems and approximations are not reported with file and line:\n%.500s", errb.String())
	}
}
