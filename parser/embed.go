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

// englishBeam is the built-in accurate model: the same treebank, trained
// for beam search with relations scored in the beam, a relabelling pass and
// a second tagging pass (trainparser -beam 8 -beam-labels -retag -relabel;
// the README gives the command), under the same licence.
//
//go:embed model/en-beam.bin.gz
var englishBeam []byte

var loadEnglishBeam = sync.OnceValues(func() (*Model, error) { return ReadBytes(englishBeam) })

// EnglishBeam returns the built-in accurate model, decoded on first use and
// shared afterwards. It parses with a beam of 8, about a fifth as fast as
// English's greedy model, and scores about 2 UAS and LAS points higher on
// the EWT test file; the coder uses English.
func EnglishBeam() (*Model, error) { return loadEnglishBeam() }

// englishFast is the built-in fast model: the same treebank and clusters,
// greedy, with the compact feature set (trainparser -features compact; the
// README gives the command), under the same licence.
//
//go:embed model/en-fast.bin.gz
var englishFast []byte

var loadEnglishFast = sync.OnceValues(func() (*Model, error) { return ReadBytes(englishFast) })

// EnglishFast returns the built-in fast model, decoded on first use and
// shared afterwards. Its few feature templates (CompactFeatures) make it
// about twice as fast as English and about 1 UAS and LAS point less
// accurate on the EWT test file; the coder uses English.
func EnglishFast() (*Model, error) { return loadEnglishFast() }
