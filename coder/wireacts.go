// Wire acts: constructions of international wire news whose events the
// clause reading lost or invented (issue 11, the PLOVER wire records).

package coder

import (
	"fmt"
	"strings"

	"github.com/demarche-project/demarche"
)

// causedAct reports whether a predicate's subject is the object of a verb
// of causing ("…, prompting Moscow to declare a state of emergency",
// coder/causedacts.go): its infinitive is an act that followed, not an aim,
// so force or coercion told there is done.
func (p *pred) causedAct() bool {
	return strings.HasSuffix(p.subjHow, "(a caused act)")
}

// wireAttribution reports whether a plain statement (010) of wire news is
// the reason a source gives for its own act told just before it ("rebuffed
// calls for a pause, saying it would only help Hamas"; "signed the aid
// bill and said weapons would flow within hours"): the act is the event,
// the saying its gloss (the wire annotators never code it; PLOVER has no
// type for a plain statement). A closing attribution (", the ministry
// said") stays: dev2's news annotators code it as a statement.
func (s *sentence) wireAttribution(c candidate, cands []candidate) bool {
	if c.code != "010" || c.p == nil || !s.wireNews() {
		return false
	}
	w := s.norm(c.verb[0])
	if w != "saying" && !(s.norm(c.verb[0]-1) == "and" && (w == "said" || w == "says")) {
		return false
	}
	for _, d := range cands {
		if !d.speech && d.verb[0] < c.verb[0] && d.src.code != "" && demarche.Country(d.src.code) == demarche.Country(c.src.code) {
			s.note(fmt.Sprintf("\"%s\" by %s dropped: the reason given for its own act (\"%s\")", w, c.src.code, s.norm(d.verb[0])))
			return true
		}
	}
	return false
}
