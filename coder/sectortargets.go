// Targets named by a sector alone, left without a country at the end.

package coder

// sectorOnlyTargets settles the targets that are still a sector without a
// country ("~GOV") when every other reading is done: such a code is no
// actor. A capitalised title alone in a national outlet's story ("said the
// President was the father of the nation", in KCNA) is that country's own
// office holder, as a title with a name is (actors.go); any other such
// target ("the agricultural workers") names no country, and the event keeps
// no target.
func (s *sentence) sectorOnlyTargets(cands []candidate) []candidate {
	for i := range cands {
		c := &cands[i]
		if c.noTarget || len(c.tgt.code) == 0 || c.tgt.code[:1] != sectorOnly {
			continue
		}
		if c.tgt.title && s.doc.home != "" {
			c.tgt.code = s.doc.home + c.tgt.code[1:]
			c.rule += " (a title alone: the publication's country)"
			continue
		}
		c.noTarget, c.tgt = true, actor{}
		c.rule += " (a sector without a country: no target)"
	}
	return cands
}
