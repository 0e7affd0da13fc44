package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// The two sides of a civil conflict named as one coordinated subject in
// wire news: "the Sudanese army and the paramilitary forces began talks",
// "Congolese troops and rebel fighters clashed near Goma", "the Malian army
// and separatist rebels signed a ceasefire". The second side is named by a
// sector word alone; it belongs to the country of the first when the
// sentence names no other state, so the event the sides share, which the
// coder gives the first side with no target, is aimed at that country.

// coordinatedSideRoots are the roots of events two sides do together:
// cooperation, talks, settlement, fighting.
var coordinatedSideRoots = setOf("03", "04", "05", "06", "08", "19")

// coordinatedHomeSides gives an event of a coordinated subject whose other
// side is a sector word alone ("the paramilitary forces") that side, in the
// first side's country.
func (s *sentence) coordinatedHomeSides(out []candidate) {
	if !s.wireNews() || s.headline {
		return
	}
	for i := range out {
		c := &out[i]
		if c.p == nil || c.speech || c.src.weak || !coordinatedSideRoots[cameo.Root(c.code)] {
			continue
		}
		if !c.noTarget && c.tgt.code != "" && !strings.HasPrefix(c.tgt.code, sectorOnly) {
			continue
		}
		home := demarche.Country(c.src.code)
		if len(home) != 3 || home == "IGO" || home == "NGO" || home == "IMG" || home == demarche.NoActor || strings.HasPrefix(c.src.code, sectorOnly) {
			continue
		}
		sec, at := s.sectorConjunct(c.p, c.src)
		if sec == "" || s.foreignNamed(home) != "" {
			continue
		}
		code := home + sec
		if code == c.src.code {
			code = home // "the army and the paramilitary forces": two forces of one state
		}
		c.tgt = actor{code: code, i: at, j: at + 1, note: "the other side of a coordinated subject, a sector word alone: the first side's country"}
		c.noTarget = false
	}
}

// sectorConjunct returns the sector of a conjunct after "and" in p's
// subject, after the source src, that is named by a sector word alone, and
// its token, or "" when there is none.
func (s *sentence) sectorConjunct(p *pred, src actor) (string, int) {
	lo, hi := p.subjSpan[0], p.subjSpan[1]
	if lo < 0 || hi <= lo || hi > len(s.toks) {
		return "", -1
	}
	for k := max(lo, src.j); k < hi; k++ {
		if s.norm(k) != "and" {
			continue
		}
		for j := k + 1; j < hi && j <= k+4; j++ {
			m := s.mentionAt(j)
			if m == nil {
				continue
			}
			if m.sector != nil && m.actor == nil && m.person == nil && m.sector.Sector != "" && m.sector.Title == "" {
				return m.sector.Sector, j
			}
			return "", -1
		}
	}
	return "", -1
}
