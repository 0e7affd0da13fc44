package parser

import (
	"runtime"
	"syscall"
	"unsafe"
)

const hugePage = 2 << 20

// hugeSlice returns a zeroed slice of n elements of T (which must hold no
// pointers) in memory the kernel is asked to back with 2 MB pages.
func hugeSlice[T any](n int, owner *weights) []T {
	var z T
	size := n * int(unsafe.Sizeof(z))
	if size < hugePage/2 {
		return make([]T, n)
	}
	length := (size + hugePage - 1) &^ (hugePage - 1)
	b, err := syscall.Mmap(-1, 0, length+hugePage, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return make([]T, n)
	}
	// align to 2 MB
	p := uintptr(unsafe.Pointer(&b[0]))
	off := int((hugePage - p%hugePage) % hugePage)
	a := b[off : off+length]
	_ = syscall.Madvise(a, 14) // MADV_HUGEPAGE
	s := unsafe.Slice((*T)(unsafe.Pointer(&a[0])), n)
	runtime.AddCleanup(owner, func(b []byte) { syscall.Munmap(b) }, b)
	return s
}
