// Governments in their own voice: the constructions of official statements
// (UN General Debate speeches and the like) that wrap, own or address an
// act ("I take this opportunity to thank", "express my country's
// gratitude to", "we welcome the adoption of").

package coder

// possessorEnd returns, when an actor named at token k owns the noun that
// follows ("Namibia's appreciation", "my country's support"), the index of
// its possessive marker; else k.
func (s *sentence) possessorEnd(k int) int {
	m := s.mentionAt(k)
	if m == nil || m.i != k || m.actor == nil && m.person == nil && !m.speaker {
		return k
	}
	if m.j < len(s.toks) && s.tag(m.j) == "POS" {
		return m.j
	}
	return k
}
