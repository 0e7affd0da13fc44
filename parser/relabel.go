package parser

import (
	"math/rand/v2"
)

// A relabelling pass (TrainOptions.Relabel): the parser chooses the
// relation of an arc when it makes it, before the dependent has its right
// dependents (arc-eager) and before the head has its later ones; once the
// tree is complete, a second perceptron chooses every relation again,
// seeing all the dependents of the word and of its head (their tags and
// relations), its siblings next to it and its head's relation. It is
// trained on the gold trees of the training set read with their
// jack-knifed tags.

// treeIndex lists the dependents of each word of a complete tree, in word
// order: kids[at[h]:at[h+1]] are those of h.
type treeIndex struct {
	at   []int32
	kids []int32
}

func (ti *treeIndex) build(head []int32, n int) {
	ti.at = grow(ti.at, n+3)
	clear(ti.at)
	for d := 1; d <= n; d++ {
		if h := head[d]; h >= 0 {
			ti.at[h+2]++
		}
	}
	for i := 2; i <= n+2; i++ {
		ti.at[i] += ti.at[i-1]
	}
	ti.kids = grow(ti.kids, int(ti.at[n+2]))
	for d := 1; d <= n; d++ {
		if h := head[d]; h >= 0 {
			ti.kids[ti.at[h+1]] = int32(d)
			ti.at[h+1]++
		}
	}
}

// relabelFeatures appends the features that choose again the relation of
// the arc h → d of st's complete tree, whose dependents ti lists.
func (st *state) relabelFeatures(fs []uint32, ti *treeIndex, h, d int32) []uint32 {
	dir, dd := arcDirection(h, d)
	hw, hp, dw, dp := st.wAt(h), st.pAt(h), st.wAt(d), st.pAt(d)
	hu, du := st.uAt(h), st.uAt(d)
	// the relations of h's other dependents, and d's siblings next to it
	var hset uint64
	prev, next := int32(-1), int32(-1)
	kids := ti.kids[ti.at[h]:ti.at[h+1]]
	for i, k := range kids {
		if k == d {
			if i > 0 {
				prev = kids[i-1]
			}
			if i+1 < len(kids) {
				next = kids[i+1]
			}
			continue
		}
		hset |= 1 << (st.lab[k] & 63)
	}
	dk := ti.kids[ti.at[d]:ti.at[d+1]]
	nk := uint64(min(len(dk), 4))
	hh := at(st.head, h)
	hl := uint64(nullL)
	if hh >= 0 {
		hl = uint64(st.lab[h])
	}
	fs = append(fs,
		f1(200, dir),
		f2(201, dir, dw), f2(202, dir, hw), f2(203, dir, hp),
		f3(204, dir, hw, dp), f3(205, dir, hw, dw),
		f4(206, dir, dp, st.ls[d], st.rs[d]),
		f3(207, dir, hp, hset),
		f4(208, dir, du, hu, hset),
		f4(209, dir, dp, st.pAt(d+1), st.pAt(d-1)),
		f4(210, dir, hp, st.pAt(h+1), st.pAt(h-1)),
		f3(211, dir, hp, st.pAt(hh)),
		f4(212, dir, du, hu, hl),
		f3(213, dir, dw, hl),
		f3(214, dir, dw, st.wAt(d+1)),
		f3(215, dir, dw, st.pAt(d-1)),
		f3(216, dir, du, hu),
		f4(217, dir, du, hu, dd),
		f3(218, dir, st.cAt(d), hu), f3(219, dir, st.cAt(h), st.cAt(d)), f3(220, dir, hp, st.cAt(d)),
		f4(221, dir, du, st.uAt(prev), st.lAt(prev)),
		f4(222, dir, du, st.uAt(next), st.lAt(next)),
		f4(223, dir, dp, hp, nk),
		f3(224, dir, st.sfAt(d), hu),
		f4(225, dir, dw, hu, st.ls[d]|st.rs[d]),
	)
	for _, k := range dk {
		fs = append(fs, f4(226, dir, du, st.lAt(k), st.uAt(k)), f4(227, dir, dp, hu, st.lAt(k)))
	}
	return fs
}

