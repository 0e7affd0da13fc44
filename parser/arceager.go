package parser

// The parser is Nivre's arc-eager transition system, read greedily: a
// perceptron chooses the move (shift, left arc, right arc, reduce) and a
// second perceptron the label of each arc when it is made. Word 0 is the
// root, at the bottom of the stack; it takes one dependent.

import "slices"

const (
	mShift = iota
	mLeft
	mRight
	mReduce
	nMoves
)

const (
	nullW = 0x6e756c6c
	rootW = 0x726f6f74
	nullP = 255
	rootP = 254
	nullL = 253
)

type state struct {
	n        int
	stack    []int32
	b        int32
	head     []int32
	lab      []uint8
	l1, l2   []int32
	r1, r2   []int32
	nl, nr   []int32
	ls, rs   []uint64
	inStack  []bool
	rootUsed bool
	w        []uint64 // lower-case word hash; [0] is the root
	p        []uint64 // XPOS id; [0] is rootP
	u        []uint64 // UPOS id; [0] is rootP
	sf       []uint64 // three-letter suffix hash
	c, cc    []uint64 // fine and coarse word cluster + 1 (0: none)
	// when punct is set, a dependent tagged punctU (PUNCT) takes the
	// label punctL (punct) without scoring: 99.8% do in training
	punct  bool
	punctU uint64
	punctL uint8
	fset   FeatureSet // the model's templates (features.go)
}

