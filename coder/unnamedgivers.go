package coder

// unnamedGivers drops an event of the speaking state read in a relative
// clause whose subject is an unnamed group: "I thank all our partners that
// assisted us", "we are grateful to the countries that helped with the
// evacuation", "let me thank all those that have helped our country". The
// act in the relative clause is the group's, not the speaker's, and an
// unnamed group is no source (the guide codes no event with an unnamed
// source; CONVENTIONS.md: an unnamed giver thanked is no source of the
// help). The thanks themselves are read on the main verb and stay. A
// relative clause after a named actor ("it was Turkey who gave them aid")
// is left to the subject readings.
func (s *sentence) unnamedGivers(out []candidate) []candidate {
	if s.doc.speaker == "" {
		return out
	}
	keep := out[:0]
	for _, c := range out {
		if c.p != nil && !c.p.noun && s.speakerSource(&c) {
			if ant := s.relativeAntecedentAt(c.verb[0]); ant >= 0 && ant > c.src.i && s.mentionAt(ant) == nil && s.unnamedGroup(ant) {
				s.noteDrop(StageDropped, "dropped: the act of \""+s.norm(ant)+"\" in a relative clause, an unnamed group, not the speaker's (unnamedgivers.go)")
				continue
			}
		}
		keep = append(keep, c)
	}
	return keep
}

// relativeAntecedentAt returns the token before "who" or "that" that opens
// the relative clause whose verb group starts at v (auxiliaries and
// adverbs skipped: "that have generously helped"), or -1.
func (s *sentence) relativeAntecedentAt(v int) int {
	k := v - 1
	for n := 0; n < 4 && k > 0; n++ {
		t, w := s.tag(k), s.norm(k)
		if t == "MD" || isAdvTag(t) || haveForms[w] || beForms[w] {
			k--
			continue
		}
		break
	}
	if k < 1 || s.norm(k) != "who" && s.norm(k) != "that" {
		return -1
	}
	return k - 1
}

// unnamedGroup reports whether the token at k ends a phrase naming an
// unnamed group: a plural common noun ("partners", "countries") or
// "those".
func (s *sentence) unnamedGroup(k int) bool {
	return s.tag(k) == "NNS" || s.norm(k) == "those"
}
