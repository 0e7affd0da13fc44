// Headlines that tell what someone must do, with the speaker after the
// colon: "U.S. Must Apologize to Iran for …: Pakistani Lawmaker",
// "Punishment Should Be Meted Out to … Group: Chongryon Officials". The
// speaker demands it (100) of whom the headline names, as the gold codes
// them, rather than stating it.

package coder

// relativeBefore are the words of a relative clause before its modal:
// "DPRK Does What It Should Do" is no demand.
var relativeBefore = setOf("what", "which", "that", "who", "whom")

// colonDemands turns a headline statement "…: <speaker>" (010) whose words
// before the colon say what must or should be done into a demand (100).
// Censure and praise readings are kept, and so is a statement that names
// no one the demand is made of ("Military Culture Should Be Improved:
// Chinese Official" exhorts, it demands nothing of anyone).
func (s *sentence) colonDemands(out []candidate) {
	if !s.headline {
		return
	}
	for i := range out {
		c := &out[i]
		if c.form != formColonSpeaker || c.code != "010" || c.noTarget {
			continue
		}
		for k := 0; k < c.verb[0]; k++ {
			if w := s.norm(k); (w == "must" || w == "should") && (k < 2 || !relativeBefore[s.norm(k-1)] && !relativeBefore[s.norm(k-2)]) {
				c.code = "100"
				c.rule += " (what must be done: a demand, headlinedemands.go)"
				break
			}
		}
	}
}
