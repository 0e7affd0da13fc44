// The fourth stance pass: readings that the stance arcs' wire reports need
// (tuned on arcs A–F; see coder/testdata/README.md, "Stance arcs and
// stance breadth", fourth pass). Knowledge in dict/data/71-stance4.txt.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
)

// stance4Readings runs the fourth stance pass's readings of the
// candidates.
func (s *sentence) stance4Readings(out []candidate) []candidate {
	s.relativeAccusedTargets(out)
	s.visitPlaceTargets(out)
	s.unneededApologies(out)
	return s.claimsWithEvents(out)
}

// relativePronounSubjects are the subjects of a relative clause whose
// relative pronoun is left out or kept: "two diplomats (whom) it accused
// of spying".
var relativePronounSubjects = setOf("it", "they", "he", "she", "we")

// relativeAccusedTargets gives an accusation made in a relative clause
// its antecedent as target: "expelled two Ethiopian diplomats it accused
// of gathering information" accuses the diplomats (ETH), whose phrase
// stands before the clause's pronoun subject (and the relative pronoun,
// when there is one).
func (s *sentence) relativeAccusedTargets(out []candidate) {
	for i := range out {
		c := &out[i]
		if !strings.HasPrefix(c.code, "11") || !c.noTarget || c.p == nil || c.p.noun {
			continue
		}
		v := c.p.v
		if s.norm(c.p.vend) != "of" || v < 2 || !relativePronounSubjects[s.norm(v-1)] {
			continue
		}
		end := v - 1
		if w := s.norm(end - 1); w == "whom" || w == "who" || w == "that" {
			end--
		}
		if end < 1 || !isNounTag(s.tag(end-1)) {
			continue
		}
		acts := s.actorsIn(s.npStartLeft(end), end, true)
		if len(acts) == 0 {
			continue
		}
		a := acts[len(acts)-1]
		if a.code == "" || demarche.Country(a.code) == "" || demarche.Country(a.code) == demarche.Country(c.src.code) {
			continue
		}
		c.tgt, c.noTarget = a, false
		s.note("\"" + s.norm(v-1) + " " + s.norm(v) + " of\": a relative clause; the accused are its antecedent, " + a.code)
	}
}

// stanceStandsAlone reports whether a targetless candidate c is an event
// of its own beside a targeted candidate d of the same source and root:
// a denial, a refusal to comment or an acknowledgement (stanceCodes) is
// another signal than the statement, regret or praise beside it
// ("expressed regret for the deaths of Kenyan civilians and acknowledged
// that its drone had struck the town").
func stanceStandsAlone(c, d candidate) bool {
	return stanceCodes[c.code] && len(d.code) >= 3 && c.code[:3] != d.code[:3] || distinctActs(c, d) // stance6.go
}

// reportingPasts retags as a past tense the participle that follows the
// sentence's opening noun phrase (an adverb between them allowed) and
// takes a that-clause, directly or after "to" and its addressee: "The
// US defence secretary later confirmed/VBN to reporters that …" has no
// other verb for the participle to hang on, and a reduced relative takes
// no that-clause.
func (s *sentence) reportingPasts() {
	for k := 1; k+1 < len(s.toks); k++ {
		if s.finiteVerbAt(k) || s.tag(k) == "MD" {
			return // only a participle before the first finite verb
		}
		t := &s.toks[k]
		if t.Tag != "VBN" {
			continue
		}
		e := k
		for e > 1 && isAdvTag(s.tag(e-1)) {
			e--
		}
		if !isNounTag(s.tag(e-1)) || s.chainLeft(e) != 0 {
			return
		}
		j := k + 1
		if s.norm(j) == "to" && j+1 < len(s.toks) {
			j = s.npEndRight(j + 1)
		}
		if s.norm(j) == "that" {
			t.Tag = "VBD"
		}
		return
	}
}

// visitNouns are the nouns of a visit that a reduction of relations (16)
// calls off or puts off.
var visitNouns = setOf("visit", "visits", "trip", "trips", "tour")

// visitPlaceTargets gives a visit called off or put off with no target the
// country of the place it was to go to, when the gazetteer knows the
// place and it is abroad: "called off a scheduled trip to Yangon" is
// toward Myanmar, as "to Naypyidaw" would be.
func (s *sentence) visitPlaceTargets(out []candidate) {
	for i := range out {
		c := &out[i]
		if !strings.HasPrefix(c.code, "16") || !c.noTarget || c.p == nil || c.p.noun {
			continue
		}
		hi := c.p.hi
		if hi > len(s.toks) {
			hi = len(s.toks)
		}
		for k := c.p.vend; k+2 < hi; k++ {
			if !visitNouns[s.norm(k)] {
				continue
			}
			if s.norm(k+1) != "to" {
				break
			}
			cc := s.placeCountryAt(k + 2)
			if cc == "" || cc == demarche.Country(c.src.code) {
				break
			}
			c.tgt, c.noTarget = actor{code: cc, i: k + 2, j: k + 3, located: true}, false
			s.note("\"" + s.norm(k) + " to " + s.norm(k+2) + "\": the visit was to go to " + cc)
			break
		}
	}
}

// apologyNeeds are the nouns of "saw no reason to apologise", "had no
// need to apologize", "has no intention to apologise".
var apologyNeeds = setOf("reason", "need", "intention", "plan", "plans", "cause", "grounds")

// unneededApologies turns an apology said to have no reason or need into
// a refusal to apologise (128), as negatedApologies (stance3.go) does for
// "nothing to apologise for".
func (s *sentence) unneededApologies(out []candidate) {
	for i := range out {
		c := &out[i]
		if !strings.HasPrefix(c.code, "055") || c.p == nil || c.p.noun {
			continue
		}
		v := c.p.v
		if v < 3 || s.norm(v-1) != "to" || !apologyNeeds[s.norm(v-2)] || s.norm(v-3) != "no" {
			continue
		}
		s.note("\"no " + s.norm(v-2) + " to " + s.norm(v) + "\": no apology is made: a refusal to apologise (128)")
		c.code, c.rule = "128", c.rule+" (no "+s.norm(v-2)+" to apologise: 128)"
	}
}

// claimsWithEvents drops the statement of a claim (claim_said in
// 71-stance4.txt) when its content gives an event: the claimed event
// speaks for it (a claimed attack becomes an accusation, alleged in
// speech.go; "The US claimed that they had attacked Iraq" is no statement
// beside it).
func (s *sentence) claimsWithEvents(out []candidate) []candidate {
	keep := out[:0]
	for i, c := range out {
		if c.code == "010" && c.p != nil && strings.Contains(c.rule, "claim_said") {
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
