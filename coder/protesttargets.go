package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// Protests aimed at a seat of power (issue 11, wire news). The wire tune
// halves' largest class of misses is the protest whose target the coder
// left out: a protest names its target when it happens at or against a
// seat of power ("union members marched on Congress", "supporters blocked
// the avenue outside parliament", "protesters stormed Kenya's
// parliament") or against a government's act ("walked off the job to
// protest a government plan"). The seat's country is the one its phrase
// names ("Kenya's parliament"), else the protesters' own: a protest at a
// seat at home. A protest that names no target keeps none
// (testdata/CONVENTIONS.md, "Protests").

const (
	// setProtestSeatsLEG names PROTEST_SEATS_LEG, the seats of a
	// legislature (dict/data/93-wire-protest-targets.txt).
	setProtestSeatsLEG = "PROTEST_SEATS_LEG"
	// setProtestSeatsGOV names PROTEST_SEATS_GOV, the seats of a
	// government.
	setProtestSeatsGOV = "PROTEST_SEATS_GOV"
	// setProtestAims names PROTEST_AIMS, the words that aim a protest at
	// the seat that follows them.
	setProtestAims = "PROTEST_AIMS"
)

// protestSeatWindow bounds how far after its verb a protest's seat is
// looked for, in tokens.
const protestSeatWindow = 14

// protestSeats gives a protest (14) with no target the seat of power it
// is aimed at (see the file's comment), in wire news and in a national
// outlet's reports ("staged a demonstration outside the National
// Assembly"), not in a government's own statement.
func (s *sentence) protestSeats(cands []candidate) []candidate {
	if s.doc.speaker != "" {
		return cands
	}
	for i := range cands {
		c := &cands[i]
		if c.p == nil || cameo.Root(c.code) != "14" || c.tgt.code != "" || c.unnamed {
			continue
		}
		src := demarche.Country(c.src.code)
		if src == "" || strings.HasPrefix(c.src.code, "IGO") || strings.HasPrefix(c.src.code, "NGO") {
			continue
		}
		if t, ok := s.protestSeat(c, src); ok {
			c.tgt, c.noTarget = t, false
			c.rule += " (target: the seat of power it is aimed at)"
		}
	}
	return cands
}

// protestSeat finds the seat of power after c's verb, aimed at by a word
// of PROTEST_AIMS before it, and returns its actor.
func (s *sentence) protestSeat(c *candidate, src string) (actor, bool) {
	leg, gov, aims := s.c.sets.lowered(setProtestSeatsLEG), s.c.sets.lowered(setProtestSeatsGOV), s.c.sets.lowered(setProtestAims)
	end := min(c.p.vend+protestSeatWindow, len(s.toks))
	for k := c.p.vend; k < end; k++ {
		w := s.norm(k)
		if w == "," || w == ";" || k >= c.p.hi && s.finiteVerbAt(k) {
			return actor{}, false // the protest's own phrases end at a comma or another clause
		}
		sector := ""
		n := 1
		if k+1 < end && (leg[w+" "+s.norm(k+1)] || gov[w+" "+s.norm(k+1)]) {
			n = 2
			w += " " + s.norm(k+1)
		}
		switch {
		case leg[w]:
			sector = "LEG"
		case gov[w]:
			sector = "GOV"
		default:
			continue
		}
		if !isNounTag(s.tag(k + n - 1)) {
			continue
		}
		// walk back over determiners, adjectives and a possessive owner
		a := k - 1
		owner := ""
		for a >= c.p.vend {
			t := s.tag(a)
			if t == "DT" || t == "JJ" || t == "POS" || t == "PRP$" || s.norm(a) == "'s" || s.norm(a) == "main" {
				a--
				continue
			}
			if m := s.mentionAt(a); m != nil && m.person == nil {
				if code := m.code(); code != "" && demarche.Country(code) != "" {
					owner = demarche.Country(code)
				}
				a--
				continue
			}
			break
		}
		if a < c.p.vend-1 || a < 0 || !aims[s.norm(a)] {
			continue
		}
		if s.norm(a) == "of" && !(a >= 2 && s.norm(a-1) == "front" && s.norm(a-2) == "in") {
			continue // only "in front of"
		}
		country := owner
		if country == "" {
			country = src
		}
		if len(country) != 3 || country == "IGO" || country == "NGO" {
			return actor{}, false
		}
		return actor{code: country + sector, i: k, j: k + n, note: "the seat of power a protest is aimed at"}, true
	}
	return actor{}, false
}
