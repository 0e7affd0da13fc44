// Headline coordination with a comma: KCNA headlines join two sides with a
// comma where prose says "and" ("DPRK, Laos Sign Agreement on Cooperation",
// "Russia, Cuba to Expand Cooperation"). Found by a precision audit of
// random KCNA events; counted over the whole headline corpus.

package coder

// headlineCommaPairs reads the commas between the actor names that open a
// headline as "and" ("A, B Verb …" is "A and B Verb …", so joint acts run
// both ways and others from each side), when the names are of different
// countries, the list is only names joined by commas or "and", and a verb
// of the dictionaries, "to" or "will" follows the last name at once (no
// apposition: "Kim Yong Nam, Chinese Envoy Meet" is rare, "Kim Yong Nam,
// Chinese Envoy, …" has no verb there). Lists elsewhere ("Kim Jong Il
// Receives Delegations of Laos, Cuba") are left alone. It returns the
// commas' indexes.
func (s *sentence) headlineCommaPairs() []int {
	if !s.headline || len(s.ments) < 2 {
		return nil
	}
	var commas []int
	seen := map[string]bool{}
	k := 0
	for {
		m := s.mentionAt(k)
		if m == nil || m.i != k || m.sector != nil || m.j >= len(s.toks) {
			return nil
		}
		c := m.code()
		if len(c) < 3 || c[:3] == "---" || seen[c[:3]] {
			return nil
		}
		seen[c[:3]] = true
		k = m.j
		if w := s.toks[k].Norm; w == "," {
			commas = append(commas, k)
		} else if w != "and" {
			break
		}
		k++
	}
	if len(commas) == 0 {
		return nil
	}
	if w := s.toks[k].Norm; w != "to" && w != "will" && !s.c.lx.singleWordVerb(w) {
		return nil
	}
	for _, c := range commas {
		s.toks[c].Norm = "and"
	}
	return commas
}
