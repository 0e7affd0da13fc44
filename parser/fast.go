package parser

// Fast scoring. Most of the parser's time is spent on its look-ups: the
// weight tables (7.8 MB, table.go) do not fit the processor's private
// caches, and a look-up whose address depends on the one before cannot
// start before it ends. So the hot paths gather the keys of many features
// first, load their buckets in a loop whose loads do not depend on one
// another (the processor overlaps their cache misses), then probe and sum;
// and they skip the look-ups whose sums they already know.
//
//   - The tagger scores the features that do not depend on the tags already
//     chosen (39 of its 49) for every word of a sentence in one batch; only
//     the 10 others are scored word by word. The sums of the 16 features of
//     a word alone are kept for the last words met (wordCache).
//   - The parser remembers, for each word of the sentence and each of its
//     roles (first word of the stack, of the buffer, head of the first word
//     of the stack...), the summed weights of the features of that word
//     alone: 35 of its 78 move features are then a few additions.
//
// The compact feature set (features.go) keeps the same split, with fewer
// templates in each part (19 of the tagger: 10, 6 and 3; 31 of the moves,
// 17 of single words).
//
// Scores are sums of integers, exact in any order: the fast paths give the
// same tags and trees as scoring each feature list whole, for both sets
// (TestTagSentenceFast, TestMoveFeatureSplit).

func argmaxInt(s []int32) int {
	b := 0
	for i, v := range s {
		if v > s[b] {
			b = i
		}
	}
	return b
}

// scratch holds the buffers of the fast paths, reused from sentence to
// sentence.
type scratch struct {
	fs     []uint32
	offs   []uint32
	scores []float32
	base   []int32    // tagger: static scores of each word, ncls a word
	iscore [256]int32 // scores of one word
	words  wordCache  // tagger: scores of the words alone
	hit    []bool     // tagger: word i's scores are in words
	memo   memo       // parser: move scores of single words
	br     branching  // parser: selectional branching (k = 0: greedy)
	bm     beam       // parser: beam search (k = 0: greedy)
	ti     treeIndex  // parser: the dependents of each word, for relabelling
	// tagger: for each word, the runner-up UPOS + 1 when it came within
	// altMargin of the best, else 0 (tagSentence)
	ualt []uint8
}

// tagWord appends the features of word i that depend on the word alone
// (and on whether it starts the sentence), tagContext those that do not
// depend on the tags chosen before it, tagDynamic the others. Together
// they are tagFeatures (TestTagFeatureSplit).
func tagWord(fs []uint32, ws []wordInfo, i int) []uint32 {
	w := &ws[i+pad]
	flags := wordFlags(w, i)
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
		f1(22, flags),
		f2(27, flags, w.shape),
		f1(29, w.pre[1]),
		f1(37, w.amb),
		f1(43, w.cls),
		f1(44, w.ccls),
	)
}

func wordFlags(w *wordInfo, i int) uint64 {
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
	return flags
}

func tagContext(fs []uint32, ws []wordInfo, i int) []uint32 {
	w := &ws[i+pad]
	p1, p2 := &ws[i+pad-1], &ws[i+pad-2]
	n1, n2 := &ws[i+pad+1], &ws[i+pad+2]
	return append(fs,
		f1(14, p1.lower),
		f1(15, p1.suf[2]),
		f1(16, p2.lower),
		f1(17, n1.lower),
		f1(18, n1.suf[2]),
		f1(19, n2.lower),
		f2(20, p1.lower, w.lower),
		f2(21, w.lower, n1.lower),
		f2(24, n1.shape, n1.suf[1]),
		f2(26, p1.lower, n1.lower),
		f1(30, n2.suf[2]),
		f2(31, n1.lower, n2.lower),
		f2(32, w.suf[2], n1.suf[2]),
		f2(33, p1.shape, n1.shape),
		f2(34, p1.suf[2], w.suf[2]),
		f1(38, n1.amb),
		f2(39, n1.amb, n2.amb),
		f2(41, w.amb, n1.amb),
		f1(42, n2.amb),
		f1(45, p1.cls),
		f1(46, n1.cls),
		f1(47, n2.ccls),
		f2(48, w.cls, n1.ccls),
	)
}

