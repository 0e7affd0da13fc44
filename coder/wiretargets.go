package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/dict"
)

// Wire targets: the target of an act read from news, when the phrase the
// act's pattern took is not whom the act is aimed at — the place of the
// facilities struck rather than their owner, people rather than the body
// they serve, no one rather than the holder of persons to free — and the
// subject of a clause a passive participle modifies.

// setFacilityNouns names the word set FACILITY_NOUNS
// (dict/data/99-wire-targets.txt): the things an attack strikes that belong
// to a side ("positions", "bases", "targets").
const setFacilityNouns = "FACILITY_NOUNS"

// ownedFacilityTargets gives an act of force aimed at a side's facilities in
// a place the facilities' owner as its target, not the place's country:
// "jets bombed suspected rebel-group targets in the hills of northern Iraq"
// → the group; "troops fired on three of its positions in southern Lebanon"
// ("its": the organisation named before) → that organisation. The place is
// where the owner was struck. Wire news only; the owner must be another
// actor than the act's source.
func (s *sentence) ownedFacilityTargets(cands []candidate) []candidate {
	if !s.wireNews() {
		return cands
	}
	for i := range cands {
		c := &cands[i]
		if !forceRoot(c.code) || c.noTarget || c.p == nil || c.tgt.i < c.verb[1] {
			continue
		}
		f := s.facilityBefore(c.verb[1], c.tgt.i)
		if f < 0 {
			continue
		}
		owner, ok := s.facilityOwner(c.verb[1], f, c.src.code)
		if !ok || owner.code == c.tgt.code {
			continue
		}
		c.tgt = owner
		c.rule += " (target: the owner of the facilities struck, not their place)"
	}
	return cands
}

// facilityBefore returns the facility noun that a locative preposition
// ("in", "near", "inside", "across") before the place phrase starting at
// place follows, within a short stretch of noun-phrase words after the verb
// (which ends at lo); -1 if none.
func (s *sentence) facilityBefore(lo, place int) int {
	for k, n := place-1, 0; k >= lo && n < 8; k, n = k-1, n+1 {
		switch s.norm(k) {
		case "in", "near", "inside", "across":
			if k-1 >= lo && s.c.sets.lowered(setFacilityNouns)[s.norm(k-1)] {
				return k - 1
			}
			return -1
		case "of", "the", "a", "an":
			continue
		}
		switch t := s.tag(k); {
		case strings.HasPrefix(t, "NN"), strings.HasPrefix(t, "JJ"), t == "CD":
		default:
			return -1
		}
	}
	return -1
}

// facilityOwner reads the owner named just before the facility noun f, over
// adjectives and nouns ("suspected", "peacekeeping", "army"): an actor's name
// or adjective, or "its"/"their" standing for the nearest actor named before
// that is not the act's source (src).
func (s *sentence) facilityOwner(lo, f int, src string) (actor, bool) {
	sector := ""
	for k, n := f-1, 0; k >= lo && n < 4; k, n = k-1, n+1 {
		if m := s.mentionAt(k); m != nil {
			if m.sector != nil && m.actor == nil && m.person == nil {
				if sector == "" {
					sector = m.sector.Sector
				}
				k = m.i
				continue
			}
			code, note := compose(m, sector, s.doc.home)
			// a side's own rebels struck by its army keep their code
			if code == "" || code == src || demarche.Country(code) == demarche.Country(src) && len(code) == 3 {
				return actor{}, false
			}
			return actor{code: code, i: m.i, j: m.j, note: note + " (owner of the facilities struck)"}, true
		}
		switch w := s.norm(k); w {
		case "its", "their":
			return s.ownerOfPronoun(k, src)
		}
		switch t := s.tag(k); {
		case strings.HasPrefix(t, "NN"), strings.HasPrefix(t, "JJ"), t == "VBN", t == "VBG", t == "CD":
		default:
			return actor{}, false
		}
	}
	return actor{}, false
}

// ownerOfPronoun resolves "its"/"their" at k to the nearest actor named
// before it whose country is not the act's source's.
func (s *sentence) ownerOfPronoun(k int, src string) (actor, bool) {
	for x := k - 1; x >= 0; x-- {
		m := s.mentionAt(x)
		if m == nil || m.actor == nil && m.person == nil {
			continue
		}
		code, note := compose(m, "", s.doc.home)
		if code == "" || demarche.Country(code) == demarche.Country(src) {
			x = m.i
			continue
		}
		return actor{code: code, i: m.i, j: m.j, note: note + " (by \"" + s.norm(k) + "\", owner of the facilities struck)"}, true
	}
	return actor{}, false
}

// reducedRelativeHead returns the noun phrase a passive participle modifies
// when event c was read from one ("rebels backed by a neighbour's troops",
// "a militia armed by the state"): that phrase, not the participle's agent,
// is the subject of the clause the participle sits in, so an act told after
// the clause ("after days of fighting with the army") is the phrase's.
func (s *sentence) reducedRelativeHead(c candidate) (actor, bool) {
	p := c.p
	if p == nil || p.noun || !p.g.passive || p.subjHow != "noun phrase modified by the participle" || len(p.subj) == 0 {
		return actor{}, false
	}
	a := p.subj[0]
	if a.code == "" || strings.HasPrefix(a.code, sectorOnly) || a.weak || a.code == c.src.code {
		return actor{}, false
	}
	return a, true
}

