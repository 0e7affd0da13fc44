package coder

import (
	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// Acts done at a meeting named as their adjunct: "the Okinawa governor
// called in a meeting with the U.S. ambassador for …", "Chavez denounced
// U.S. imperialism at the talks with Iran's President", "the Jordanian
// foreign minister said at a meeting with his Palestinian counterpart …".
// The act is coded with its own target; the meeting it was done at is
// asserted too, and a meeting is coded both ways (the guide: reciprocal
// meetings both ways; CONVENTIONS.md: met, had talks).

// setAdjunctMeetings names the knowledge's set of the nouns of a meeting
// that an act's adjunct "at/in/during a … with X" names
// (dict/data/99-kcna-second-acts.txt).
const setAdjunctMeetings = "ADJUNCT_MEETINGS"

// meetingAdjuncts adds 040 both ways between the source of an act and the
// counterpart of the meeting its adjunct names.
func (s *sentence) meetingAdjuncts(cands []candidate) []candidate {
	nouns := s.c.sets.lowered(setAdjunctMeetings)
	out := cands
	for k := 0; k+2 < len(s.toks); k++ {
		w := s.norm(k)
		if w != "at" && w != "in" && w != "during" {
			continue
		}
		// "at a meeting with", "in his talks with", "at the summit talks with"
		n := k + 1
		for n < len(s.toks) && n < k+5 && !nouns[s.norm(n)] {
			if t := s.tag(n); t != "DT" && t != "PRP$" && !isAdjTag(t) && t != "NN" && t != "NNP" {
				break
			}
			n++
		}
		if n >= len(s.toks)-1 || !nouns[s.norm(n)] || s.norm(n+1) != "with" {
			continue
		}
		e := s.chainRight(n+2, len(s.toks))
		if e <= n+2 {
			continue
		}
		tgts := s.actorsIn(n+2, e, true)
		c, ok := s.actAtMeeting(cands, k)
		if !ok {
			continue
		}
		for _, t := range tgts {
			if t.weak || demarche.Country(t.code) == demarche.Country(c.src.code) || s.hasMeeting(out, c.src, t) {
				continue
			}
			m := c
			m.code, m.class, m.speech, m.noTarget = "040", nil, false, false
			m.rule = "meetingadjuncts.go: an act done at a meeting with X: the meeting, both ways"
			m.tgt = t
			back := m
			back.src, back.tgt = t, c.src
			out = append(out, m, back)
		}
	}
	return out
}

// actAtMeeting returns the event whose clause holds the adjunct at k: the
// latest finite act before it in its clause, or the act right after an
// adjunct that stands between the subject and the verb.
func (s *sentence) actAtMeeting(cands []candidate, k int) (candidate, bool) {
	best, found := candidate{}, false
	for _, c := range cands {
		if c.p == nil || c.p.noun || c.src.code == "" || cameo.Root(c.code) == "04" {
			continue
		}
		before := c.verb[0] < k && k < c.p.hi
		between := c.src.j <= k && k < c.verb[0]
		if (before || between) && (!found || c.verb[0] > best.verb[0]) {
			best, found = c, true
		}
	}
	return best, found
}

// hasMeeting reports whether a meeting (04x) between the two actors'
// countries is already coded.
func (s *sentence) hasMeeting(cands []candidate, a, b actor) bool {
	for _, c := range cands {
		if cameo.Root(c.code) == "04" && !c.noTarget && demarche.Country(c.src.code) == demarche.Country(a.code) && demarche.Country(c.tgt.code) == demarche.Country(b.code) {
			return true
		}
	}
	return false
}
