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

// TestDictsBadFiles: --dicts petrarch:DIR on a folder with a file that is
// no dictionary fails naming the file; a file of bad lines prints a
// bounded number of problems and the count of the others.
func TestDictsBadFiles(t *testing.T) {
	const actors = "ATLANTIS [ATL]\n"
	tests := []struct {
		name  string
		verbs string // the content of x.verbs.txt; "huge": larger than the limit
		code  int
		want  string
	}{
		{"binary", "--- A [010] ---\n\x00\x01\x02", 1, "x.verbs.txt: a NUL byte at offset 16"},
		{"huge", "huge", 1, "x.verbs.txt: 67108865 bytes, larger than the limit of 64 MB"},
		{"bad lines", strings.Repeat("- "+strings.Repeat("x", 1000)+" [010]\n", 10000), 0, "(and 9900 more problems)"},
		{"notes", "--- A [010] ---\nA\n" + strings.Repeat("--- B [010] [011] ---\n", 10000), 0, "(and 9900 more approximations)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			verbs := filepath.Join(dir, "x.verbs.txt")
			if err := os.WriteFile(verbs, []byte(tt.verbs), 0o644); err != nil {
				t.Fatal(err)
			}
			if tt.verbs == "huge" {
				if err := os.Truncate(verbs, 64<<20+1); err != nil { // sparse
					t.Fatal(err)
				}
			}
			if err := os.WriteFile(filepath.Join(dir, "x.actors.txt"), []byte(actors), 0o644); err != nil {
				t.Fatal(err)
			}
			in := filepath.Join(t.TempDir(), "in.jsonl")
			if err := os.WriteFile(in, []byte(`{"id":"a","date":"2020-01-01","text":"Atlantis spoke."}`+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			code, _, errs := runCmd(t, "", "code", "--no-builtin", "--dicts", "petrarch:"+dir, in)
			if code != tt.code || !strings.Contains(errs, tt.want) || len(errs) > 40000 {
				t.Errorf("exit %d, want %d; stderr of %d bytes, want %q:\n%.600s\n…\n%s", code, tt.code, len(errs), tt.want, errs, errs[max(0, len(errs)-600):])
			}
		})
	}
}