func tagDynamic(fs []uint32, ws []wordInfo, i int, x1, x2, u1 uint64) []uint32 {
	w, n1 := &ws[i+pad], &ws[i+pad+1]
	return append(fs,
		f1(11, x1),
		f2(12, x2, x1),
		f2(13, x1, w.lower),
		f1(23, u1),
		f2(25, x1, w.suf[2]),
		f2(28, x1, n1.lower),
		f2(35, x2, w.lower),
		f2(36, x1, n1.suf[2]),
		f2(40, x1, n1.amb),
		f2(49, x1, w.cls),
	)
}

const (
	nTagWord    = 16
	nTagContext = 23
)

// wordCache keeps, for the last words tagged (direct-mapped by their
// hash), the tagger's scores from their tagWord features, so that a word
// met again costs a copy instead of 16 look-ups. The sums are exact: the
// tags do not depend on what the cache holds.
type wordCache struct {
	m    *weights // the tagger the sums are of
	ncls int
	size int      // a power of 2; wordCacheSize unless set before the first use (tests)
	keys []uint64 // form hash ^ flags, 0 = empty
	low  []uint64 // lower-case hash, checked too
	sums []int32  // ncls a word
}

const wordCacheSize = 1024

func (c *wordCache) reset(m *weights, ncls int) {
	if c.m == m && c.ncls == ncls {
		return
	}
	if c.size == 0 {
		c.size = wordCacheSize
	}
	c.m, c.ncls = m, ncls
	c.keys, c.low = make([]uint64, c.size), make([]uint64, c.size)
	c.sums = make([]int32, c.size*ncls)
}

func wordKey(w *wordInfo, i int) uint64 {
	k := w.form ^ wordFlags(w, i)*0x9e3779b97f4a7c15
	if k == 0 {
		k = 1
	}
	return k
}

func (c *wordCache) slot(k uint64) int { return int(k>>32) & (c.size - 1) }

// tagSentence tags the words of ws with m, of feature set f (nx XPOS classes followed by nu
// UPOS classes), writing class ids into xs and us. Frequent words that
// always had the same tags in training (sure) are tagged without the model.
func tagSentence(f FeatureSet, m *weights, ws []wordInfo, n, nx, nu int, xs, us []uint8, b *scratch) {
	ncls := nx + nu
	nWord, nContext := f.tagCounts()
	wc := &b.words
	wc.reset(m, ncls)
	// the features that do not depend on the tags chosen, of every word
	// not sure, in one batch: those of the word alone unless cached
	fs := b.fs[:0]
	b.hit = grow(b.hit, n)
	b.base = grow(b.base, n*ncls)
	for i := 0; i < n; i++ {
		w := &ws[i+pad]
		if w.sure&sureBit != 0 {
			continue
		}
		k := wordKey(w, i)
		j := wc.slot(k)
		b.hit[i] = wc.keys[j] == k && wc.low[j] == w.lower
		if b.hit[i] {
			// copied now: a word below may take the slot
			copy(b.base[i*ncls:(i+1)*ncls], wc.sums[j*ncls:(j+1)*ncls])
		} else {
			fs = f.tagWord(fs, ws, i)
		}
		fs = f.tagContext(fs, ws, i)
	}
	b.fs = fs
	b.offs = grow(b.offs, len(fs))
	sink := m.touch(fs)
	sink += m.offsets(fs, b.offs)
	if sink == 1 && n < 0 {
		return // never: keeps the loads
	}
	k := 0
	sc := &b.iscore
	for i := 0; i < n; i++ {
		w := &ws[i+pad]
		if w.sure&sureBit != 0 {
			continue
		}
		if b.hit[i] {
			copy(sc[:ncls], b.base[i*ncls:(i+1)*ncls])
		} else {
			clear(sc[:ncls])
			m.addRunsInt(b.offs[k:k+nWord], sc)
			k += nWord
			key := wordKey(w, i)
			j := wc.slot(key)
			copy(wc.sums[j*ncls:(j+1)*ncls], sc[:ncls])
			wc.keys[j], wc.low[j] = key, w.lower
		}
		m.addRunsInt(b.offs[k:k+nContext], sc)
		k += nContext
		copy(b.base[i*ncls:(i+1)*ncls], sc[:ncls])
	}
	b.ualt = grow(b.ualt, n)
	var x1, x2, u1 uint64
	var dyn [16]uint32
	var offs [16]uint32
	scores := &b.iscore
	for i := 0; i < n; i++ {
		if a := ws[i+pad].sure; a&sureBit != 0 {
			bx, bu := int(a>>8&0xff), int(a&0xff)
			xs[i], us[i] = uint8(bx), uint8(bu)
			b.ualt[i] = 0
			x2, x1, u1 = x1, uint64(bx)+1, uint64(bu)+1
			continue
		}
		d := f.tagDynamic(dyn[:0], ws, i, x1, x2, u1)
		m.touch(d)
		m.offsets(d, offs[:len(d)])
		copy(scores[:ncls], b.base[i*ncls:(i+1)*ncls])
		m.addRunsInt(offs[:len(d)], scores)
		bx, bu := argmaxInt(scores[:nx]), argmaxInt(scores[nx:nx+nu])
		xs[i], us[i] = uint8(bx), uint8(bu)
		b.ualt[i] = runnerUp(scores[nx:nx+nu], bu, altMargin)
		x2, x1, u1 = x1, uint64(bx)+1, uint64(bu)+1
	}
}

