package parser

import (
	_ "embed"
	"sync"
)

// english is the built-in model: trained by cmd/trainparser on Universal
// Dependencies English EWT (CC BY-SA 4.0), and under that licence.
//
//go:embed model/en.bin.gz
var english []byte

var loadEnglish = sync.OnceValues(func() (*Model, error) { return ReadBytes(english) })

// English returns the built-in English model, decoded on first use (some
// tens of milliseconds) and shared afterwards.
func English() (*Model, error) { return loadEnglish() }
