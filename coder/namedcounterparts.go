// Acts that exist only toward a named counterpart: in a government's own
// statement, "I would like to highlight the work of the African Union" is
// praise of the Union (051), but "I wish to highlight the commitment of
// my country to …" or "we stress the efforts of our Government" praise no
// one, and "the blockade imposes a painful cost on Cuban families" imposes
// nothing on another. The classes named in NAMED_COUNTERPART_CLASSES
// (dict/data/99-ungd-acts2.txt) code an event only when their target is
// another actor: when the target is missing, or is the source's own
// country (which selfDyads turned into no target), the event is dropped.

package coder

import (
	"fmt"

	"github.com/demarche-project/demarche"
)

// setNamedCounterpartClasses names the word set NAMED_COUNTERPART_CLASSES,
// whose words are the names of verb classes whose events need a named
// target of another country.
const setNamedCounterpartClasses = "NAMED_COUNTERPART_CLASSES"

// namedCounterparts drops the events of the NAMED_COUNTERPART_CLASSES
// classes that have no target. It runs after selfDyads, which removes a
// target of the source's own country.
func (s *sentence) namedCounterparts(cands []candidate) []candidate {
	classes := s.c.sets.lowered(setNamedCounterpartClasses)
	if len(classes) == 0 {
		return cands
	}
	out := cands[:0:0]
	for _, c := range cands {
		if c.class != nil && classes[c.class.Name] && (c.noTarget || c.tgt.code == "" || c.tgt.code == demarche.NoActor) {
			s.noteDrop(StageNoTarget, fmt.Sprintf("%s %s dropped: the class %s acts only toward a named counterpart (namedcounterparts.go)", c.src.code, c.code, c.class.Name))
			continue
		}
		out = append(out, c)
	}
	return out
}
