// The publication's own people as the addressees of its leaders.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// homeTargets gives a leader's gift, thanks, greeting or visit that names
// no foreign addressee the publication's own people as target: "Kim Jong Un
// sent a birthday spread to Ri Yong Nyo", "sent gifts to the war veterans".
// Only in a publication with a home country, only for a source of that
// country, and only when the sentence names no other country.
func (s *sentence) homeTargets(cands []candidate) {
	home := s.doc.home
	if home == "" {
		return
	}
	for k := range s.toks {
		if m := s.mentionAt(k); m != nil && (m.actor != nil || m.person != nil) && !m.here {
			if c := demarche.Country(m.code()); c != "" && c != home {
				return
			}
		}
	}
	for i := range cands {
		c := &cands[i]
		if !c.noTarget || demarche.Country(c.src.code) != home {
			continue
		}
		if r := cameo.Root(c.code); r != "05" && r != "04" {
			continue
		}
		if m := s.mentionAt(c.src.i); m == nil || m.person == nil {
			continue // the leaders' own acts only
		}
		if sector, at := s.homeAddressee(c.verb[1]); sector != "" {
			c.tgt = actor{code: home + sector, i: at, j: at + 1, note: "the leader's own people (the publication's country)"}
			c.noTarget = false
		}
	}
}

// homeAddressee finds, after the verb, "to" followed by a people noun or a
// capitalised name: the sector it gives and its token.
func (s *sentence) homeAddressee(from int) (string, int) {
	for k := from; k < len(s.toks) && k < from+10; k++ {
		if s.norm(k) != "to" {
			continue
		}
		for j := k + 1; j < len(s.toks) && j < k+6; j++ {
			w := s.norm(j)
			if s.c.kcna().homePeople[w] {
				return "CVL", j
			}
			if s.c.kcna().homeForces[w] {
				return "MIL", j
			}
			if s.tag(j) == "NNP" && s.mentionAt(j) == nil && s.toks[j].Capitalized() {
				return "CVL", j
			}
			if w == "," || w == "." || isVerbTag(s.tag(j)) || strings.HasPrefix(s.tag(j), "PRP") {
				break
			}
		}
		return "", -1
	}
	return "", -1
}

// koreanDomestic reports whether a target named only by a civic sector
// ("the media trade unions", "the students") takes its source's country:
// in a publication with a home country (state media), between the people
// of either Korea, as the official gold codes south Korean elders backing
// "the strike of media trade unions" KORCVL → KORCVL.
func (s *sentence) koreanDomestic(home, sector string) bool {
	if s.doc.home == "" || home != "KOR" && home != s.doc.home {
		return false
	}
	switch sector {
	case "CVL", "EDU", "REL", "BUS", "MED":
		return true
	}
	return false
}
