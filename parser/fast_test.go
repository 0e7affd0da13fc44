package parser

import (
	"slices"
	"strings"
	"testing"
)

// TestTagFeatureSplit checks that the tagger's static and dynamic features
// are its features, each once.
func TestTagFeatureSplit(t *testing.T) {
	words := strings.Fields("The delegation from Pyongyang arrived in Hanoi on 3 May , well-received .")
	ws := analyseSentence(nil, words, nil)
	for i := range words {
		for _, tags := range [][3]uint64{{0, 0, 0}, {5, 7, 3}, {12, 1, 9}} {
			want := tagFeatures(nil, ws, i, tags[0], tags[1], tags[2])
			got := tagDynamic(tagContext(tagWord(nil, ws, i), ws, i), ws, i, tags[0], tags[1], tags[2])
			if n := len(tagWord(nil, ws, i)); n != nTagWord {
				t.Fatalf("%d word features, want %d", n, nTagWord)
			}
			if n := len(tagContext(nil, ws, i)); n != nTagContext {
				t.Fatalf("%d context features, want %d", n, nTagContext)
			}
			slices.Sort(want)
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Fatalf("word %d: split features differ from tagFeatures", i)
			}
		}
	}
}

// TestMoveFeatureSplit checks, in every configuration met parsing a few
// sentences, that the features of the single words in their roles and
// pairFeatures are the move features, each once, and that moveScores
// scores them as the whole list does.
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
			var got []uint32
			s0, n0 := st.s0(), st.b
			roles := [nRoles]int32{s0, n0, n0 + 1, n0 + 2, at(st.head, s0), at(st.l1, s0), at(st.r1, s0), at(st.l1, n0),
				at(st.l2, s0), at(st.r2, s0), at(st.l2, n0)}
			for r, i := range roles {
				got = st.roleFeatures(got, r, i)
			}
			got = st.pairFeatures(got)
			var whole [4]float32
			m.moves.score(want, whole[:])
			var fast [4]float32
			st.moveScores(m.moves, &p.b, fast[:])
			if fast != whole {
				t.Fatalf("%q, configuration %d: moveScores %v, want %v", s, configs, fast, whole)
			}
			slices.Sort(want)
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Fatalf("%q, configuration %d: split features differ from features", s, configs)
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
