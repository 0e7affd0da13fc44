// Demands of a foreign country's own people, reported by state
// media, that name no addressee: "civic organizations of south Korea held a
// press conference demanding the abolition of the Security Law", "a meeting
// demanding the application of the tuition-free program to the Korean
// schools in Japan". The demand is made of the people's own government.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// homeDemandSectors are the sectors of a people's own voices: civic
// groups, parties, unions, schools, churches, media, lawmakers, and a bare
// south Korean adjective ("south Korean" circles, with no sector).
var homeDemandSectors = setOf("", "CVL", "PTY", "LAB", "EDU", "REL", "MED", "LEG", "OPP", "HRI")

// homeDemands gives a demand (root 10) with no target, made by the
// non-government voices of a country other than the publication's own, that
// country's government as target: only in a publication with a home country
// (state media reporting on another country's domestic strife) and only when
// the sentence names no actor of another country. Protests and strikes with
// no named aim are left alone: a check half shows the gold leaves some of
// them without a target.
func (s *sentence) homeDemands(out []candidate) {
	home := s.doc.home
	if home == "" || s.headline {
		return
	}
	for i := range out {
		c := &out[i]
		if !c.noTarget || cameo.Root(c.code) != "10" {
			continue
		}
		country := demarche.Country(c.src.code)
		if country == "" || country == home || country == "IGO" || country == "NGO" {
			continue
		}
		sector := strings.TrimPrefix(c.src.code, country)
		if len(sector) > 3 {
			sector = sector[:3]
		}
		if sector == "" && country != "KOR" {
			continue // a state named alone speaks as its government
		}
		if !homeDemandSectors[sector] || !s.namesOnly(country) {
			continue
		}
		c.tgt = actor{code: country + "GOV", i: c.verb[0], j: c.verb[1], note: "a demand of the people's own government (homedemands.go)"}
		c.noTarget = false
	}
}

// namesOnly reports whether every actor the sentence names belongs to
// country.
func (s *sentence) namesOnly(country string) bool {
	for _, m := range s.ments {
		if m == nil || m.here {
			if m != nil && m.here && country != s.doc.home {
				return false
			}
			continue
		}
		if c := demarche.Country(m.code()); c != "" && c != country {
			return false
		}
	}
	return true
}
