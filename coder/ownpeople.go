// The speaking state's own people and institutions as the addressee of its
// government's praise, thanks, appeal or condolence.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// ownSideTarget reports whether the target of c, of the speaking state's
// own country, is still the target of its government: a body of another
// sector than the government's that the sentence names as the speaker's,
// by its own voice ("our people", "our citizens") or by the country's name
// or adjective ("the Philippine Senate", "the great Yemeni people"), as
// the addressee of praise, thanks, greetings, an appeal or condolences:
// "I have asked the Senate to ratify", "we salute our people", "I thank
// the Zambian people" code the government toward its LEG, its CVL (the
// guide: a government's own people are its CVL).
//
// Not a generic noun that took the speaker's country for want of another
// ("we took in refugees", "we commend aid workers": no one named), not the
// country named alone or its government ("the support of Trinidad and
// Tobago for …": the speaker itself), not the owner of the speaker's words
// ("on behalf of the people of X", "the gratitude of the Ivorian people",
// "the Ivorian people's gratitude"), not the receiver of help the speaker
// thanks others for ("our gratitude for your support to the Haitian
// people"). Other acts (plans, meetings, help, force) within one country
// keep no target.
func (s *sentence) ownSideTarget(c *candidate) bool {
	src, tgt := c.src, c.tgt
	if r := cameo.Root(c.code); r != "05" && r != "02" && c.code != "018" || c.code == "057" || c.code == "050" {
		return false
	}
	if len(tgt.code) < 6 || tgt.code == src.code || strings.HasPrefix(tgt.code[3:], "GOV") || tgt.i < c.verb[1] {
		return false
	}
	if len(src.code) > 3 && !strings.HasPrefix(src.code[3:], "GOV") {
		return false
	}
	home := demarche.Country(s.doc.speaker)
	named := false
	for k := tgt.i; k < tgt.j && k < len(s.toks); k++ {
		if m := s.mentionAt(k); m != nil && (m.speaker || m.actor != nil && demarche.Country(m.actor.Code) == home) {
			named = true
		}
		if tgt.ownBody {
			named = true // "our soldiers", "the population" (speakersOwnBody)
		}
		if s.possessiveAt(k) {
			return false // "the Ivorian people's gratitude"
		}
	}
	if !named || s.possessiveAt(tgt.j) {
		return false
	}
	aid := s.c.sets.lowered(setAidNouns)
	for k := c.verb[1]; k < tgt.i; k++ {
		if aid[s.norm(k)] {
			return false // "our gratitude for your support to the Haitian people"
		}
	}
	k := tgt.i - 1
	for k >= 0 && (isAdjTag(s.tag(k)) || s.tag(k) == "DT" || s.tag(k) == "PRP$" || s.tag(k) == "CC" || s.tag(k) == "NN" || s.tag(k) == "NNP" || s.norm(k) == ",") {
		k-- // "of the Government and the great people of …"
	}
	if k < 0 {
		return true
	}
	switch s.norm(k) {
	case "of", "from", "for", "by", "against", "behalf", "towards", "toward", "with", "among":
		return k < c.verb[1] // the verb's own particle ("call on our people"), else "their hospitality towards our people"
	}
	return true
}

// possessiveAt reports whether token k is a possessive "'s".
func (s *sentence) possessiveAt(k int) bool {
	if k < 0 || k >= len(s.toks) {
		return false
	}
	w := s.norm(k)
	return w == "'s" || w == "’s" || w == "'" || w == "’"
}

// ownPeoplePhrase reports whether t, a phrase of the speaker's own voice,
// names the speaker's people ("our citizens", "our population": its CVL)
// beside a source that is not they: kept as a target here, for
// ownSideTarget to judge once the act's code is known.
func ownPeoplePhrase(t actor, src actor) bool {
	return len(t.code) == 6 && strings.HasSuffix(t.code, "CVL") && t.code != src.code
}

// setOwnBodyHeads names the word set OWN_BODY_HEADS
// (dict/data/99-ungd-targets.txt): the heads of the speaker's own people
// and bodies named by "our" ("our soldiers", "our health-care workers").
const setOwnBodyHeads = "OWN_BODY_HEADS"

// speakersOwnBody gives a body named by its sector alone the speaking
// state's country, in a government's own statement, when "our" or "my"
// owns a head of OWN_BODY_HEADS ("our soldiers": its MIL, "our
// health-care workers": its CVL, not "our solidarity") or when it is "the
// population" with no complement naming another. ownSideTarget then keeps
// it only as the addressee of praise, thanks, an appeal or condolence ("we
// are encouraging the population to …").
func (s *sentence) speakersOwnBody(t actor) (string, bool) {
	sp := s.doc.speaker
	if len(sp) != 3 || !strings.HasPrefix(t.code, sectorOnly) || t.j <= t.i || t.j > len(s.toks) {
		return "", false
	}
	sector := t.code[len(sectorOnly):]
	head := t.j - 1
	if s.norm(head) == "population" && s.norm(t.j) != "of" && s.norm(t.j) != "in" && (t.j-t.i == 1 || s.norm(head-1) == "the") {
		return sp + sector, true // "we are encouraging the population to …"
	}
	if !s.c.sets.lowered(setOwnBodyHeads)[s.norm(head)] || s.norm(t.j) == "of" {
		return "", false // not "my fellow citizens of the world"
	}
	for k := head - 1; k >= 0 && k >= head-4; k-- {
		switch w := s.norm(k); {
		case w == "our" || w == "my":
			return sp + sector, true
		case isAdjTag(s.tag(k)) || s.tag(k) == "RB" || s.tag(k) == "VBN" || isNounTag(s.tag(k)) && s.tag(k) != "NNP" || w == "-":
			continue // "our brave soldiers", "our health-care workers"
		default:
			return "", false
		}
	}
	return "", false
}
