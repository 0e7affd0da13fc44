package coder

// Interposed phrases: a verb's complement after "in a statement", "at a
// meeting with …", "during talks on Monday": "Iran called in a statement
// for the release of …", "the governor called in a meeting with the U.S.
// ambassador for the United States to review …". The phrase tells where
// the act was done; the complement the patterns read comes after it, and
// "call in" there is not the summoning of an envoy.

// setInterposedVenues names the knowledge files' set of the occasions an
// act is done in (05-analysis.txt); the documents of SPEECH_NOUNS count
// too.
const setInterposedVenues = "INTERPOSED_VENUES"

// interposedPPMax bounds the phrase: a venue, its "with X", a date.
const interposedPPMax = 16

// interposedPP returns the end of an interposed phrase starting at token k
// — "in", "at" or "during", an optional determiner or possessive, up to
// two adjectives, a speech noun or a venue of the knowledge's set, then
// its complements and a date ("with the U.S. ambassador on Friday") up to
// the next "for", "upon" or "that" — or -1. The phrase must be followed by
// one of those, so that "called in the envoy" and "spoke at the meeting"
// are left alone; "on" is not taken, for it tells a topic as often as the
// complement ("agreed at the conference on climate").
func (s *sentence) interposedPP(k int) int {
	switch s.norm(k) {
	case "in", "at", "during":
	default:
		return -1
	}
	j := k + 1
	if isDeterminer(s.tag(j)) {
		j++
	}
	for n := 0; n < 2 && isAdjTag(s.tag(j)); n++ {
		j++
	}
	n, ok := s.venueAt(j)
	if !ok {
		return -1
	}
	j += n
	for end := j; end < len(s.toks) && end < k+interposedPPMax; end++ {
		switch s.norm(end) {
		case "for", "upon", "that":
			return end
		case ",", ";", ":", "and", "but":
			return -1
		}
		if isVerbTag(s.tag(end)) {
			return -1
		}
	}
	return -1
}

// venueAt reports the length of a speech noun or venue starting at k.
func (s *sentence) venueAt(k int) (int, bool) {
	if k >= len(s.toks) {
		return 0, false
	}
	if s.c.sets.speechNouns[s.norm(k)] {
		return 1, true
	}
	if n := s.setPhraseAt(k, len(s.toks), setInterposedVenues); n > 0 {
		return n, true
	}
	return 0, false
}
