package coder

// hallVisits drops, in a government's own statement, the visit (042, or
// its intent 036) read in coming, arriving or leaving "here": "I have come
// here to speak for my people", "we come here every year with the same
// plea", "I decided to come here and set the record straight". In a
// statement "here" is the hall the speech is given in: coming to it is the
// occasion of the speech, no visit to anyone, and the UN sets' annotators
// code none. KCNA's "here" (Pyongyang, a visit to the DPRK) is read
// outside governments' statements, where s.doc.speaker is empty.
func (s *sentence) hallVisits(out []candidate) []candidate {
	if s.doc.speaker == "" {
		return out
	}
	keep := out[:0]
	for _, c := range out {
		if (c.code == "042" || c.code == "036") && c.patternEndsWith("here") {
			s.noteDrop(StageDropped, "dropped: coming to the hall of the speech, the occasion of the speech (hallvisits.go)")
			continue
		}
		keep = append(keep, c)
	}
	return keep
}
