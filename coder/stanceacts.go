// Stance acts beside other events: the readings of refusals, claims and
// targets run together, a stance act that stands as an event of its own,
// one kept in an "after" clause, two acts of one root.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// stanceActReadings mends the targets and codes of stance acts and
// accusations that the patterns read: possessive objects, refused
// apologies, accusations made in a relative clause, visits called off
// toward a place, claims beside the events they speak for.
func (s *sentence) stanceActReadings(out []candidate) []candidate {
	s.speakerPossessives(out)     // stancetargets.go
	s.negatedApologies(out)       // apologies.go
	s.relativeAccusedTargets(out) // stancetargets.go
	s.visitPlaceTargets(out)      // stancetargets.go
	s.unneededApologies(out)      // apologies.go
	return s.claimsWithEvents(out)
}

// stanceStandsAlone reports whether a targetless candidate c is an event
// of its own beside a targeted candidate d of the same source and root:
// a denial, a refusal to comment or an acknowledgement (stanceCodes) is
// another signal than the statement, regret or praise beside it
// ("expressed regret for the deaths of Kenyan civilians and acknowledged
// that its drone had struck the town").
func stanceStandsAlone(c, d candidate) bool {
	return stanceCodes[c.code] && len(d.code) >= 3 && c.code[:3] != d.code[:3] || distinctActs(c, d)
}

// classClaimSaid is the verb class of a claim about the other side
// (dict/data/71-stance4.txt), coded 010 by its default code.
const classClaimSaid = "claim_said"

// claimsWithEvents drops the statement of a claim (claim_said in
// 71-stance4.txt) when its content gives an event: the claimed event
// speaks for it (a claimed attack becomes an accusation, alleged in
// speech.go; "The US claimed that they had attacked Iraq" is no statement
// beside it).
func (s *sentence) claimsWithEvents(out []candidate) []candidate {
	keep := out[:0]
	for i, c := range out {
		if c.code == "010" && c.p != nil && c.ofClass(classClaimSaid) {
			inner := false
			for j, d := range out {
				if j != i && d.p != nil && d.p != c.p && d.p.v > c.p.v && d.p.v < c.p.hi {
					inner = true
				}
			}
			if inner {
				s.note("\"" + s.norm(c.p.v) + "\": the claim's content gives the event: no statement beside it")
				continue
			}
		}
		keep = append(keep, c)
	}
	return keep
}

// stanceAfter keeps a stance act inside an "after" clause whose actor is
// of another country than the main clause's subject: "Chad recalled its
// ambassador after Sudan's army chief refused to apologise", "the two
// states restored ties after Eritrea's minister expressed regret". The
// clause dates the main news but is news of its own on the question: the
// other side's denial, regret, acknowledgement, refusal or downgrade.
func (s *sentence) stanceAfter(p *pred, code, sub string) bool {
	switch {
	case strings.HasPrefix(code, "011"), strings.HasPrefix(code, "015"), strings.HasPrefix(code, "016"),
		strings.HasPrefix(code, "055"), strings.HasPrefix(code, "12"), strings.HasPrefix(code, "16"):
	default:
		return false
	}
	own, k, ok := s.afterClauseSubject(p, sub) // aftersequel.go
	if !ok {
		return false
	}
	// the main clause's subject: the first actor before the subordinator
	for j := 0; j < k; j++ {
		if m := s.mentionAt(j); m != nil && m.actor != nil {
			c := demarche.Country(m.code())
			return c != "" && c != own
		}
	}
	return false
}

// distinctActs reports whether two candidates of one source and root are
// two acts, not two readings of one: downgrades told by two verbs
// ("called off the visit and lowered its relations with Eritrea to
// chargé d'affaires level"), an apology beside another act of
// diplomatic cooperation ("restored relations after its minister
// expressed regret").
func distinctActs(c, d candidate) bool {
	if c.p == nil || d.p == nil || c.p.v == d.p.v || len(c.code) < 3 || len(d.code) < 3 {
		return false
	}
	switch rc, rd := cameo.Root(c.code), cameo.Root(d.code); {
	case rc != rd:
		return false
	case rc == "16":
		return true
	case rc == "05":
		return (c.code[:3] == "055") != (d.code[:3] == "055")
	}
	return false
}
