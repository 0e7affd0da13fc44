package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
)

// jointDrills reads joint military exercises the way CONVENTIONS.md says
// the official gold codes them: each side staging them shows force (150)
// toward the country they are aimed at ("the U.S. imperialists and the
// south Korean puppet warmongers launched the DPRK-targeted joint
// maneuvers": USA → PRK and KOR → PRK 150), or toward nobody (`---`) when
// no aim is named ("Kazakhstan and Russia launched a joint emergency
// drill"). The exercise class of 51-verbs-material.txt codes the partners
// toward each other as military cooperation (062); here those events are
// turned into one 150 per partner. A partner is a source of the drill, or
// its object after "with" ("staged a combined naval drill with the U.S.");
// any other target of the drill is its aim. Other 062 events (cooperating
// in defence, sharing arms) are left alone. The reading is KCNA's
// (a publication with a home country): wire news's own gold keeps joint
// exercises as military cooperation between the partners.
func (s *sentence) jointDrills(out []candidate) []candidate {
	if s.doc.home == "" {
		return out
	}
	first := -1
	for i, c := range out {
		if strings.HasPrefix(c.code, "062") && c.usesSet("EXERCISE") {
			first = i
			break
		}
	}
	if first < 0 {
		return out
	}
	var partners []actor
	isPartner := map[string]bool{}
	addPartner := func(a actor) {
		if cc := demarche.Country(a.code); !isPartner[cc] {
			isPartner[cc] = true
			partners = append(partners, a)
		}
	}
	var drills []candidate
	keep := out[:0:0]
	for _, c := range out {
		if strings.HasPrefix(c.code, "062") && c.usesSet("EXERCISE") {
			drills = append(drills, c)
			addPartner(c.src)
			continue
		}
		keep = append(keep, c)
	}
	for _, c := range drills {
		if !c.noTarget && s.afterWith(c.tgt.i) {
			addPartner(c.tgt)
		}
	}
	var aim *actor
	for _, c := range drills {
		if !c.noTarget && !isPartner[demarche.Country(c.tgt.code)] {
			a := c.tgt
			aim = &a
			break
		}
	}
	if aim == nil {
		aim = s.drillAimWord(isPartner)
	}
	for _, p := range partners {
		c := drills[0]
		c.src, c.code = p, "150"
		c.rule = drills[0].rule + " (joint drill: a show of force toward its aim, jointdrills.go)"
		if aim != nil {
			c.tgt, c.noTarget = *aim, false
		} else {
			c.tgt, c.noTarget = actor{}, true
		}
		s.note("joint drill: " + p.code + " → 150 toward its aim, not military cooperation between its partners")
		keep = append(keep, c)
	}
	return keep
}

// afterWith reports whether the phrase at i follows "with" ("with the
// U.S.", "together with the U.S. imperialists").
func (s *sentence) afterWith(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch s.norm(k) {
		case "with":
			return true
		case "the", "its", "their":
			continue
		}
		return false
	}
	return false
}

// drillAimWord finds the country a drill is aimed at when the drill's
// pattern took none: "DPRK-targeted", "anti-DPRK", "against the DPRK"
// anywhere in the sentence, a country that is not one of the partners.
func (s *sentence) drillAimWord(isPartner map[string]bool) *actor {
	at := func(k int) *actor {
		m := s.mentionAt(k)
		if m == nil || m.speaker {
			return nil
		}
		code := m.code()
		cc := demarche.Country(code)
		if cc == demarche.NoActor || cc == "" || isPartner[cc] {
			return nil
		}
		return &actor{code: code, i: m.i, j: m.j, note: "the drill's aim"}
	}
	for k := range s.toks {
		switch s.norm(k) {
		case "-":
			if s.norm(k+1) == "targeted" {
				if a := at(k - 1); a != nil {
					return a
				}
			}
			if s.norm(k-1) == "anti" {
				if a := at(k + 1); a != nil {
					return a
				}
			}
		case "against":
			n := k + 1
			if s.norm(n) == "the" {
				n++
			}
			if a := at(n); a != nil {
				return a
			}
		}
	}
	return nil
}
