// Package testcoder gives tests and benchmarks the coder with the built-in
// dictionaries, built once per test binary.
package testcoder

import (
	"sync"
	"testing"

	"github.com/demarche-project/demarche/coder"
	"github.com/demarche-project/demarche/dict"
)

var builtin = sync.OnceValues(func() (*coder.Coder, error) {
	d, err := dict.Builtin()
	if err != nil {
		return nil, err
	}
	return coder.New(d)
})

// Builtin returns the coder with the built-in dictionaries; a broken
// dictionary fails tb.
func Builtin(tb testing.TB) *coder.Coder {
	tb.Helper()
	c, err := builtin()
	if err != nil {
		tb.Fatal(err)
	}
	return c
}
