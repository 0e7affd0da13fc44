package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
)

// The word sets drillTargets reads (dict/data/95-kcna-precision.txt).
const (
	// setDrillPlaceWords: the words before a country that make it where a
	// drill is held ("in south Korea", "above the West Sea of Korea").
	setDrillPlaceWords = "DRILL_PLACE_WORDS"
	// setDrillPlaceNouns: the nouns whose "of X" is a place ("the West
	// Sea of Korea", "the waters of Japan") and that make a country's
	// adjective a place ("the Korean peninsula").
	setDrillPlaceNouns = "DRILL_PLACE_NOUNS"
	// setDrillAimWords: the words that name a drill's aim ("targeting",
	// "against", "invading", "attack on").
	setDrillAimWords = "DRILL_AIM_WORDS"
)

// drillTargets reads the target of a show of force by exercises (150 of
// the exercise class, 51-verbs-material.txt) in a national outlet (KCNA)
// the way CONVENTIONS.md codes drills: each side staging them shows force
// toward the country they are aimed at, else toward nobody. The pattern
// "* ... &EXERCISE" takes as target the first actor after its verb, which
// in KCNA's prose is most often one of the drill's own sides or its place:
// "the U.S. and the south Korean warmongers staged war drills" (not KOR →
// USA), "the U.S. staged a drill in collusion with the puppet forces" (a
// partner), "staged war exercises in south Korea", "above the West Sea of
// Korea" (places). Such a target gives way to the drill's aim when the
// sentence names one ("DPRK-targeted", "against the north", "targeting
// the flag of the DPRK"), else to none; a partner after "with" is a side
// of the drill as well. jointDrills has already turned joint drills into
// 150 events the same way.
func (s *sentence) drillTargets(out []candidate) []candidate {
	if s.doc.home == "" {
		return out
	}
	isDrill := func(c candidate) bool {
		return strings.HasPrefix(c.code, "15") && c.usesSet("EXERCISE")
	}
	any := false
	for _, c := range out {
		if isDrill(c) {
			any = true
			break
		}
	}
	if !any {
		return out
	}
	isPartner := map[string]bool{}
	for _, c := range out {
		if isDrill(c) {
			isPartner[demarche.Country(c.src.code)] = true
		}
	}
	var withPartners []candidate
	for _, c := range out {
		if isDrill(c) && !c.noTarget && s.afterWith(c.tgt.i) {
			cc := demarche.Country(c.tgt.code)
			if !isPartner[cc] {
				isPartner[cc] = true
				p := c
				p.src = c.tgt
				withPartners = append(withPartners, p)
			}
		}
	}
	aim := s.drillAimWord(isPartner)
	if aim == nil {
		aim = s.drillAimNamed(isPartner)
	}
	var res []candidate
	fix := func(c candidate) candidate {
		if c.noTarget {
			if aim != nil && demarche.Country(aim.code) != demarche.Country(c.src.code) {
				// "… to Stage North-targeted War Maneuvers": the aim the
				// sentence names, where the pattern took no target
				c.tgt, c.noTarget = *aim, false
				c.rule += " (drill target: its aim, drilltargets.go)"
				s.note("drill: " + c.src.code + " → its aim " + aim.code + " (drilltargets.go)")
			}
			return c
		}
		cc := demarche.Country(c.tgt.code)
		aimed := c.patternWordBeforeTarget("against") && !s.afterWith(c.tgt.i) // "against the north in collusion with the U.S.": a partner
		if !aimed && (isPartner[cc] || s.drillPlace(c.tgt)) {
			if aim != nil && demarche.Country(aim.code) != demarche.Country(c.src.code) {
				c.tgt = *aim
				s.note("drill: " + c.src.code + " → its aim " + aim.code + ", not a side or the place of the drill (drilltargets.go)")
			} else {
				c.tgt, c.noTarget = actor{}, true
				s.note("drill: " + c.src.code + " → no target: the drill's sides and places are not its aim (drilltargets.go)")
			}
			c.rule += " (drill target: drilltargets.go)"
		}
		return c
	}
	for _, c := range out {
		if isDrill(c) {
			c = fix(c)
		}
		res = append(res, c)
	}
	for _, p := range withPartners {
		p.noTarget = false
		p.tgt = p.src // a side is no aim: fix gives the aim or none
		res = append(res, fix(p))
	}
	return res
}

// drillPlace reports whether the actor phrase a names where a drill is
// held rather than whom it is aimed at: after "in", "above", "off" …, as
// the complement of "the West Sea of", or an adjective before "peninsula".
func (s *sentence) drillPlace(a actor) bool {
	places := s.c.sets.words(setDrillPlaceWords)
	nouns := s.c.sets.words(setDrillPlaceNouns)
	k := a.i - 1
	for k >= 0 && (s.norm(k) == "the" || s.norm(k) == "its" || s.norm(k) == "their") {
		k--
	}
	if k >= 0 && places[s.norm(k)] {
		return true
	}
	if k >= 1 && s.norm(k) == "of" && nouns[s.norm(k-1)] {
		return true
	}
	return a.j < len(s.toks) && nouns[s.norm(a.j)]
}

// drillAimNamed finds a drill's aim named after a word of aim
// ("targeting the flag of the DPRK", "a preemptive attack on the DPRK",
// "invading the north"): the first actor within four words, not one of
// the drill's sides; in a national outlet of the DPRK, "the north" is the
// DPRK.
func (s *sentence) drillAimNamed(isPartner map[string]bool) *actor {
	aims := s.c.sets.words(setDrillAimWords)
	for k := range s.toks {
		if !aims[s.norm(k)] {
			continue
		}
		for n := k + 1; n < len(s.toks) && n <= k+4; n++ {
			w := s.norm(n)
			if w == "," || w == "." || w == "and" {
				break
			}
			if w == "north" && s.doc.home == "PRK" && !isPartner["PRK"] {
				return &actor{code: "PRK", i: n, j: n + 1, note: "the drill's aim: the north"}
			}
			if m := s.mentionAt(n); m != nil && !m.speaker {
				code := m.code()
				cc := demarche.Country(code)
				if cc == demarche.NoActor || cc == "" || isPartner[cc] {
					break
				}
				return &actor{code: code, i: m.i, j: m.j, note: "the drill's aim"}
			}
		}
	}
	for k := 1; k+2 < len(s.toks); k++ {
		// "North-targeted", "anti-north"
		if s.doc.home == "PRK" && !isPartner["PRK"] && s.norm(k) == "-" &&
			(s.norm(k-1) == "north" && s.norm(k+1) == "targeted" || s.norm(k-1) == "anti" && s.norm(k+1) == "north") {
			return &actor{code: "PRK", i: k - 1, j: k, note: "the drill's aim: the north"}
		}
	}
	return nil
}
