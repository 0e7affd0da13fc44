package parallel

import (
	"sync/atomic"
	"testing"
)

func TestFor(t *testing.T) {
	for _, tt := range []struct{ n, grain int }{{0, 1}, {1, 1}, {7, 1}, {100, 16}, {1000, 0}} {
		var sum atomic.Int64
		seen := make([]atomic.Int32, tt.n)
		For(tt.n, tt.grain, func(i int) {
			seen[i].Add(1)
			sum.Add(int64(i))
		})
		for i := range seen {
			if seen[i].Load() != 1 {
				t.Fatalf("n=%d: index %d ran %d times", tt.n, i, seen[i].Load())
			}
		}
		if want := int64(tt.n * (tt.n - 1) / 2); sum.Load() != want {
			t.Errorf("n=%d: sum %d, want %d", tt.n, sum.Load(), want)
		}
	}
}

// TestForPanic checks that a panic of fn reaches the caller's goroutine,
// where a server's recover catches it, instead of ending the process.
func TestForPanic(t *testing.T) {
	for _, n := range []int{1, 1000} {
		got := func() (v any) {
			defer func() { v = recover() }()
			For(n, 1, func(i int) {
				if i == n/2 {
					panic("bad item")
				}
			})
			return nil
		}()
		if got != "bad item" {
			t.Errorf("n=%d: recovered %v, want the panic", n, got)
		}
	}
}
