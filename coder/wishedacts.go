// Acts the speaker wishes to see: "we are interested in seeing the Council
// provide more assistance", "we would like to see the Organization recover
// its role" tell a wish, not an act of the one seen. Found on the ungd7
// sample of coder/testdata (UN General Debate sentences).

package coder

// wishSeeHeads are the words that make "see X do" a wish: "like/want/wish/
// hope/expect/love to see", "interested in seeing", "look forward to
// seeing".
var wishSeeHeads = setOf("like", "want", "wish", "hope", "expect", "love", "prefer", "interested", "forward", "longing", "eager", "keen")

// wishedActs drops an event whose source is the object of a wished "see"
// and whose verb follows it ("interested in seeing the Council provide …").
func (s *sentence) wishedActs(cands []candidate) []candidate {
	keep := cands[:0]
	for _, c := range cands {
		if c.src.i > 1 && c.verb[0] > c.src.i && s.wishedSee(c.src.i) {
			s.noteDrop(StageDropped, "dropped: the act of "+c.src.code+" is wished to be seen (wishedacts.go)")
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// wishedSee reports whether the phrase at i is the object of "see" or
// "seeing" governed by a wish ("would like to see the United Nations …").
func (s *sentence) wishedSee(i int) bool {
	k := i - 1
	for k > 0 && k >= i-2 && (s.tag(k) == "DT" || s.tag(k) == "PRP$") {
		k--
	}
	if w := s.norm(k); w != "see" && w != "seeing" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if wishSeeHeads[s.norm(j)] {
			return true
		}
	}
	return false
}
