package coder

// Bodies named after a pair of countries: "the Laos-Korea Friendship
// Association", "the Germany-DPRK Parliamentary Friendship Group", "the
// Switzerland-Korea Committee". The first name is the body's own country
// (a friendship society of Laos); the second is the partner the body is
// devoted to, no actor of the sentence. Read as two modifiers, such a
// name gave a meeting with the body's delegation one direction only (a
// modifier is a target at most) and made the partner a second actor: a
// gift "from the Laos-Korea Friendship Association" to the leader was
// coded from Korea too, and between Laos and Korea. A joint body of the
// two ("the DPRK-China Joint Guidance Committee") belongs to both and is
// left to the compound reading.

// setPairBodyHeads names the knowledge's set of the last words of a body
// named after a pair of countries (dict/data/99-kcna-second-acts.txt).
const setPairBodyHeads = "PAIR_BODY_HEADS"

// setPairBodyJoint names the set of words that make such a body a joint
// one of both countries ("Joint", "Intergovernmental").
const setPairBodyJoint = "PAIR_BODY_JOINT"

// pairPart is the part a name plays in a body named after a pair.
type pairPart int

const (
	pairNone    pairPart = iota
	pairOwner            // "Laos" of "the Laos-Korea Friendship Association"
	pairPartner          // its "Korea"
)

// pairBodyPart tells whether m is the first or the second name of a body's
// name made of two names joined by a hyphen and followed by capitalised
// words ending in a body's head ("Friendship Association", "Committee").
func (s *sentence) pairBodyPart(m *mention) pairPart {
	if m.person != nil || m.actor == nil {
		return pairNone
	}
	if m.j+1 < len(s.toks) && s.norm(m.j) == "-" {
		if p := s.mentionAt(m.j + 1); p != nil && p.actor != nil && p.person == nil && s.pairBodyNameAfter(p.j) {
			return pairOwner
		}
	}
	if m.i > 1 && s.norm(m.i-1) == "-" && s.mentionEndingAt(m.i-1) != nil && s.pairBodyNameAfter(m.j) {
		// the first half a name too: "All-India" is no pair
		return pairPartner
	}
	return pairNone
}

// pairBodyNameAfter reports whether the capitalised words from k end, within
// a few words, in the head of a body's name, with no word that makes the
// body a joint one.
func (s *sentence) pairBodyNameAfter(k int) bool {
	heads := s.c.sets.lowered(setPairBodyHeads)
	joint := s.c.sets.lowered(setPairBodyJoint)
	for n := k; n < len(s.toks) && n < k+6; n++ {
		t := s.toks[n]
		w := s.norm(n)
		if joint[w] {
			return false
		}
		if !t.Capitalized() && w != "and" && w != "for" {
			return false
		}
		if heads[w] {
			return true
		}
	}
	return false
}
