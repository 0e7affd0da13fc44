package source

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// shared is the project's shared data folder, present on developer
// machines and in CI but not in the repository.
const shared = "../../shared"

func sharedFile(t *testing.T, rel string) string {
	t.Helper()
	p := filepath.Join(shared, rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data %s not available (%v): skipping", rel, err)
	}
	return p
}

// TestShared reads the shared corpora whole: every record must be
// accepted.
func TestShared(t *testing.T) {
	tests := []struct {
		file string
		opt  Options
		docs int
	}{
		{"corpora/kcna/kcna-2011.jsonl.gz", Options{}, 13173},
		{"corpora/dev/kcna-dev-100.jsonl", Options{}, 100},
		{"petrarch/text/PETR.UnitTest.records.xml", Options{}, 284},
		{"petrarch/text/GigaWord.sample.PETR.xml", Options{}, 76},
		{"corpora/seed/nk-russia-official-pronouncements.txt", Options{Date: "2025-04-28"}, 1},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			if testing.Short() && tt.docs > 1000 {
				t.Skip("large corpus: skipped in -short mode")
			}
			r, err := Open(context.Background(), sharedFile(t, tt.file), tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			n := 0
			for {
				d, err := r.Next()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatal(err)
				}
				if d.ID == "" || d.Date == "" || (d.Text == "" && d.Title == "") {
					t.Fatalf("incomplete document %+v", d)
				}
				n++
			}
			if n != tt.docs {
				t.Errorf("%d documents, want %d", n, tt.docs)
			}
		})
	}
}
