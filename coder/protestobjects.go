package coder

import "github.com/demarche-project/demarche/cameo"

// Protests aimed by a phrase of protest: "held a rally in Seoul in protest
// against the south Korean authorities' suppression of …", "staged a
// sit-in in denunciation of the U.S. troops' crimes". The phrase names what
// the protest is against, and the actor of that phrase (the owner of the
// act denounced, or the actor itself) is the protest's target, as the
// guide codes a rally against someone (14x toward them). A protest that
// names no actor after its phrase keeps no target.

// setProtestPhrases names PROTEST_OBJECT_PHRASES, the phrases after which
// a protest names what it is against (dict/data/93-wire-protest-targets.txt).
const setProtestPhrases = "PROTEST_OBJECT_PHRASES"

// protestObjectWindow bounds how far after its verb a protest's phrase is
// looked for, in tokens.
const protestObjectWindow = 24

// protestObjects gives a protest (14) with no target the first actor
// named in the noun phrase after a phrase of PROTEST_OBJECT_PHRASES in its
// clause.
func (s *sentence) protestObjects(cands []candidate) []candidate {
	for i := range cands {
		c := &cands[i]
		if c.p == nil || cameo.Root(c.code) != "14" || !c.noTarget || c.unnamed {
			continue
		}
		end := min(c.p.vend+protestObjectWindow, len(s.toks))
		for k := c.p.vend; k < end; k++ {
			if s.norm(k) == ";" || k >= c.p.hi && s.finiteVerbAt(k) {
				break // the protest's own phrases end with its clause
			}
			n := s.setPhraseAt(k, len(s.toks), setProtestPhrases) // tolls.go
			if n == 0 {
				continue
			}
			a := k + n
			t, ok := s.firstNamed(s.actorsIn(a, s.chainRight(a, len(s.toks)), true))
			if ok && !(t.i < c.src.j && t.j > c.src.i) {
				c.tgt, c.noTarget = t, false
				c.rule += " (target: what the protest is against, protestobjects.go)"
			}
			break
		}
	}
	return cands
}
