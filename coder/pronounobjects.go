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
		s.mentionsBefore(p.g.start, func(m *mention) bool {
			if !s.namesPerson(m) || m.speaker || m.i < c.src.j && m.j > c.src.i {
				return false // not a person, or the source itself
			}
			// the person's noun phrase: "the Cuban president", not "president"
			if a, ok := s.firstNamed(s.actorsIn(s.npStartLeft(m.j), m.j, true)); ok {
				c.tgt, c.noTarget = a, false
				c.rule += " (\"" + w + "\": the nearest person named before, pronounobjects.go)"
			}
			return true
		})
	}
}

// mentionsBefore calls visit with the mentions that end before token end,
// nearest first, within the clause's stretch of the sentence (not past a
// semicolon or a colon), until visit returns true.
func (s *sentence) mentionsBefore(end int, visit func(m *mention) bool) {
	for j := end - 1; j >= 0; j-- {
		if n := s.norm(j); n == ";" || n == ":" {
			return
		}
		m := s.mentionAt(j)
		if m == nil {
			continue
		}
		j = m.i
		if visit(m) {
			return
		}
	}
}

// namesPerson reports whether a mention names a person: a person of the
// dictionaries, a title ("the president", "the spokesman") or a head of
// state or government (STATE_HEADS).
func (s *sentence) namesPerson(m *mention) bool {
	return m.person != nil || m.sector != nil && (m.sector.Title != "" || s.c.sets.stateHeads[s.norm(m.j-1)])
}
