package parser

import (
	"slices"
	"strings"
	"testing"
)

// TestTagFeatureSplit checks that the tagger's features are distinct keys,
// split as the tagger's caches rely on: for the full set 49, 16 of the word
// alone, 23 of its context and 10 of the tags before it; for the compact
// set 21: 10, 7 and 4.
func TestTagFeatureSplit(t *testing.T) {
	words := strings.Fields("The delegation from Pyongyang arrived in Hanoi on 3 May , well-received .")
	ws := analyseSentence(nil, words, nil)
	for _, tc := range []struct {
		f                      FeatureSet
		word, context, dynamic int
	}{{FullFeatures, 16, 23, 10}, {CompactFeatures, 10, 6, 3}} {
		nw, nc := tc.f.tagCounts()
		if nw != tc.word || nc != tc.context {
			t.Fatalf("%v: counts %d and %d, want %d and %d", tc.f, nw, nc, tc.word, tc.context)
		}
		total := tc.word + tc.context + tc.dynamic
		for i := range words {
			for _, tags := range [][3]uint64{{0, 0, 0}, {5, 7, 3}, {12, 1, 9}} {
				fs := tagFeatures(tc.f, nil, ws, i, tags[0], tags[1], tags[2])
				if n := len(tc.f.tagWord(nil, ws, i)); n != nw {
					t.Fatalf("%v: %d word features, want %d", tc.f, n, nw)
				}
				if n := len(tc.f.tagContext(nil, ws, i)); n != nc {
					t.Fatalf("%v: %d context features, want %d", tc.f, n, nc)
				}
				if len(fs) != total {
					t.Fatalf("%v, word %d: %d features, want %d", tc.f, i, len(fs), total)
				}
				slices.Sort(fs)
				if len(slices.Compact(fs)) != total {
					t.Fatalf("%v, word %d: two templates give the same key", tc.f, i)
				}
			}
		}
	}
}

// featureModels returns a built-in model of each feature set.
func featureModels(t *testing.T) []*Model {
	t.Helper()
	full, err := English()
	if err != nil {
		t.Fatal(err)
	}
	compact, err := EnglishFast()
	if err != nil {
		t.Fatal(err)
	}
	if full.fset != FullFeatures || compact.fset != CompactFeatures {
		t.Fatalf("built-in models of sets %v and %v, want full and compact", full.fset, compact.fset)
	}
	return []*Model{full, compact}
}

// TestMoveFeatureSplit checks, in every configuration met parsing a few
// sentences, that moveScores, with its memo of the single words' scores,
// scores the moves as the whole list of features does, and that no two
// templates give the same key; for each feature set.
func TestMoveFeatureSplit(t *testing.T) {
	for _, m := range featureModels(t) {
		t.Run(m.fset.String(), func(t *testing.T) { checkMoveFeatureSplit(t, m) })
	}
}

func checkMoveFeatureSplit(t *testing.T, m *Model) {
	p := m.NewParser()
	if p.st.fset != m.fset {
		t.Fatalf("parser's state of set %v, model's %v", p.st.fset, m.fset)
	}
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
		tagSentence(m.fset, m.tags, p.ws, n, len(m.xpos), len(m.upos), p.xs, p.us, &p.b)
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
// whatever sentences the cache saw before; for each feature set.
func TestTagSentenceFast(t *testing.T) {
	for _, m := range featureModels(t) {
		t.Run(m.fset.String(), func(t *testing.T) { checkTagSentenceFast(t, m) })
	}
}

func checkTagSentenceFast(t *testing.T, m *Model) {
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
				m.tags.score(tagFeatures(m.fset, nil, ws, i, x1, x2, u1), scores)
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
			tagSentence(m.fset, m.tags, ws, n, nx, nu, xs, us, &b)
			wx, wu := slow(ws, n)
			if !slices.Equal(xs, wx) || !slices.Equal(us, wu) {
				t.Fatalf("round %d, %q: tags %v %v, want %v %v", round, words, xs, us, wx, wu)
			}
		}
	}
}
