// The speaker an outlet quotes: "the agency quoted X as saying …".

package coder

// quotedSpeaker gives a participle of saying told "as saying" after
// "quoted X" or "cited X" its subject X: "…, the agency quoted a deputy
// foreign minister of Peru as saying", "Xinhua quoted the
// minister as saying that …". The outlet that quotes is attribution (the
// coding guide), the one quoted is who speaks. It reports whether it set
// the subject.
func (s *sentence) quotedSpeaker(p *pred) bool {
	if !p.g.particip || p.g.start < 3 || s.norm(p.g.start-1) != "as" {
		return false
	}
	as := p.g.start - 1
	for k := as - 1; k >= 0 && k >= as-24; k-- {
		w := s.norm(k)
		if w == ";" || w == "." {
			return false
		}
		if w != "quoted" && w != "cited" && w != "quoting" && w != "citing" {
			continue
		}
		a, e := k+1, as
		if s.norm(e-1) == "," {
			e--
		}
		if a >= e || len(s.actorsIn(a, e, false)) == 0 {
			return false
		}
		s.setSubject(p, a, e, "the one quoted (\""+w+" X as saying\")")
		return len(p.subj) > 0
	}
	return false
}

// setOfficeRelatives names the knowledge's word set of the words after
// "who" that open an apposition of office ("who heads", "who is also").
const setOfficeRelatives = "OFFICE_RELATIVES"

// relativeInApposition reports whether the verb at j opens a relative
// clause on a title inside an apposition ("Ana Lopes, head of a workers'
// party who is also chair of a friendship society, hailed …"): "who" and a form of "be" or of heading a body,
// after a noun. The apposition goes on to its opening comma.
func (s *sentence) relativeInApposition(j int) bool {
	if j < 2 || s.norm(j-1) != "who" || !isNounTag(s.tag(j-2)) {
		return false
	}
	return s.c.sets.lowered(setOfficeRelatives)[s.norm(j)]
}
