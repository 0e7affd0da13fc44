package coder

// setAnniversaryHeads and setOccasionLemmas name the word sets
// ANNIVERSARY_HEADS and OCCASION_LEMMAS (dict/data/94-ungd-precision.txt).
const (
	setAnniversaryHeads = "ANNIVERSARY_HEADS"
	setOccasionLemmas   = "OCCASION_LEMMAS"
)

// unaddressedAnniversaries drops the praise (051, or its intent 032) read
// in celebrating, marking or commemorating an anniversary that names no
// actor: "next month we will mark the fiftieth anniversary of our
// constitution", "Tuvalu will mark the anniversary of its independence". The
// date is an occasion, not an act toward anyone. An anniversary of a named
// actor keeps its target ("we celebrate the seventieth anniversary of the
// United Nations"). Read in governments' own statements only: KCNA's
// conventions code the anniversaries its stories mark as homage (051), and
// a rally "to mark" an anniversary names its organisers' cause.
func (s *sentence) unaddressedAnniversaries(out []candidate) []candidate {
	if s.doc.speaker == "" {
		return out
	}
	keep := out[:0]
	for _, c := range out {
		if (c.code == "051" || c.code == "032") && (c.noTarget || c.tgt.code == "" || c.tgt.code == "---") && c.p != nil && !c.p.noun &&
			s.c.sets.lowered(setOccasionLemmas)[c.p.lemma(s)] {
			if h := s.objectHead(c.verb[1]); h >= 0 && s.c.sets.lowered(setAnniversaryHeads)[s.norm(h)] {
				s.noteDrop(StageDropped, "dropped: an anniversary celebrated with no one named, an occasion (anniversaries.go)")
				continue
			}
		}
		keep = append(keep, c)
	}
	return keep
}
