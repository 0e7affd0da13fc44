package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
)

// Repression told in the passive without its agent, in wire news:
// "dozens of students were arrested in Tehran", "a French journalist was
// detained in Algeria", "three activists were sentenced to prison". Only a
// state arrests, detains, deports or sentences: the source is the state
// where it happens (the one country of the sentence's places), else the
// patients' own state when the sentence names no other.

// agentlessRepression reports whether code is one a state alone performs:
// a sentence (116), arrests, expulsions and repression (172–175).
func agentlessRepression(code string) bool {
	switch {
	case code == "116", strings.HasPrefix(code, "172"), strings.HasPrefix(code, "173"), strings.HasPrefix(code, "174"), strings.HasPrefix(code, "175"):
		return true
	}
	return false
}

// agentlessState returns the state that performs a passive act of
// repression with no agent, as a source, or nil.
func (s *sentence) agentlessState(p *pred, code string) []actor {
	if !s.wireNews() || s.headline || !agentlessRepression(code) || len(p.subj) == 0 {
		return nil
	}
	for _, m := range s.ments {
		if m.sector != nil && m.actor == nil && m.person == nil && stateSectors[m.sector.Sector] && (m.j <= p.subjSpan[0] || m.i >= p.subjSpan[1]) && !s.agentOfNoun(m.i) {
			// "… were arrested as riot police broke up the protest": the
			// sentence names the agent elsewhere, and codes it there
			return nil
		}
	}
	patient := demarche.Country(p.subj[0].code)
	state := s.sentenceCountry()
	if state == "" {
		if len(patient) != 3 || patient == "IGO" || patient == "NGO" || patient == "IMG" || patient == demarche.NoActor ||
			strings.HasPrefix(p.subj[0].code, sectorOnly) || s.foreignNamed(patient) != "" {
			return nil
		}
		state = patient
	}
	return []actor{{code: state + "GOV", i: p.v, j: p.vend, note: "a passive act of repression with no agent: the state where it happens"}}
}

// agentOfNoun reports whether the phrase at token i is the "by" agent of
// a noun ("harassment by security guards"), not a clause's subject.
func (s *sentence) agentOfNoun(i int) bool {
	k := i - 1
	for k >= 0 && (s.tag(k) == "DT" || s.tag(k) == "JJ" || s.tag(k) == "PRP$") {
		k--
	}
	return k >= 0 && s.norm(k) == "by"
}
