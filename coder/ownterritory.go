// Force against the speaker's own: in a government's statement, an attack,
// an occupation or a shelling whose object is the speaker's ("attacking our
// cities and villages", "to down our planes", "its three islands …, which
// are occupied by Iran" in the Emirates' statement) is aimed at the
// speaking state. Found on the ungd7 sample of coder/testdata (UN General
// Debate sentences).

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
)

// ownTerritoryTargets gives the speaker's country as the target of a use of
// force (roots 18-20) that has none when its object, or the antecedent of a
// passive relative ("…, which are occupied by X"), is the speaker's own:
// "our"/"my" or an "its" whose nearest actor before it is the speaker's
// state.
func (s *sentence) ownTerritoryTargets(cands []candidate) []candidate {
	if s.doc.speaker == "" {
		return cands
	}
	for i := range cands {
		c := &cands[i]
		if c.p == nil || !(c.noTarget || c.tgt.code == "" || c.tgt.code == demarche.NoActor) {
			continue
		}
		if !strings.HasPrefix(c.code, "18") && !strings.HasPrefix(c.code, "19") && !strings.HasPrefix(c.code, "20") {
			continue
		}
		sp := s.speakerCode()
		if demarche.Country(c.src.code) == demarche.Country(sp) {
			continue
		}
		k := -1
		if c.p.g.passive {
			k = s.ownBefore(c.p.g.start)
		} else {
			k = s.ownAfter(c.verb[1], c.p.hi)
		}
		if k < 0 {
			continue
		}
		c.tgt = actor{code: demarche.Country(sp), i: k, j: k + 1, note: "the speaker's own, object of the force (ownterritory.go)"}
		c.noTarget = false
		s.note("retargeted: " + c.code + " toward the speaker's own \"" + s.norm(k) + "\" (ownterritory.go)")
	}
	return cands
}

// ownAfter returns the speaker's possessive in the object after a verb
// ("attacking our cities", "to sink our ships"), or -1: at most six words
// on, before any comma or verb.
func (s *sentence) ownAfter(from, hi int) int {
	for k := from; k < hi && k < from+6 && k < len(s.toks); k++ {
		if s.norm(k) == "," || s.norm(k) == ";" || k > from && isVerbTag(s.tag(k)) && s.tag(k) != "VBN" {
			return -1
		}
		if s.ownWord(k) && !s.figurativeOwn(k) {
			return k
		}
	}
	return -1
}

// setOwnFigurativeHeads names the heads after "our" that no force can hit
// ("our hopes", "our multilateral structures").
const setOwnFigurativeHeads = "OWN_FIGURATIVE_HEADS"

// figurativeOwn reports whether the phrase after the possessive at k is
// headed, within three words, by a word of OWN_FIGURATIVE_HEADS.
func (s *sentence) figurativeOwn(k int) bool {
	heads := s.c.sets.lowered(setOwnFigurativeHeads)
	for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
		if heads[s.norm(j)] {
			return true
		}
		if !isAdjTag(s.tag(j)) && !strings.HasPrefix(s.tag(j), "NN") {
			break
		}
	}
	return false
}

// ownBefore returns the speaker's possessive in the antecedent of a passive
// relative clause opening before the verb group at start ("its three
// islands …, which are occupied by"), or -1.
func (s *sentence) ownBefore(start int) int {
	r := -1
	for k := start - 1; k >= 0 && k >= start-4; k-- {
		if w := s.norm(k); w == "which" || w == "that" {
			r = k
			break
		}
	}
	if r < 0 {
		return -1
	}
	for k := r - 1; k >= 0 && k >= r-16; k-- {
		if w := s.norm(k); w == ";" || isVerbTag(s.tag(k)) && s.tag(k) != "VBN" && s.tag(k) != "VBG" {
			return -1
		}
		if s.ownWord(k) {
			return k
		}
	}
	return -1
}

// ownWord reports whether token k is the speaker's possessive: "our",
// "my", or "its" whose nearest actor before it is the speaker's state ("the
// UAE's firm position and its legitimate right over its three islands").
func (s *sentence) ownWord(k int) bool {
	switch s.norm(k) {
	case "our", "my":
		return true
	case "its":
		for j := k - 1; j >= 0; j-- {
			if m := s.mentionAt(j); m != nil {
				if m.actor == nil && m.person == nil {
					continue
				}
				return demarche.Country(m.code()) == demarche.Country(s.speakerCode())
			}
		}
	}
	return false
}
