package source

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/demarche-project/demarche"
)

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	files := []string{
		"b/2.jsonl.gz", "b/1.xml", "a.txt", "notes.md", "b/c/3.html", ".hidden/x.txt", "b/.y.csv", "z.dat",
	}
	for _, f := range files {
		p := filepath.Join(dir, f)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	j := func(names ...string) []string {
		var out []string
		for _, n := range names {
			if n == "-" || strings.HasPrefix(n, "http") {
				out = append(out, n)
			} else {
				out = append(out, filepath.Join(dir, n))
			}
		}
		return out
	}
	tests := []struct {
		name     string
		patterns []string
		want     []string
		code     string
	}{
		{"folder", j(""), j("a.txt", "b/1.xml", "b/2.jsonl.gz", "b/c/3.html"), ""},
		{"file of any extension", j("z.dat"), j("z.dat"), ""},
		{"glob", j("b/*"), j("b/1.xml", "b/2.jsonl.gz", "b/c/3.html"), ""},
		{"order kept, duplicates dropped", append(j("z.dat", "-", "a.txt"), "https://example.org/f", filepath.Join(dir, "*.txt")), j("z.dat", "-", "a.txt", "https://example.org/f"), ""},
		{"missing", j("nope.txt"), nil, demarche.ENOTFOUND},
		{"glob without match", j("*.nothing"), nil, demarche.EINVALID},
		{"bad glob", j("[.txt"), nil, demarche.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Expand(tt.patterns)
			if tt.code != "" {
				if c := demarche.ErrorCode(err); c != tt.code {
					t.Fatalf("got %v (%v), want code %s", got, err, tt.code)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestKnown(t *testing.T) {
	for name, want := range map[string]bool{
		"a.jsonl": true, "A.JSONL.GZ": true, "feed.rss": true, "x.urls": true, "x.md": false, "x.gz": false, "x": false,
	} {
		if got := Known(name); got != want {
			t.Errorf("Known(%q) = %v", name, got)
		}
	}
}
