package parser

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"time"
)

// TrainOptions are the settings of Train. The zero value of a field takes
// its default.
type TrainOptions struct {
	TagEpochs   int        // tagger passes over the training set (default 12); the best on dev is kept
	ParseEpochs int        // parser passes (default 20); the best on dev is kept
	Folds       int        // jack-knifing folds that give the parser predicted tags (default 4; 1 = gold tags)
	Prune       float32    // weights of smaller magnitude are dropped (default 0.5)
	TagPrune    float32    // the same for the tagger (default 1: half its weights, at no cost on dev)
	MinUpdates  int        // features updated fewer times are dropped (default 5)
	Explore     float64    // probability of following a wrong predicted move after the first pass (default 0.9)
	Retag       bool       // train a second tagging pass for the words the first hesitated on (retag.go); needs Folds > 1
	Beam        int        // train the moves globally with a beam of this width (beam.go; 0: greedy, with the dynamic oracle)
	JointLabels bool       // with Beam: train the relations with the moves, each arc's relation score part of the beam's sequence score (beamtrain.go)
	LabelAlts   int        // with JointLabels: 2 puts the two best relations of each arc move in the beam (default 1: the best)
	Relabel     bool       // train a relabelling pass over the complete tree (relabel.go), its passes (at most TagEpochs) chosen on dev
	GoldTags    float64    // share of the parser's training sentences, each pass, read with their gold tags instead of jack-knifed ones (default 0)
	Seed        uint64     // shuffling and exploration (default 1)
	Clusters    *Clusters  // word classes learned from unlabeled text (ReadClustersFile), or nil
	Features    FeatureSet // the templates of the tagger, the moves and the relations (default FullFeatures)
	Log         io.Writer
}

