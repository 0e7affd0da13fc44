// Real wire prose: constructions of international news reports that the
// project's own wire sets did not have (testdata/README.md, section
// "gigaword-wire"), read with the word sets of dict/data/69-wire-real.txt.

package coder

// setPartNouns are the nouns of a part of a place ("part", "outskirts",
// "sector") whose "of" complement names the place.
const setPartNouns = "PART_NOUNS"

// partOfPlaceAt reports whether token n is a part noun followed by "of"
// ("the southern part of Korea", "a government-held part of Syria's second
// city"): a place phrase goes on after it.
func (s *sentence) partOfPlaceAt(n int) bool {
	return n+1 < len(s.toks) && s.norm(n+1) == "of" && s.c.sets.lowered(setPartNouns)[s.norm(n)]
}

// partPlaceCountry returns the one country of the places named after a part
// noun that no locative preposition introduces ("bombarded a
// government-held part of Syria's second city Aleppo"), or "" when there is
// none; conflict is true when they name different countries.
func (s *sentence) partPlaceCountry() (country string, conflict bool) {
	for k := 0; k+2 < len(s.toks); k++ {
		if !s.partOfPlaceAt(k) {
			continue
		}
		c := s.placeCountryAt(k + 2)
		if c == "" {
			continue
		}
		if country != "" && country != c {
			return "", true
		}
		country = c
	}
	return country, false
}
