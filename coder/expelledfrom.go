// Expulsions told in the passive by the place the envoy is sent from: "The
// Estonian charge d'affaires was expelled from Moscow on Friday", "two
// Dutch diplomats were expelled from Azerbaijan". The government of the
// country expelled from is the agent, as the host of a summoned envoy is
// (summonsHost, coder/stance8.go).

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/dict"
)

// expelledFrom returns the government of the country a passive expulsion
// (166) with no agent sends its subject "from", when the subject names an
// envoy of another country (a government's people); else nil.
func (s *sentence) expelledFrom(p *pred, code string) []actor {
	if !strings.HasPrefix(code, "166") || p.noun || s.headline || len(p.subj) == 0 {
		return nil
	}
	envoy := demarche.Country(p.subj[0].code)
	if envoy == "" || strings.HasPrefix(p.subj[0].code, sectorOnly) || !strings.HasSuffix(p.subj[0].code, "GOV") {
		return nil // envoys only: deported nationals are 174 (verbs expel)
	}
	for k := p.vend; k+1 < p.hi && k+1 < len(s.toks) && k <= p.vend+2; k++ {
		if s.norm(k) != "from" {
			continue
		}
		for _, a := range s.actorsIn(k+1, s.chainRight(k+1, len(s.toks)), false) {
			if c := demarche.Country(a.code); c != "" && c != envoy && !strings.HasPrefix(a.code, sectorOnly) {
				s.note("\"" + s.norm(p.v) + "\": an expulsion with no agent, by the country expelled from, " + c)
				return []actor{{code: c + "GOV", i: a.i, j: a.j, note: "the country the envoy is expelled from"}}
			}
			break
		}
	}
	return nil
}

// seatAnnouncer returns the government office named by its seat that
// closes the sentence as the subject of the verb of saying q ("…, the
// foreign ministry in Minsk said"), when q found no subject: the office
// speaks for the seat's country. Only a passive measure's announcer reads
// it (announcer, coder/measures.go); the office's plain statements are left
// to the other rules, as the seat's stances are (seatActor,
// coder/wirespeakers.go).
func (s *sentence) seatAnnouncer(q *pred) []actor {
	if len(q.subj) > 0 || q.v < 4 {
		return nil
	}
	m := s.mentionAt(q.v - 1)
	if m == nil || m.actor == nil || m.j != q.v || m.actor.Kind != dict.KindCapital && m.actor.Kind != dict.KindSeat || s.norm(m.i-1) != "in" {
		return nil
	}
	h := m.i - 2
	if !s.c.sets.lowered(setSeatHeads)[s.norm(h)] {
		return nil
	}
	sec := s.mentionAt(h)
	if sec == nil || sec.sector == nil {
		return nil
	}
	for k := sec.i - 1; k >= 0 && k >= sec.i-2; k-- {
		if s.norm(k) == "," {
			code := demarche.Country(m.actor.Code) + sec.sector.Sector
			return []actor{{code: code, i: sec.i, j: m.j, note: "\"" + s.norm(h) + "\" in " + s.spanText(m.i, m.j) + ": the seat's country"}}
		}
	}
	return nil
}
