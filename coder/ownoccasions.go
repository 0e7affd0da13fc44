package coder

import (
	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// dropOwnOccasions removes the praise (05x) read from a verb of marking an
// occasion ("to mark", "to celebrate", "to commemorate") that is the
// purpose of a visit, when the occasion is the visitor's own: "the Nigerian
// ambassador visited a school in Pyongyang to mark the anniversary of the
// independence of Nigeria". A side visiting a place to mark its own
// national day praises no one by the visit: the visit is the event, and it
// no longer gives way to its purpose clause (intent.go). A reception given
// for the host's own occasion stays its celebration of it (051 toward its
// own country, as the project's leads2 annotations code it), and the
// publication's own country marking its occasions is left alone: KCNA
// codes the commemoration of its leaders as praise of them (CONVENTIONS.md).
func (s *sentence) dropOwnOccasions(cands []candidate) []candidate {
	var out []candidate
	for _, c := range cands {
		if c.p != nil && !c.noTarget && cameo.Root(c.code) == "05" && s.c.sets.occasionVerbs[s.lemmaAt(c.p.v)] {
			src := demarche.Country(c.src.code)
			if src == demarche.Country(c.tgt.code) && src != s.doc.home && src != "---" && s.visitForOccasion(cands, c) {
				s.noteDroppedEvent(StageDropped, c, "a side marking its own occasion praises no one")
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// visitForOccasion reports whether the act whose purpose c is was coded as
// a visit or a meeting (04x), not as a reception.
func (s *sentence) visitForOccasion(cands []candidate, c candidate) bool {
	if c.p.g.gov != govPurpose {
		return false
	}
	for _, d := range cands {
		if d.p != nil && d.p.v == c.p.g.govIdx && cameo.Root(d.code) == "04" && !s.receptionAt(&d) {
			return true
		}
	}
	return false
}
