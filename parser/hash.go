package parser

import (
	"unicode"
	"unicode/utf8"

	"github.com/demarche-project/demarche/internal/splitmix"
)

// Features are 32-bit hashes of a template number and its values. Words are
// hashed once per sentence (wordHash); templates then mix small integers, so
// that extracting a feature never allocates.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func key(x uint64) uint32 {
	k := uint32(splitmix.Mix(x) >> 32)
	if k == 0 {
		k = 1 // 0 marks an empty slot of the table
	}
	return k
}

// The templates of two or more values chain one multiplication per value
// and finish with mix: cheaper than mixing each value, and as good for
// keys that are word hashes or small ids.
const (
	kA = 0xd6e8feb86659fd93
	kB = 0xa0761d6478bd642f
	kC = 0xe7037ed1a0b428db
)

func f1(t, a uint64) uint32 { return key(t*0x9e3779b97f4a7c15 ^ a) }
func f2(t, a, b uint64) uint32 {
	return key((t*0x9e3779b97f4a7c15^a)*kA ^ b)
}
func f3(t, a, b, c uint64) uint32 {
	return key(((t*0x9e3779b97f4a7c15^a)*kA^b)*kB ^ c)
}
func f4(t, a, b, c, d uint64) uint32 {
	return key((((t*0x9e3779b97f4a7c15^a)*kA^b)*kB^c)*kC ^ d)
}

// normRune folds case and typographic variants, so that “Korea’s” and
// "korea's" hash alike.
func normRune(r rune) rune {
	switch r {
	case '’', '‘', 'ʼ', '′', '`':
		return '\''
	case '“', '”', '„', '″', '«', '»':
		return '"'
	case '–', '—', '‒', '―', '−':
		return '-'
	}
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	return unicode.ToLower(r)
}

func hashRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		return (h ^ uint64(r)) * fnvPrime
	}
	for r != 0 {
		h = (h ^ uint64(r&0xff)) * fnvPrime
		r >>= 8
	}
	return h
}

// wordInfo is what the features know of one word, computed once.
type wordInfo struct {
	lower  uint64 // normalised lower-case form
	form   uint64 // form as written (case kept)
	suf    [4]uint64
	pre    [3]uint64
	shape  uint64
	sure   uint64 // sureBit|xpos<<8|upos for a word tagged from the dictionary, else 0
	amb    uint64 // mask of the UPOS tags the word took in training, 0 if unknown (wordClass)
	cls    uint64 // fine word cluster + 1, 0 if none (Clusters)
	ccls   uint64 // coarse word cluster + 1, 0 if none
	digit  bool
	hyphen bool
	upper  bool // starts with an upper-case letter
}

func analyse(w string, wi *wordInfo) {
	var first [3]rune
	var ring [4]rune
	n := 0
	lower, form := uint64(fnvOffset), uint64(fnvOffset)
	shape := uint64(fnvOffset)
	var last rune = -1
	shapeLen := 0
	*wi = wordInfo{}
	for i, r := range w {
		if i == 0 {
			wi.upper = unicode.IsUpper(r)
		}
		lr := normRune(r)
		lower = hashRune(lower, lr)
		form = hashRune(form, r)
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
			wi.digit = true
		default:
			c = lr
			if r == '-' {
				wi.hyphen = true
			}
		}
		if c != last {
			shape = hashRune(shape, c)
			last = c
			shapeLen = 0
		} else if shapeLen < 2 {
			shape = hashRune(shape, c)
		}
		shapeLen++
		if n < 3 {
			first[n] = lr
		}
		ring[n&3] = lr
		n++
	}
	wi.lower, wi.form, wi.shape = lower, form, shape
	for k := 1; k <= 4; k++ {
		h := uint64(fnvOffset) + uint64(k)
		if k <= n {
			for j := n - k; j < n; j++ {
				h = hashRune(h, ring[j&3])
			}
		}
		wi.suf[k-1] = h
	}
	for k := 1; k <= 3; k++ {
		h := uint64(fnvOffset) + 7 + uint64(k)
		if k <= n {
			for _, r := range first[:k] {
				h = hashRune(h, r)
			}
		}
		wi.pre[k-1] = h
	}
}
