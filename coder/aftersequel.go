// Acts told in an "after" clause whose main clause names no actor: "The
// move came a day after Belarus expelled two Latvian diplomats", "The row
// erupted after Chad accused Sudan of arming rebels". An "after" clause is
// mostly background to its main clause's news (coder/modality.go); when the
// main clause is a bare sequel that names nobody ("the move came", "it
// followed", "tensions rose"), the act after "after" is the news the
// sentence asserts.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// actorlessMainAfter reports whether p, a stance, accusation, threat,
// rejection or diplomatic measure with a named subject inside an "after"
// clause, follows a main clause of at least two words that names no actor
// (no country, organisation or person before "after").
func (s *sentence) actorlessMainAfter(p *pred, code, sub string) bool {
	switch cameo.Root(code) {
	case "11", "12", "13", "16":
	default:
		if !strings.HasPrefix(code, "011") && !strings.HasPrefix(code, "015") && !strings.HasPrefix(code, "016") && !strings.HasPrefix(code, "055") {
			return false
		}
	}
	_, k, ok := s.afterClauseSubject(p, sub)
	if !ok {
		return false
	}
	if k < 2 {
		return false // "After X did Y, …": a fronted clause, the news follows it
	}
	verb := false
	for j := 0; j < k; j++ {
		if m := s.mentionAt(j); m != nil && (m.actor != nil || m.person != nil) {
			return false
		}
		if s.finiteVerbAt(j) {
			verb = true
		}
	}
	if verb {
		s.note("\"" + s.norm(p.v) + "\": an \"after\" clause after a main clause that names no actor: the news")
	}
	return verb
}

// afterClauseSubject returns, for p inside an "after" clause (sub) with a
// named subject of a country, not a bare sector, that country and the
// position of the "after" before the subject (-1 when there is none).
func (s *sentence) afterClauseSubject(p *pred, sub string) (own string, after int, ok bool) {
	if sub != "after" || len(p.subj) == 0 || p.subjSpan[0] < 0 || p.subjSpan[0] > p.v {
		return "", -1, false
	}
	own = demarche.Country(p.subj[0].code)
	if own == "" || own == demarche.NoActor || strings.HasPrefix(p.subj[0].code, sectorOnly) {
		return "", -1, false
	}
	k := p.subjSpan[0] - 1
	for k >= 0 && s.norm(k) != "after" {
		k--
	}
	return own, k, true
}