// setStaffNouns names the word set STAFF_NOUNS
// (dict/data/99-wire-targets.txt): people named by the body they work for
// ("employees of", "staff of").
const setStaffNouns = "STAFF_NOUNS"

// staffOfTargets gives an act left without a target whose object is people
// named by the body they serve ("charged two employees of a state
// broadcaster with …", "detained three staff of the embassy") that body as
// its target: the people have no country of their own in the sentence, and
// the "of" phrase names whom they stand for. Wire news only.
func (s *sentence) staffOfTargets(cands []candidate) []candidate {
	if !s.wireNews() {
		return cands
	}
	for i := range cands {
		c := &cands[i]
		if !c.noTarget || c.p == nil || c.p.noun || c.speech {
			continue
		}
		k := c.verb[1]
		for k < len(s.toks) && k < c.verb[1]+4 {
			if t := s.tag(k); t == "DT" || t == "CD" || t == "JJ" || t == "RB" {
				k++
				continue
			}
			break
		}
		if k+2 >= len(s.toks) || !s.c.sets.lowered(setStaffNouns)[s.norm(k)] || s.norm(k+1) != "of" {
			continue
		}
		if m := s.mentionAt(k); m != nil && (m.actor != nil || m.person != nil) {
			continue
		}
		end := k + 2
		for end < len(s.toks) && end < k+10 {
			x, t := s.norm(end), s.tag(end)
			if x == "," || x == "." || x == ";" || t == "IN" || t == "TO" || isVerbTag(t) && s.mentionAt(end) == nil {
				break
			}
			end++
		}
		for _, a := range s.actorsIn(k+2, end, true) {
			if a.code == "" || strings.HasPrefix(a.code, sectorOnly) || a.code == c.src.code {
				continue
			}
			a.note += " (the body the people struck serve)"
			c.tgt, c.noTarget = a, false
			c.rule += " (target: the body of \"" + s.norm(k) + " of\")"
			break
		}
	}
	return cands
}

// releaseDemandTargets aims a demand or appeal to free persons (1053, 0253)
// with no addressee, or addressed to the persons themselves, at who holds
// them: the source of an arrest or abduction the sentence tells before it,
// of the demander's own people ("… detained twelve of our fishermen, the
// ministry said, demanding their release" → the detainer). The persons to
// free are the demand's object, their holder its addressee.
func (s *sentence) releaseDemandTargets(cands []candidate) []candidate {
	for i := range cands {
		c := &cands[i]
		if c.code != "1053" && c.code != "0253" {
			continue
		}
		home := demarche.Country(c.src.code)
		if home == "" || !c.noTarget && demarche.Country(c.tgt.code) != home {
			continue
		}
		for _, d := range cands {
			if d.verb[0] >= c.verb[0] || d.noTarget || demarche.Country(d.tgt.code) != home {
				continue
			}
			if d.code != "173" && d.code != "181" && d.code != "1711" && d.code != "1712" {
				continue
			}
			if h := demarche.Country(d.src.code); h == "" || h == home {
				continue
			}
			c.tgt, c.noTarget = d.src, false
			c.rule += " (target: the holder of the persons to free)"
			break
		}
	}
	return cands
}

// peopleInCapitalTargets gives an act whose target phrase is people named
// by their nation and placed in a capital ("arrested three Britons in
// Tehran", "detained dozens of Palestinians in East Jerusalem") those
// people as its target, not the capital's government: the capital is
// where they were, not whom the act is aimed at.
func (s *sentence) peopleInCapitalTargets(cands []candidate) []candidate {
	for i := range cands {
		c := &cands[i]
		if c.noTarget || c.p == nil || c.tgt.i < c.verb[1] {
			continue
		}
		m := s.mentionAt(c.tgt.i)
		if m == nil || m.actor == nil || m.kind() != dict.KindCapital {
			continue
		}
		k := c.tgt.i - 1
		for k > c.verb[1] && s.tag(k) == "NNP" && s.mentionAt(k) == nil { // "East Jerusalem"
			k--
		}
		if k-1 < c.verb[1] || s.norm(k) != "in" {
			continue
		}
		d := s.mentionAt(k - 1)
		if d == nil || d.actor == nil || d.kind() != dict.KindDemonym {
			continue
		}
		code, note := compose(d, "", s.doc.home)
		if code == "" || code == c.src.code || demarche.Country(code) == demarche.Country(c.tgt.code) {
			continue
		}
		c.tgt = actor{code: code, i: d.i, j: d.j, note: note + " (the people placed in a capital, not its government)"}
		c.rule += " (target: the people in the capital, not its government)"
	}
	return cands
}