func (o *TrainOptions) defaults() {
	if o.TagEpochs == 0 {
		o.TagEpochs = 12
	}
	if o.ParseEpochs == 0 {
		o.ParseEpochs = 20
	}
	if o.Folds == 0 {
		o.Folds = 4
	}
	if o.Prune == 0 {
		o.Prune = 0.5
	}
	if o.TagPrune == 0 {
		o.TagPrune = 1
	}
	if o.MinUpdates == 0 {
		o.MinUpdates = 5
	}
	if o.Explore == 0 {
		o.Explore = 0.9
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
}

// tsent is a training sentence with its words analysed once.
type tsent struct {
	words   []string
	ws      []wordInfo
	xs, us  []uint8 // gold tags
	px, pu  []uint8 // predicted tags (jack-knifed)
	pa      []uint8 // the tagger's runner-up UPOS + 1 where it hesitated (scratch.ualt)
	heads   []int32 // projectivised gold heads; [0] = -1
	labels  []uint8 // [0] unused
	orig    *Sentence
	nonproj bool
}

func index(names []string) map[string]int {
	m := make(map[string]int, len(names))
	for i, n := range names {
		m[n] = i
	}
	return m
}

func collect(sents []Sentence, field func(*Token) string) []string {
	set := map[string]bool{}
	for i := range sents {
		for j := range sents[i].Tokens {
			set[field(&sents[i].Tokens[j])] = true
		}
	}
	out := make([]string, 0, len(set))
	for s := range set {
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

// Train trains a model on the gold trees of train, choosing the number of
// passes of the tagger and of the parser by their accuracy on dev. The same
// data and options always give the same model.
func Train(train, dev []Sentence, o TrainOptions) (*Model, error) {
	o.defaults()
	if len(train) == 0 {
		return nil, errors.New("no training sentences")
	}
	if o.Beam < 0 || o.Beam > MaxBeam {
		return nil, fmt.Errorf("beam %d: want 0 to %d", o.Beam, MaxBeam)
	}
	if o.JointLabels && o.Beam == 0 {
		return nil, errors.New("joint relations need a beam (TrainOptions.Beam)")
	}
	if o.LabelAlts < 0 || o.LabelAlts > 2 {
		return nil, fmt.Errorf("label alternatives %d: want 1 or 2", o.LabelAlts)
	}
	if o.Features >= nFeatureSets {
		return nil, fmt.Errorf("feature set %d: want FullFeatures or CompactFeatures", o.Features)
	}
	if o.GoldTags < 0 || o.GoldTags > 1 || o.GoldTags != o.GoldTags {
		return nil, fmt.Errorf("gold-tags %v: want a share from 0 to 1", o.GoldTags)
	}
	m := &Model{
		xpos:   collect(train, func(t *Token) string { return t.XPOS }),
		upos:   collect(train, func(t *Token) string { return t.UPOS }),
		labels: collect(train, func(t *Token) string { return t.Deprel }),
		fset:   o.Features,
	}
	if len(m.xpos) > 200 || len(m.upos) > 50 || len(m.labels) > 64 {
		return nil, fmt.Errorf("too many tags: %d XPOS, %d UPOS, %d relations (at most 200, 50, 64)", len(m.xpos), len(m.upos), len(m.labels))
	}
	li := index(m.labels)
	r, ok := li["root"]
	if !ok {
		return nil, errors.New(`no relation "root" in the training set`)
	}
	m.root = uint8(r)
	xi, ui := index(m.xpos), index(m.upos)
	prep := func(sents []Sentence) []*tsent {
		var out []*tsent
		for i := range sents {
			s := &sents[i]
			t := &tsent{orig: s}
			ok := true
			for _, tok := range s.Tokens {
				if tok.Head < 0 {
					ok = false
				}
				t.words = append(t.words, tok.Form)
				x, xok := xi[tok.XPOS]
				u, uok := ui[tok.UPOS]
				if !xok || !uok {
					x, u = 255, 255 // unknown tag: never right
				}
				t.xs, t.us = append(t.xs, uint8(x)), append(t.us, uint8(u))
			}
			if !ok {
				continue
			}
			t.ws = analyseSentence(nil, t.words, nil)
			t.heads = make([]int32, len(s.Tokens)+1)
			t.labels = make([]uint8, len(s.Tokens)+1)
			t.heads[0] = -1
			for j, tok := range s.Tokens {
				t.heads[j+1] = int32(tok.Head)
				l, ok := li[tok.Deprel]
				if !ok {
					l = 255
				}
				t.labels[j+1] = uint8(l)
			}
			t.nonproj = projectivize(t.heads)
			out = append(out, t)
		}
		return out
	}
	tr, dv := prep(train), prep(dev)
	nonproj := 0
	for _, t := range tr {
		if t.nonproj {
			nonproj++
		}
	}
	fmt.Fprintf(o.Log, "train: %d sentences (%d made projective), dev: %d; %d XPOS, %d UPOS, %d relations\n",
		len(tr), nonproj, len(dv), len(m.xpos), len(m.upos), len(m.labels))
	start := time.Now()
	m.lem = learnLemmas(train, ui, len(m.upos))
	m.dict = learnSure(tr, len(m.xpos), len(m.upos))
	if o.Clusters != nil {
		addClusters(m.dict, o.Clusters)
	}
	for _, t := range append(tr[:len(tr):len(tr)], dv...) {
		for j := range t.words {
			wi := &t.ws[j+pad]
			setClass(wi, m.dict[wi.lower])
		}
	}

	// the tagger, its passes chosen on dev
	nx, nu := len(m.xpos), len(m.upos)
	evalTags := func(w *weights, sents []*tsent) (float64, float64) {
		var b scratch
		okx, oku, n := 0, 0, 0
		for _, t := range sents {
			k := len(t.words)
			xs, us := make([]uint8, k), make([]uint8, k)
			tagSentence(m.fset, w, t.ws, k, nx, nu, xs, us, &b)
			for j := range k {
				n++
				if xs[j] == t.xs[j] {
					okx++
				}
				if us[j] == t.us[j] {
					oku++
				}
			}
		}
		return ratio(oku, n), ratio(okx, n)
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0x7a66e4))
	var bestTags *weights
	bestEpoch, bestAcc := 0, -1.0
	trainTagger(m.fset, tr, nx, nu, o.TagEpochs, o.TagPrune, o.MinUpdates, rng, func(w *weights, epoch int) {
		u, x := evalTags(w, dv)
		fmt.Fprintf(o.Log, "tagger pass %d: dev UPOS %.4f XPOS %.4f  (%d features, %d weights, %s)\n", epoch, u, x, len(w.keys), len(w.w), time.Since(start).Round(time.Second))
		if u+x > bestAcc || len(dv) == 0 {
			bestAcc, bestEpoch, bestTags = u+x, epoch, w
		}
	})
	m.tags = bestTags
	fmt.Fprintf(o.Log, "tagger: pass %d kept\n", bestEpoch)

	// predicted tags for the parser: jack-knifed on train, from the
	// final tagger on dev
	if o.Folds <= 1 {
		for _, t := range tr {
			t.px, t.pu = t.xs, t.us
		}
	} else {
		for k := range o.Folds {
			var in, out []*tsent
			for i, t := range tr {
				if i%o.Folds == k {
					out = append(out, t)
				} else {
					in = append(in, t)
				}
			}
			var w *weights
			trainTagger(m.fset, in, nx, nu, bestEpoch, o.TagPrune, o.MinUpdates, rng, func(ww *weights, epoch int) {
				if epoch == bestEpoch {
					w = ww
				}
			})
			tagInto(m.fset, w, out, nx, nu)
			fmt.Fprintf(o.Log, "jack-knife fold %d/%d tagged (%s)\n", k+1, o.Folds, time.Since(start).Round(time.Second))
		}
	}
	tagInto(m.fset, m.tags, dv, nx, nu)
	if o.Retag && o.Folds > 1 {
		score := func(px, pu [][]uint8) (float64, float64) {
			okx, oku, n := 0, 0, 0
			for i, t := range dv {
				for j := range t.words {
					n++
					if px[i][j] == t.xs[j] {
						okx++
					}
					if pu[i][j] == t.us[j] {
						oku++
					}
				}
			}
			return ratio(oku, n), ratio(okx, n)
		}
		var px0, pu0 [][]uint8
		for _, t := range dv {
			px0, pu0 = append(px0, t.px), append(pu0, t.pu)
		}
		u0, x0 := score(px0, pu0)
		fmt.Fprintf(o.Log, "first pass: dev UPOS %.4f XPOS %.4f\n", u0, x0)
		best, bestEpoch2 := u0+x0, 0
		trainRetagger(m.fset, tr, nx, nu, o.TagEpochs, o.TagPrune, o.MinUpdates, rng, func(w *weights, epoch int) {
			px, pu, _ := retagInto(m.fset, w, dv, nx, nu)
			u, x := score(px, pu)
			fmt.Fprintf(o.Log, "second tagger pass %d: dev UPOS %.4f XPOS %.4f  (%d features, %s)\n", epoch, u, x, len(w.keys), time.Since(start).Round(time.Second))
			if u+x > best {
				best, bestEpoch2, m.tags2 = u+x, epoch, w
			}
		})
		if m.tags2 != nil {
			fmt.Fprintf(o.Log, "second tagger: pass %d kept\n", bestEpoch2)
			// jack-knifed second pass for the parser's training tags
			px, pu, pa := make([][]uint8, len(tr)), make([][]uint8, len(tr)), make([][]uint8, len(tr))
			for k := range o.Folds {
				var in, out []*tsent
				var outIdx []int
				for i, t := range tr {
					if i%o.Folds == k {
						out, outIdx = append(out, t), append(outIdx, i)
					} else {
						in = append(in, t)
					}
				}
				var w *weights
				trainRetagger(m.fset, in, nx, nu, bestEpoch2, o.TagPrune, o.MinUpdates, rng, func(ww *weights, epoch int) {
					if epoch == bestEpoch2 {
						w = ww
					}
				})
				ox, ou, oa := retagInto(m.fset, w, out, nx, nu)
				for j, i := range outIdx {
					px[i], pu[i], pa[i] = ox[j], ou[j], oa[j]
				}
				fmt.Fprintf(o.Log, "second pass jack-knife fold %d/%d (%s)\n", k+1, o.Folds, time.Since(start).Round(time.Second))
			}
			for i, t := range tr {
				t.px, t.pu, t.pa = px[i], pu[i], pa[i]
			}
			dx, du, da := retagInto(m.fset, m.tags2, dv, nx, nu)
			for i, t := range dv {
				t.px, t.pu, t.pa = dx[i], du[i], da[i]
			}
		}
	}

	// the relabelling pass, on the gold trees with the parser's tags, its
	// passes chosen by its relations' accuracy on dev's gold trees (its own
	// random numbers: the parser trains as without it)
	if o.Relabel {
		rule := new(state)
		rule.punctRule(m.upos, m.labels)
		rule.fset = m.fset
		nlab := len(m.labels)
		bestAcc := -1.0
		var st state
		st.punctRule(m.upos, m.labels)
		st.fset = m.fset
		var b scratch
		b.scores = make([]float32, nlab)
		trainRelabel(tr, nlab, m.root, rule, o.TagEpochs, o.Prune, o.MinUpdates, rand.New(rand.NewPCG(o.Seed, 0x7e1abe1)), func(w *weights, epoch int) {
			ok, n := 0, 0
			for _, t := range dv {
				t.goldTree(&st, nlab)
				relabel(&st, w, nlab, m.root, &b)
				for j := 1; j <= st.n; j++ {
					n++
					if universal(m.labels[st.lab[j]]) == universal(t.orig.Tokens[j-1].Deprel) {
						ok++
					}
				}
			}
			acc := ratio(ok, n)
			fmt.Fprintf(o.Log, "relabelling pass %d: dev relations on gold trees %.4f  (%d features, %s)\n", epoch, acc, len(w.keys), time.Since(start).Round(time.Second))
			if acc > bestAcc {
				bestAcc, m.relab = acc, w
			}
		})
	}

	// the parser
	evalParse := func(moves, arcs *weights) Score {
		var sc Score
		var st state
		st.punctRule(m.upos, m.labels)
		st.fset = m.fset
		var b scratch
		b.bm.k = o.Beam
		b.bm.joint, b.bm.alts = o.JointLabels, o.LabelAlts
		for _, t := range dv {
			st.reset(t.ws, t.px, t.pu, len(t.words))
			parseState(&st, moves, arcs, len(m.labels), m.root, &b)
			for j := 1; j <= st.n; j++ {
				if st.head[j] == int32(t.orig.Tokens[j-1].Head) && universal(m.labels[st.lab[j]]) == universal(t.orig.Tokens[j-1].Deprel) {
					sc.LASFull++ // here: LAS before relabelling
				}
			}
			if m.relab != nil {
				relabel(&st, m.relab, len(m.labels), m.root, &b)
			}
			for j := 1; j <= st.n; j++ {
				sc.Words++
				if st.head[j] == int32(t.orig.Tokens[j-1].Head) {
					sc.UAS++
					if universal(m.labels[st.lab[j]]) == universal(t.orig.Tokens[j-1].Deprel) {
						sc.LAS++
					}
				}
			}
		}
		return sc
	}
	bestLAS := -1
	useRelab := true
	m.beam = o.Beam
	m.joint = o.JointLabels && o.Beam > 0
	if m.joint {
		m.alts = max(1, o.LabelAlts)
	}
	keep := func(moves, arcs *weights, epoch int) {
		sc := evalParse(moves, arcs)
		_, uas, las := sc.Ratios()
		rl := ""
		if m.relab != nil {
			rl = fmt.Sprintf(" (%.4f before relabelling)", ratio(sc.LASFull, sc.Words))
		}
		fmt.Fprintf(o.Log, "parser pass %d: dev UAS %.4f LAS %.4f%s  (%d+%d features, %s)\n", epoch, uas, las, rl, len(moves.keys), len(arcs.keys), time.Since(start).Round(time.Second))
		if sc.LAS > bestLAS || len(dv) == 0 {
			bestLAS, bestEpoch, m.moves, m.arcs, useRelab = sc.LAS, epoch, moves, arcs, true
		}
		if m.relab != nil && sc.LASFull > bestLAS && len(dv) > 0 {
			// the relabelling pass made it worse
			bestLAS, bestEpoch, m.moves, m.arcs, useRelab = sc.LASFull, epoch, moves, arcs, false
		}
	}
	if o.Beam > 0 {
		var joint *state
		if m.joint {
			joint = new(state)
			joint.punctRule(m.upos, m.labels)
			joint.fset = m.fset
		}
		trainBeam(m.fset, tr, len(m.labels), m.root, o.Beam, o.ParseEpochs, joint, m.alts, o.Prune, o.MinUpdates, o.GoldTags, rng, keep)
	} else {
		trainParser(m.fset, tr, len(m.labels), m.root, o.ParseEpochs, o.Prune, o.MinUpdates, o.Explore, o.GoldTags, rng, keep)
	}
	if m.relab != nil && !useRelab {
		m.relab = nil
		fmt.Fprintf(o.Log, "relabelling pass dropped: dev LAS better without it\n")
	}
	fmt.Fprintf(o.Log, "parser: pass %d kept; trained in %s\n", bestEpoch, time.Since(start).Round(time.Second))
	return m, nil
}

func tagInto(f FeatureSet, w *weights, sents []*tsent, nx, nu int) {
	var b scratch
	for _, t := range sents {
		k := len(t.words)
		t.px, t.pu = make([]uint8, k), make([]uint8, k)
		tagSentence(f, w, t.ws, k, nx, nu, t.px, t.pu, &b)
		t.pa = append([]uint8(nil), b.ualt[:k]...)
	}
}

// start resets st to parse the training sentence s: with its gold tags for
// a share goldTags of the sentences (drawn from rng), else with its
// jack-knifed tags.
func (s *tsent) start(st *state, goldTags float64, rng *rand.Rand) {
	if goldTags > 0 && rng.Float64() < goldTags {
		st.reset(s.ws, s.xs, s.us, len(s.words))
		return
	}
	st.reset(s.ws, s.px, s.pu, len(s.words))
}

func shuffled(n int, rng *rand.Rand) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	rng.Shuffle(n, func(i, j int) { p[i], p[j] = p[j], p[i] })
	return p
}

// trainTagger runs epochs passes over sents, calling done with the
// averaged weights after each.
func trainTagger(f FeatureSet, sents []*tsent, nx, nu, epochs int, prune float32, minUpd int, rng *rand.Rand, done func(*weights, int)) {
	t := newTrainer(nx + nu)
	scores := make([]float32, nx+nu)
	var fs []uint32
	for epoch := 1; epoch <= epochs; epoch++ {
		for _, i := range shuffled(len(sents), rng) {
			s := sents[i]
			var x1, x2, u1 uint64
			for j := range s.words {
				fs = tagFeatures(f, fs[:0], s.ws, j, x1, x2, u1)
				bx, bu := t.learnTags(fs, scores, nx, nu, int(s.xs[j]), int(s.us[j]))
				x2, x1, u1 = x1, uint64(bx)+1, uint64(bu)+1
			}
		}
		done(t.average(prune, minUpd), epoch)
	}
}

// trainParser trains the move and label perceptrons with the dynamic
// oracle, exploring the parser's own mistakes after the first pass.
func trainParser(f FeatureSet, sents []*tsent, nlab int, root uint8, epochs int, prune float32, minUpd int, explore, goldTags float64, rng *rand.Rand, done func(moves, arcs *weights, epoch int)) {
	mt, at := newTrainer(nMoves), newTrainer(nlab)
	scores := make([]float32, max(nMoves, nlab))
	var fs []uint32
	var st state
	st.fset = f
	var costs [nMoves]int
	for epoch := 1; epoch <= epochs; epoch++ {
		for _, i := range shuffled(len(sents), rng) {
			s := sents[i]
			s.start(&st, goldTags, rng)
			for !st.terminal() {
				fs = st.features(fs[:0])
				mt.score(fs, scores)
				pred, gold, minCost := -1, -1, math.MaxInt
				for m := range nMoves {
					if !st.valid(m) {
						costs[m] = -1
						continue
					}
					costs[m] = st.cost(m, s.heads)
					minCost = min(minCost, costs[m])
					if pred < 0 || scores[m] > scores[pred] {
						pred = m
					}
				}
				for m := range nMoves {
					if costs[m] == minCost && (gold < 0 || scores[m] > scores[gold]) {
						gold = m
					}
				}
				if costs[pred] > minCost {
					mt.update(fs, gold, 1)
					mt.update(fs, pred, -1)
				}
				mt.tick()
				next := gold
				if epoch > 1 && costs[pred] > minCost && rng.Float64() < explore {
					next = pred
				}
				var l uint8
				if next == mLeft || next == mRight {
					h, d := st.b, st.s0()
					if next == mRight {
						h, d = d, h
					}
					if h == 0 {
						l = root
					} else if s.heads[d] == h && int(s.labels[d]) < nlab {
						fs = st.labelFeatures(fs[:0], h, d)
						at.score(fs, scores)
						best := -1
						for k := range nlab {
							if k != int(root) && (best < 0 || scores[k] > scores[best]) {
								best = k
							}
						}
						if g := int(s.labels[d]); best != g {
							at.update(fs, g, 1)
							at.update(fs, best, -1)
						}
						at.tick()
						l = s.labels[d]
					} else {
						fs, l = chooseLabel(&st, at, h, d, nlab, root, fs, scores)
					}
				}
				st.apply(next, l)
			}
		}
		done(mt.average(prune, minUpd), at.average(prune, minUpd), epoch)
	}
}

// projectivize lifts non-projective arcs (the shortest first) to the head
// of their head until the tree is projective, and reports whether it had
// to.
func projectivize(heads []int32) bool {
	changed := false
	for {
		best, bestLen := int32(-1), int32(math.MaxInt32)
		for d := int32(1); d < int32(len(heads)); d++ {
			h := heads[d]
			if h < 0 {
				continue
			}
			lo, hi := min(h, d), max(h, d)
			if hi-lo >= bestLen {
				continue
			}
			for k := lo + 1; k < hi; k++ {
				if !dominates(heads, h, k) {
					best, bestLen = d, hi-lo
					break
				}
			}
		}
		if best < 0 {
			return changed
		}
		changed = true
		heads[best] = heads[heads[best]]
	}
}

// dominates reports whether h is an ancestor of k.
func dominates(heads []int32, h, k int32) bool {
	for steps := 0; k > 0 && steps < len(heads); steps++ {
		k = heads[k]
		if k == h {
			return true
		}
	}
	return h == 0
}
