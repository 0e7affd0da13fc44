package parser

import (
	"fmt"
)

// Beam search (Zhang and Clark 2008; Zhang and Nivre 2011): instead of
// the best move of one configuration, the parser keeps the k
// configurations of highest total move score at each step, and ends with
// the best sequence. A model trained for it (TrainOptions.Beam: a
// structured perceptron over whole sequences of moves, updated where the
// gold sequence is beaten by the most, Huang et al. 2012) scores
// sequences rather than single moves; its relations are chosen, as in
// greedy parsing, by the relation perceptron when an arc is made.
//
// A configuration that ended (its buffer empty) is carried over with its
// score unchanged, and a forced move (the only valid one) adds nothing, in
// training and in parsing alike. Ties go to the earlier configuration of
// the beam, then to the earlier move (shift, left, right, reduce): with a
// beam of 1 the parser makes exactly the greedy parser's moves.

// MaxBeam bounds SetBeam: each configuration of the beam costs about a
// greedy parse of the sentence.
const MaxBeam = 64

// SetBeam sets the width of the beam p parses with: 0 parses greedily (the
// default of a greedy model; NewParser sets the width a beam model was
// trained with), 1 to MaxBeam keeps that many configurations. A wider beam
// is slower. It refuses widths outside 0 to MaxBeam. A beam takes
// precedence over selectional branching (SetBranches).
func (p *Parser) SetBeam(k int) error {
	if k < 0 || k > MaxBeam {
		return fmt.Errorf("beam %d: want 0 to %d", k, MaxBeam)
	}
	p.b.bm.k = k
	return nil
}

// Beam returns the width of the beam p parses with (0: greedy).
func (p *Parser) Beam() int { return p.b.bm.k }

// Beam returns the width of the beam m was trained with, which its
// parsers use unless told otherwise (0: a greedy model).
func (m *Model) Beam() int { return m.beam }

// JointLabels reports whether m's relations were trained with its moves
// for its beam (TrainOptions.JointLabels): a beam then adds the score of
// each arc's relation to its sequence's.
func (m *Model) JointLabels() bool { return m.joint }

// beamItem is one configuration of the beam.
type beamItem struct {
	st     *state
	score  float64
	gold   bool  // training: the configuration is on the gold sequence
	parent int32 // the index of the configuration it came from in the beam before
	m      int8  // the move that led to it (-1: carried over, ended)
	l      uint8 // the relation of that move's arc
}

type beamCand struct {
	score float64
	item  int32
	m     int8
	l     uint8 // joint relations: the relation of the arc move m
}

// histItem is a configuration of the beam at one step (training).
type histItem struct {
	parent int32
	m      int8
	l      uint8
}

// beam holds the settings and the buffers of beam search, reused from
// sentence to sentence.
type beam struct {
	k         int
	cur, next []beamItem
	n         int // configurations in cur
	cands     []beamCand
	first     []int32 // the first successor of each configuration in cands
	// training: the beam's configurations at each step, histAt[t] the
	// index of step t's first in hist
	hist   []histItem
	histAt []int
	labels labelMemo // parsing: the relations chosen in the sentence
	noMemo bool      // tests: choose every relation anew
	// joint relations (beamtrain.go): an arc move's candidate takes its best
	// relation before the beam is cut, and that relation's score adds to
	// the sequence's
	joint bool
	alts  int // joint relations: 2 puts an arc's two best relations in the beam, else its best
}

// labelPick is the best relation of an arc and its score, and the
// runner-up (n = 2) when there is one to score.
type labelPick struct {
	l [2]uint8
	s [2]float32
	n int8
}

// labelKey is what the relation of an arc depends on (labelFeatures): its
// head and dependent, the head's head, the dependent's closest left
// dependent, and the relations of their dependents so far.
type labelKey struct {
	h, d, hh, dl  int32
	dls, drs, hlr uint64
}

// labelMemo remembers the relations chosen for the arcs of a sentence,
// direct-mapped by their key.
type labelMemo struct {
	keys []labelKey
	labs []labelPick
	gen  []uint32
	cur  uint32
}

const labelMemoSize = 512

func (lm *labelMemo) reset() {
	if lm.keys == nil {
		lm.keys, lm.labs, lm.gen = make([]labelKey, labelMemoSize), make([]labelPick, labelMemoSize), make([]uint32, labelMemoSize)
	}
	lm.cur++
	if lm.cur == 0 {
		clear(lm.gen)
		lm.cur = 1
	}
}

