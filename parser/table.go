package parser

import (
	"encoding/binary"
	"math/bits"
)

// The look-up tables. Most of the parsing time is spent waiting for the
// processor's caches, so the tables are made as small as they can be
// without losing accuracy, and a feature costs one cache line:
//
//   - A key's high bits choose a 64-byte bucket, its low 16 bits are its
//     fingerprint in the bucket (0 marks an empty slot). The fingerprints of
//     a bucket are compared at once, 4 in a 64-bit word. A bucket that
//     filled up sends the keys after it to the next bucket, and records
//     their fingerprints in a small filter (spill), so that a look-up of a
//     missing key reads the next bucket only when the filter says so.
//   - Weights are stored as 8-bit mantissas with one shift a row: a weight
//     is m<<e, exact to 1/128 of the largest weight of its row (the model
//     file keeps 16 bits), except in the rows stored apart, which keep
//     their 16 bits. Scores are sums of integers, whatever the order.
//   - The parser's moves (four classes): 8 rows a bucket, each a shift
//     and four weights.
//   - The tagger's and the relations' rows (66 and 51 classes, 4 weights
//     on average): 4 rows a bucket, each up to 6 (class, weight) pairs
//     inline; a longer row is stored apart, in out.

// mbucket is a bucket of the moves' table.
type mbucket struct {
	fp [2]uint64 // 16-bit fingerprints of slots 0–3 and 4–7
	e  [mBucket]uint8
	w  [mBucket][4]int8
	// spill has bit fp&63 set for the fingerprint fp of each key that
	// found the bucket full and went on to the next: a look-up goes on
	// only for those
	spill uint64
}

// cbucket is a bucket of a table of more than four classes.
type cbucket struct {
	fp uint64 // 16-bit fingerprints of the 4 slots
	s  [cBucket]cslot
}

type cslot struct {
	n uint8 // number of pairs inline (≤ cInline), or outRow: p[0:4] is the row's offset in out
	e uint8 // shift of the weights (bits 0–3); bits 4–7 of the 4 slots: as mbucket.spill, 16 bits (spillBit)
	p [2 * cInline]uint8
}

const (
	mBucket = 8 // slots of a bucket of the moves' table
	cBucket = 4 // slots of a bucket of the other tables
	cInline = 6 // (class, weight) pairs held in a cslot
	outRow  = 0xff
	noSlot  = ^uint32(0)
	lanes   = 0x0001000100010001
)

// fingerprint is the part of key k kept in its slot, never 0.
func fingerprint(k uint32) uint16 {
	fp := uint16(k)
	if fp == 0 {
		fp = 1
	}
	return fp
}

// lane returns the first of the four 16-bit lanes of w equal to fp, or
// 4 when none is.
func lane(w uint64, fp uint16) int {
	x := w ^ uint64(fp)*lanes
	t := (x - lanes) &^ x & (lanes << 15)
	return bits.TrailingZeros64(t) >> 4
}

// spillBit returns the slot and the bit of e that record in a cbucket that
// a key of fingerprint fp went on to the next bucket.
func spillBit(fp uint16) (int, uint8) { return int(fp>>2) & 3, 0x10 << (fp & 3) }

// home maps a key (a hash already) to its home bucket.
func (m *weights) home(k uint32) uint64 { return uint64(k) * m.nb >> 32 }

func (m *weights) next(b uint64) uint64 {
	if b++; b == m.nb {
		return 0
	}
	return b
}

