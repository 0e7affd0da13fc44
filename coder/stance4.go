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
	return out
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
	return stanceCodes[c.code] && len(d.code) >= 3 && c.code[:3] != d.code[:3]
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
