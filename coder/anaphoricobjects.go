package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// A censure whose object points back at the act the sentence just told, in
// wire news: "North Korea fired 18 missiles into the sea, the South Korean
// military said, condemning the launches as a provocation", "Russian
// troops shelled the city, and Ukraine's foreign ministry condemned the
// attack as a war crime", "…, calling the incidents a serious violation".
// The object names no actor; the act it names has one, and the censure is
// toward that act's author.

// setAnaphoricEvents names ANAPHORIC_EVENT_NOUNS
// (dict/data/89-wire-consequences.txt): the nouns that name again an act
// the sentence told before ("the launches", "the attack", "the move").
const setAnaphoricEvents = "ANAPHORIC_EVENT_NOUNS"

// anaphoricObjects gives a censure, rejection or praise with no target
// whose object is "the/this/these NOUN" of an act told before it the
// source of that act as its target.
func (s *sentence) anaphoricObjects(out []candidate) {
	for i := range out {
		c := &out[i]
		switch cameo.Root(c.code) {
		case "11", "12", "05":
		default:
			continue
		}
		if c.p == nil || c.p.noun || !(c.noTarget || c.tgt.code == "" || strings.HasPrefix(c.tgt.code, sectorOnly)) {
			continue
		}
		if !s.anaphoricObjectAt(c.verb[1]) {
			continue
		}
		if sp, ok := s.reportingSpeaker(c); ok {
			c.src = sp
			c.rule += " (the participle is the reporting speaker's)"
		}
		tgt, ok := s.reactedTo(out, c.verb[0])
		if !ok || demarche.Country(tgt.code) == demarche.Country(c.src.code) {
			continue
		}
		c.tgt, c.noTarget = tgt, false
		c.rule += " (anaphoricobjects.go: the act its object names again is the target's)"
	}
}

// anaphoricObjectAt reports whether the object starting at k is "the/this/
// these/those/such" (and adjectives) + a noun naming an act again, or "it",
// "them".
func (s *sentence) anaphoricObjectAt(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	switch s.norm(k) {
	case "it", "them":
		return true
	case "the", "this", "these", "those", "such", "that":
	default:
		return false
	}
	nouns := s.c.sets.lowered(setAnaphoricEvents)
	for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
		if nouns[s.norm(j)] {
			return s.mentionAt(j) == nil
		}
		if t := s.tag(j); t != "JJ" && t != "VBN" && t != "NN" && t != "NNS" && t != "CD" {
			return false
		}
	}
	return false
}

// reportingSpeaker returns the subject of a verb of saying whose reported
// clause the participle at c follows after a comma ("the United Nations
// said Israeli forces had fired on its positions, calling the incidents a
// violation"): the participle is the speaker's, not the reported clause's
// subject's.
func (s *sentence) reportingSpeaker(c *candidate) (actor, bool) {
	v := c.verb[0]
	if !c.p.g.particip || s.tag(v) != "VBG" || s.norm(v-1) != "," {
		return actor{}, false
	}
	for _, q := range s.preds {
		if q.noun || q.v >= v || !q.g.finite || len(q.subj) == 0 {
			continue
		}
		speech := false
		for _, cf := range q.cands {
			if cf.form.class.Speech {
				speech = true
				break
			}
		}
		if !speech {
			continue
		}
		sp := q.subj[0]
		if sp.weak || sp.code == "" || strings.HasPrefix(sp.code, sectorOnly) || demarche.Country(sp.code) == demarche.Country(c.src.code) {
			continue
		}
		// the participle's own subject must be the reported clause's: a
		// finite verb between the speech verb and the participle
		for _, r := range s.preds {
			if !r.noun && r.v > q.vend && r.v < v && r.g.finite && len(r.subj) > 0 && demarche.Country(r.subj[0].code) == demarche.Country(c.src.code) {
				return sp, true
			}
		}
	}
	return actor{}, false
}

// speakersOwnTargets gives a use of force reported by a speaker, whose
// object is "its"/"their" own positions, troops or vessels ("the United
// Nations said Israeli forces had fired on three of its peacekeeping
// positions in southern Lebanon"), the speaker as its target: the
// possessive is the reporting speaker's, not the attacker's.
func (s *sentence) speakersOwnTargets(out []candidate) {
	for i := range out {
		c := &out[i]
		switch cameo.Root(c.code) {
		case "17", "18", "19", "20":
		default:
			continue
		}
		if c.p == nil || c.p.noun || !c.p.g.finite {
			continue
		}
		own := false
		for k := c.verb[1]; k < len(s.toks) && k < c.verb[1]+6; k++ {
			if w := s.norm(k); (w == "its" || w == "their") && s.ownHoldingAfter(k+1) {
				own = true
				break
			}
			if s.mentionAt(k) != nil && s.mentionAt(k).actor != nil || s.norm(k) == "," {
				break
			}
		}
		if !own {
			continue
		}
		for _, q := range s.preds {
			if q.noun || q.v >= c.verb[0] || !q.g.finite || len(q.subj) == 0 || !q.speaks() {
				continue
			}
			sp := q.subj[0]
			if sp.weak || sp.code == "" || strings.HasPrefix(sp.code, sectorOnly) || demarche.Country(sp.code) == demarche.Country(c.src.code) {
				continue
			}
			c.tgt, c.noTarget = sp, false
			c.rule += " (anaphoricobjects.go: \"its\" in a reported clause is the speaker's)"
			break
		}
	}
}

// speaks reports whether one of the predicate's classes is a verb of
// saying.
func (p *pred) speaks() bool {
	for _, cf := range p.cands {
		if cf.form.class.Speech {
			return true
		}
	}
	return false
}

// setOwnHoldings names OWN_HOLDINGS (dict/data/89-wire-consequences.txt):
// what a state or body holds that another's force can strike ("its
// positions", "its peacekeepers", "its embassy"); not "its largest
// attack", whose "its" is the attacker's.
const setOwnHoldings = "OWN_HOLDINGS"

// ownHoldingAfter reports whether a holding noun follows at k (after
// numbers and adjectives).
func (s *sentence) ownHoldingAfter(k int) bool {
	for j := k; j < len(s.toks) && j < k+4; j++ {
		if s.c.sets.lowered(setOwnHoldings)[s.norm(j)] {
			return true
		}
		if t := s.tag(j); t != "JJ" && t != "CD" && t != "NN" && t != "VBN" {
			return false
		}
	}
	return false
}
