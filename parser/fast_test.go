package parser

import (
	"slices"
	"strings"
	"testing"
)

// TestTagFeatureSplit checks that the tagger's features are 49 distinct
// keys: 16 of the word alone, 23 of its context and 10 of the tags before
// it (the split the tagger's caches rely on).
func TestTagFeatureSplit(t *testing.T) {
	words := strings.Fields("The delegation from Pyongyang arrived in Hanoi on 3 May , well-received .")
	ws := analyseSentence(nil, words, nil)
	for i := range words {
		for _, tags := range [][3]uint64{{0, 0, 0}, {5, 7, 3}, {12, 1, 9}} {
			fs := tagFeatures(nil, ws, i, tags[0], tags[1], tags[2])
			if n := len(tagWord(nil, ws, i)); n != nTagWord {
				t.Fatalf("%d word features, want %d", n, nTagWord)
			}
			if n := len(tagContext(nil, ws, i)); n != nTagContext {
				t.Fatalf("%d context features, want %d", n, nTagContext)
			}
			if len(fs) != 49 {
				t.Fatalf("word %d: %d features, want 49", i, len(fs))
			}
			slices.Sort(fs)
			if len(slices.Compact(fs)) != 49 {
				t.Fatalf("word %d: two templates give the same key", i)
			}
		}
	}
}

// TestMoveFeatureSplit checks, in every configuration met parsing a few
// sentences, that moveScores, with its memo of the single words' scores,
// scores the moves as the whole list of features does, and that no two
// templates give the same key.
func TestMoveFeatureSplit(t *testing.T) {
	m, err := English()
	if err != nil {
		t.Fatal(err)
	}
	p := m.NewParser()
	configs := 0
	for _, s := range []string{
		"The delegation from Pyongyang arrived in Hanoi on 3 May , and it was welcomed warmly .",
		"Talks , which the two sides had postponed twice , resumed yesterday in the capital .",
		"Why ?",
	} {
		words := strings.Fields(s)
		n := len(words)
		p.ws = analyseSentence(p.ws, words, m.dict)
		p.xs, p.us = grow(p.xs, n), grow(p.us, n)
		tagSentence(m.tags, p.ws, n, len(m.xpos), len(m.upos), p.xs, p.us, &p.b)
		st := &p.st
		st.reset(p.ws, p.xs, p.us, n)
		p.b.memo.reset(n)
		for !st.terminal() {
			configs++
			want := st.features(nil)
			var whole [4]float32
			m.moves.score(want, whole[:])
			var fast [4]float32
			st.moveScores(m.moves, &p.b, fast[:])
			if fast != whole {
				t.Fatalf("%q, configuration %d: moveScores %v, want %v", s, configs, fast, whole)
			}
			slices.Sort(want)
			if n := len(want); len(slices.Compact(want)) != n {
				t.Fatalf("%q, configuration %d: two templates give the same key", s, configs)
			}
			best := -1
			for mv := 0; mv < nMoves; mv++ {
				if st.valid(mv) && (best < 0 || fast[mv] > fast[best]) {
					best = mv
				}
			}
			st.apply(best, 0)
		}
	}
	if configs < 40 {
		t.Fatalf("only %d configurations", configs)
	}
}

// TestTagSentenceFast checks that tagSentence, with its batches and its
// cache of word scores, tags as scoring each word's tagFeatures does,
// whatever sentences the cache saw before.
func TestTagSentenceFast(t *testing.T) {
	m, err := English()
	if err != nil {
		t.Fatal(err)
	}
	sents := []string{
		"The delegation from Pyongyang arrived in Hanoi on 3 May , well-received by the hosts .",
		"Talks , which the two sides had postponed twice , resumed yesterday in the capital .",
		"Delegation members visited the Mangyongdae Schoolchildren 's Palace .",
		"The hosts resumed talks .",
		"Why ?",
	}
	nx, nu := len(m.xpos), len(m.upos)
	slow := func(ws []wordInfo, n int) (xs, us []uint8) {
		scores := make([]float32, nx+nu)
		var x1, x2, u1 uint64
		for i := range n {
			bx, bu := 0, 0
			if a := ws[i+pad].sure; a&sureBit != 0 {
				bx, bu = int(a>>8&0xff), int(a&0xff)
			} else {
				m.tags.score(tagFeatures(nil, ws, i, x1, x2, u1), scores)
				bx, bu = argmax(scores[:nx]), argmax(scores[nx:])
			}
			xs, us = append(xs, uint8(bx)), append(us, uint8(bu))
			x2, x1, u1 = x1, uint64(bx)+1, uint64(bu)+1
		}
		return xs, us
	}
	var b scratch
	b.words.size = 4 // words share slots: the cache is overwritten within sentences
	for round := range 3 {
		for k := range sents {
			words := strings.Fields(sents[(k*(round+1))%len(sents)])
			n := len(words)
			ws := analyseSentence(nil, words, m.dict)
			xs, us := make([]uint8, n), make([]uint8, n)
			tagSentence(m.tags, ws, n, nx, nu, xs, us, &b)
			wx, wu := slow(ws, n)
			if !slices.Equal(xs, wx) || !slices.Equal(us, wu) {
				t.Fatalf("round %d, %q: tags %v %v, want %v %v", round, words, xs, us, wx, wu)
			}
		}
	}
}
