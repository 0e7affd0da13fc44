// The relatives of a dead person as a source of their own.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
)

// setRelativeNouns names the word set RELATIVE_NOUNS
// (dict/data/87-kcna-inner-silent.txt).
const setRelativeNouns = "RELATIVE_NOUNS"

// relativesOf reads a source that is a dead person named as the
// complement of a kinship noun ("Bereaved families of former President
// Roh Moo Hyun requested …", "the eldest son of the late
// President Kim Dae Jung told …"): the act is the relatives', not narration of the
// dead person's deeds; they are the person's country's people (CVL). The
// kinship noun stands before "of" and the person's titles ("former south
// Korean President").
func (s *sentence) relativesOf(src actor) (actor, bool) {
	m := s.mentionAt(src.i)
	if m == nil || m.person == nil || !m.person.DeadOn(s.doc.date) {
		return src, false
	}
	k := m.i - 1
	for k >= 0 && k >= m.i-5 && s.norm(k) != "of" {
		if t := s.tag(k); !(isAdjTag(t) || t == "NNP" || t == "NN" || t == "HYPH" || s.norm(k) == "-" || s.mentionAt(k) != nil) {
			return src, false
		}
		k--
	}
	if k < 1 || s.norm(k) != "of" || !s.c.sets.lowered(setRelativeNouns)[s.norm(k-1)] {
		return src, false
	}
	country := demarche.Country(m.role.Code)
	if country == "" || strings.HasPrefix(country, "-") {
		return src, false
	}
	return actor{code: country + "CVL", i: k - 1, j: src.j, note: "the relatives of " + m.person.Name + " (" + s.norm(k-1) + " of)"}, true
}
