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
