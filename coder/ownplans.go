package coder

// setOwnPlanHeads names the word set OWN_PLAN_HEADS
// (dict/data/97-ungd-precision2.txt).
const setOwnPlanHeads = "OWN_PLAN_HEADS"

// ownPlans drops the formal agreement (057) read in adopting or signing a
// plan or a programme with no partner named: "Uganda adopted its third
// five-year national development plan", "we have adopted an action plan to
// combat gender-based violence", "Peru has adopted a plan to boost
// growth". The plan nouns stand in the AGREEMENT set for a plan signed
// with someone ("signed a plan of cultural exchange with Laos", which has
// its target and stays); adopted by one government alone, the plan is its
// own policy, and the guide codes no domestic economy or policy. The plan
// is the last noun of the object's phrase, read across a long compound.
func (s *sentence) ownPlans(out []candidate) []candidate {
	keep := out[:0]
	for _, c := range out {
		if c.code == "057" && (c.noTarget || c.tgt.code == "" || c.tgt.code == "---") && c.p != nil && !c.p.noun {
			if h := s.compoundHead(c.verb[1]); h >= 0 && s.c.sets.lowered(setOwnPlanHeads)[s.norm(h)] {
				s.noteDrop(StageDropped, "dropped: a plan adopted with no partner named, the government's own policy (ownplans.go)")
				continue
			}
		}
		keep = append(keep, c)
	}
	return keep
}

// compoundHead returns the last noun of the noun phrase starting at k,
// read across the adjectives and nouns of a long compound ("its third
// five-year national development plan"), up to a preposition, a verb, a
// conjunction or a punctuation mark; -1 when the phrase has no noun.
func (s *sentence) compoundHead(k int) int {
	h := -1
	for ; k < len(s.toks); k++ {
		t := s.tag(k)
		switch {
		case isNounTag(t):
			h = k
		case t == "DT" || t == "PDT" || t == "PRP$" || t == "POS" || t == "CD" || isAdjTag(t) || t == "VBN" || t == "VBG" || t == "HYPH":
		default:
			return h
		}
	}
	return h
}
