package coder

import "strings"

// setInstrumentHeads names the word set INSTRUMENT_HEADS
// (dict/data/94-ungd-precision.txt), whose nouns are instruments a body's
// name only names: "the Charter of the United Nations", "the United Nations
// Framework Convention on Climate Change".
const setInstrumentHeads = "INSTRUMENT_HEADS"

// bodyNamesInstrument reports whether the international body a names is
// only the name of an instrument: the complement of its noun ("the Charter
// of the United Nations", "the Constitutive Act of the African Union" is
// not read, as "act" is too common) or the modifier before it ("the UN
// Charter", "the United Nations Framework Convention"). A commitment to the
// Charter, its violation, a signature of the Convention address no one
// (target ---): the body did not make the act, the states that adopted the
// instrument are many.
func (s *sentence) bodyNamesInstrument(a actor) bool {
	if !strings.HasPrefix(a.code, "IGO") || a.j <= a.i {
		return false
	}
	heads := s.c.sets.lowered(setInstrumentHeads)
	k := a.i - 1
	if s.norm(k) == "the" {
		k--
	}
	if s.norm(k) == "of" && heads[s.norm(k-1)] {
		return true
	}
	k = a.j
	if s.norm(k) == "framework" {
		k++
	}
	return heads[s.norm(k)] && isNounTag(s.tag(k))
}
