// Apologies said not to be made: a refusal to apologise (128).

package coder

import "strings"

// negatedApologies turns an apology that is said not to be made into a
// refusal to apologise (128, as "refused to apologise" is coded): "offered
// no apology for the raid", "said Tokyo had nothing to apologise for".
func (s *sentence) negatedApologies(out []candidate) {
	for i := range out {
		c := &out[i]
		if !strings.HasPrefix(c.code, "055") || c.p == nil {
			continue
		}
		v := c.p.v
		neg := v >= 2 && s.norm(v-1) == "to" && (s.norm(v-2) == "nothing" || s.norm(v-2) == "no" && s.norm(v-3) == "reason")
		for k := c.verb[1]; !neg && k < len(s.toks) && k < c.verb[1]+3; k++ {
			if w := s.norm(k); w == "no" || w == "any" && s.notBefore(v) {
				j := k + 1
				for j < len(s.toks) && isAdjTag(s.tag(j)) {
					j++
				}
				neg = s.norm(j) == "apology" || s.norm(j) == "apologies"
			}
		}
		if neg {
			s.note("\"" + s.norm(v) + "\": no apology is made: a refusal to apologise (128)")
			c.code, c.rule = "128", c.rule+" (no apology made: 128)"
		}
	}
}

// setApologyNeeds names the word set APOLOGY_NEEDS
// (dict/data/06-analysis-words.txt), whose words are the nouns of "saw no
// reason to apologise", "had no need to apologize", "has no intention to
// apologise".
const setApologyNeeds = "APOLOGY_NEEDS"

// unneededApologies turns an apology said to have no reason or need into
// a refusal to apologise (128), as negatedApologies does for
// "nothing to apologise for".
func (s *sentence) unneededApologies(out []candidate) {
	for i := range out {
		c := &out[i]
		if !strings.HasPrefix(c.code, "055") || c.p == nil || c.p.noun {
			continue
		}
		v := c.p.v
		if v < 3 || s.norm(v-1) != "to" || !s.c.sets.lowered(setApologyNeeds)[s.norm(v-2)] || s.norm(v-3) != "no" {
			continue
		}
		s.note("\"no " + s.norm(v-2) + " to " + s.norm(v) + "\": no apology is made: a refusal to apologise (128)")
		c.code, c.rule = "128", c.rule+" (no "+s.norm(v-2)+" to apologise: 128)"
	}
}
