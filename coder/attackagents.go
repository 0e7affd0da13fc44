// Attacks named by a noun whose agent is the country's armed resistance:
// "foreign troops in Iraq died in attacks by the country's resistance
// forces", "a base … in Iraq came under fire from the armed forces of the
// country". State media tell
// the war news of occupied countries this way; the gold codes the
// resistance's use of force (190) against the foreign troops.

package coder

import (
	"github.com/demarche-project/demarche"
)

// attackNouns name an attack whose agent follows "of".
var attackNouns = setOf("attack", "attacks", "operation", "operations", "shells", "ambush", "ambushes", "raid", "raids", "bombing", "bombings", "offensive")

// resistanceWords name the armed side of an occupied country.
var resistanceWords = setOf("resistance", "insurgents", "insurgent", "guerrillas", "armed", "militants", "fighters")

// attackAgents codes "<attack noun> of the resistance forces of the country"
// (or "… in <country>") as 190 from the resistance of the country the
// sentence names to the foreign troops named before it. Only in a
// publication with a home country, and only when no use of force is coded
// already.
func (s *sentence) attackAgents(out []candidate) []candidate {
	if s.doc.home == "" || s.headline {
		return out
	}
	for _, c := range out {
		if forceRoot(c.code) {
			return out
		}
	}
	n := len(s.toks)
	for k := 1; k+3 < n; k++ {
		if !attackNouns[s.norm(k)] || s.norm(k+1) != "of" {
			continue
		}
		agent := -1
		for j := k + 2; j < n && j < k+6; j++ {
			if resistanceWords[s.norm(j)] {
				agent = j
				break
			}
		}
		if agent < 0 {
			return out
		}
		// the agent's country: "of the country" or a country named after it
		place := ""
		for j := agent + 1; j < n && j < agent+8; j++ {
			if m := s.mentionAt(j); m != nil && m.actor != nil {
				if c := demarche.Country(m.code()); c != "" && len(m.code()) == 3 {
					place = c
					break
				}
			}
			if s.norm(j) == "country" && (s.norm(j-1) == "the" || s.norm(j-1) == "that") {
				place = s.countryNamedBefore(k)
				break
			}
		}
		if place == "" || place == s.doc.home {
			return out
		}
		var victim *actor
		for _, a := range s.actorsIn(0, k, true) {
			if a.weak || a.code == "" || a.code[0] == '~' || demarche.Country(a.code) == place {
				continue
			}
			victim = &a
			break
		}
		if victim == nil {
			return out
		}
		p := &pred{v: k, vend: k + 1, hi: n, g: verbGroup{start: k, govIdx: -1}}
		src := actor{code: place + "REB", i: agent, j: agent + 1, note: "the armed resistance of the country named (attackagents.go)"}
		return append(out, candidate{p: p, code: "190", rule: "coder: an attack of the country's resistance (attackagents.go)", src: src, tgt: *victim, verb: [2]int{k, k + 1}})
	}
	return out
}

// countryNamedBefore returns the country of the first bare country name
// placed by "in" before k ("soldiers in Afghanistan"), or "".
func (s *sentence) countryNamedBefore(k int) string {
	for j := 1; j < k; j++ {
		if m := s.mentionAt(j); m != nil && m.actor != nil && len(m.code()) == 3 && s.norm(j-1) == "in" {
			return demarche.Country(m.code())
		}
	}
	return ""
}