func (lm *labelMemo) slot(k *labelKey) int {
	x := uint64(uint32(k.h))<<32 | uint64(uint32(k.d))
	x ^= (uint64(uint32(k.hh))<<32 | uint64(uint32(k.dl))) * 0x9e3779b97f4a7c15
	x ^= k.dls*0xbf58476d1ce4e5b9 ^ k.drs*0x94d049bb133111eb ^ k.hlr*0xd6e8feb86659fd93
	x ^= x >> 29
	x *= 0xbf58476d1ce4e5b9
	return int(x>>32) & (labelMemoSize - 1)
}

func (lm *labelMemo) get(slot int, k *labelKey) (labelPick, bool) {
	if lm.gen[slot] == lm.cur && lm.keys[slot] == *k {
		return lm.labs[slot], true
	}
	return labelPick{}, false
}

func (lm *labelMemo) put(slot int, k *labelKey, lp labelPick) {
	lm.keys[slot], lm.labs[slot], lm.gen[slot] = *k, lp, lm.cur
}

func (bm *beam) start(st *state, k int) {
	for len(bm.cur) < k {
		bm.cur = append(bm.cur, beamItem{st: new(state)})
		bm.next = append(bm.next, beamItem{st: new(state)})
	}
	it := &bm.cur[0]
	it.st.copyFrom(st)
	it.score, it.gold, it.parent, it.m, it.l = 0, true, -1, -1, 0
	bm.n = 1
	bm.hist, bm.histAt = bm.hist[:0], bm.histAt[:0]
}

// done reports whether every configuration of the beam ended.
func (bm *beam) done() bool {
	for i := range bm.cur[:bm.n] {
		if !bm.cur[i].st.terminal() {
			return false
		}
	}
	return true
}

// expand replaces the beam with the k best successors of its
// configurations. score writes the move scores of a configuration, label
// chooses the relation of an arc about to be made and gives its score
// (added to the sequence's with joint relations); gm is the gold move
// (training; -1 when the gold sequence ended, -2 outside training) and gl
// its relation (joint relations: a successor is on the gold sequence only
// with it).
func (bm *beam) expand(k int, scores []float32, score func(*state, []float32), label func(*state, int) labelPick, gm int, gl uint8) {
	bm.cands = bm.cands[:0]
	for i := range bm.cur[:bm.n] {
		it := &bm.cur[i]
		if it.st.terminal() {
			bm.cands = append(bm.cands, beamCand{it.score, int32(i), -1, 0})
			continue
		}
		nvalid, last := 0, -1
		for m := 0; m < nMoves; m++ {
			if it.st.valid(m) {
				nvalid++
				last = m
			}
		}
		if nvalid == 1 {
			bm.addCand(beamCand{it.score, int32(i), int8(last), 0}, it.st, label)
			continue
		}
		score(it.st, scores)
		for m := 0; m < nMoves; m++ {
			if it.st.valid(m) {
				bm.addCand(beamCand{it.score + float64(scores[m]), int32(i), int8(m), 0}, it.st, label)
			}
		}
	}
	nk := topK(bm.cands, k)
	// the first successor of a configuration takes its state, the others
	// copy it first
	bm.first = grow(bm.first, bm.n)
	for i := range bm.first {
		bm.first[i] = -1
	}
	for j, c := range bm.cands[:nk] {
		if bm.first[c.item] < 0 {
			bm.first[c.item] = int32(j)
		}
	}
	for j, c := range bm.cands[:nk] {
		if bm.first[c.item] != int32(j) {
			bm.next[j].st.copyFrom(bm.cur[c.item].st)
		}
	}
	for j, c := range bm.cands[:nk] {
		if bm.first[c.item] == int32(j) {
			bm.next[j].st, bm.cur[c.item].st = bm.cur[c.item].st, bm.next[j].st
		}
	}
	for j, c := range bm.cands[:nk] {
		par := &bm.cur[c.item]
		nx := &bm.next[j]
		nx.score, nx.parent, nx.m, nx.l = c.score, c.item, c.m, 0
		nx.gold = par.gold && int(c.m) == gm
		if c.m >= 0 {
			if c.m == mLeft || c.m == mRight {
				if bm.joint {
					nx.l = c.l
					nx.gold = nx.gold && c.l == gl
				} else {
					nx.l = label(nx.st, int(c.m)).l[0]
				}
			}
			nx.st.apply(int(c.m), nx.l)
		}
	}
	bm.cur, bm.next = bm.next, bm.cur
	bm.n = nk
}

// addCand adds the candidate c, a move from st, to the beam's: with joint
// relations, an arc move takes its best relation and that relation's
// score, and with alts 2 its runner-up makes a second candidate.
func (bm *beam) addCand(c beamCand, st *state, label func(*state, int) labelPick) {
	if !bm.joint || (c.m != mLeft && c.m != mRight) {
		bm.cands = append(bm.cands, c)
		return
	}
	lp := label(st, int(c.m))
	base := c.score
	c.score, c.l = base+float64(lp.s[0]), lp.l[0]
	bm.cands = append(bm.cands, c)
	if bm.alts >= 2 && lp.n >= 2 {
		c.score, c.l = base+float64(lp.s[1]), lp.l[1]
		bm.cands = append(bm.cands, c)
	}
}

