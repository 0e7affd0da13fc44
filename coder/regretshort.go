// Regret set against the apology it falls short of: "Bolivia's interior
// minister said he deeply regretted the attack on the embassy but stopped
// short of a formal apology to Chile". The wire tells so an expression of
// regret (055) that is no full apology, whatever the regret's object; the
// verb patterns see the regret's clause alone, where its object ("the
// attack", "the incident") may be a victim's complaint as well.

package coder

import "strings"

// regretShortOfApology codes 055 for the subject of "stopped short of
// (an) apology/apologising" when a regret ("regret", "regretted",
// "regrets") stands before it in the sentence: the subject's pessimistic
// comment on the regret (012), if one was coded, becomes the expression of
// regret; else one is added, toward the actor the apology is "to", if any.
func (s *sentence) regretShortOfApology(out []candidate) []candidate {
	n := len(s.toks)
	k := -1
	for j := 2; j+2 < n; j++ {
		if s.norm(j) == "short" && s.norm(j+1) == "of" && s.apologyAt(j+2) >= 0 {
			k = j
			break
		}
	}
	if k < 0 {
		return out
	}
	r := -1
	for j := 0; j < k; j++ {
		if s.lemmaAt(j) == "regret" {
			r = j
		}
	}
	if r < 0 {
		return out
	}
	var p *pred
	for _, q := range s.preds {
		if !q.noun && q.v < k && k <= q.vend+1 && len(q.subj) > 0 {
			p = q
		}
	}
	if p == nil || strings.HasPrefix(p.subj[0].code, sectorOnly) || p.subj[0].code == "" {
		// "said he regretted … but stopped short of …": the pronoun's
		// speaker is the subject of the verb of saying before the regret
		p = nil
		for _, q := range s.preds {
			if !q.noun && q.v < r && len(q.subj) > 0 && s.saysAt(q) && q.subj[0].code != "" && !strings.HasPrefix(q.subj[0].code, sectorOnly) {
				p = q
			}
		}
	}
	if p == nil {
		return out
	}
	src := p.subj[0]
	for i := range out {
		c := &out[i]
		if party(c.src.code) != party(src.code) {
			continue
		}
		if strings.HasPrefix(c.code, "055") {
			return out
		}
		if strings.HasPrefix(c.code, "012") && c.verb[0] <= r {
			s.note("regret short of an apology: " + src.code + " expresses regret (055), not a comment (012)")
			c.code, c.rule, c.speech = "055", c.rule+" (a regret short of an apology: 055)", false
			if t, ok := s.apologyAddressee(k, src); ok {
				c.tgt, c.noTarget = t, false
			}
			return out
		}
	}
	s.note("regret short of an apology: " + src.code + " expresses regret (055)")
	c := s.stanceCandidate(k, k+2, src, "055", "coder: a regret short of an apology")
	if t, ok := s.apologyAddressee(k, src); ok {
		c.tgt, c.noTarget = t, false
	}
	return append(out, c)
}

// apologyAddressee returns the actor an apology after "short of" at k is
// "to" ("a formal apology to Chile"), when it is of another country than
// src.
func (s *sentence) apologyAddressee(k int, src actor) (actor, bool) {
	a := s.apologyAt(k + 2)
	if a < 0 || s.norm(a) != "to" {
		return actor{}, false
	}
	for _, t := range s.actorsIn(a+1, s.chainRight(a+1, len(s.toks)), true) {
		if !strings.HasPrefix(t.code, sectorOnly) && party(t.code) != party(src.code) {
			return t, true
		}
	}
	return actor{}, false
}

// setApologyWords names the word set APOLOGY_WORDS
// (dict/data/99-stance9.txt): the words that name an apology.
const setApologyWords = "APOLOGY_WORDS"

// apologyAt returns the token after an apology named at j ("apologising",
// "an apology", "a formal apology", "a full public apology"), or -1.
func (s *sentence) apologyAt(j int) int {
	for range 4 {
		switch w := s.norm(j); {
		case s.c.sets.lowered(setApologyWords)[w]:
			return j + 1
		case w == "a" || w == "an" || s.tag(j) == "JJ" || isAdvTag(s.tag(j)):
			j++
		default:
			return -1
		}
	}
	return -1
}