// altMargin is the margin (in units of 1/32,767 of the tagger's largest
// weight) under which the tagger hesitated: the second tagging pass, if
// the model has one, tags the word again (retag.go).
var altMargin int32 = 10000

// runnerUp returns the class second to best in s plus 1 when its score is
// within margin of the best's, else 0.
func runnerUp(s []int32, best int, margin int32) uint8 {
	r := -1
	for c, v := range s {
		if c != best && (r < 0 || v > s[r]) {
			r = c
		}
	}
	if r < 0 || s[best]-s[r] >= margin {
		return 0
	}
	return uint8(r + 1)
}

// Roles of single words in the move features: the first word of the
// stack, the first three of the buffer, then words of the partial tree.
const (
	rS0 = iota
	rN0
	rN1
	rN2
	rS0h
	rS0l
	rS0r
	rN0l
	rS0l2
	rS0r2
	rN0l2
	nRoles
)

// roleTemplates are the templates of the word and tag (wp), word (w), tag
// (p), suffix and word cluster of each role, as in features (0: none).
var roleTemplates = [nRoles][5]uint64{
	{30, 31, 32, 110, 113}, {33, 0, 35, 111, 114}, {36, 37, 38, 112, 115}, {39, 40, 41, 0, 0},
	{0, 68, 69, 0, 116}, {0, 71, 72, 0, 0}, {0, 74, 75, 0, 0}, {0, 77, 78, 0, 0},
	{0, 83, 84, 0, 0}, {0, 86, 87, 0, 0}, {0, 89, 90, 0, 0},
}

// roleFeatures appends the features of word i in role r.
func (st *state) roleFeatures(fs []uint32, r int, i int32) []uint32 {
	t := &roleTemplates[r]
	if st.fset == CompactFeatures {
		t = &compactRoleTemplates[r]
	}
	w, p := st.wAt(i), st.pAt(i)
	if t[0] != 0 {
		fs = append(fs, f1(t[0], w^p<<56))
	}
	if t[1] != 0 {
		fs = append(fs, f1(t[1], w))
	}
	if t[2] != 0 { // every role of the full set has its tag
		fs = append(fs, f1(t[2], p))
	}
	if t[3] != 0 {
		fs = append(fs, f1(t[3], st.sfAt(i)))
	}
	if t[4] != 0 {
		fs = append(fs, f1(t[4], st.cAt(i)))
	}
	if r == rS0 {
		fs = append(fs, f1(104, 0))
	}
	if r == rN0 {
		// the tags of the next words, which follow from the first's
		p1, p2 := uint64(nullP), uint64(nullP)
		if i >= 0 {
			p1, p2 = st.pAt(i+1), st.pAt(i+2)
		}
		fs = append(fs, f2(49, p, p1), f3(50, p, p1, p2))
	}
	return fs
}

