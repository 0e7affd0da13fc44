package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// A vow of force on a condition put to another side, in wire news: "gang
// leaders vowed to keep fighting unless the prime minister resigned", "the
// Houthis vowed to keep attacking ships until Israel ended the war". The
// vow is a threat (13) to the side named in the condition, not the use of
// force it promises; the coder reads the force from the infinitive and
// leaves the condition's actor out of it.

// setVowLemmas names the word set VOW_LEMMAS
// (dict/data/06-analysis-words.txt), whose words are the verbs of a vow whose
// condition makes a threat.
const setVowLemmas = "VOW_LEMMAS"

// conditionalThreats recodes force vowed "unless" or "until" another side
// acts as a threat to that side.
func (s *sentence) conditionalThreats(out []candidate) {
	for i := range out {
		c := &out[i]
		if c.speech || c.src.weak {
			continue
		}
		switch cameo.Root(c.code) {
		case "13", "18", "19", "20":
		default:
			continue
		}
		if !s.vowedBefore(c.verb[0]) {
			continue
		}
		tgt, ok := s.conditionSide(c.verb[1], demarche.Country(c.src.code))
		if !ok {
			continue
		}
		c.code = "138"
		c.rule += " (vowed on a condition put to another side: a threat)"
		c.tgt, c.noTarget = tgt, false
	}
}

// vowedBefore reports whether the verb at v is the infinitive of a vow:
// "vowed to (keep) fighting".
func (s *sentence) vowedBefore(v int) bool {
	for k := v - 1; k >= 0 && k >= v-4; k-- {
		if s.c.sets.lowered(setVowLemmas)[s.lemmaAt(k)] {
			return s.norm(k+1) == "to"
		}
		if s.norm(k) == "," || s.norm(k) == ";" {
			return false
		}
	}
	return false
}

// conditionSide returns the actor that opens the "unless" or "until"
// clause after token from (up to the next comma); a state organ named by
// its sector alone ("the prime minister") is the source's own state's when
// the sentence names no other.
func (s *sentence) conditionSide(from int, own string) (actor, bool) {
	for k := from; k < len(s.toks) && k < from+8; k++ {
		w := s.norm(k)
		if w == "," || w == ";" || w == "." {
			return actor{}, false
		}
		if w != "unless" && w != "until" {
			continue
		}
		end := k + 1
		for end < len(s.toks) && s.norm(end) != "," && s.norm(end) != ";" {
			end++
		}
		for _, a := range s.actorsIn(k+1, end, true) {
			if sec := strings.TrimPrefix(a.code, sectorOnly); sec != a.code && stateSectors[sec] && len(own) == 3 && own != demarche.NoActor && s.foreignNamed(own) == "" {
				a.code = own + sec // "unless the prime minister resigned": the source's own state
			}
			if a.weak || a.code == "" || strings.HasPrefix(a.code, sectorOnly) {
				continue
			}
			if a.i != k+1 && !(a.i == k+2 && s.norm(k+1) == "the") {
				return actor{}, false // the condition's subject must open it
			}
			return a, true
		}
		return actor{}, false
	}
	return actor{}, false
}
