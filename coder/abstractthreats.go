// Threats to an abstraction: "ISIS continues to threaten political
// stability", "crime threatens the attainment of the Goals" name no one
// threatened and no threat made (CAMEO 13 is a threat to an actor). Found on
// the ungd7 sample of coder/testdata (UN General Debate sentences); the
// abstractions are the word set ABSTRACT_THREATENED of
// dict/data/88-ungd-abstract-threats.txt.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
)

// setAbstractThreatened names the heads of an abstract object of "threaten".
const setAbstractThreatened = "ABSTRACT_THREATENED"

// abstractThreats drops a 13x coded on a form of "threaten" that has no
// target when its object is headed, within five words, by an abstraction
// ("threaten political stability", "threatens the very survival of").
func (s *sentence) abstractThreats(cands []candidate) []candidate {
	abs := s.c.sets.lowered(setAbstractThreatened)
	keep := cands[:0]
	for _, c := range cands {
		if strings.HasPrefix(c.code, "13") && (c.noTarget || c.tgt.code == "" || c.tgt.code == demarche.NoActor) &&
			strings.HasPrefix(s.norm(c.verb[0]), "threaten") && s.abstractObject(c.verb[1], abs) {
			s.noteDrop(StageDropped, "dropped: "+c.code+" \""+s.norm(c.verb[0])+"\" with an abstract object (abstractthreats.go)")
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// abstractObject reports whether the phrase after k is headed by a word of
// abs: determiners, adjectives and nouns are passed over up to five words.
func (s *sentence) abstractObject(k int, abs map[string]bool) bool {
	for j := k; j < len(s.toks) && j < k+5; j++ {
		if abs[s.norm(j)] {
			return true
		}
		t := s.tag(j)
		if !(t == "DT" || t == "PDT" || t == "PRP$" || isAdjTag(t) || isAdvTag(t) || strings.HasPrefix(t, "NN")) {
			return false
		}
	}
	return false
}
