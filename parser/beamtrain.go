package parser

import (
	"math"
	"math/rand/v2"
)

// goldMove returns the move of the gold sequence from st: the first of
// left arc, right arc, reduce and shift that loses no gold arc (the
// dynamic oracle's cost 0), so that the sequence is unique.
func (st *state) goldMove(heads []int32) int {
	for _, m := range [...]int{mLeft, mRight, mReduce, mShift} {
		if st.valid(m) && st.cost(m, heads) == 0 {
			return m
		}
	}
	// not reached on a projective tree; the cheapest move otherwise
	best, bc := -1, math.MaxInt
	for m := 0; m < nMoves; m++ {
		if st.valid(m) {
			if c := st.cost(m, heads); c < bc {
				best, bc = m, c
			}
		}
	}
	return best
}

// forced reports whether st has one valid move only (which scores nothing).
func (st *state) forced() bool { return st.onlyMove() >= 0 }

// trainBeam trains the move perceptron globally with a beam of k: for each
// sentence it runs the beam alongside the gold sequence, finds the step
// where the best sequence of the beam beats the gold one by the most
// (max-violation, Huang et al. 2012), and updates the weights by the
// features of the two sequences up to there. The relation perceptron is
// trained locally on the gold sequence's arcs, as in trainParser, or, with
// joint, globally with the moves: each arc's relation is the best of its
// configuration, its score part of the sequence's, and the update rewards
// the gold sequence's relations and penalises the beam's. joint, if not
// nil, carries the punctuation rule (punctRule) of the model's tag sets,
// which joint training keeps as parsing does; alts 2 puts the two best
// relations of each arc move in the beam; f is the model's feature set.
func trainBeam(f FeatureSet, sents []*tsent, nlab int, root uint8, k, epochs int, joint *state, alts int, prune float32, minUpd int, goldTags float64, rng *rand.Rand, done func(moves, arcs *weights, epoch int)) {
	mt, at := newTrainer(nMoves), newTrainer(nlab)
	scores := make([]float32, max(nMoves, nlab))
	lscores := make([]float32, nlab)
	var fs, lfs []uint32
	var g, base, r, q state
	base.fset = f
	var bm beam
	if joint != nil {
		bm.joint, bm.alts = true, alts
		base.punct, base.punctU, base.punctL = joint.punct, joint.punctU, joint.punctL
	}
	var gpath, ppath []step
	var gscores []float64 // gscores[t]: the score of the gold sequence's first t moves
	for epoch := 1; epoch <= epochs; epoch++ {
		for _, i := range shuffled(len(sents), rng) {
			s := sents[i]
			s.start(&base, goldTags, rng)
			score := func(st *state, sc []float32) {
				fs = st.features(fs[:0])
				mt.score(fs, sc)
			}
			joint := joint != nil
			label := func(st *state, m int) labelPick {
				h, d := st.arcOf(m)
				if h == 0 {
					return labelPick{l: [2]uint8{root}, n: 1}
				}
				if !joint && s.heads[d] == h && int(s.labels[d]) < nlab {
					return labelPick{l: [2]uint8{s.labels[d]}, n: 1}
				}
				var lp labelPick
				lfs, lp = chooseLabels(st, at, h, d, nlab, root, lfs, lscores)
				return lp
			}
			// goldLabel is the relation of the gold sequence's arc move m
			// from st, and its score with joint relations
			goldLabel := func(st *state, m int) (uint8, float32) {
				h, d := st.arcOf(m)
				if !joint || h == 0 {
					return label(st, m).l[0], 0
				}
				if (st.punct && st.u[d] == st.punctU) || int(s.labels[d]) >= nlab {
					lp := label(st, m)
					return lp.l[0], lp.s[0]
				}
				lfs = st.labelFeatures(lfs[:0], h, d)
				at.score(lfs, lscores)
				return s.labels[d], lscores[s.labels[d]]
			}
			g.copyFrom(&base)
			bm.start(&base, k)
			gpath, gscores = gpath[:0], append(gscores[:0], 0)
			violT, violI, viol := -1, -1, math.Inf(-1)
			for !bm.done() || !g.terminal() {
				gm := -1
				var l uint8
				gs := gscores[len(gscores)-1]
				if !g.terminal() {
					gm = g.goldMove(s.heads)
					if !g.forced() {
						score(&g, scores)
						gs += float64(scores[gm])
					}
					if gm == mLeft || gm == mRight {
						h, d := g.arcOf(gm)
						var v float32
						l, v = goldLabel(&g, gm)
						gs += float64(v)
						if !joint && h != 0 && s.heads[d] == h && int(s.labels[d]) < nlab {
							// the relation perceptron learns on the gold arcs
							learnLabel(at, &g, h, d, s.labels[d], nlab, root, &fs, scores)
						}
					}
					g.apply(gm, l)
				}
				gpath = append(gpath, step{m: uint8(int8(gm)), l: l})
				gscores = append(gscores, gs)
				bm.expand(k, scores, score, label, gm, l)
				bm.record()
				if !bm.cur[0].gold {
					if v := bm.cur[0].score - gs; v >= 0 && v > viol {
						violT, violI, viol = len(gscores)-1, 0, v
					}
				}
			}
			if violT > 0 {
				ppath = bm.path(ppath, violT, violI)
				// replay both sequences from their first difference
				j := 0
				for j < violT && gpath[j] == ppath[j] {
					j++
				}
				r.copyFrom(&base)
				for _, st := range gpath[:j] {
					if int8(st.m) >= 0 {
						r.apply(int(st.m), st.l)
					}
				}
				for sign, path := range [2][]step{gpath, ppath} {
					d := float32(1 - 2*sign)
					q.copyFrom(&r)
					for _, st := range path[j:violT] {
						m := int(int8(st.m))
						if m < 0 {
							continue
						}
						if !q.forced() {
							fs = q.features(fs[:0])
							mt.update(fs, m, d)
						}
						if joint && (m == mLeft || m == mRight) {
							if h, dep := q.arcOf(m); h != 0 && !(q.punct && q.u[dep] == q.punctU) {
								lfs = q.labelFeatures(lfs[:0], h, dep)
								at.update(lfs, int(st.l), d)
							}
						}
						q.apply(m, st.l)
					}
				}
			}
			mt.tick()
			if joint {
				at.tick()
			}
		}
		done(mt.average(prune, minUpd), at.average(prune, minUpd), epoch)
	}
}

// learnLabel is one step of the relation perceptron at on the arc h → d of
// st, whose relation is gold.
func learnLabel(at *trainer, st *state, h, d int32, gold uint8, nlab int, root uint8, fs *[]uint32, scores []float32) {
	*fs = st.labelFeatures((*fs)[:0], h, d)
	at.score(*fs, scores)
	best := -1
	for c := range nlab {
		if c != int(root) && (best < 0 || scores[c] > scores[best]) {
			best = c
		}
	}
	if best != int(gold) {
		at.update(*fs, int(gold), 1)
		at.update(*fs, best, -1)
	}
	at.tick()
}
