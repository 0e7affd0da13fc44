package parser

// The tagger is a greedy left-to-right averaged perceptron with two output
// layers over one set of features: the Penn Treebank tag (XPOS) and the
// universal tag (UPOS). Its features are Collins's: the word, its affixes
// and shape, its neighbours, and the tags already given to the two words
// before it.

// pad is the number of sentinel words on each side of a sentence's
// wordInfo slice.
const pad = 2

var (
	startWord = wordInfo{lower: 0x51a27, form: 0x51a27, shape: 0x51a27, suf: [4]uint64{0x51a27, 0x51a27, 0x51a27, 0x51a27}, amb: 1 << 60, cls: 1 << 60, ccls: 1 << 60}
	endWord   = wordInfo{lower: 0xe4d0, form: 0xe4d0, shape: 0xe4d0, suf: [4]uint64{0xe4d0, 0xe4d0, 0xe4d0, 0xe4d0}, amb: 1 << 61, cls: 1 << 61, ccls: 1 << 61}
)

// A dictionary value also carries the word's clusters: fine + 1 in bits
// 32–43, coarse + 1 in bits 44–51 (0: none).
const (
	fineShift   = 32
	coarseShift = 44
	clusterBits = uint64(0xfffff) << fineShift
)

// setClass fills the dictionary-given fields of wi from its value v.
func setClass(wi *wordInfo, v uint64) {
	wi.cls, wi.ccls = v>>fineShift&0xfff, v>>coarseShift&0xff
	wi.sure, wi.amb = wordClass(v &^ clusterBits)
}

// addClusters adds the words of c to dict.
func addClusters(dict map[uint64]uint64, c *Clusters) {
	for w, v := range c.m {
		dict[w] |= uint64(v&0xffff)<<fineShift | uint64(v>>16)<<coarseShift
	}
}

// wordClass splits a dictionary value into the sure tags (or 0) and the
// word's ambiguity class: the mask of the UPOS tags it took in training
// (0 for a word not in the dictionary).
func wordClass(v uint64) (sure, amb uint64) {
	if v&sureBit != 0 {
		return v, 1 << (v & 0xff)
	}
	return 0, v
}

// analyseSentence fills ws with the padded word infos of words; dict maps
// the hashes of frequent words to their sure tags (learnSure).
func analyseSentence(ws []wordInfo, words []string, dict map[uint64]uint64) []wordInfo {
	ws = ws[:0]
	for range pad {
		ws = append(ws, startWord)
	}
	for _, w := range words {
		ws = append(ws, wordInfo{})
		wi := &ws[len(ws)-1]
		analyse(w, wi)
		setClass(wi, dict[wi.lower])
	}
	for range pad {
		ws = append(ws, endWord)
	}
	return ws
}

// tagFeatures appends the features of set f of word i (0-based) given the tags
// already chosen for words i-1 and i-2 (xpos ids + 1, 0 = none): those of
// the word alone, of its context, and of the tags before it (fast.go), in
// that order.
func tagFeatures(f FeatureSet, fs []uint32, ws []wordInfo, i int, x1, x2, u1 uint64) []uint32 {
	return f.tagDynamic(f.tagContext(f.tagWord(fs, ws, i), ws, i), ws, i, x1, x2, u1)
}

func argmax(s []float32) int {
	b := 0
	for i, v := range s {
		if v > s[b] {
			b = i
		}
	}
	return b
}

// A word is tagged from the dictionary when it occurred at least
// minSureCount times in training, with one XPOS and one UPOS at least
// minSureShare of the time: the model would tag it so anyway.
const (
	minSureCount = 20
	minSureShare = 0.995
	sureBit      = 1 << 63
)

// Other words seen at least minClassCount times get an ambiguity class:
// the UPOS tags they took at least minClassShare of the time.
const (
	minClassCount = 3
	minClassShare = 0.05
)

// learnSure maps the hash of each such word to sureBit|xpos<<8|upos, and
// that of each word with an ambiguity class to its UPOS mask.
func learnSure(sents []*tsent, nx, nu int) map[uint64]uint64 {
	type pair struct{ x, u uint8 }
	counts := map[uint64]map[pair]int{}
	for _, s := range sents {
		for j := range s.words {
			if int(s.xs[j]) >= nx || int(s.us[j]) >= nu {
				continue
			}
			w := s.ws[j+pad].lower
			if counts[w] == nil {
				counts[w] = map[pair]int{}
			}
			counts[w][pair{s.xs[j], s.us[j]}]++
		}
	}
	dict := map[uint64]uint64{}
	for w, c := range counts {
		total, best, bestN := 0, pair{}, 0
		for p, n := range c {
			total += n
			if n > bestN || (n == bestN && (p.x < best.x || p.x == best.x && p.u < best.u)) {
				best, bestN = p, n
			}
		}
		if total >= minSureCount && float64(bestN) >= minSureShare*float64(total) {
			dict[w] = sureBit | uint64(best.x)<<8 | uint64(best.u)
			continue
		}
		if total < minClassCount {
			continue
		}
		var mask uint64
		for p, n := range c {
			if float64(n) >= minClassShare*float64(total) {
				mask |= 1 << p.u
			}
		}
		dict[w] = mask
	}
	return dict
}
