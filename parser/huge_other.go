//go:build !linux

package parser

// hugeSlice returns make([]T, n): huge pages are asked for on Linux only.
func hugeSlice[T, O any](n int, _ *O) []T { return make([]T, n) }
