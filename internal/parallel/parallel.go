// Package parallel runs a loop's iterations on all cores.
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// For calls fn(i) for every i in [0, n), on up to GOMAXPROCS goroutines
// that take the next index as they finish, so uneven iterations balance.
// It uses one goroutine per grain iterations at most (a grain of 1 or less
// spreads every iteration), and runs on the caller's goroutine when one is
// enough. It returns when every call has returned; a panic of fn is
// raised again in the caller's goroutine, where a recover can catch it.
func For(n, grain int, fn func(i int)) {
	grain = max(grain, 1)
	workers := min(runtime.GOMAXPROCS(0), (n+grain-1)/grain)
	if workers <= 1 {
		for i := range n {
			fn(i)
		}
		return
	}
	var wg sync.WaitGroup
	var next atomic.Int64
	var panicked atomic.Pointer[any]
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				// A panic of fn goes on in the caller's goroutine,
				// where a recover can catch it, and stops the others.
				if v := recover(); v != nil {
					panicked.CompareAndSwap(nil, &v)
					next.Store(int64(n))
				}
			}()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				fn(i)
			}
		}()
	}
	wg.Wait()
	if v := panicked.Load(); v != nil {
		panic(*v)
	}
}
