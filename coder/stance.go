// Stance statements: a statement whose words decline to comment.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// setHedges names the word set of the formulas that decline to comment
// ("it is not our practice to comment", "we do not comment on").
const setHedges = "HEDGE_FORMULAS"

// hedgeAt returns the end of a hedging formula that starts at token k, or
// -1.
func (s *sentence) hedgeAt(k int) int {
	for _, ph := range s.c.sets.hedges {
		if len(ph) > 0 && s.phraseAt(ph, k, len(s.toks)) {
			return k + len(ph)
		}
	}
	return -1
}

// hedgedStatements turns a statement whose content is a formula declining
// to comment into a refusal to comment (011): "'It is not our practice to
// comment on intelligence matters,' a British spokesman said", "the
// ministry said it did not comment on ongoing investigations". The
// formula must lie in the statement's content clause, or in a quotation
// before a statement verb that closes the sentence.
func (s *sentence) hedgedStatements(out []candidate) []candidate {
	if len(s.c.sets.hedges) == 0 {
		return out
	}
	for i := range out {
		c := &out[i]
		if !c.speech || cameo.Root(c.code) != "01" || strings.HasPrefix(c.code, "011") || c.p == nil {
			continue
		}
		lo, hi := c.content[0], c.content[1]
		if hi <= lo {
			lo, hi = c.p.vend, len(s.toks)
		}
		if q := s.quotedBefore(c.p.v); q > 0 {
			lo, hi = 0, q // "'…,' a spokesman said"
		}
		for k := lo; k < hi; k++ {
			if e := s.hedgeAt(k); e > 0 && e <= len(s.toks) {
				s.note("\"" + s.norm(c.p.v) + "\" reports a refusal to comment: 011")
				c.code, c.rule, c.speech = "011", c.rule+" (its content declines to comment: 011)", false
				if !c.noTarget && demarche.Country(c.tgt.code) == demarche.Country(c.src.code) {
					c.noTarget = true // "said Moscow was not in a position to comment"
				}
				break
			}
		}
	}
	return out
}

// quotedBefore returns the index of the token that closes a quotation
// opening the sentence before the verb at v ("'…,' X said"), or 0.
func (s *sentence) quotedBefore(v int) int {
	if len(s.toks) == 0 || !isQuote(s.norm(0)) {
		return 0
	}
	for k := 1; k < v; k++ {
		if isQuote(s.norm(k)) {
			return k
		}
	}
	return 0
}

func isQuote(w string) bool {
	switch w {
	case "'", "\"", "“", "”", "‘", "’", "``", "''":
		return true
	}
	return false
}

// stanceCodes are the codes of a position on a question (denial, refusal
// to comment, acknowledgement): their target is the other state of their
// content (wireReadings), not the first country a publication names.
var stanceCodes = map[string]bool{"011": true, "015": true, "016": true}
