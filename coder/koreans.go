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

// orgNameHeads are the last words of an organisation's own name after
// its nationality adjective ("the German Creusen Concert", "the El
// Salvadorian Farabundo Marti Front"); a person's name ("German Hermin
// Ferras Alvarez", a first name) ends otherwise.
var orgNameHeads = map[string]bool{
	"concert": true, "front": true, "orchestra": true, "theatre": true, "theater": true, "band": true,
	"club": true, "company": true, "corporation": true, "foundation": true, "institute": true,
	"center": true, "centre": true, "agency": true, "studio": true, "ensemble": true, "troupe": true,
	"choir": true, "academy": true, "bank": true, "group": true, "times": true, "post": true,
}

// properNameAfter reports whether the tokens [a, b) are a capitalised
// proper name of two words or more that no dictionary knows and that ends
// in a word naming a body ("Creusen Concert", "Farabundo Marti Front"): the
// adjective before it is the body's country, not a mere modifier.
func (s *sentence) properNameAfter(a, b int) bool {
	if b-a < 2 {
		return false
	}
	for k := a; k < b; k++ {
		if s.tag(k) != "NNP" || !s.toks[k].Capitalized() || s.mentionAt(k) != nil {
			return false
		}
	}
	return orgNameHeads[s.norm(b-1)]
}
