// The victim of an act a government condemns is not the one it condemns.

package coder

import (
	"github.com/demarche-project/demarche/cameo"
	"github.com/demarche-project/demarche/dict"
)

// condemnedVictims gives the speaker's criticism and rejection (111, 112,
// 12x) no target (`---`) when the actor it found is the victim of the
// condemned act, not its author: "we condemn the blockade against Cuba",
// "the embargo imposed on Cuba", "attacks against Saudi territories",
// "the expulsion of the two Cuban diplomats", "the inhumane treatment of
// Haitian refugees", "interference in the internal affairs of Belarus",
// "attempts to destabilize Ukraine". The guide codes a denunciation toward
// the actor denounced, and an unnamed one is `---` (the UN sets' annotators
// code "our condemnation of this expulsion of the Cuban diplomats" toward
// `---`). The author keeps the target: "the acts committed by Israel",
// "the Russian Federation's rhetoric", "the military actions of the United
// States".
func (s *sentence) condemnedVictims(cands []candidate) []candidate {
	if s.doc.speaker == "" {
		return cands
	}
	for n := range cands {
		c := &cands[n]
		if c.noTarget || c.tgt.code == "" || c.tgt.code == "---" || !s.speakerSource(c) {
			continue
		}
		if r := cameo.Root(c.code); r != "11" && r != "12" {
			continue
		}
		if c.tgt.i < c.verb[1] || c.tgt.i > c.verb[1]+20 {
			continue
		}
		if s.victimAt(c.verb[1], c.tgt.i) {
			c.noTarget, c.tgt = true, actor{}
			s.note("the victim of the condemned act is not the one condemned: no target (condemnedvictims.go)")
		}
	}
	return cands
}

// setPatientNouns names the word set PATIENT_NOUNS
// (dict/data/99-ungd-targets.txt): the nouns of an act whose "of"
// complement is its victim ("the blockade of Cuba", "the occupation of
// Palestine"), not its author.
const setPatientNouns = "PATIENT_NOUNS"

// setSettingNouns names the word set SETTING_NOUNS
// (dict/data/99-ungd-targets.txt): the nouns of an act of force from
// outside whose "in" complement is its place ("the war in Ukraine",
// "foreign interference in Libya"), not its author.
const setSettingNouns = "SETTING_NOUNS"

// victimAt reports whether the actor at t, after the verb ending at from,
// stands where an act's victim stands: after "against", "on" or "upon"
// that follow a noun of the object (not the verb's own particle), after
// "of" that follows a noun of PATIENT_NOUNS, or as the object of an
// infinitive inside the object ("attempts to destabilize Ukraine").
func (s *sentence) victimAt(from, t int) bool {
	k := t - 1
	for k > from && (s.tag(k) == "DT" || isAdjTag(s.tag(k)) || s.tag(k) == "PRP$" || s.tag(k) == "CD" || s.norm(k) == "brotherly" || s.norm(k) == "sisterly") {
		k--
	}
	if k <= from {
		return false // the verb's own object: "we condemn Israel"
	}
	prev := k - 1
	for prev > from && (isAdjTag(s.tag(prev)) || s.tag(prev) == "RB" || s.tag(prev) == "VBN" || s.tag(prev) == "VBD") {
		prev-- // "the embargo unjustly imposed on Cuba"
	}
	switch w := s.norm(k); w {
	case "against", "on", "upon":
		if prev <= from {
			return false // "we protest against X"
		}
		return isNounTag(s.tag(prev)) || s.tag(prev) == "VBN" || s.tag(prev) == "VBD" || s.c.sets.lowered(setPatientNouns)[s.norm(prev)] || s.norm(k-1) == "imposed"
	case "of":
		return k-1 > from && s.c.sets.lowered(setPatientNouns)[s.norm(k-1)]
	case "in":
		// "the war in Ukraine", "the attacks in Nairobi", "foreign
		// interference in Libya": the place of an act of force from
		// outside, not its author; not a seat of government ("actions
		// engineered in Moscow")
		if m := s.mentionAt(t); m != nil && m.actor != nil && (m.actor.Kind == dict.KindCapital || m.actor.Kind == dict.KindSeat) {
			return false
		}
		return k-1 > from && s.c.sets.lowered(setSettingNouns)[s.norm(k-1)]
	}
	if s.tag(k) == "VB" && s.norm(k-1) == "to" && k-2 > from && isNounTag(s.tag(k-2)) {
		return true // "attempts to destabilize Ukraine"
	}
	return false
}
