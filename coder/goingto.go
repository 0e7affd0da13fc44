package coder

// nearFutureGoing reports whether "going" at k is the auxiliary of "be
// going to" before a verb: "we are going to plant trees", "it is going to
// press on with reform". The phrase is a near future of the verb after it
// (syntax.go reads that verb's clause as future), no travel, so it makes no
// predicate; "we are going to Paris" and "to the Gaza Strip" keep their
// visit. The word after "to" is taken for a verb when it is a bare
// lower-case word (the tagger often reads "plant" or "press" there as a
// noun; a place has a capital or a determiner).
func (s *sentence) nearFutureGoing(k int) bool {
	if k < 1 || s.norm(k) != "going" || s.norm(k+1) != "to" || !s.bareWordAt(k+2) {
		return false
	}
	return beForms[s.norm(k-1-b2i(isAdvTag(s.tag(k-1))))]
}

// bareWordAt reports whether the token at k is a lower-case word with no
// determiner role: no name, number, determiner, possessive or pronoun.
func (s *sentence) bareWordAt(k int) bool {
	if k >= len(s.toks) || s.toks[k].Capitalized() {
		return false
	}
	switch s.tag(k) {
	case "VB", "NN", "NNS", "VBP", "RB":
		return true
	}
	return false
}
