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
	return s.c.kcna().orgNameHeads[s.norm(b-1)]
}

// betweenSides reads the sides of "between X and Y" from token a: the
// actors of the phrase, and when they are all of one country (the first
// side's own apposition, "Kim Jong Il, general secretary of the WPK and
// chairman of the NDC"), the next side after ", and", with its own
// apposition when its name is unknown ("and Dmitri Medvedev, president of
// the Russian Federation").
func (s *sentence) betweenSides(a, hi int) []actor {
	e := s.chainRight(a, hi)
	acts := s.actorsIn(a, e, false)
	if countries(acts) > 1 {
		return acts
	}
	for k := e; k < hi && k < e+30; k++ {
		if s.norm(k) != "and" || s.norm(k-1) != "," {
			continue
		}
		e2 := s.chainRight(k+1, hi)
		more := s.actorsIn(k+1, e2, false)
		if len(more) == 0 && e2 < hi && s.norm(e2) == "," {
			if e3 := s.chainRight(e2+1, hi); e3 > e2+1 {
				more = s.actorsIn(e2+1, e3, false)
			}
		}
		if len(more) > 0 {
			return append(acts[:len(acts):len(acts)], more...)
		}
		break
	}
	return acts
}

// countries counts the distinct countries of strong actors.
func countries(acts []actor) int {
	seen := map[string]bool{}
	for _, a := range acts {
		if !a.weak {
			seen[demarche.Country(a.code)] = true
		}
	}
	return len(seen)
}

// regionAdjective reports whether an adjective mention is the second half
// of a region's name ("Latin American"): it names no actor (the knowledge
// files leave bare "America" out for the same reason).
func (s *sentence) regionAdjective(m *mention) bool {
	if m.i == 0 || m.j-m.i != 1 || m.kind() != dict.KindAdjective {
		return false
	}
	w := s.toks[m.i].Norm
	if w != "american" && w != "americans" {
		return false
	}
	prev := s.toks[m.i-1]
	if prev.Norm == "-" && m.i > 1 {
		prev = s.toks[m.i-2]
	}
	return s.c.kcna().regionWords[prev.Norm] && prev.Capitalized()
}
