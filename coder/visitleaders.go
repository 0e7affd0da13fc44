package coder

import "strings"

// The leader of a visiting delegation named by a relative clause: "…
// by X of the Thai party, who is leading its delegation on a visit to the
// DPRK", "Y, head of a British association, who is heading the delegation
// now visiting, handed over a gift". The visit's own phrase ("the delegation of the party") names no
// country; its leader, the antecedent of "who", does. The KCNA conventions
// code such a visit beside the sentence's other events (guest → PRK 042).

// visitLeader returns the actors of the antecedent of "who is leading" (or
// heading, "who leads", "who heads") right before a source slot that
// itself names no actor.
func (s *sentence) visitLeader(slot [2]int) []actor {
	k := slot[0]
	if k < 2 {
		return nil
	}
	switch s.norm(k - 1) {
	case "leading", "heading":
		k -= 2
		if w := s.norm(k); w != "is" && w != "was" && w != "are" && w != "were" {
			return nil
		}
	case "leads", "heads", "led", "headed":
		k--
	default:
		return nil
	}
	if k < 1 || s.norm(k-1) != "who" {
		return nil
	}
	end := k - 1
	start := s.chainLeft(end)
	if start >= end {
		return nil
	}
	var out []actor
	for _, a := range s.actorsIn(start, end, false) {
		if strings.Contains(a.note, "publication's country") {
			continue // "Mayor X" with no country named is no one's here
		}
		out = append(out, a)
	}
	return out
}
