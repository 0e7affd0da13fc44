package coder

// Person pronouns as objects. "The Cuban president arrived and the
// Vietnamese leader praised him": the act's object is a person named
// earlier in the sentence, and the event has that person for its target.
// The sentence rules of particular kinds (appeals of a government's
// statement, coordinatedverbs.go; meetings, pronounmeetings.go) resolve
// "it" and "them" where their kind makes the antecedent clear; "him" and
// "her" want a person, which makes the nearest person named before the
// verb, other than its own subject, the antecedent in any clause. The
// antecedent does not cross a semicolon or a colon, nor another sentence.

// personPronounObjects gives an event without a target whose verb is
// followed by "him" or "her" the nearest person named before its verb
// group that is not its source.
func (s *sentence) personPronounObjects(out []candidate) {
	for i := range out {
		c := &out[i]
		if !c.noTarget || c.p == nil || c.p.noun || c.unnamed {
			continue
		}
		p := c.p
		w := s.norm(p.vend)
		if w != "him" && w != "her" {
			continue
		}
		for j := p.g.start - 1; j >= 0; j-- {
			if n := s.norm(j); n == ";" || n == ":" {
				break
			}
			m := s.mentionAt(j)
			if m == nil {
				continue
			}
			j = m.i
			if !s.namesPerson(m) || m.speaker || m.i < c.src.j && m.j > c.src.i {
				continue // not a person, or the source itself
			}
			// the person's noun phrase: "the Cuban president", not "president"
			a, ok := s.firstNamed(s.actorsIn(s.npStartLeft(m.j), m.j, true))
			if !ok {
				break
			}
			c.tgt, c.noTarget = a, false
			c.rule += " (\"" + w + "\": the nearest person named before, pronounobjects.go)"
			break
		}
	}
}

// namesPerson reports whether a mention names a person: a person of the
// dictionaries, a title ("the president", "the spokesman") or a head of
// state or government (STATE_HEADS).
func (s *sentence) namesPerson(m *mention) bool {
	return m.person != nil || m.sector != nil && (m.sector.Title != "" || s.c.sets.stateHeads[s.norm(m.j-1)])
}
