// Package dedup finds duplicate documents: exact copies by a hash of their
// normalised content, near-duplicates (wire copies, small edits) by the
// Jaccard similarity of their word shingles, found through MinHash signatures
// and locality-sensitive hashing (LSH) bands.
//
// The signature is a one-permutation MinHash (one hash per shingle, Bins bins,
// empty bins filled by optimal densification), which costs one hash per
// shingle rather than one per shingle and bin. It is cut into Bands bands of
// Rows values: two documents share a band key with probability
// 1-(1-J^Rows)^Bands: 98% at J = 0.8, 99.7% at 0.85, 27% at 0.5. Candidates
// that share a band are then compared exactly (Jaccard of the shingle sets)
// and linked when the similarity reaches Threshold.
package dedup

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/demarche-project/demarche/internal/splitmix"
)

// Parameters of the detector.
const (
	ShingleSize = 5   // words per shingle
	MinShingles = 20  // shorter documents are only compared exactly (by hash)
	Threshold   = 0.8 // Jaccard similarity from which a document is a near-duplicate
	Bands       = 10  // LSH bands
	Rows        = 5   // values per band
	Bins        = Bands * Rows
	WindowDays  = 7 // near-duplicates are looked for within this many days
)

// Normalize returns the content that Hash and Shingles see: the title and the
// text with runs of white space collapsed to one space, trimmed. Control
// characters count as white space and bytes that are not UTF-8 as '?', as
// the store cleans them (sqlstore.Clean): a document and its cleaned copy
// have the same hash.
func Normalize(title, text string) string {
	var b strings.Builder
	b.Grow(len(title) + len(text) + 1)
	space := false
	for _, s := range [2]string{title, text} {
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			if r == utf8.RuneError && size == 1 {
				r = '?'
			}
			if unicode.IsSpace(r) || r < 0x20 {
				space = b.Len() > 0
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
		space = b.Len() > 0
	}
	return b.String()
}

// Hash returns the hex SHA-256 of the normalised title and text: equal for
// documents whose content differs only in white space.
func Hash(title, text string) string {
	sum := sha256.Sum256([]byte(Normalize(title, text)))
	return hex.EncodeToString(sum[:16])
}

// Shingles returns the sorted, distinct hashes of the ShingleSize-word
// shingles of the title and text, words lower-cased and stripped of
// punctuation. A text of fewer words than ShingleSize gives one shingle.
func Shingles(title, text string) []uint64 {
	words := words(title, words(text, nil))
	if len(words) == 0 {
		return nil
	}
	n := len(words) - ShingleSize + 1
	if n < 1 {
		n = 1
	}
	out := make([]uint64, 0, n)
	for i := 0; i < n; i++ {
		var h uint64 = 14695981039346656037
		for j := i; j < i+ShingleSize && j < len(words); j++ {
			h ^= words[j]
			h *= 1099511628211
			h = splitmix.Mix(h)
		}
		out = append(out, h)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// words appends the hashes of the words of s to dst: runs of letters and
// digits, lower-cased (FNV-1a over the runes).
func words(s string, dst []uint64) []uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h, in := uint64(offset), false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if r < 128 {
				if 'A' <= r && r <= 'Z' {
					r += 'a' - 'A'
				}
			} else {
				r = unicode.ToLower(r)
			}
			h = (h ^ uint64(r)) * prime
			in = true
			continue
		}
		if in && (unicode.IsSpace(r) || r == '-' || r == '/') {
			dst = append(dst, h)
			h, in = offset, false
		}
	}
	if in {
		dst = append(dst, h)
	}
	return dst
}

// Signature returns the one-permutation MinHash signature of a shingle set:
// Bins values. It returns nil for an empty set.
func Signature(shingles []uint64) []uint32 {
	if len(shingles) == 0 {
		return nil
	}
	const empty = ^uint64(0)
	var bins [Bins]uint64
	for i := range bins {
		bins[i] = empty
	}
	for _, s := range shingles {
		h := splitmix.Mix(s ^ 0x9e3779b97f4a7c15)
		bin := (h >> 32) * Bins >> 32
		if v := h & 0xffffffff; v < bins[bin] {
			bins[bin] = v
		}
	}
	sig := make([]uint32, Bins)
	for i := range bins {
		if bins[i] != empty {
			sig[i] = uint32(bins[i])
			continue
		}
		// Optimal densification: probe other bins in a sequence that
		// depends only on the bin and the attempt.
		for attempt := uint64(1); ; attempt++ {
			j := splitmix.Mix(uint64(i)<<32|attempt) % Bins
			if bins[j] != empty {
				sig[i] = uint32(bins[j])
				break
			}
		}
	}
	return sig
}

// BandKeys returns the Bands LSH keys of a signature: documents that share a
// key are candidate near-duplicates. Each key mixes its band number in, so
// that equal values in different bands do not collide.
func BandKeys(sig []uint32) []int64 {
	if len(sig) < Bins {
		return nil
	}
	keys := make([]int64, Bands)
	for b := 0; b < Bands; b++ {
		h := uint64(b+1) * 0x9e3779b97f4a7c15
		for _, v := range sig[b*Rows : (b+1)*Rows] {
			h = splitmix.Mix(h ^ uint64(v))
		}
		// 48 bits keep the keys short in the database and collisions rare.
		keys[b] = int64(h >> 16)
	}
	return keys
}

// Jaccard returns the Jaccard similarity of two sorted sets of shingles:
// the size of their intersection over the size of their union, 0 when both
// are empty.
func Jaccard(a, b []uint64) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	i, j, inter := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			inter++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// Candidate reports whether a shingle set is long enough to be compared for
// near-duplication.
func Candidate(shingles []uint64) bool { return len(shingles) >= MinShingles }
