package sqlite_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/store/sqlite"
	"github.com/demarche-project/demarche/store/storetest"
)

// TestOpenReadOnly opens a store read-only: it reads what was written, and a
// write fails with an error that says the store is read-only.
func TestOpenReadOnly(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "ro.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	doc := storetest.Code("ro-1", "2024-03-01", "A title", "Pyongyang spoke. Moscow answered.", "KCNA",
		storetest.Spec{Sentence: 0, Source: "PRK", Target: "RUS", CAMEO: "010"})
	if _, err := s.Put(ctx, "v1", []*demarche.Coded{doc}); err != nil {
		t.Fatal(err)
	}
	s.Close()

	for _, sub := range []string{"", "file:"} {
		ro, err := sqlite.OpenReadOnly(ctx, sub+path, "test")
		if err != nil {
			t.Fatalf("OpenReadOnly(%q): %v", sub+path, err)
		}
		st, err := ro.Stats(ctx)
		if err != nil || st.Documents != 1 || st.Events != 1 {
			t.Errorf("Stats of the read-only store: %+v, %v", st, err)
		}
		if _, err := ro.Search(ctx, demarche.SearchQuery{Text: "Moscow"}); err != nil {
			t.Errorf("Search of the read-only store: %v", err)
		}
		_, err = ro.Put(ctx, "v1", []*demarche.Coded{storetest.Code("ro-2", "2024-03-02", "", "Seoul spoke.", "KCNA")})
		if demarche.ErrorCode(err) != demarche.ECONFLICT || !strings.Contains(err.Error(), "read-only") {
			t.Errorf("Put to a read-only store: %v, want an ECONFLICT error that says read-only", err)
		}
		ro.Close()
	}

	// A store whose schema is older than the build: refused read-only,
	// since it cannot be migrated.
	s, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().Exec(`DELETE FROM schema_migrations WHERE version = (SELECT max(version) FROM schema_migrations)`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err = sqlite.OpenReadOnly(ctx, path, "test")
	if demarche.ErrorCode(err) != demarche.EINVALID || !strings.Contains(err.Error(), "older") {
		t.Errorf("OpenReadOnly of an old schema: %v, want an EINVALID error that says the schema is older", err)
	}
	// Not a demarche store at all.
	_, err = sqlite.OpenReadOnly(ctx, filepath.Join(t.TempDir(), "none.db"), "test")
	if err == nil {
		t.Errorf("OpenReadOnly of a missing file: no error")
	}
}
