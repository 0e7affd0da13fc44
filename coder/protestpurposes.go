// Rallies held to denounce someone: "held a rally in Seoul to denounce the
// puppet authorities", "staged a demonstration to condemn the killing of
// civilians by NATO-led troops", "held the 157th action ... to denounce the
// U.S. and the south Korean authorities". The gold codes one protest
// (14x) aimed at whom the purpose denounces, not a rally with no target
// beside a separate criticism.

package coder

import "github.com/demarche-project/demarche/cameo"

// protestPurposes gives a protest with no target the targets of the
// criticisms (root 11) its source voices after it in the same sentence, and
// drops those criticisms. A protest that already has a target, and a
// criticism by another source, are left alone.
func (s *sentence) protestPurposes(out []candidate) []candidate {
	rally := -1
	for i := range out {
		if out[i].noTarget && cameo.Root(out[i].code) == "14" {
			rally = i
			break
		}
	}
	if rally < 0 {
		return out
	}
	r := out[rally]
	var targets []actor
	keep := out[:0:0]
	for i, c := range out {
		if i != rally && !c.noTarget && cameo.Root(c.code) == "11" && c.src.code == r.src.code && c.verb[0] > r.verb[1] && c.tgt.code != r.src.code {
			dup := false
			for _, t := range targets {
				dup = dup || t.code == c.tgt.code
			}
			if !dup {
				targets = append(targets, c.tgt)
			}
			continue
		}
		keep = append(keep, c)
	}
	if len(targets) == 0 {
		return out
	}
	res := keep[:0:0]
	for _, c := range keep {
		if c.verb == r.verb && c.code == r.code && c.noTarget && c.src.code == r.src.code {
			for _, t := range targets {
				c2 := c
				c2.tgt, c2.noTarget = t, false
				c2.rule += " (the target its purpose denounces, protestpurposes.go)"
				res = append(res, c2)
			}
			continue
		}
		res = append(res, c)
	}
	return res
}
