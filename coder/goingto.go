package coder

// goingToFuture drops the visit read in "be going to" before a verb: "we
// are going to plant trees", "it is going to press on with reform". The
// phrase is a near future of the verb after it (syntax.go reads that
// verb's clause as future), no travel; "we are going to Paris" and "to the
// Gaza Strip" keep their visit. The word after "to" is taken for a verb
// when it is a bare lower-case word (the tagger often reads "plant" or
// "press" there as a noun; a place has a capital or a determiner).
func (s *sentence) goingToFuture(out []candidate) []candidate {
	keep := out[:0]
	for _, c := range out {
		if c.p != nil && !c.p.noun && len(c.code) >= 2 && c.code[:2] == "04" && s.norm(c.p.v) == "going" &&
			s.norm(c.p.v+1) == "to" && s.bareWordAt(c.p.v+2) && c.p.v > 0 && beForms[s.norm(c.p.v-1-b2i(isAdvTag(s.tag(c.p.v-1))))] {
			s.noteDrop(StageDropped, "dropped: \"going to\" before a verb is its near future, no visit (goingto.go)")
			continue
		}
		keep = append(keep, c)
	}
	return keep
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
