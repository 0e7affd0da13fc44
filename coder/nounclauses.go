// Noun clauses: the verb of the main clause after a noun's "that" clause.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/dict"
)

// setClauseVerbs names the knowledge files' set of verbs that take a
// clause with no "that" ("said Russia had sent troops"):
// dict/data/90-stance-syntax.txt.
const setClauseVerbs = "CLAUSE_TAKING_VERBS"

// matrixAfterNounClause reports whether the passive predicate p, found
// after the "that" at k of a report or claim noun, is the verb of the
// main clause whose subject is that noun ("Claims that Serbian troops had
// massed on the border were denied by the defence ministry"): the "that"
// clause has its own finite verb before p, with no coordinator, relative
// pronoun or clause-taking verb ("reports that Moscow said troops had
// been sent") between them, and p names its agent.
func (s *sentence) matrixAfterNounClause(k int, p *pred) bool {
	if p == nil || p.noun || !p.g.passive || !p.g.finite || p.vend >= len(s.toks) || s.norm(p.vend) != "by" {
		return false
	}
	clauseVerbs := s.c.sets.lowered(setClauseVerbs)
	for j := p.g.start - 1; j > k; j-- {
		switch w := s.norm(j); {
		case w == "and" || w == "or" || w == "but" || w == "nor" || w == "which" || w == "who" || w == "that" || w == "whether":
			return false
		case s.finiteVerbAt(j) || s.tag(j) == "MD":
			// the clause's own verb group: what it governs must not be a
			// clause (its verb is the one at j or the participle after it)
			for v := j; v < p.g.start && v <= j+3; v++ {
				if clauseVerbs[s.norm(v)] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// agentInCapital reads a passive's agent named by its sector and placed
// in a capital ("denied by the defence ministry in Belgrade", "recalled by
// the foreign ministry in Bogota") as the capital's country, as a subject
// so placed is read; in wire prose only (a national outlet's "by a
// delegation in Pyongyang" is a visitor's).
func (s *sentence) agentInCapital(a, b int) []actor {
	if s.doc.home != "" || s.doc.speaker != "" {
		return nil
	}
	for k := a; k+1 < b; k++ {
		if w := s.norm(k); w != "in" && w != "at" {
			continue
		}
		if m := s.mentionAt(k + 1); m == nil || m.kind() != dict.KindCapital || m.j != b {
			return nil
		}
		acts := s.actorsIn(a, b, true)
		if len(acts) == 1 && !acts[0].weak && acts[0].i > k {
			return acts
		}
		return nil
	}
	return nil
}

// openingSubjectCountry returns the country of a sentence's opening
// subject when it is one state's body that speaks or acts ("China's
// foreign ministry said on Friday that the balloon was a weather
// airship"), for a later sentence's "the ministry" (docState.carry) even
// when the sentence gave no event; "" otherwise.
func (s *sentence) openingSubjectCountry() string {
	for _, p := range s.preds {
		if p.noun || !p.g.finite {
			continue
		}
		if p.subjSpan[0] != 0 || len(p.subj) != 1 || p.subj[0].weak {
			return ""
		}
		c := demarche.Country(p.subj[0].code)
		if c == "" || c == demarche.NoActor || strings.HasPrefix(p.subj[0].code, sectorOnly) {
			return ""
		}
		return c
	}
	return ""
}
