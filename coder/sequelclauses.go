package coder

import (
	"strings"

	"github.com/demarche-project/demarche/cameo"
)

// Sequel clauses (issue 11, wire news). A "before" clause after the main
// clause of a wire report tells what happened next in the same story, not
// its background: "thousands gathered outside the embassy before police
// pushed them back with batons", "protesters tried to storm the embassy
// before security forces fired tear gas". Its act of force or coercion
// by a named (or placed) actor is news and is coded; a "before" clause
// dated back ("days before rebels seized the town") or opening the
// sentence stays background.

// sequelRoots are the roots of the acts a sequel clause codes: protest,
// coercion, repression, assault and fighting.
var sequelRoots = setOf("14", "17", "18", "19", "20")

// sequelClause reports whether p, inside a clause opened by sub, is the
// sequel of its sentence's main clause (see the file's comment).
func (s *sentence) sequelClause(p *pred, code, sub string) bool {
	if sub != "before" || !s.wireNews() || s.headline || !sequelRoots[cameo.Root(code)] {
		return false
	}
	k := s.newsClauseOpener(p, sub)
	if k < 0 {
		return false
	}
	for _, a := range p.subj {
		if a.weak || strings.HasPrefix(a.code, sectorOnly) {
			return false
		}
	}
	return true
}

// newsClauseOpener returns the position of the subordinator sub ("before",
// "after") that opens p's clause, at most 12 words before it, when a main
// clause comes first, the clause is not dated back from the news ("days
// before") and p is a past verb whose subject is inside the clause; -1
// otherwise.
func (s *sentence) newsClauseOpener(p *pred, sub string) int {
	k := p.g.start - 1
	for ; k >= 0 && k >= p.g.start-12; k-- {
		if s.norm(k) == sub {
			break
		}
	}
	if k < 2 || s.norm(k) != sub || timeUnits[s.norm(k-1)] {
		return -1 // no main clause before it, or dated back
	}
	if s.tag(p.v) != "VBD" || len(p.subj) == 0 || p.subjSpan[0] < k || p.subjSpan[0] > p.v {
		return -1
	}
	return k
}
