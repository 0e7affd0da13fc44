package coder

import (
	"strings"

	"github.com/demarche-project/demarche/cameo"
)

// oneWayIntentions drops the reverse of a meeting or a cooperation read
// both ways when it states only its subject's intention (03x): "I want to
// hold serious bilateral talks with Pakistan" (India's intention, not
// Pakistan's), "Cuba has reiterated its willingness to cooperate with the
// United Nations". Talks held and cooperation done are coded both ways
// (the guide: reciprocal meetings both ways); an intention is its
// holder's alone, so the event from the partner back to the subject is
// not asserted. Coordinated subjects ("Brazil and India will cooperate")
// are each a subject and keep their events; so do the agent of a passive
// and the partners of a joint undertaking ("plan to stage joint exercises
// with the U.S.": the exercises are planned by both).
func (s *sentence) oneWayIntentions(out []candidate) []candidate {
	keep := out[:0]
	for _, c := range out {
		if strings.HasPrefix(c.code, "03") && c.intended != "" && c.p != nil && !c.p.g.passive && len(c.p.subj) > 0 && !s.subjectOf(c.p, c.src) && !s.jointUndertaking(c.verb[0]) {
			s.noteDrop(StageDropped, "dropped: the partner of an intention stated by the subject, no intention of its own (oneway.go)")
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// subjectOf reports whether the actor a is one of the predicate's
// subjects (by code).
func (s *sentence) subjectOf(p *pred, a actor) bool {
	for _, sub := range p.subj {
		if sub.code == a.code {
			return true
		}
	}
	return false
}

// jointUndertaking reports whether "joint" or "jointly" stands in the verb
// or its object, within eight tokens from k.
func (s *sentence) jointUndertaking(k int) bool {
	for j := k; j < len(s.toks) && j < k+8; j++ {
		if w := s.norm(j); w == "joint" || w == "jointly" {
			return true
		}
	}
	return false
}

// oneWayWithBodies drops, in a government's statement, the reverse of a
// state's cooperation with an international body (06): "Kazakhstan
// cooperates with the United Nations human rights mechanisms", "my
// Government is cooperating with the United Nations and its agencies". The
// state takes part in the body's work; that the body cooperates back with
// it is not asserted, and the UN sets' annotators code the state's act
// alone. Cooperation between states, and a joint undertaking with a body
// ("launched a council together with the UN office"), stay both ways.
func (s *sentence) oneWayWithBodies(out []candidate) []candidate {
	if s.doc.speaker == "" {
		return out
	}
	keep := out[:0]
	for _, c := range out {
		if cameo.Root(c.code) == "06" && c.p != nil && !c.p.g.passive && len(c.p.subj) > 0 &&
			strings.HasPrefix(c.src.code, "IGO") && !strings.HasPrefix(c.tgt.code, "IGO") &&
			!s.subjectOf(c.p, c.src) && s.subjectOf(c.p, c.tgt) && !s.jointUndertaking(c.verb[0]) && !s.wordWithin(c.verb[0], 4, "together") /* address.go */ {
			s.noteDrop(StageDropped, "dropped: a body a state cooperates with does not cooperate back in the state's account (oneway.go)")
			continue
		}
		keep = append(keep, c)
	}
	return keep
}