// before reports whether candidate a goes before b: the higher score, then
// the earlier configuration, then the earlier move.
func (a *beamCand) before(b *beamCand) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	if a.item != b.item {
		return a.item < b.item
	}
	return a.m < b.m
}

// topK moves the k first candidates of cs (before) to its front, in order,
// and returns how many there are.
func topK(cs []beamCand, k int) int {
	n := 0 // cs[:n] holds the first candidates seen, in order
	for i := range cs {
		c := cs[i]
		if n == k && !c.before(&cs[n-1]) {
			continue
		}
		j := n
		if n < k {
			n++
		} else {
			j = n - 1
		}
		// cs[i] is free once copied (i ≥ j)
		for j > 0 && c.before(&cs[j-1]) {
			cs[j] = cs[j-1]
			j--
		}
		cs[j] = c
	}
	return n
}

// record appends the beam's configurations to the history (training).
func (bm *beam) record() {
	bm.histAt = append(bm.histAt, len(bm.hist))
	for i := range bm.cur[:bm.n] {
		it := &bm.cur[i]
		bm.hist = append(bm.hist, histItem{it.parent, it.m, it.l})
	}
}

// path writes to dst the moves that led to configuration i of step t (the
// steps counted from 1) from the first configuration.
func (bm *beam) path(dst []step, t, i int) []step {
	dst = grow(dst, t)
	for ; t > 0; t-- {
		h := bm.hist[bm.histAt[t-1]+i]
		dst[t-1] = step{m: uint8(h.m), l: h.l}
		i = int(h.parent)
	}
	return dst
}

// beamMoves parses st, from its first configuration, with a beam of
// b.bm.k, and leaves it in the final configuration of the best sequence.
func beamMoves(st *state, moves *weights, arcs scorer, nlab int, root uint8, b *scratch) {
	bm := &b.bm
	bm.start(st, bm.k)
	score := func(s *state, scores []float32) { s.moveScores(moves, b, scores) }
	bm.labels.reset()
	// joint relations: a relation's score in units of the moves' weights
	lscale := float32(1)
	if w, ok := arcs.(*weights); ok && bm.joint && moves.scale != 0 {
		lscale = w.scale / moves.scale
	}
	label := func(s *state, m int) labelPick {
		h, d := s.arcOf(m)
		if h == 0 {
			return labelPick{l: [2]uint8{root}, n: 1}
		}
		// the configurations of a beam often make the same arc in the
		// same context: the relation is looked up once
		key := labelKey{h, d, at(s.head, h), at(s.l1, d), s.ls[d], s.rs[d], s.ls[h] | s.rs[h]}
		slot := bm.labels.slot(&key)
		if lp, ok := bm.labels.get(slot, &key); ok && !bm.noMemo {
			return lp
		}
		var lp labelPick
		b.fs, lp = chooseLabels(s, arcs, h, d, nlab, root, b.fs, b.scores)
		lp.s[0] *= lscale
		lp.s[1] *= lscale
		bm.labels.put(slot, &key, lp)
		return lp
	}
	var scores [nMoves]float32
	for !bm.done() {
		bm.expand(bm.k, scores[:], score, label, -2, 0)
	}
	st.copyFrom(bm.cur[0].st)
}

// copyFrom makes st a copy of o: the arcs and the stack copied, the words
// and tags (never changed by a parse) shared.
func (st *state) copyFrom(o *state) {
	st.n, st.b, st.rootUsed = o.n, o.b, o.rootUsed
	st.stack = append(st.stack[:0], o.stack...)
	st.head = append(st.head[:0], o.head...)
	st.lab = append(st.lab[:0], o.lab...)
	st.l1 = append(st.l1[:0], o.l1...)
	st.l2 = append(st.l2[:0], o.l2...)
	st.r1 = append(st.r1[:0], o.r1...)
	st.r2 = append(st.r2[:0], o.r2...)
	st.nl = append(st.nl[:0], o.nl...)
	st.nr = append(st.nr[:0], o.nr...)
	st.ls = append(st.ls[:0], o.ls...)
	st.rs = append(st.rs[:0], o.rs...)
	st.inStack = append(st.inStack[:0], o.inStack...)
	st.w, st.p, st.u, st.sf, st.c, st.cc = o.w, o.p, o.u, o.sf, o.c, o.cc
	st.punct, st.punctU, st.punctL = o.punct, o.punctU, o.punctL
	st.fset = o.fset
}