// punctRule sets the rule of st.punct from the model's tag sets.
func (st *state) punctRule(upos, labels []string) {
	u, l := slices.Index(upos, "PUNCT"), slices.Index(labels, "punct")
	if u >= 0 && l >= 0 {
		st.punct, st.punctU, st.punctL = true, uint64(u), uint8(l)
	}
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// reset prepares st for a sentence of n words whose infos are ws (padded)
// and XPOS ids xs.
func (st *state) reset(ws []wordInfo, xs, us []uint8, n int) {
	st.n = n
	m := n + 1
	st.head, st.lab = grow(st.head, m), grow(st.lab, m)
	st.l1, st.l2, st.r1, st.r2 = grow(st.l1, m), grow(st.l2, m), grow(st.r1, m), grow(st.r2, m)
	st.nl, st.nr = grow(st.nl, m), grow(st.nr, m)
	st.ls, st.rs = grow(st.ls, m), grow(st.rs, m)
	st.inStack = grow(st.inStack, m)
	st.w, st.p, st.u, st.sf = grow(st.w, m), grow(st.p, m), grow(st.u, m), grow(st.sf, m)
	st.c, st.cc = grow(st.c, m), grow(st.cc, m)
	for i := 0; i < m; i++ {
		st.head[i], st.lab[i] = -1, nullL
		st.l1[i], st.l2[i], st.r1[i], st.r2[i] = -1, -1, -1, -1
		st.nl[i], st.nr[i] = 0, 0
		st.ls[i], st.rs[i] = 0, 0
		st.inStack[i] = false
	}
	st.w[0], st.p[0], st.u[0], st.sf[0] = rootW, rootP, rootP, rootW
	st.c[0], st.cc[0] = rootW, rootW
	for i := 1; i <= n; i++ {
		st.w[i] = ws[i-1+pad].lower
		st.c[i], st.cc[i] = ws[i-1+pad].cls, ws[i-1+pad].ccls
		st.p[i] = uint64(xs[i-1])
		st.u[i] = uint64(us[i-1])
		st.sf[i] = ws[i-1+pad].suf[2]
	}
	st.start()
}

// restart takes st back to the first configuration of its sentence: the
// words and tags stay, the arcs go.
func (st *state) restart() {
	for i := 0; i <= st.n; i++ {
		st.head[i], st.lab[i] = -1, nullL
		st.l1[i], st.l2[i], st.r1[i], st.r2[i] = -1, -1, -1, -1
		st.nl[i], st.nr[i] = 0, 0
		st.ls[i], st.rs[i] = 0, 0
		st.inStack[i] = false
	}
	st.start()
}

func (st *state) start() {
	st.stack = append(st.stack[:0], 0)
	st.inStack[0] = true
	st.b = 1
	st.rootUsed = false
}

func (st *state) terminal() bool { return int(st.b) > st.n }

func (st *state) s0() int32 { return st.stack[len(st.stack)-1] }

func (st *state) valid(m int) bool {
	if st.terminal() {
		return false
	}
	s0 := st.s0()
	switch m {
	case mShift:
		return true
	case mLeft:
		return s0 != 0 && st.head[s0] < 0
	case mRight:
		return s0 != 0 || !st.rootUsed
	case mReduce:
		return s0 != 0 && st.head[s0] >= 0
	}
	return false
}

func (st *state) addArc(h, d int32, l uint8) {
	st.head[d], st.lab[d] = h, l
	bit := uint64(1) << (l & 63)
	if d < h {
		st.l2[h], st.l1[h] = st.l1[h], d
		st.nl[h]++
		st.ls[h] |= bit
	} else {
		st.r2[h], st.r1[h] = st.r1[h], d
		st.nr[h]++
		st.rs[h] |= bit
	}
}

func (st *state) apply(m int, l uint8) {
	s0 := st.s0()
	switch m {
	case mShift:
		st.stack = append(st.stack, st.b)
		st.inStack[st.b] = true
		st.b++
	case mLeft:
		st.addArc(st.b, s0, l)
		st.stack = st.stack[:len(st.stack)-1]
		st.inStack[s0] = false
	case mRight:
		if s0 == 0 {
			st.rootUsed = true
		}
		st.addArc(s0, st.b, l)
		st.stack = append(st.stack, st.b)
		st.inStack[st.b] = true
		st.b++
	case mReduce:
		st.stack = st.stack[:len(st.stack)-1]
		st.inStack[s0] = false
	}
}

// cost is the number of gold arcs that move m makes unreachable
// (Goldberg and Nivre 2012's dynamic oracle for arc-eager); gold holds the
// gold head of every word (gold[0] = -1).
func (st *state) cost(m int, gold []int32) int {
	s0, b0 := st.s0(), st.b
	n := int32(st.n)
	c := 0
	switch m {
	case mLeft:
		if g := gold[s0]; g > b0 {
			c++
		}
		for k := b0; k <= n; k++ {
			if gold[k] == s0 {
				c++
			}
		}
	case mRight:
		if g := gold[b0]; g != s0 && g >= 0 && (st.inStack[g] || g > b0) {
			c++
		}
		for _, k := range st.stack {
			if st.head[k] < 0 && gold[k] == b0 {
				c++
			}
		}
	case mReduce:
		for k := b0; k <= n; k++ {
			if gold[k] == s0 {
				c++
			}
		}
	case mShift:
		if g := gold[b0]; g >= 0 && st.inStack[g] {
			c++
		}
		for _, k := range st.stack {
			if st.head[k] < 0 && gold[k] == b0 {
				c++
			}
		}
	}
	return c
}

func (st *state) wAt(i int32) uint64 {
	if i < 0 || int(i) > st.n {
		return nullW
	}
	return st.w[i]
}

func (st *state) pAt(i int32) uint64 {
	if i < 0 || int(i) > st.n {
		return nullP
	}
	return st.p[i]
}

func (st *state) uAt(i int32) uint64 {
	if i < 0 || int(i) > st.n {
		return nullP
	}
	return st.u[i]
}

func (st *state) cAt(i int32) uint64 {
	if i < 0 || int(i) > st.n {
		return nullW
	}
	return st.c[i]
}

func (st *state) ccAt(i int32) uint64 {
	if i < 0 || int(i) > st.n {
		return nullW
	}
	return st.cc[i]
}

func (st *state) sfAt(i int32) uint64 {
	if i < 0 || int(i) > st.n {
		return nullW
	}
	return st.sf[i]
}

func (st *state) lAt(i int32) uint64 {
	if i < 0 {
		return nullL
	}
	return uint64(st.lab[i])
}

func at(s []int32, i int32) int32 {
	if i < 0 {
		return -1
	}
	return s[i]
}

// features appends the move features of Zhang and Nivre (2011), with
// suffixes, universal tags and word clusters: those of single words in
// their roles (roleFeatures), then the others (pairFeatures). The parser
// scores the two parts apart (moveScores), training scores them together.
func (st *state) features(fs []uint32) []uint32 {
	for r, i := range st.roles() {
		fs = st.roleFeatures(fs, r, i)
	}
	return st.pairFeatures(fs)
}

// arcDirection returns the direction of the arc h → d (1 << 60 when the
// dependent comes first, else 0) and that direction with their distance,
// up to 10, for the relations' features.
func arcDirection(h, d int32) (dir, dd uint64) {
	if d < h {
		dir = 1 << 60
	}
	dist := h - d
	if dist < 0 {
		dist = -dist
	}
	return dir, dir | uint64(min(dist, 10))
}

// labelFeatures appends the features that choose the label of the arc
// h → d.
func (st *state) labelFeatures(fs []uint32, h, d int32) []uint32 {
	if st.fset == CompactFeatures {
		return st.labelFeaturesCompact(fs, h, d)
	}
	dir, dd := arcDirection(h, d)
	hw, hp, dw, dp := st.wAt(h), st.pAt(h), st.wAt(d), st.pAt(d)
	return append(fs,
		f1(120, dir),
		f2(121, dir, dw), f2(123, dir, hw), f2(124, dir, hp),
		f3(126, dir, hw, dp), f3(128, dir, hw, dw),
		f4(130, dir, dp, st.ls[d], st.rs[d]),
		f3(131, dir, hp, st.ls[h]|st.rs[h]),
		f4(132, dir, dp, st.pAt(d+1), st.pAt(d-1)),
		f4(133, dir, hp, st.pAt(h+1), st.pAt(h-1)),
		f3(134, dir, hp, st.pAt(at(st.head, h))),
		f4(136, dir, dp, hp, st.pAt(at(st.l1, d))),
		f3(137, dir, dw, st.wAt(at(st.l1, d))),
		f3(138, dir, dp, st.wAt(d+1)),
		f3(139, dir, dw, st.pAt(d-1)),
		f3(146, dir, st.uAt(h), st.uAt(d)),
		f4(147, dir, st.uAt(h), st.uAt(d), dd),
		f2(160, dir, st.cAt(d)), f3(161, dir, st.cAt(h), st.cAt(d)), f3(162, dir, hp, st.cAt(d)),
	)
}

// onlyMove returns the one valid move of st, or -1 when there are several
// (or none).
func (st *state) onlyMove() int {
	only := -1
	for m := 0; m < nMoves; m++ {
		if st.valid(m) {
			if only >= 0 {
				return -1
			}
			only = m
		}
	}
	return only
}

// arcOf returns the head and the dependent of the arc that move m (left or
// right) makes: left attaches the stack's top to the buffer's first word,
// right the buffer's first word to the stack's top.
func (st *state) arcOf(m int) (h, d int32) {
	if m == mRight {
		return st.s0(), st.b
	}
	return st.b, st.s0()
}
