//go:build !linux

package parser

import "time"

func threadCPU() time.Duration { return 0 }
