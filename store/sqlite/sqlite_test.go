package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/store/sqlite"
	"github.com/demarche-project/demarche/store/storetest"
)

func open(t *testing.T) demarche.Store {
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) { storetest.Run(t, open) }
