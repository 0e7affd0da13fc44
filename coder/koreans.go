// "Korean" bodies whose complement names another country.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/dict"
)

// koreanOf returns the agents of an "of" or "in" complement when the head
// of a phrase is named only by the adjective "Korean" and the complement
// names another country: "the Korean Teachers' Union of south Korea" is
// south Korean, "the Korean Residents' Union in Japan" is in Japan (the
// guide: groups abroad take the country they are in). Nil otherwise.
func (s *sentence) koreanOf(segs []segment, infos []segmentInfo) []*mention {
	if len(segs) < 2 || len(infos[0].agents) == 0 {
		return nil
	}
	for _, m := range infos[0].agents {
		if k := m.kind(); k != dict.KindAdjective && k != dict.KindDemonym {
			return nil
		}
		if demarche.Country(m.code()) != "PRK" || !strings.HasPrefix(strings.ToLower(s.spanText(m.i, m.j)), "korean") {
			return nil
		}
	}
	for i := 1; i < len(segs); i++ {
		if p := segs[i].prep; p != "of" && p != "in" {
			continue
		}
		for _, m := range infos[i].agents {
			if c := demarche.Country(m.code()); c != "" && c != "PRK" {
				return strongest(infos[i].agents)
			}
		}
	}
	return nil
}