// memo keeps the summed move weights of each word in each role for one
// sentence; slot n+1 of a role is the missing word.
type memo struct {
	gen []uint32
	sum [][4]int32
	cur uint32
	w   int32 // words + 2
}

func (mm *memo) reset(n int) {
	mm.w = int32(n + 2)
	k := nRoles * (n + 2)
	if cap(mm.gen) < k {
		mm.gen, mm.sum = make([]uint32, k), make([][4]int32, k)
		mm.cur = 0
	}
	mm.gen, mm.sum = mm.gen[:k], mm.sum[:k]
	mm.cur++
	if mm.cur == 0 {
		clear(mm.gen[:cap(mm.gen)])
		mm.cur = 1
	}
}

// roles returns the word in each role of the configuration (-1: none).
func (st *state) roles() [nRoles]int32 {
	var roles [nRoles]int32
	s0 := st.s0()
	n0 := st.b
	if int(n0) > st.n {
		n0 = -1
	}
	roles[rS0], roles[rN0] = s0, n0
	roles[rN1], roles[rN2] = -1, -1
	if int(st.b+1) <= st.n {
		roles[rN1] = st.b + 1
	}
	if int(st.b+2) <= st.n {
		roles[rN2] = st.b + 2
	}
	roles[rS0h] = at(st.head, s0)
	roles[rS0l], roles[rS0r], roles[rN0l] = at(st.l1, s0), at(st.r1, s0), at(st.l1, n0)
	roles[rS0l2], roles[rS0r2], roles[rN0l2] = at(st.l2, s0), at(st.r2, s0), at(st.l2, n0)
	return roles
}

// moveScores scores the moves of the current configuration: the features of
// single words from the memo (computed on first use), the others as
// features lists them.
func (st *state) moveScores(moves *weights, b *scratch, scores []float32) {
	roles := st.roles()
	mm := &b.memo
	fs := b.fs[:0]
	var idx [nRoles]int32
	var todo [nRoles]uint8
	var ends [nRoles]int
	nt := 0
	for r, i := range roles {
		if i < 0 || int(i) > st.n {
			i = mm.w - 1
		}
		k := int32(r)*mm.w + i
		idx[r] = k
		if mm.gen[k] != mm.cur {
			fs = st.roleFeatures(fs, r, roles[r])
			todo[nt], ends[nt] = uint8(r), len(fs)
			nt++
		}
	}
	nrole := len(fs)
	fs = st.pairFeatures(fs)
	b.fs = fs
	if moves.touch(fs) == 1 && len(fs) == 0 {
		return // never: keeps the loads
	}
	start := 0
	for j := 0; j < nt; j++ {
		k := idx[todo[j]]
		mm.sum[k] = moves.sum4(fs[start:ends[j]])
		mm.gen[k] = mm.cur
		start = ends[j]
	}
	s := moves.sum4(fs[nrole:])
	for _, k := range idx {
		t := &mm.sum[k]
		s[0] += t[0]
		s[1] += t[1]
		s[2] += t[2]
		s[3] += t[3]
	}
	for c := 0; c < nMoves; c++ {
		scores[c] = float32(s[c])
	}
}

// pairPositions returns the first two words of the stack and of the
// buffer, -1 for none.
func (st *state) pairPositions() (s0, s1, n0, n1 int32) {
	s0, s1 = st.s0(), -1
	if len(st.stack) > 1 {
		s1 = st.stack[len(st.stack)-2]
	}
	n0, n1 = st.b, st.b+1
	if int(n0) > st.n {
		n0 = -1
	}
	if int(n1) > st.n {
		n1 = -1
	}
	return s0, s1, n0, n1
}