// relabel chooses again the relation of every arc of st's complete tree
// but the root's and those of the punctuation rule, from the left.
func relabel(st *state, w scorer, nlab int, root uint8, b *scratch) {
	b.ti.build(st.head, st.n)
	for d := int32(1); int(d) <= st.n; d++ {
		h := st.head[d]
		if h <= 0 || (st.punct && st.u[d] == st.punctU) {
			continue
		}
		b.fs = st.relabelFeatures(b.fs[:0], &b.ti, h, d)
		var l uint8
		if ww, ok := w.(*weights); ok && ww.cs != nil {
			l = ww.bestLabel(b.fs, nlab, root)
		} else {
			w.score(b.fs, b.scores)
			best := -1
			for c := range nlab {
				if c != int(root) && (best < 0 || b.scores[c] > b.scores[best]) {
					best = c
				}
			}
			l = uint8(best)
		}
		st.setLabel(d, l)
	}
}

// setLabel changes the relation of d's arc, keeping its head's relation
// sets right.
func (st *state) setLabel(d int32, l uint8) {
	h := st.head[d]
	old := st.lab[d]
	if old == l {
		return
	}
	st.lab[d] = l
	// rebuild the side's set from the dependents there
	var set uint64
	for k := int32(1); int(k) <= st.n; k++ {
		if st.head[k] == h && (k < h) == (d < h) {
			set |= 1 << (st.lab[k] & 63)
		}
	}
	if d < h {
		st.ls[h] = set
	} else {
		st.rs[h] = set
	}
}

// goldTree makes st the complete gold tree of s with its jack-knifed tags,
// the arcs added in the order the parser makes them (the left dependents
// of a word from the nearest, the right from the left).
func (s *tsent) goldTree(st *state, nlab int) {
	st.reset(s.ws, s.px, s.pu, len(s.words))
	n := len(s.words)
	lab := func(d int) uint8 {
		if int(s.labels[d]) < nlab {
			return s.labels[d]
		}
		return nullL
	}
	for d := n; d >= 1; d-- {
		if h := s.heads[d]; int(h) > d {
			st.addArc(h, int32(d), lab(d))
		}
	}
	for d := 1; d <= n; d++ {
		if h := s.heads[d]; h >= 0 && int(h) < d {
			st.addArc(h, int32(d), lab(d))
		}
	}
}

// trainRelabel trains the relabelling perceptron on the gold trees of
// sents, calling done with the averaged weights after each pass.
func trainRelabel(sents []*tsent, nlab int, root uint8, rule *state, epochs int, prune float32, minUpd int, rng *rand.Rand, done func(*weights, int)) {
	t := newTrainer(nlab)
	scores := make([]float32, nlab)
	var fs []uint32
	var st state
	st.punct, st.punctU, st.punctL = rule.punct, rule.punctU, rule.punctL
	st.fset = rule.fset
	var ti treeIndex
	for epoch := 1; epoch <= epochs; epoch++ {
		for _, i := range shuffled(len(sents), rng) {
			s := sents[i]
			s.goldTree(&st, nlab)
			ti.build(st.head, st.n)
			for d := int32(1); int(d) <= st.n; d++ {
				h := st.head[d]
				g := s.labels[d]
				if h <= 0 || int(g) >= nlab || (st.punct && st.u[d] == st.punctU) {
					continue
				}
				fs = st.relabelFeatures(fs[:0], &ti, h, d)
				t.score(fs, scores)
				best := -1
				for c := range nlab {
					if c != int(root) && (best < 0 || scores[c] > scores[best]) {
						best = c
					}
				}
				if best != int(g) {
					t.update(fs, int(g), 1)
					t.update(fs, best, -1)
				}
				t.tick()
			}
		}
		done(t.average(prune, minUpd), epoch)
	}
}
