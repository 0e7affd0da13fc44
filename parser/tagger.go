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
	startWord = wordInfo{lower: 0x51a27, form: 0x51a27, shape: 0x51a27, suf: [4]uint64{0x51a27, 0x51a27, 0x51a27, 0x51a27}}
	endWord   = wordInfo{lower: 0xe4d0, form: 0xe4d0, shape: 0xe4d0, suf: [4]uint64{0xe4d0, 0xe4d0, 0xe4d0, 0xe4d0}}
)

// analyseSentence fills ws with the padded word infos of words.
func analyseSentence(ws []wordInfo, words []string) []wordInfo {
	ws = ws[:0]
	for range pad {
		ws = append(ws, startWord)
	}
	for _, w := range words {
		ws = append(ws, wordInfo{})
		analyse(w, &ws[len(ws)-1])
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
	)
}

// tagSentence tags the words of ws with sc (nx XPOS classes followed by nu
// UPOS classes), writing class ids into xs and us.
func tagSentence(sc scorer, ws []wordInfo, n, nx, nu int, xs, us []uint8, fs []uint32, scores []float32) []uint32 {
	var x1, x2, u1 uint64
	for i := 0; i < n; i++ {
		fs = tagFeatures(fs[:0], ws, i, x1, x2, u1)
		sc.score(fs, scores)
		bx, bu := argmax(scores[:nx]), argmax(scores[nx:nx+nu])
		xs[i], us[i] = uint8(bx), uint8(bu)
		x2, x1, u1 = x1, uint64(bx)+1, uint64(bu)+1
	}
	return fs
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
