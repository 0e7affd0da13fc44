package parser

import (
	"syscall"
	"time"
)

// threadCPU returns the CPU time of the calling OS thread, so that a
// benchmark can report its speed per core even on a busy machine.
func threadCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_THREAD, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
