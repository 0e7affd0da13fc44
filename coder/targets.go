// Targets: passive agents and targets named by a sector alone.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/dict"
)

// byAgent returns the actors of a passive verb's "by" phrase, or of a
// "between X and Y" phrase (together is then true).
func (s *sentence) byAgent(p *pred) (acts []actor, together bool) {
	for k := p.vend; k < p.hi && k < p.vend+14; k++ {
		switch s.norm(k) {
		case "by":
			e := s.chainRight(k+1, p.hi)
			acts := s.actorsIn(k+1, e, false)
			if len(acts) == 0 {
				acts = s.agentInCapital(k+1, e) // coder/nounclauses.go
			}
			if len(acts) == 0 && e < p.hi && s.norm(e) == "," {
				// "by a city of Bolivar Province, Ecuador": the apposition
				// names the agent's country
				if m := s.mentionAt(e + 1); m != nil && m.actor != nil && m.kind() == dict.KindName {
					acts = s.actorsIn(m.i, m.j, false)
				} else if ae := s.chainRight(e+1, p.hi); ae > e+1 && s.norm(e+1) == "the" {
					// "by the C.C., the Communist Party of China": the
					// apposition names the body the abbreviation stands for
					acts = s.actorsIn(e+1, ae, false)
				} else if p.g.finite {
					// "was presented with a gift by X, chairman of the
					// Egyptian committee": coder/organisers.go
					acts = s.titleApposition(e+1, p.hi)
				}
			}
			return acts, false
		case "between":
			if a := s.betweenSides(k+1, len(s.toks)); len(a) > 1 {
				return a, true
			}
			return nil, false
		}
		if isVerbTag(s.tag(k)) || s.norm(k) == "," {
			break
		}
	}
	// "an agreement between X and Y was signed", "talks between X and Y
	// were held": the sides named before the passive verb, each way
	for k := p.g.start - 1; k >= 0 && k >= p.g.start-24; k-- {
		if w := s.norm(k); w == "," || w == ";" || isVerbTag(s.tag(k)) {
			break
		}
		if s.norm(k) == "between" {
			e := s.chainRight(k+1, p.g.start)
			if a := s.actorsIn(k+1, e, false); len(a) > 1 {
				return a, true
			}
			break
		}
	}
	if s.headline && p.hi < len(s.toks) && s.norm(p.hi) == ":" {
		// "Japan's Moves Denounced: Swiss Organizations": a headline names
		// who did it after the colon
		return s.actorsIn(p.hi+1, len(s.toks), false), false
	}
	return nil, false
}

// localTargets gives a target named by its sector alone ("the
// authorities") the country of the source, as domestic news uses it, and
// drops modifier targets of the source's own country ("China-DPRK
// cooperation" in a Chinese paper is about the DPRK).
func (s *sentence) localTargets(tgts, srcs []actor) []actor {
	return s.localTargetsOf(tgts, srcs, true)
}

// localTargetsOf is localTargets; domestic tells whether a generic target
// may take the country of a source acting at home (coder/located.go): not
// for statements, whose generic subject ("declined to comment on reports
// about the journalist") is no one of theirs.
func (s *sentence) localTargetsOf(tgts, srcs []actor, domestic bool) []actor {
	if len(srcs) == 0 {
		return tgts
	}
	home := demarche.Country(srcs[0].code)
	out := tgts[:0:0]
	for _, t := range tgts {
		if strings.HasPrefix(t.code, sectorOnly) {
			if home == s.doc.home && s.foreignMarked(t) {
				// "the puppet regime" in the DPRK's own media is not the
				// DPRK's government (in a south Korean group's protest it
				// is the south's, the source's own, as below)
				continue
			}
			if !t.title && !s.c.sets.stateHeads[s.norm(t.j-1)] {
				if code, ok := s.domesticTarget(t, srcs[0].code); ok && domestic {
					// "Belarusian police detained opposition supporters"
					// (coder/located.go)
					t.code, t.note = code, t.note+" (a generic target of a source acting at home: its country)"
					out = append(out, t)
					continue
				}
				if code, ok := s.speakersOwnBody(t); ok { // ownpeople.go
					t.code, t.note, t.ownBody = code, t.note+" (the speaker's own body in a government's statement)", true
					out = append(out, t)
					continue
				}
				if !s.koreanDomestic(home, t.code[len(sectorOnly):]) {
					continue // "the soldier-builders": no country named, no target
				}
				// "south Korean elders supporting the strike of the media
				// unions": the two Koreas' own people, in state media
			}
			place, why := home, " (country of the source)"
			if t.title && s.doc.home != "" {
				// "the President" in a national outlet is its own
				place, why = s.doc.home, " (a title alone: the publication's country)"
			}
			if t.title && s.doc.speaker != "" && (s.titleIn(t) == "secretary-general" || s.assemblyPresident(t)) { // address.go
				// "I thank the Secretary-General" in a government's UN
				// statement: the UN's
				t.code = "IGOUNO"
				t.note += " (the Secretary-General in a government's statement: the UN's)"
				out = append(out, t)
				continue
			}
			if place == "" || len(srcs) > 1 && !t.title || s.doc.speaker != "" && t.title {
				// a title alone in a government's statement ("I urge the
				// Secretary-General") is not the speaker's own official
				continue
			}
			t.code = place + t.code[len(sectorOnly):]
			t.note += why
		}
		if t.weak && demarche.Country(t.code) == home {
			continue
		}
		if m := s.mentionAt(t.i); m != nil && m.speaker && demarche.Country(t.code) == home && !ownPeoplePhrase(t, srcs[0]) /* ownpeople.go */ {
			continue // "we condemn such acts as we …": the speaker is not its own target
		}
		out = append(out, t)
	}
	return out
}

// pronounAt reports whether token k is a personal pronoun.
func (s *sentence) pronounAt(k int) bool { return s.tag(k) == "PRP" }

// titleIn returns the title named by a sector word inside the actor's span,
// or "".
func (s *sentence) titleIn(t actor) string {
	for k := t.i; k < t.j && k < len(s.toks); k++ {
		if m := s.mentionAt(k); m != nil && m.sector != nil && m.sector.Title != "" {
			return m.sector.Title
		}
	}
	return ""
}

// foreignMarked reports whether a phrase names a government as another's
// (FOREIGN_MARKS: "the puppet authorities", "the traitors").
func (s *sentence) foreignMarked(t actor) bool {
	for k := t.i; k < t.j && k < len(s.toks); k++ {
		if s.c.sets.foreignMarks[s.norm(k)] {
			return true
		}
	}
	return false
}
