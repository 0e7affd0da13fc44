// Delegations that leave "here" for abroad.

package coder

import "strings"

// homeDelegation gives the subject of "left here to visit China" (and
// "left here for Vietnam", "departed here to attend …") when its phrase
// names a delegation of a body whose country the sentence does not say ("a
// delegation of the Education Commission led by its chairman"): a
// delegation that leaves the publication's country for another is that
// country's. Visitors going home ("left here for home", a bare "left here")
// are not touched.
func (s *sentence) homeDelegation(p *pred) {
	home := s.doc.home
	if home == "" || p.noun || !p.g.finite {
		return
	}
	for _, a := range p.subj {
		if !strings.HasPrefix(a.code, sectorOnly) {
			return
		}
	}
	if l := p.lemma(s); l != "leave" && l != "depart" {
		return
	}
	here := -1
	for k := p.vend; k < p.hi && k < p.vend+2; k++ {
		if m := s.mentionAt(k); m != nil && m.here {
			here = k
			break
		}
	}
	if here < 0 || !s.goesAbroad(here+1, len(s.toks), home) {
		return
	}
	lo := p.g.start
	for lo > 0 && !clauseBreak(s.norm(lo-1)) {
		lo--
	}
	delegation := false
	for k := lo; k < p.g.start && k < lo+4; k++ {
		switch s.norm(k) {
		case "delegation", "delegations", "team", "teams", "troupe", "group", "party":
			delegation = true
		}
	}
	if !delegation {
		return
	}
	sector := ""
	for k := lo; k < p.g.start; k++ {
		m := s.mentionAt(k)
		if m == nil {
			continue
		}
		if m.actor != nil || m.person != nil {
			return // a named actor the subject search did not take: leave it
		}
		if m.sector != nil && sector == "" && m.sector.Sector != "GOV" {
			sector = m.sector.Sector
		}
		k = max(k, m.j-1)
	}
	if sector == "" {
		sector = "GOV"
	}
	s.setSubject(p, lo, p.g.start, "a delegation leaving here for abroad: the publication's country")
	p.subj = []actor{{code: home + sector, i: lo, j: p.g.start, note: "a delegation leaving here for abroad is the publication's country's"}}
}

// goesAbroad reports whether the words after "left here" give a destination
// abroad: "to visit", "to attend", "to take part in", "to participate in",
// or "for" a named country other than home.
func (s *sentence) goesAbroad(a, hi int, home string) bool {
	for k := a; k < hi && k < a+8; k++ {
		switch s.norm(k) {
		case "to":
			switch s.norm(k + 1) {
			case "visit", "attend", "tour":
				return true
			case "take", "participate":
				return true
			}
		case "for":
			if m := s.mentionAt(k + 1); m != nil && m.actor != nil {
				return m.code() != "" && len(m.code()) >= 3 && m.code()[:3] != home
			}
			return false
		}
	}
	return false
}
