package coder

import (
	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// dropRestatedNouns removes the events of an event noun that only restates
// the act of the finite verb whose object it is: in "Kim Jong Un received
// gifts from X and Y, president of the Union of Vietnam", "received" codes
// X's gift to the leader, and "gifts from X", read again as a predicate of
// its own, found no addressee and took the next phrase as one (X toward
// Vietnam). A noun that is the object of a coded verb, right after it,
// whose event has the verb event's source country and root, is that act:
// its own event is dropped when its target is another.
func (s *sentence) dropRestatedNouns(cands []candidate) []candidate {
	var out []candidate
	for _, n := range cands {
		if n.p != nil && n.p.noun && !n.noTarget && s.restatedNoun(cands, n) {
			s.noteDroppedEvent(StageDropped, n, "the noun restates the act of its verb")
			continue
		}
		out = append(out, n)
	}
	return out
}

func (s *sentence) restatedNoun(cands []candidate, n candidate) bool {
	src := demarche.Country(n.src.code)
	for _, f := range cands {
		if f.p == nil || f.p == n.p || f.p.noun || f.noTarget || f.p.v >= n.p.v || n.p.v >= f.p.hi || n.p.v > f.p.vend+3 {
			continue // the noun is the verb's object, right after it ("received a gift from")
		}
		if f.class != nil && f.class.Mutual || cameo.Root(f.code) == "04" {
			continue // "Qatar hosted talks between Israel and Hamas": the talks are their own meeting
		}
		if demarche.Country(f.src.code) != src || cameo.Root(f.code) != cameo.Root(n.code) {
			continue
		}
		if demarche.Country(f.tgt.code) != demarche.Country(n.tgt.code) {
			return true
		}
	}
	return false
}
