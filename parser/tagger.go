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

// tagFeatures appends the features of word i (0-based) given the tags
// already chosen for words i-1 and i-2 (xpos ids + 1, 0 = none).
func tagFeatures(fs []uint32, ws []wordInfo, i int, x1, x2, u1 uint64) []uint32 {
	w := &ws[i+pad]
	p1, p2 := &ws[i+pad-1], &ws[i+pad-2]
	n1, n2 := &ws[i+pad+1], &ws[i+pad+2]
	var flags uint64
	if w.digit {
		flags |= 1
	}
	if w.hyphen {
		flags |= 2
	}
	if w.upper {
		flags |= 4
	}
	if i == 0 {
		flags |= 8
	}
	return append(fs,
		f1(1, 0),
		f1(2, w.lower),
		f1(3, w.form),
		f1(4, w.suf[0]),
		f1(5, w.suf[1]),
		f1(6, w.suf[2]),
		f1(7, w.suf[3]),
		f1(8, w.pre[0]),
		f1(9, w.pre[2]),
		f1(10, w.shape),
		f1(11, x1),
		f2(12, x2, x1),
		f2(13, x1, w.lower),
		f1(14, p1.lower),
		f1(15, p1.suf[2]),
		f1(16, p2.lower),
		f1(17, n1.lower),
		f1(18, n1.suf[2]),
		f1(19, n2.lower),
		f2(20, p1.lower, w.lower),
		f2(21, w.lower, n1.lower),
		f1(22, flags),
		f1(23, u1),
		f2(24, n1.shape, n1.suf[1]),
		f2(25, x1, w.suf[2]),
		f2(26, p1.lower, n1.lower),
		f2(27, flags, w.shape),
		f2(28, x1, n1.lower),
		f1(29, w.pre[1]),
		f1(30, n2.suf[2]),
		f2(31, n1.lower, n2.lower),
		f2(32, w.suf[2], n1.suf[2]),
		f2(33, p1.shape, n1.shape),
		f2(34, p1.suf[2], w.suf[2]),
		f2(35, x2, w.lower),
		f2(36, x1, n1.suf[2]),
		f1(37, w.amb),
		f1(38, n1.amb),
		f2(39, n1.amb, n2.amb),
		f2(40, x1, n1.amb),
		f2(41, w.amb, n1.amb),
		f1(42, n2.amb),
		f1(43, w.cls),
		f1(44, w.ccls),
		f1(45, p1.cls),
		f1(46, n1.cls),
		f1(47, n2.ccls),
		f2(48, w.cls, n1.ccls),
		f2(49, x1, w.cls),
	)
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
