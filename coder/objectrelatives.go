package coder

import "github.com/demarche-project/demarche"

// An object relative clause after a named actor: "Congo
// will only negotiate with Rwanda, which it accuses of backing the
// rebels", "the talks left out Iran, which Washington accuses of arming
// the Houthis", "the President of the Assembly, whom we congratulate".
// The relative pronoun stands for the antecedent as the
// verb's object: the antecedent is the target, not an actor named later
// in the verb's complement ("of arming the Houthis").

// objectRelatives gives an event told in an object relative clause the
// clause's antecedent as its target.
func (s *sentence) objectRelatives(out []candidate) {
	for i := range out {
		c := &out[i]
		if c.p == nil || c.p.noun || c.speech || c.src.weak {
			continue
		}
		ante, ok := s.relativeAntecedent(c.verb[0])
		if !ok || demarche.Country(ante.code) == demarche.Country(c.src.code) {
			continue
		}
		c.tgt, c.noTarget = ante, false
		c.rule += " (an object relative clause: its antecedent is the target)"
	}
}

// relativeAntecedent returns the named actor before ", which" or ",
// whom" when the verb at v closes an object relative clause: the pronoun,
// then a short subject (a pronoun or a name), then the verb.
func (s *sentence) relativeAntecedent(v int) (actor, bool) {
	for k := v - 1; k >= 0 && k >= v-4; k-- {
		w := s.norm(k)
		if w != "which" && w != "whom" {
			if s.finiteVerbAt(k) || w == "," {
				return actor{}, false
			}
			continue
		}
		if k+1 >= v || k < 2 || s.norm(k-1) != "," {
			return actor{}, false // "which accuses …": the pronoun is the subject
		}
		m := s.mentionAt(k - 2)
		if m == nil || m.j != k-1 {
			return actor{}, false
		}
		// the antecedent's noun phrase: "the Lao minister", not "minister"
		for _, a := range s.actorsIn(min(m.i, s.npStartLeft(k-1)), m.j, true) {
			if !a.weak && a.code != "" && a.code[0] != sectorOnly[0] {
				return a, true
			}
		}
		return actor{}, false
	}
	return actor{}, false
}
