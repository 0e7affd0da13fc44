package coder

import (
	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// A foreign head addressed by a title alone: "expressing the belief that
// the relations between the DPRK and Armenia will grow, wishing the
// president success". The title (ADDRESSED_TITLES) right after the verb,
// with no "of" phrase of its own, designates the head of the one country
// other than the source's that the sentence names; a sentence that names
// none or two keeps the event without a target, as the guide's unnamed
// target. Only in the lower case of news prose: a statement's own
// "the President" (of the Assembly) is another office.

// setAddressedTitles names the word set ADDRESSED_TITLES
// (dict/data/06-analysis-words.txt).
const setAddressedTitles = "ADDRESSED_TITLES"

// titledAddresseeReach bounds, in tokens, how far after its verb the
// title may stand ("sincerely wished the president", "sent a message of
// greetings to the president").
const titledAddresseeReach = 8

// titledAddressees gives a verbal event with no target whose verb is
// followed by "the" (or "his", "her") and a title of ADDRESSED_TITLES the
// government of the one other country the sentence names.
func (s *sentence) titledAddressees(cands []candidate) {
	if s.doc.speaker != "" {
		return
	}
	eachUntargeted(cands, titledRoot, func(c *candidate, home string) {
		end := min(c.verb[1]+titledAddresseeReach, len(s.toks))
		for k := c.verb[1]; k < end; k++ {
			w := s.norm(k)
			if w == "," || w == ";" || w == "." || k > c.verb[1] && isVerbTag(s.tag(k)) || s.mentionAt(k) != nil {
				break
			}
			if w != "the" && w != "his" && w != "her" {
				continue
			}
			n := s.setPhraseAt(k+1, len(s.toks), setAddressedTitles) // tolls.go
			if n == 0 || s.toks[k+1].Capitalized() || s.norm(k+1+n) == "of" || s.norm(k+1+n) == "and" {
				break
			}
			if t, ok := s.onlyOtherCountry(home); ok {
				c.tgt = actor{code: demarche.Country(t.code) + "GOV", i: k + 1, j: k + 1 + n, note: "the head of the one other country the sentence names"}
				c.noTarget = false
				c.rule += " (target: the titled head of the other country named, titledaddressees.go)"
			}
			break
		}
	})
}

// titledRoot reports whether an event of code may address a titled head:
// comments, appeals, intentions, consultations and praise, not a bare
// statement (010).
func titledRoot(code string) bool {
	switch cameo.Root(code) {
	case "01", "02", "03", "04", "05":
		return code != "010"
	}
	return false
}
