// Readings of analytical news prose: essays and explainers that tell a
// relationship's history in sentences that are read alone.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/dict"
)

// reducedPassiveClause reports whether the subordinator at k opens a
// reduced passive clause ("when asked about the map by the embassy, …",
// "once elected, …"): a past participle right after it, with no subject.
func (s *sentence) reducedPassiveClause(k int) bool {
	if k+1 >= len(s.toks) {
		return false
	}
	switch s.norm(k) {
	case "when", "once", "if", "after", "before", "until", "unless", "though", "although", "while":
	default:
		return false
	}
	return s.tag(k+1) == "VBN"
}

// subjectNounSuffix ends the name of a noun class whose events are told
// only as the subject of a clause: "Kim's visit to Russia in 2019 showed
// …" asserts the visit; "after Kim's visit to Russia" dates something
// else and stays background, as the guide says.
const subjectNounSuffix = "_subject"

// nominalSubjectAsserted reports whether the event noun p, matched with its
// possessive source at m.source, is the subject of a clause that tells it
// as a fact: the phrase opens the sentence or a clause (not the object of
// a preposition), and the clause's verb is in the past or present, not a
// modal, not negated and not a passive ("was postponed", "is expected").
func (s *sentence) nominalSubjectAsserted(p *pred, m match) bool {
	a := m.source[0]
	if a < 0 {
		return false
	}
	for a > 0 && (s.tag(a-1) == "DT" || s.tag(a-1) == "JJ") {
		a--
	}
	if a > 0 {
		w := s.norm(a - 1)
		if !(w == "," && s.clauseHasVerb(0, a-1) || w == ";" || w == ":" || w == "and" || w == "but") {
			return false
		}
	}
	// the clause's verb: the first finite verb or modal after the noun
	for k := p.v + 1; k < len(s.toks); k++ {
		t := s.tag(k)
		if t == "MD" {
			return false
		}
		if !s.finiteVerbAt(k) {
			if w := s.norm(k); w == ";" || w == ":" {
				return false
			}
			continue
		}
		if w := s.norm(k + 1); w == "not" || w == "n't" || w == "never" {
			return false
		}
		if beForms[s.norm(k)] && (s.tag(k+1) == "VBN" || s.tag(k+1) == "VBD" || s.tag(k+1) == "TO") {
			return false
		}
		return true
	}
	return false
}

// subjectNounClass reports whether c is a noun class told only as a
// clause's subject (its name ends in subjectNounSuffix).
func subjectNounClass(c *dict.VerbClass) bool {
	return c != nil && strings.HasSuffix(c.Name, subjectNounSuffix)
}

// askerAddressee gives the addressee of a reply told after a preposed
// "when asked about … by X," clause: the reply answers X ("When asked by
// the Russian embassy, the ministry responded that …"). Only actors of
// another country than the speaker's count.
func (s *sentence) askerAddressee(c candidate) []actor {
	if c.verb[0] < 4 || !s.reducedPassiveClause(0) {
		return nil
	}
	switch s.norm(1) {
	case "asked", "questioned", "pressed", "queried", "approached", "contacted":
	default:
		return nil
	}
	by, end := -1, -1
	for k := 2; k < c.verb[0]; k++ {
		if w := s.norm(k); w == "by" && by < 0 {
			by = k
		} else if w == "," {
			end = k
			break
		}
	}
	if by < 0 || end < 0 {
		return nil
	}
	var out []actor
	for _, a := range s.actorsIn(by+1, end, true) {
		if demarche.Country(a.code) != demarche.Country(c.src.code) && !strings.HasPrefix(a.code, sectorOnly) && !strings.HasSuffix(a.code, "MED") {
			out = append(out, a) // reporters who ask are not whom a reply addresses
		}
	}
	return out
}
