// Weighing an option (014) and regarding something as something. CAMEO's
// 014 is a policy option under consideration: "Japan is considering
// offering its ports", "is mulling a proposal". The same verbs more often
// state an opinion in state media: "the U.S. considers the DPRK a
// stumbling block", "is considered as the most serious provocation", "the
// DPRK, considering the concerns of the U.S., agreed …", "toured the plant
// to review its output". Those weigh no option and are no event.

package coder

import (
	"fmt"
	"strings"
)

// setWeighingVerbs names the knowledge's set of verbs (lemmas) that weigh
// an option whatever their object: "mull", "contemplate".
const setWeighingVerbs = "WEIGHING_VERBS"

// weighedOptions drops the 014 that a class gave by its default code (no
// pattern named the option) unless a gerund follows the verb, the option
// weighed ("considering staging drills", "thinking about realizing"), or
// the verb only ever weighs options (WEIGHING_VERBS: "mulling the F-35").
// Nouns of an option or an act ("might consider military cooperation")
// are the class's patterns (50-verbs-cooperation.txt).
func (s *sentence) weighedOptions(cands []candidate) []candidate {
	out := cands[:0]
	only := s.c.sets.lowered(setWeighingVerbs)
	for _, c := range cands {
		if c.code == "014" && c.byClassDefault() && !s.gerundOption(c.verb[1]) && !only[s.lemmaAt(c.verb[0])] {
			s.noteDrop(StageDropped, fmt.Sprintf("014 %s dropped: \"%s\" weighs no option (no gerund, no pattern's option): an opinion, not an event (consider.go)",
				c.src.code, s.spanText(c.verb[0], c.verb[1])))
			continue
		}
		out = append(out, c)
	}
	return out
}

// gerundOption reports whether a gerund follows token k, past "over",
// "about" or an adverb: "considering sending", "mull over deploying".
func (s *sentence) gerundOption(k int) bool {
	for j := k; j < len(s.toks) && j < k+3; j++ {
		switch t := s.tag(j); {
		case t == "VBG":
			return true
		case s.norm(j) == "over" || s.norm(j) == "about" || strings.HasPrefix(t, "RB"):
		default:
			return false
		}
	}
	return false
}