// pairFeatures appends the move features that are not of a single word.
func (st *state) pairFeatures(fs []uint32) []uint32 {
	if st.fset == CompactFeatures {
		return st.pairFeaturesCompact(fs)
	}
	s0, s1, n0, n1 := st.pairPositions()
	s0h := at(st.head, s0)
	s0h2 := at(st.head, s0h)
	s0l, s0r, n0l := at(st.l1, s0), at(st.r1, s0), at(st.l1, n0)
	s0l2, s0r2, n0l2 := at(st.l2, s0), at(st.r2, s0), at(st.l2, n0)

	s0w, s0p := st.wAt(s0), st.pAt(s0)
	n0w, n0p := st.wAt(n0), st.pAt(n0)
	n1p := st.pAt(n1)
	s0wp, n0wp := s0w^s0p<<56, n0w^n0p<<56
	var d uint64
	if n0 >= 0 {
		d = uint64(min(n0-s0, 15))
	}
	var s0vl, s0vr, n0vl uint64
	var s0sl, s0sr, n0sl uint64
	if s0 >= 0 {
		s0vl, s0vr, s0sl, s0sr = uint64(st.nl[s0]), uint64(st.nr[s0]), st.ls[s0], st.rs[s0]
	}
	if n0 >= 0 {
		n0vl, n0sl = uint64(st.nl[n0]), st.ls[n0]
	}
	s0hp, s0lp, s0rp, n0lp := st.pAt(s0h), st.pAt(s0l), st.pAt(s0r), st.pAt(n0l)
	return append(fs,
		// pairs
		f2(45, s0wp, n0p), f2(46, s0p, n0wp), f2(47, s0w, n0w),
		f2(48, s0p, n0p),
		// three words
		f3(51, s0p, n0p, n1p),
		f3(52, s0hp, s0p, n0p), f3(53, s0p, s0lp, n0p),
		f3(54, s0p, s0rp, n0p), f3(55, s0p, n0p, n0lp),
		// distance
		f2(56, s0w, d), f2(57, s0p, d), f2(58, n0w, d), f2(59, n0p, d),
		f3(61, s0p, n0p, d),
		// valency
		f2(62, s0w, s0vr), f2(64, s0w, s0vl),
		f2(65, s0p, s0vl), f2(67, n0p, n0vl),
		// labels of the partial tree
		f1(70, st.lAt(s0)), f1(73, st.lAt(s0l)), f1(76, st.lAt(s0r)), f1(79, st.lAt(n0l)),
		f1(85, st.lAt(s0l2)), f1(88, st.lAt(s0r2)), f1(91, st.lAt(n0l2)),
		f3(92, s0p, s0lp, st.pAt(s0l2)),
		f3(94, s0p, s0hp, st.pAt(s0h2)), f3(95, n0p, n0lp, st.pAt(n0l2)),
		// label sets
		f2(96, s0w, s0sr), f2(97, s0p, s0sr), f2(98, s0w, s0sl),
		f2(99, s0p, s0sl), f2(101, n0p, n0sl),
		// the second stack word
		f3(102, st.pAt(s1), s0p, n0p), f2(103, st.wAt(s1), n0w),
		// universal tags
		f2(105, st.uAt(s0), st.uAt(n0)), f3(106, st.uAt(s0), st.uAt(n0), st.uAt(n1)),
		f3(107, st.uAt(s1), st.uAt(s0), st.uAt(n0)), f2(108, s0w, st.uAt(n0)),
		// word clusters
		f2(150, st.cAt(s0), st.cAt(n0)), f2(151, st.cAt(s0), n0p), f2(152, s0p, st.cAt(n0)),
		f4(153, st.ccAt(s0), st.ccAt(n0), st.ccAt(n1), d),
	)
}
