package postgres_test

import (
	"context"
	"sync"
	"testing"

	"github.com/demarche-project/demarche/store/postgres"
)

// TestConcurrentOpen opens a fresh database from several connections at
// once, as workers started together do: every Open succeeds and the
// migrations are applied once.
func TestConcurrentOpen(t *testing.T) {
	if skip != "" {
		t.Skip(skip)
	}
	ctx := context.Background()
	for trial := 0; trial < 5; trial++ {
		dsn := server.Schema(t)
		const n = 8
		var wg sync.WaitGroup
		errs := make([]error, n)
		start := make(chan struct{})
		for i := 0; i < n; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				s, err := postgres.Open(ctx, dsn)
				if err == nil {
					s.Close()
				}
				errs[i] = err
			}()
		}
		close(start)
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Errorf("trial %d: Open %d of %d at once: %v", trial, i+1, n, err)
			}
		}
		s, err := postgres.Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		m, err := s.Migrations(ctx)
		s.Close()
		if err != nil {
			t.Fatal(err)
		}
		if len(m) == 0 || m[0][:2] != "1 " {
			t.Errorf("trial %d: migrations %q", trial, m)
		}
	}
}
