package parser

// Fast scoring. Most of the parser's time is spent waiting for memory: the
// weight tables (14 MB) do not fit the processor's private caches, and a
// look-up whose address depends on the one before cannot start before it
// ends. So the hot paths gather the keys of many features first, load
// their slots in a loop whose loads do not depend on one another (the
// processor overlaps their cache misses), then probe and sum.
//
//   - The tagger scores the features that do not depend on the tags already
//     chosen (33 of its 42) for every word of a sentence in one batch; only
//     the 9 others are scored word by word.
//   - The parser remembers, for each word of the sentence and each of its
//     roles (first word of the stack, of the buffer, head of the first word
//     of the stack...), the summed weights of the features of that word
//     alone: 29 of its 80 move features are then a few additions.
//
// Scores are sums of 16-bit integers, exact in any order: the fast paths
// give the same tags and trees as scoring each feature list whole.

// touch loads the home slot of every key of feats, and returns a value
// that depends on the loads so that the compiler keeps them.
func (m *weights) touch(feats []uint32) uint32 {
	var sink uint32
	if m.ncls <= 4 {
		tab := m.slots4
		for _, f := range feats {
			sink += tab[m.home(f)].key
		}
		return sink
	}
	tab := m.slotsE
	for _, f := range feats {
		sink += tab[m.home(f)].key
	}
	return sink
}

// noRow marks a feature without weights in offsets.
const noRow = ^uint32(0)

// offsets writes, for each key of feats, the start of its run in entries
// (noRow when absent), and loads the first entry of each run. The slots
// should be in the cache (touch).
func (m *weights) offsets(feats []uint32, offs []uint32) uint32 {
	tab := m.slotsE
	var sink uint32
	for j, f := range feats {
		i := m.home(f)
		off := noRow
		for {
			s := &tab[i]
			if s.key == f {
				off = s.off
				sink += m.entries[off]
				break
			}
			if s.key == 0 {
				break
			}
			i = m.next(i)
		}
		offs[j] = off
	}
	return sink
}

// addRuns adds the weights of the runs at offs to scores.
func (m *weights) addRuns(offs []uint32, scores []float32) {
	e := m.entries
	for _, off := range offs {
		if off == noRow {
			continue
		}
		n := e[off]
		for _, x := range e[off+1 : off+1+n] {
			scores[x>>16] += float32(int16(uint16(x)))
		}
	}
}

// sum4 returns the summed move weights of feats (ncls ≤ 4), whose slots
// should be in the cache.
func (m *weights) sum4(feats []uint32) [4]int32 {
	tab := m.slots4
	var s [4]int32
	for _, f := range feats {
		i := m.home(f)
		for {
			sl := &tab[i]
			if sl.key == f {
				s[0] += int32(sl.w[0])
				s[1] += int32(sl.w[1])
				s[2] += int32(sl.w[2])
				s[3] += int32(sl.w[3])
				break
			}
			if sl.key == 0 {
				break
			}
			i = m.next(i)
		}
	}
	return s
}

// scratch holds the buffers of the fast paths, reused from sentence to
// sentence.
type scratch struct {
	fs     []uint32
	offs   []uint32
	scores []float32
	base   []float32 // tagger: static scores of each word, ncls a word
}

// tagStatic appends the features of word i that do not depend on the tags
// chosen before it; tagDynamic the others. Together they are tagFeatures
// (TestTagFeatureSplit).
func tagStatic(fs []uint32, ws []wordInfo, i int) []uint32 {
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
		f1(14, p1.lower),
		f1(15, p1.suf[2]),
		f1(16, p2.lower),
		f1(17, n1.lower),
		f1(18, n1.suf[2]),
		f1(19, n2.lower),
		f2(20, p1.lower, w.lower),
		f2(21, w.lower, n1.lower),
		f1(22, flags),
		f2(24, n1.shape, n1.suf[1]),
		f2(26, p1.lower, n1.lower),
		f2(27, flags, w.shape),
		f1(29, w.pre[1]),
		f1(30, n2.suf[2]),
		f2(31, n1.lower, n2.lower),
		f2(32, w.suf[2], n1.suf[2]),
		f2(33, p1.shape, n1.shape),
		f2(34, p1.suf[2], w.suf[2]),
		f1(37, w.amb),
		f1(38, n1.amb),
		f2(39, n1.amb, n2.amb),
		f2(41, w.amb, n1.amb),
		f1(42, n2.amb),
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
	)
}

const nTagStatic = 33

// tagSentence tags the words of ws with m (nx XPOS classes followed by nu
// UPOS classes), writing class ids into xs and us. Frequent words that
// always had the same tags in training (sure) are tagged without the model.
func tagSentence(m *weights, ws []wordInfo, n, nx, nu int, xs, us []uint8, b *scratch) {
	ncls := nx + nu
	// the static features of every word not sure, in one batch
	fs := b.fs[:0]
	for i := 0; i < n; i++ {
		if ws[i+pad].sure&sureBit == 0 {
			fs = tagStatic(fs, ws, i)
		}
	}
	b.fs = fs
	b.offs = grow(b.offs, len(fs))
	b.base = grow(b.base, n*ncls)
	b.scores = grow(b.scores, max(len(b.scores), ncls))
	sink := m.touch(fs)
	sink += m.offsets(fs, b.offs)
	if sink == 1 && n < 0 {
		return // never: keeps the loads
	}
	k := 0
	for i := 0; i < n; i++ {
		if ws[i+pad].sure&sureBit != 0 {
			continue
		}
		row := b.base[i*ncls : (i+1)*ncls]
		clear(row)
		m.addRuns(b.offs[k:k+nTagStatic], row)
		k += nTagStatic
	}
	var x1, x2, u1 uint64
	var dyn [16]uint32
	var offs [16]uint32
	scores := b.scores[:ncls]
	for i := 0; i < n; i++ {
		if a := ws[i+pad].sure; a&sureBit != 0 {
			bx, bu := int(a>>8&0xff), int(a&0xff)
			xs[i], us[i] = uint8(bx), uint8(bu)
			x2, x1, u1 = x1, uint64(bx)+1, uint64(bu)+1
			continue
		}
		d := tagDynamic(dyn[:0], ws, i, x1, x2, u1)
		m.touch(d)
		m.offsets(d, offs[:len(d)])
		copy(scores, b.base[i*ncls:(i+1)*ncls])
		m.addRuns(offs[:len(d)], scores)
		bx, bu := argmax(scores[:nx]), argmax(scores[nx:nx+nu])
		xs[i], us[i] = uint8(bx), uint8(bu)
		x2, x1, u1 = x1, uint64(bx)+1, uint64(bu)+1
	}
}
