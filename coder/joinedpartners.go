// Joined partners: "Tonga joins the Pacific Forum and its friends in
// repeating the appeal to France" names, between "join" and "in
// V-ing", those who act beside the speaker, not whom the act addresses:
// the list of addressees of the call begins after "in" (found on the
// ungd6 sample of coder/testdata, event-dense UN General Debate sentences).

package coder

// afterJoinedPartners returns where the addressees of c may begin: after
// the "in" that closes the partners of a "join X in V-ing" act, else right
// after the verb.
func (s *sentence) afterJoinedPartners(c *candidate) int {
	start := c.verb[1]
	if c.p == nil || s.lemmaAt(c.p.v) != "join" {
		return start
	}
	for k := start; k < start+14 && k < len(s.toks); k++ {
		switch w := s.norm(k); {
		case w == "in" && s.tag(k+1) == "VBG", w == "in" && (s.norm(k+1) == "calling" || s.norm(k+1) == "the"):
			return k + 1
		case w == ";" || w == "." || isVerbTag(s.tag(k)) && s.tag(k) != "VBG" && s.tag(k) != "VBN":
			return start
		}
	}
	return start
}

// alongsidePartners drops a target that stands after "alongside": those a
// government acts alongside act with it ("Sweden reiterates that demand,
// alongside other EU member States"), the act's addressee is not named.
func (s *sentence) alongsidePartners(cands []candidate) []candidate {
	for i := range cands {
		c := &cands[i]
		if c.noTarget || c.tgt.i <= c.verb[1] || !s.speakerSource(c) {
			continue
		}
		k := c.tgt.i - 1
		for k > c.verb[1] && (s.tag(k) == "DT" || s.tag(k) == "PRP$" || isAdjTag(s.tag(k)) || s.norm(k) == "other" || s.norm(k) == "(") {
			k--
		}
		if s.norm(k) == "alongside" {
			s.note("target: \"alongside " + s.spanText(c.tgt.i, c.tgt.j) + "\" acts with the speaker, it is not addressed (joinedpartners.go)")
			c.tgt, c.noTarget = actor{code: "---", i: c.tgt.i, j: c.tgt.j}, true
		}
	}
	return cands
}
