// Delegations that leave "here" for abroad.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
)

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

// headlineHere codes a headline that only says who is here ("Italian
// parliamentary delegation here", "Special Envoy of Russian President
// Here"): a visit to the publication's country, as "arrived here" is.
func (s *sentence) headlineHere() []candidate {
	home := s.doc.home
	if !s.headline || home == "" {
		return nil
	}
	last := len(s.toks) - 1
	for last > 0 && !s.toks[last].IsWord() {
		last--
	}
	if last < 1 || s.mentionAt(last) == nil || !s.mentionAt(last).here {
		return nil
	}
	for k := 0; k < last; k++ {
		if isVerbTag(s.tag(k)) && s.tag(k) != "VBN" {
			return nil // a verb says something else happened
		}
	}
	var srcs []actor
	for _, a := range s.actorsIn(0, last, false) {
		if !a.weak && !strings.HasPrefix(a.code, sectorOnly) && demarche.Country(a.code) != home {
			srcs = append(srcs, a)
		}
	}
	if len(srcs) == 0 || srcs[0].i > 3 {
		return nil
	}
	p := &pred{v: last, vend: last + 1, hi: len(s.toks), g: verbGroup{start: last, govIdx: -1}}
	var out []candidate
	for _, src := range srcs {
		out = append(out, candidate{p: p, code: "042", rule: "coder: headline \"<visitor> here\"", src: src,
			tgt: actor{code: home, i: last, j: last + 1, note: "\"here\": the publication's country"}, verb: [2]int{last, last + 1}})
	}
	return out
}
