package coder

// setVisitorHeads and setShelteredHeads name the word sets VISITOR_HEADS
// and SHELTERED_HEADS (dict/data/94-ungd-precision.txt): the heads of an
// object that make receiving or welcoming it a host's act, and those of
// them whose taking in grants asylum.
const (
	setVisitorHeads   = "VISITOR_HEADS"
	setShelteredHeads = "SHELTERED_HEADS"
)

// hostedObjects reads "receive", "welcome" and "accommodate" coded as
// hosting (043) by what they take: hosting needs a visitor. The head of the
// object decides (objectHead):
//
//   - a person, a country or a body named at the head, a pronoun for
//     people, or a VISITOR_HEADS word ("a delegation from the Office of
//     the High Commissioner", "the visit of a mission") keep 043;
//   - a SHELTERED_HEADS word grants asylum: 075 ("we welcomed refugees
//     from Syria");
//   - any other head is a thing: welcoming it endorses it (051, toward the
//     actor the phrase names, if any: "we welcome the leadership shown by
//     Iceland"), receiving or accommodating it is no act of the receiver
//     ("we have received good news from X", "the Constitution accommodates
//     the aspirations of all").
func (s *sentence) hostedObjects(out []candidate) []candidate {
	keep := out[:0]
	for _, c := range out {
		if c.code != "043" {
			keep = append(keep, c)
			continue
		}
		lem := c.p.lemma(s)
		if lem != "welcome" && lem != "receive" && lem != "accommodate" {
			keep = append(keep, c)
			continue
		}
		h := s.objectHead(c.verb[1])
		switch {
		case h < 0 || s.visitorAt(h):
			keep = append(keep, c)
			continue
		case s.c.sets.lowered(setShelteredHeads)[s.norm(h)]:
			c.code = "075"
			c.rule += " (those taken in are refugees: asylum, hostedobjects.go)"
			keep = append(keep, c)
			continue
		case lem == "welcome":
			c.code = "051"
			c.rule += " (what is welcomed is a thing, \"" + s.norm(h) + "\": endorsement, hostedobjects.go)"
			keep = append(keep, c)
			continue
		}
		s.noteDrop(StageDropped, "dropped: \""+s.norm(c.p.v)+"\" takes a thing, \""+s.norm(h)+"\", not a visitor (hostedobjects.go)")
	}
	return keep
}

// visitorAt reports whether the head h of an object is someone who can be
// hosted: a name (not an adjective before another noun), a pronoun for
// people, or a VISITOR_HEADS word.
func (s *sentence) visitorAt(h int) bool {
	if s.c.sets.lowered(setVisitorHeads)[s.norm(h)] {
		return true
	}
	if s.norm(h) == "it" {
		return false
	}
	if s.tag(h) == "PRP" {
		return true
	}
	if m := s.mentionAt(h); m != nil {
		return m.person != nil || m.actor != nil || m.sector != nil && m.sector.Title != ""
	}
	// an unknown proper name may be a person
	return s.tag(h) == "NNP" || s.tag(h) == "NNPS"
}

// objectHead returns the head noun of the noun phrase that starts at k,
// the object of a verb: the last noun of its first chunk, past
// determiners, adjectives, numbers ("more than 100,000"), a possessor
// ("Syria's decision": the decision) and the complement of a generic head
// ("groups of Afghan citizens": the citizens). It returns -1 when no noun
// phrase starts there.
func (s *sentence) objectHead(k int) int {
	n := len(s.toks)
	h := -1
	for ; k < n; k++ {
		t, w := s.tag(k), s.norm(k)
		if m := s.mentionAt(k); m != nil && m.j > k {
			h = m.j - 1
			k = m.j - 1
			continue
		}
		switch {
		case t == "PRP":
			if h < 0 {
				return k
			}
			return h
		case t == "POS":
			h = -1 // the possessor is not the head
		case t == "DT" || t == "PDT" || t == "PRP$" || isAdjTag(t) || isAdvTag(t):
			if h >= 0 {
				return h // "refugees fleeing …" ends the phrase at a modifier after it
			}
		case t == "CD":
			// a number before the head
		case w == "than" && h < 0:
			// "more than 100,000 Syrians"
		case (t == "VBG" || t == "VBN") && h < 0:
			// "the growing approach", "the visiting delegation"
		case isNounTag(t):
			h = k
		case w == "of" && h >= 0 && s.c.sets.genericHeads[s.norm(h)] && !s.c.sets.lowered(setVisitorHeads)[s.norm(h)]:
			h = -1 // "groups of Afghan citizens", "the members of the delegation"
		case w == "of" && h >= 0 && (s.norm(h) == "number" || s.norm(h) == "thousands" || s.norm(h) == "millions" || s.norm(h) == "hundreds"):
			h = -1
		default:
			return h
		}
	}
	return h
}
