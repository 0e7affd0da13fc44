package coder

import (
	"strings"
)

// Force told in a temporal clause of wire news. A wire report often gives
// the attack that prompted its news in an "after" or "when" clause:
// "Kyiv asked for more air defence after Russian drones struck power
// plants across Ukraine", "… when Israeli aircraft bombed a school in
// Gaza". The clause reports the attack as a fact with its own actors, and
// the coding guide codes such a fact; only background nouns ("after his
// visit") and historical episodes stay uncoded. KCNA and statements keep
// their temporal clauses as background (the backgroundClause reading).

// forceInTemporalClause reports whether a predicate coded code inside the
// temporal clause opened by sub is a reported use of force in wire news: a
// finite past verb of force (roots 18 to 20), not a mutual one (a clash of
// students with police is the crowd's protest, crowdReadings), whose
// subject is a named actor. A clause dated back from the news ("two weeks
// after rebels kidnapped …") stays background.
func (s *sentence) forceInTemporalClause(p *pred, code, sub string, mutual bool) bool {
	if sub != "after" && sub != "when" || mutual || !s.wireNews() || s.headline {
		return false
	}
	for k := p.g.start - 1; k >= 0 && k >= p.g.start-12; k-- {
		if s.norm(k) == sub {
			if k > 0 && timeUnits[s.norm(k-1)] {
				return false
			}
			break
		}
	}
	if !forceRoot(code) {
		return false
	}
	if s.tag(p.v) != "VBD" || len(p.subj) == 0 || p.subjSpan[0] < 0 || p.subjSpan[0] > p.v {
		return false
	}
	for _, a := range p.subj {
		if a.weak || strings.HasPrefix(a.code, sectorOnly) {
			return false
		}
	}
	return true
}

// timeUnits are the nouns that date a clause back from the news: "two
// weeks after", "a day after", "hours after".
var timeUnits = setOf("minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades")
