// Denials told as a formula of no truth: "'There is not a shred of truth
// in these reports,' the ministry said", "said there was no truth in the
// reports", "'Nothing could be further from the truth,' a spokesman
// said", "said the allegations had no basis in fact". No claim noun is
// called false (coder/stance.go reads those), yet the statement denies.

package coder

import "github.com/demarche-project/demarche"

// setDenialFormulas names the word set DENIAL_FORMULAS
// (dict/data/06-analysis-words.txt): the phrases that deny what they speak
// of.
const setDenialFormulas = "DENIAL_FORMULAS"

// denialFormulas turns a statement (010) whose content, after the verb or
// fronted before the speaker, holds a formula of DENIAL_FORMULAS into a
// denial (016) by its speaker; a fronted content, or a target of the
// speaker's own country, leaves the denial with no target.
func (s *sentence) denialFormulas(out []candidate) []candidate {
	ws := s.c.sets.stance.denials
	if len(ws) == 0 {
		return out
	}
	for i := range out {
		c := &out[i]
		if !c.speech || c.code != "010" || c.p == nil {
			continue
		}
		lo, hi, fronted := s.statementContent(c) // stance.go
		found := false
		for k := lo; k < hi && !found; k++ {
			found = s.phraseIn(ws, k, hi) > 0
		}
		if !found {
			continue
		}
		s.note("\"" + s.norm(c.p.v) + "\": its content says there is no truth in it: 016")
		c.code, c.rule, c.speech = "016", c.rule+" (its content denies: 016)", false
		if fronted || !c.noTarget && demarche.Country(c.tgt.code) == demarche.Country(c.src.code) {
			c.noTarget, c.tgt = true, actor{}
		}
	}
	return out
}
