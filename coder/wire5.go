// Constructions of the fifth wire pass (coder/testdata/wire5.jsonl, see
// coder/testdata/README.md): generic actors placed by the one country a
// sentence names, …

package coder

import (
	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/dict"
)

// onlyNamedCountry returns the one country whose actors the sentence
// names, when at least one of them is the country's name or capital
// ("Sudan's Rapid Support Forces killed 100 villagers …", "lawyers for
// the journalist petitioned Algeria's Supreme Court"), or "": a country
// named only by an adjective ("Israeli strikes killed 20 people") often
// acts abroad, and a sentence naming two countries does not say whose a
// generic actor is.
func (s *sentence) onlyNamedCountry() string {
	found, byName := "", false
	for _, m := range s.ments {
		if m.inTitle {
			continue
		}
		code := m.code()
		if len(code) < 3 || code == demarche.NoActor {
			continue
		}
		c := demarche.Country(code)
		if c == "IGO" || c == "NGO" || c == "IMG" {
			continue
		}
		if found != "" && c != found {
			return ""
		}
		found = c
		if m.person == nil && m.actor != nil && (m.actor.Kind == dict.KindName || m.actor.Kind == dict.KindCapital || m.actor.Kind == dict.KindSeat) {
			byName = true
		}
	}
	if !byName {
		return ""
	}
	return found
}

// unknownProperPlace reports whether a locative complement of segs names a
// proper place ("in El Gezira state", "near Kuriga"): a capitalized word
// after the preposition.
func (s *sentence) unknownProperPlace(segs []segment) bool {
	for _, sg := range segs {
		if !locatedPreps[sg.prep] {
			continue
		}
		for k := sg.i; k < sg.j; k++ {
			if s.toks[k].Capitalized() && s.toks[k].IsWord() && s.mentionAt(k) == nil {
				return true
			}
		}
	}
	return false
}