// rowShift returns the smallest shift e with which the 16-bit weights q
// are 8-bit mantissas, and writes the mantissas, rounded, to out.
func rowShift(q []int16, out []int8) uint8 {
	mx := 0
	for _, v := range q {
		mx = max(mx, abs(int(v)))
	}
	e := max(0, bits.Len(uint(mx))-7)
	if mx > 127<<e {
		e++
	}
	for i, v := range q {
		r := int(v)
		if e > 0 {
			r = (r + 1<<(e-1)) >> e
		}
		out[i] = int8(max(-127, min(127, r)))
	}
	return uint8(e)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// buildTable packs the rows of m into its look-up table.
func (m *weights) buildTable() {
	m.scale = quantScale(m.w)
	nk := uint64(len(m.keys))
	m.ms, m.cs, m.out = nil, nil, nil
	var q [256]int16
	var mant [256]int8
	if m.ncls <= 4 {
		// a load of 0.75
		m.nb = max(1, (nk*4+3*mBucket-1)/(3*mBucket))
		m.ms = make([]mbucket, int(m.nb))
		for r, k := range m.keys {
			b := m.home(k)
			fp := fingerprint(k)
			for m.ms[b].fp[1]>>48 != 0 { // full
				m.ms[b].spill |= 1 << (fp & 63)
				b = m.next(b)
			}
			bk := &m.ms[b]
			j := 0
			for bk.fp[j>>2]>>(16*(j&3))&0xffff != 0 {
				j++
			}
			qs := q[:4]
			clear(qs)
			for i := m.off[r]; i < m.off[r+1]; i++ {
				qs[m.cls[i]] = m.quant(m.w[i])
			}
			bk.fp[j>>2] |= uint64(fp) << (16 * (j & 3))
			var w [4]int8
			bk.e[j] = rowShift(qs, w[:])
			bk.w[j] = w
		}
		return
	}
	// a load of 0.65
	m.nb = max(1, (nk*20+13*cBucket-1)/(13*cBucket))
	m.cs = make([]cbucket, int(m.nb))
	var out []uint32
	for r, k := range m.keys {
		b, fp := m.home(k), fingerprint(k)
		for m.cs[b].fp>>48 != 0 {
			i, bit := spillBit(fp)
			m.cs[b].s[i].e |= bit
			b = m.next(b)
		}
		bk := &m.cs[b]
		j := 0
		for bk.fp>>(16*j)&0xffff != 0 {
			j++
		}
		bk.fp |= uint64(fp) << (16 * j)
		s := &bk.s[j]
		a, z := m.off[r], m.off[r+1]
		qs := q[:z-a]
		for i := a; i < z; i++ {
			qs[i-a] = m.quant(m.w[i])
		}
		s.e |= rowShift(qs, mant[:len(qs)])
		n := 0
		for _, v := range mant[:len(qs)] {
			if v != 0 {
				n++
			}
		}
		if n <= cInline {
			s.n = uint8(n)
			k := 0
			var used [256]bool
			for i := a; i < z; i++ {
				if v := mant[i-a]; v != 0 {
					s.p[2*k], s.p[2*k+1] = m.cls[i], uint8(v)
					used[m.cls[i]] = true
					k++
				}
			}
			// the pairs left are weights 0 of classes not in the row, so
			// that a row is added without a loop, and without adding
			// twice to one score (each add would wait for the one before)
			for c := 0; k < cInline; c = (c + 1) % m.ncls {
				if !used[c] || k >= m.ncls {
					s.p[2*k], s.p[2*k+1] = uint8(c), 0
					used[c] = true
					k++
				}
			}
			continue
		}
		// a long row keeps its 16-bit weights: those of the most
		// frequent features, in the cache anyway
		s.n, s.e = outRow, s.e&^0xf
		binary.LittleEndian.PutUint32(s.p[:4], uint32(len(out)))
		out = append(out, z-a)
		for i := a; i < z; i++ {
			out = append(out, uint32(m.cls[i])<<16|uint32(uint16(qs[i-a])))
		}
	}
	if len(out) > 0 {
		m.out = make([]uint32, len(out))
		copy(m.out, out)
	}
}

// tableBytes is the size of m's look-up table.
func (m *weights) tableBytes() int {
	return (len(m.ms)+len(m.cs))*64 + len(m.out)*4
}

// find4 returns bucket and slot of key f in the moves' table, or a slot
// of mBucket when it is absent.
func (m *weights) find4(f uint32) (*mbucket, int) {
	b, fp := m.home(f), fingerprint(f)
	for {
		bk := &m.ms[b]
		if j := lane(bk.fp[0], fp); j < 4 {
			return bk, j
		}
		if j := lane(bk.fp[1], fp); j < 4 {
			return bk, 4 + j
		}
		if bk.spill>>(fp&63)&1 == 0 {
			return bk, mBucket
		}
		b = m.next(b)
	}
}

// findC returns the index of the slot of key f in m.cs (bucket·4 + slot),
// or noSlot.
func (m *weights) findC(f uint32) uint32 {
	b, fp := m.home(f), fingerprint(f)
	for {
		bk := &m.cs[b]
		if j := lane(bk.fp, fp); j < 4 {
			return uint32(b)*cBucket + uint32(j)
		}
		if i, bit := spillBit(fp); bk.s[i].e&bit == 0 {
			return noSlot
		}
		b = m.next(b)
	}
}

// touch loads the home bucket of every key of feats, and returns a value
// that depends on the loads so that the compiler keeps them.
func (m *weights) touch(feats []uint32) uint32 {
	var sink uint64
	if m.ncls <= 4 {
		tab := m.ms
		for _, f := range feats {
			sink += tab[m.home(f)].fp[0]
		}
		return uint32(sink)
	}
	tab := m.cs
	for _, f := range feats {
		sink += tab[m.home(f)].fp
	}
	return uint32(sink)
}

// offsets writes, for each key of feats, the index of its slot (noSlot
// when absent), and loads the rows stored apart. The buckets should be in
// the cache (touch).
func (m *weights) offsets(feats []uint32, offs []uint32) uint32 {
	var sink uint32
	for j, f := range feats {
		i := m.findC(f)
		offs[j] = i
		if i != noSlot {
			if s := &m.cs[i/cBucket].s[i%cBucket]; s.n == outRow {
				sink += m.out[binary.LittleEndian.Uint32(s.p[:4])]
			}
		}
	}
	return sink
}

// addRunsInt adds the weights of the slots offs to scores.
func (m *weights) addRunsInt(offs []uint32, scores *[256]int32) {
	for _, i := range offs {
		if i == noSlot {
			continue
		}
		s := &m.cs[i/cBucket].s[i%cBucket]
		if s.n != outRow {
			e, p := s.e&0xf, &s.p
			scores[p[0]] += int32(int8(p[1])) << e
			scores[p[2]] += int32(int8(p[3])) << e
			scores[p[4]] += int32(int8(p[5])) << e
			scores[p[6]] += int32(int8(p[7])) << e
			scores[p[8]] += int32(int8(p[9])) << e
			scores[p[10]] += int32(int8(p[11])) << e
			continue
		}
		off := binary.LittleEndian.Uint32(s.p[:4])
		n := m.out[off]
		xs := m.out[off+1 : off+1+n]
		for len(xs) >= 4 { // unrolled: half the loop's instructions
			x0, x1, x2, x3 := xs[0], xs[1], xs[2], xs[3]
			scores[uint8(x0>>16)] += int32(int16(x0))
			scores[uint8(x1>>16)] += int32(int16(x1))
			scores[uint8(x2>>16)] += int32(int16(x2))
			scores[uint8(x3>>16)] += int32(int16(x3))
			xs = xs[4:]
		}
		for _, x := range xs {
			scores[uint8(x>>16)] += int32(int16(x))
		}
	}
}

// bestLabel returns the relation of highest score given the features fs,
// other than root (the root's dependent takes it without scoring): as
// score and the choice in chooseLabel, in integers.
func (m *weights) bestLabel(fs []uint32, nlab int, root uint8) uint8 {
	var sc [256]int32
	m.sumInts(fs, &sc)
	best := -1
	for l, v := range sc[:nlab] {
		if l != int(root) && (best < 0 || v > sc[best]) {
			best = l
		}
	}
	if best < 0 {
		return root
	}
	return uint8(best)
}

// bestLabels is bestLabel with the relation's score and the runner-up
// (the first of those of equal score), for the beam's joint relations.
func (m *weights) bestLabels(fs []uint32, nlab int, root uint8) labelPick {
	var sc [256]int32
	m.sumInts(fs, &sc)
	best, second := -1, -1
	for l, v := range sc[:nlab] {
		if l == int(root) {
			continue
		}
		if best < 0 || v > sc[best] {
			best, second = l, best
		} else if second < 0 || v > sc[second] {
			second = l
		}
	}
	if best < 0 {
		return labelPick{l: [2]uint8{root}, n: 1}
	}
	lp := labelPick{l: [2]uint8{uint8(best)}, s: [2]float32{float32(sc[best])}, n: 1}
	if second >= 0 {
		lp.l[1], lp.s[1], lp.n = uint8(second), float32(sc[second]), 2
	}
	return lp
}

// sumInts adds the weights of feats to sc in three passes whose loads do
// not depend on one another (fast.go): the home buckets, the rows stored
// apart, then the sums.
func (m *weights) sumInts(feats []uint32, sc *[256]int32) {
	var buf [64]uint32
	offs := buf[:0]
	if len(feats) > len(buf) {
		offs = make([]uint32, len(feats))
	}
	offs = offs[:len(feats)]
	sink := m.touch(feats)
	sink += m.offsets(feats, offs)
	if sink == 1 && len(feats) == 0 {
		return // never: keeps the loads
	}
	m.addRunsInt(offs, sc)
}

// sum4 returns the summed move weights of feats (ncls ≤ 4), whose buckets
// should be in the cache. It is find4 inlined, without a branch on where
// in its bucket a key is.
func (m *weights) sum4(feats []uint32) [4]int32 {
	var s [4]int32
	tab, nb := m.ms, m.nb
	for _, f := range feats {
		b := uint64(f) * nb >> 32
		fp := fingerprint(f)
		for {
			bk := &tab[b]
			// the high bit of each 16-bit lane equal to fp, those of
			// fp[0] at bits 0, 16, 32, 48 and those of fp[1] at 1, 17...
			x0, x1 := bk.fp[0]^uint64(fp)*lanes, bk.fp[1]^uint64(fp)*lanes
			t := ((x0-lanes)&^x0&(lanes<<15))>>15 | ((x1-lanes)&^x1&(lanes<<15))>>14
			if t != 0 {
				z := bits.TrailingZeros64(t)
				j := z>>4 | (z&1)<<2
				e, w := bk.e[j]&0xf, &bk.w[j]
				s[0] += int32(w[0]) << e
				s[1] += int32(w[1]) << e
				s[2] += int32(w[2]) << e
				s[3] += int32(w[3]) << e
				break
			}
			if bk.spill>>(fp&63)&1 == 0 {
				break
			}
			if b++; b == nb {
				b = 0
			}
		}
	}
	return s
}
