package coder

// Acts a wire report tells as the consequence of the clause before them:
// "…, prompting Mexico to break off diplomatic relations with Ecuador",
// "…, forcing the army to withdraw from the town", "…, leading Congo to
// sever ties with Kigali". The verb of causing takes the actor who acts as
// its object; the infinitive after it is that actor's act, not the act of
// the subject of the causing verb.

// setCausativeVerbs names the word set CAUSATIVE_VERBS
// (dict/data/89-wire-consequences.txt): the verbs whose object is the
// subject of the infinitive after it ("prompting Moscow to declare …").
const setCausativeVerbs = "CAUSATIVE_VERBS"

// causedSubject gives an infinitive governed by a verb of causing the
// named actor between that verb and "to" as its subject, in wire news; it
// reports whether it did.
func (s *sentence) causedSubject(p *pred, g verbGroup) bool {
	if !s.wireNews() || !g.infin || g.govIdx < 0 || g.start-g.govIdx < 2 || g.start-g.govIdx > 8 ||
		!s.c.sets.lowered(setCausativeVerbs)[s.norm(g.govIdx)] {
		return false
	}
	a, b := g.govIdx+1, g.start
	if s.norm(b) != "to" {
		// the group starts at its auxiliaries: find the infinitive marker
		for b = g.start; b < p.v && s.norm(b) != "to"; b++ {
		}
		if b >= p.v {
			return false
		}
	}
	for k := a; k < b; k++ {
		if w := s.norm(k); w == "," || isVerbTag(s.tag(k)) && s.mentionAt(k) == nil {
			return false
		}
	}
	if len(s.actorsIn(a, b, false)) == 0 {
		return false
	}
	s.setSubject(p, a, b, "object of \""+s.norm(g.govIdx)+"\" (a caused act)")
	return len(p.subj) > 0
}
