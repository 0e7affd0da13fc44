// A passive participle that modifies a noun ("the crimes committed by the
// occupiers", "the drills staged by the allies", "the statement issued by
// the ministry") describes that noun: the sentence tells something about
// the thing, and the act named in the participle is its background (often
// the author's own charge), not an event the sentence reports.

package coder

import "github.com/demarche-project/demarche/cameo"

// describingParticiple reports whether the predicate p, which codes code,
// is a passive participle right after the noun it modifies, with its "by"
// agent: "the N Ved by X". What is said or given is the exception: a
// statement, a speech or a letter "issued" or "delivered by X" is X's
// statement (root 01, or a noun of SPEECH_NOUNS); a gift, a wreath or aid
// "sent" or "donated by X" is the delivery KCNA tells that way ("a floral
// basket sent by X was laid", "the food donated by X arrived"), which the
// convention codes (roots 05 and 07).
func (s *sentence) describingParticiple(p *pred, code string) bool {
	if p.noun || !p.g.particip || !p.g.passive || p.g.finite || s.tag(p.v) != "VBN" {
		return false
	}
	switch cameo.Root(code) {
	case "01", "05", "07":
		return false
	}
	k := p.g.start - 1
	for k >= 0 && isAdvTag(s.tag(k)) && s.mentionAt(k) == nil {
		k--
	}
	if k < 0 || !isNounTag(s.tag(k)) || s.tag(k) == "CD" || s.isTimeWord(k) || copulaNouns[s.norm(k)] {
		return false
	}
	if !s.finiteVerbBefore(k) && !s.finiteAfter(p.vend) {
		// no other finite verb: the tagger's participle is the clause's
		// own verb ("the territory, occupied by X since 2008.")
		return false
	}
	if s.c.sets.speechNouns[s.norm(k)] {
		return false
	}
	if s.mentionAt(k) != nil {
		return false // "Japan invaded by …" is a subject, not a thing described
	}
	a, _ := s.byPhrase(p)
	return a > 0
}

// copulaNouns are verbs of being a tagger reads as plural nouns before a
// participle: "the territory remains occupied by X" is an act told.
var copulaNouns = setOf("remains", "stays", "lies", "seems", "appears", "gets")
