package parser

import "math/rand/v2"

// The second tagging pass. The tagger reads left to right: it knows the
// tags it gave the words before a word, not those of the words after it.
// Where it hesitated between two UPOS tags (the runner-up within
// altMargin of the best: 6% of the words of the dev treebank, which hold
// half its errors), a second tagger, trained on the first's jack-knifed
// tags, tags the word again with its features and the first pass's tags
// of the two words after it.

// retagFeatures appends the second pass's features of word i (0-based) of
// the n words whose first-pass tags are xs and us; x1, x2 and u1 are as in
// tagFeatures.
func retagFeatures(f FeatureSet, fs []uint32, ws []wordInfo, i, n int, x1, x2, u1 uint64, xs, us []uint8) []uint32 {
	fs = tagFeatures(f, fs, ws, i, x1, x2, u1)
	w := &ws[i+pad]
	var r1x, r2x, r1u uint64 // first-pass tags + 1 of the next two words (0: none)
	if i+1 < n {
		r1x, r1u = uint64(xs[i+1])+1, uint64(us[i+1])+1
	}
	if i+2 < n {
		r2x = uint64(xs[i+2]) + 1
	}
	own := uint64(xs[i]) + 1
	return append(fs,
		f1(50, r1x),
		f2(51, r1x, r2x),
		f2(52, w.lower, r1x),
		f2(53, x1, r1x),
		f2(54, w.suf[2], r1x),
		f1(55, r1u),
		f2(56, own, r1x),
		f3(57, x1, own, r1x),
	)
}

// retag tags again, with the second tagger m2, the words of a sentence
// tagged by tagSentence (xs, us, b.ualt) where the first hesitated. A word
// whose UPOS changes keeps the first pass's as its runner-up.
func retag(f FeatureSet, m2 *weights, ws []wordInfo, n, nx, nu int, xs, us []uint8, b *scratch) {
	scores := b.scores[:nx+nu]
	for i := 0; i < n; i++ {
		if b.ualt[i] == 0 {
			continue
		}
		var x1, x2, u1 uint64
		if i > 0 {
			x1, u1 = uint64(xs[i-1])+1, uint64(us[i-1])+1
		}
		if i > 1 {
			x2 = uint64(xs[i-2]) + 1
		}
		b.fs = retagFeatures(f, b.fs[:0], ws, i, n, x1, x2, u1, xs, us)
		m2.score(b.fs, scores)
		bx, bu := argmax(scores[:nx]), argmax(scores[nx:])
		if uint8(bu) != us[i] {
			b.ualt[i] = us[i] + 1
		}
		xs[i], us[i] = uint8(bx), uint8(bu)
	}
}

// trainRetagger trains the second tagger on the words of sents that the
// dictionary does not tag, their first-pass tags (px, pu) jack-knifed,
// calling done with the averaged weights after each pass.
func trainRetagger(f FeatureSet, sents []*tsent, nx, nu, epochs int, prune float32, minUpd int, rng *rand.Rand, done func(*weights, int)) {
	t := newTrainer(nx + nu)
	scores := make([]float32, nx+nu)
	var fs []uint32
	for epoch := 1; epoch <= epochs; epoch++ {
		for _, i := range shuffled(len(sents), rng) {
			s := sents[i]
			n := len(s.words)
			for j := range n {
				if s.ws[j+pad].sure&sureBit != 0 {
					continue
				}
				var x1, x2, u1 uint64
				if j > 0 {
					x1, u1 = uint64(s.px[j-1])+1, uint64(s.pu[j-1])+1
				}
				if j > 1 {
					x2 = uint64(s.px[j-2]) + 1
				}
				fs = retagFeatures(f, fs[:0], s.ws, j, n, x1, x2, u1, s.px, s.pu)
				t.learnTags(fs, scores, nx, nu, int(s.xs[j]), int(s.us[j]))
			}
		}
		done(t.average(prune, minUpd), epoch)
	}
}

// retagInto applies the second tagger w to sents, whose first-pass tags
// and runner-ups are in px, pu and pa, and returns the new tags and
// runner-ups (sents are left as they are).
func retagInto(f FeatureSet, w *weights, sents []*tsent, nx, nu int) (px, pu, pa [][]uint8) {
	b := scratch{scores: make([]float32, nx+nu)}
	for _, t := range sents {
		k := len(t.words)
		xs, us := append([]uint8(nil), t.px...), append([]uint8(nil), t.pu...)
		b.ualt = append(b.ualt[:0], t.pa...)
		retag(f, w, t.ws, k, nx, nu, xs, us, &b)
		px, pu, pa = append(px, xs), append(pu, us), append(pa, append([]uint8(nil), b.ualt[:k]...))
	}
	return px, pu, pa
}
