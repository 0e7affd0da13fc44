package coder

// speechReferences drops, in a government's own statement, the statement
// (010) read in the speaking state referring to something: "let me refer
// to impunity", "the disasters I have just referred to", "I am referring
// to the historical injustices of slavery", "what we refer to as the
// Pacific elevation". Said by the speaker of the statement, "refer to"
// points to a topic of the speech, the speech itself and no act toward
// what it names (the UN sets' annotators code none). Another leader's
// reference ("President Morales referred yesterday to the battle") is a
// statement reported, and keeps its event, as KCNA's "referred to the
// external policy in his speech" does outside governments' statements.
func (s *sentence) speechReferences(out []candidate) []candidate {
	if s.doc.speaker == "" {
		return out
	}
	keep := out[:0]
	for _, c := range out {
		if c.code == "010" && c.p != nil && !c.p.noun && c.p.lemma(s) == "refer" && s.speakerSource(&c) {
			s.noteDrop(StageDropped, "dropped: the speaker referring to a topic of its own speech (speechreferences.go)")
			continue
		}
		keep = append(keep, c)
	}
	return keep
}
