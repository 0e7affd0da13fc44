// Decorations that name the state conferring them.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
)

// namedAwards codes a state decoration conferred in the passive with no
// agent: "Order of DPRK Friendship First Class was awarded to X". The
// decoration names the state that confers it, whose government is the
// source (coder/testdata/CONVENTIONS.md: a DPRK order to a foreigner is
// PRKGOV → recipient 051); a passive names no source otherwise. Only
// toward a recipient of another country: a state honouring its own
// citizens is domestic and not coded.
func (s *sentence) namedAwards(out []candidate) []candidate {
	for _, p := range s.preds {
		if p.noun || p.coded || !p.g.passive || p.g.neg || p.g.hypo != "" || !p.inClass("award") {
			continue
		}
		giver, ok := s.decorationGiver(p)
		if !ok {
			continue
		}
		tgts, _ := s.targetSearch(p.vend, p.hi, [2]int{-1, -1})
		for _, t := range tgts {
			if c := demarche.Country(t.code); c == demarche.NoActor || strings.HasPrefix(t.code, sectorOnly) || c == demarche.Country(giver.code) {
				continue
			}
			out = append(out, candidate{p: p, code: "051", src: giver, tgt: t, verb: [2]int{p.v, p.vend},
				rule: "coder: a state's decoration, conferred by its government (awards.go)"})
		}
	}
	return out
}

// decorationGiver returns the state a decoration before the passive verb
// names ("Order of DPRK Friendship", "the DPRK title of Labor Hero"), as
// its government: a country's name within four words of a DECORATIONS
// word, with no comma between, in the clause before the verb ("the top
// prize of the Expo, Venlo 2012 Holland" names no state's decoration).
func (s *sentence) decorationGiver(p *pred) (actor, bool) {
	lo := p.g.start - 1
	for lo > 0 && p.g.start-lo < 14 && !s.boundaryLeft(lo-1) && s.norm(lo-1) != "that" && s.norm(lo-1) != "," {
		lo--
	}
	for _, a := range s.actorsIn(lo, p.g.start, true) {
		c := demarche.Country(a.code)
		if len(c) != 3 || c == "IGO" || c == demarche.NoActor {
			continue
		}
		for k := max(lo, a.i-4); k < min(p.g.start, a.j+4); k++ {
			if s.c.sets.decorations[s.norm(k)] && !s.commaBetween(k, a.i, a.j) {
				a.code, a.weak = c+"GOV", false
				a.note = "the state whose decoration it is"
				return a, true
			}
		}
	}
	return actor{}, false
}

// commaBetween reports whether a comma separates token k from the span
// [i, j).
func (s *sentence) commaBetween(k, i, j int) bool {
	from, to := min(k, j), max(k, i)
	for x := from; x < to; x++ {
		if s.norm(x) == "," {
			return true
		}
	}
	return false
}
