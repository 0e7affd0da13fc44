package coder

import "github.com/demarche-project/demarche"

// hallVisits drops, in a government's own statement, the visit (042, or
// its intent 036) read in coming, arriving or leaving "here": "I have come
// here to speak for my people", "we come here every year with the same
// plea", "I decided to come here and set the record straight". In a
// statement "here" is the hall the speech is given in: coming to it is the
// occasion of the speech, no visit to anyone, and the UN sets' annotators
// code none. So is the speaker's coming to the Assembly or the United
// Nations itself ("I have come to the General Assembly to ask …", "we come
// once again to the Assembly", "our minister came to this Assembly and
// spoke"): the visit of the speaking state to the UN (IGOUNO, not one of
// its agencies or offices) is its taking part in the debate. KCNA's "here"
// (Pyongyang, a visit to the DPRK) is read outside governments'
// statements, where s.doc.speaker is empty.
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
		if (c.code == "042" || c.code == "036" && c.intended == "042") && !c.noTarget && c.tgt.code == "IGOUNO" && demarche.Country(c.src.code) == s.doc.speaker && !s.bodyNamesInstrument(c.tgt) {
			s.noteDrop(StageDropped, "dropped: the speaking state coming to the Assembly, its part in the debate (hallvisits.go)")
			continue
		}
		keep = append(keep, c)
	}
	return keep
}
