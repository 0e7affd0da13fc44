package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
)

// An appeal to a pronoun, in wire news: "Xi began a tour of Europe in
// Paris, where President Emmanuel Macron pressed him to use his influence
// with Moscow", "Blinken met Netanyahu and urged him to allow more aid
// in". The appeal's patterns want a named addressee; the pronoun stands for
// the nearest actor named before the appeal's subject, of another country.

// pronounAppeals codes an appeal verb whose object is "him", "her" or
// "them" followed by "to" (020) toward the pronoun's antecedent.
func (s *sentence) pronounAppeals(out []candidate) []candidate {
	for _, p := range s.preds {
		if p.noun || p.g.neg || p.g.hypo != "" || !p.g.finite || len(p.subj) == 0 || !s.c.sets.lowered(setAppealGovernors)[s.lemmaAt(p.v)] {
			continue
		}
		o := p.vend
		if w := s.norm(o); w != "him" && w != "her" && w != "them" || s.norm(o+1) != "to" {
			continue
		}
		coded := codedBy(out, p)
		src := p.subj[0]
		if coded || src.weak || strings.HasPrefix(src.code, sectorOnly) {
			continue
		}
		ante, ok := s.appealAntecedent(p.subjSpan[0], demarche.Country(src.code), s.norm(o) != "them")
		if !ok {
			continue
		}
		out = append(out, candidate{p: p, code: "020", rule: "pronounappeals.go: an appeal to \"" + s.norm(o) + "\", the nearest actor of another country named before",
			src: src, tgt: ante, verb: [2]int{p.v, p.vend}})
	}
	return out
}

// appealAntecedent returns the nearest actor named before token k whose
// country is not home (a person for "him"/"her" when person is set).
func (s *sentence) appealAntecedent(k int, home string, person bool) (actor, bool) {
	for j := k - 1; j >= 0; j-- {
		m := s.mentionAt(j)
		if m == nil {
			continue
		}
		j = m.i
		if person && m.person == nil {
			continue
		}
		if a, ok := s.firstNamed(s.actorsIn(m.i, m.j, false)); ok && demarche.Country(a.code) != home {
			return a, true
		}
	}
	return actor{}, false
}
