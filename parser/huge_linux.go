package parser

import (
	"runtime"
	"syscall"
	"unsafe"
)

// hugeSlice returns a zeroed slice of n T, where T holds no pointers, in
// memory mapped apart from the Go heap and advised to the kernel for huge
// pages (2 MB): the weight tables are read at random, and with 4 kB pages
// nearly every look-up would also miss the processor's address cache
// (TLB). The mapping is released when owner is collected. It falls back
// to make when the mapping fails.
func hugeSlice[T, O any](n int, owner *O) []T {
	var zero T
	size := n * int(unsafe.Sizeof(zero))
	const huge = 2 << 20
	if size < huge/2 {
		return make([]T, n)
	}
	mapped := (size + 2*huge - 1) &^ (huge - 1)
	b, err := syscall.Mmap(-1, 0, mapped, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return make([]T, n)
	}
	// align the start on a huge page
	off := 0
	if a := uintptr(unsafe.Pointer(&b[0])) & (huge - 1); a != 0 {
		off = int(huge - a)
	}
	region := b[off : off+((size+huge-1)&^(huge-1))]
	syscall.Madvise(region, 14) // MADV_HUGEPAGE
	runtime.AddCleanup(owner, func(b []byte) { syscall.Munmap(b) }, b)
	return unsafe.Slice((*T)(unsafe.Pointer(&region[0])), n)
}
