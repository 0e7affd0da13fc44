// Partners of the speaker's act named in a "together with" phrase that
// does not open the sentence (address.go's jointActs reads the one that
// does): set off by commas after the speaker's own subject ("Turkey,
// together with Finland, launched the initiative", "my country, in
// partnership with UNESCO, has launched …") or after an opening adverbial
// ("Two days ago, together with Estonia, my country organized …", "By so
// doing, jointly with India, we have set a precedent"). The speaker acts
// with each named partner: material cooperation (060) toward it, when the
// clause asserts the act (not negated, modal, future or governed), as for
// the fronted phrase.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
)

// setJointActStatives names the word set JOINT_ACT_STATIVES
// (dict/data/99-ungd-acts2.txt): verbs (lemmas) of a state or of an
// occasion shared with others, not an act done with them ("remains
// committed", "became a Member", "celebrated the anniversary", "looks
// forward to").
const setJointActStatives = "JOINT_ACT_STATIVES"

// jointOpenerAt returns the token after a partners' opener at k
// ("together with", "jointly with", "in cooperation with", "in close
// partnership with"), or -1.
func (s *sentence) jointOpenerAt(k int) int {
	heads := s.c.sets.lowered(setJointActHeads)
	switch {
	case (s.norm(k) == "together" || s.norm(k) == "jointly") && s.norm(k+1) == "with":
		return k + 2
	case s.norm(k) == "in" && heads[s.norm(k+1)] && s.norm(k+2) == "with":
		return k + 3
	case s.norm(k) == "in" && s.norm(k+1) == "close" && heads[s.norm(k+2)] && s.norm(k+3) == "with":
		return k + 4
	}
	return -1
}

// ownSubjectEndingAt returns the speaker's own subject phrase that ends
// just before token e and opens its clause ("Turkey", "my country", "the
// Kingdom of the Netherlands", "We"), or nil.
func (s *sentence) ownSubjectEndingAt(e int) *mention {
	for i := e - 1; i >= 0 && i >= e-8; i-- {
		m := s.mentionAt(i)
		if m == nil || m.j != e {
			continue
		}
		own := m.speaker && m.actor != venueActor
		if m.actor != nil && demarche.Country(m.code()) == s.doc.speaker {
			own = true
		}
		if !own {
			return nil
		}
		st := m.i
		if s.norm(st-1) == "the" {
			st--
		}
		if st == 0 || s.norm(st-1) == "," || s.norm(st-1) == "that" {
			return m
		}
		return nil
	}
	return nil
}

// placedJointActs adds the 060 events of a partners' phrase set off by
// commas inside the sentence.
func (s *sentence) placedJointActs(cands []candidate) []candidate {
	if s.doc.speaker == "" || len(s.toks) < 6 {
		return cands
	}
	for k := 1; k+3 < len(s.toks) && k < 30; k++ {
		if s.norm(k-1) != "," {
			continue
		}
		a := s.jointOpenerAt(k)
		if a < 0 {
			continue
		}
		// the phrase ends at the comma after which the clause goes on: a
		// verb after the speaker's subject, or the speaker's subject after an
		// opening adverbial (the partners may be a list with commas)
		own := s.ownSubjectEndingAt(k - 1)
		if own == nil && s.finiteBefore(k-1) {
			return cands
		}
		comma, start := -1, -1
		var subj *mention
		for j := a; j+1 < len(s.toks) && j < a+25; j++ {
			if s.norm(j) != "," {
				continue
			}
			if own != nil {
				if v := s.verbAfter(j + 1); v >= 0 {
					comma, start, subj = j, j+1, own // "Turkey, together with Finland, launched …"
					break
				}
				continue
			}
			if m := s.mentionAt(j + 1); m != nil && m.i == j+1 && (m.speaker && m.actor != venueActor || m.actor != nil && demarche.Country(m.code()) == s.doc.speaker) {
				comma, start, subj = j, m.j, m // "Two days ago, together with Estonia, my country organized …"
				break
			}
		}
		if comma < 0 {
			return cands
		}
		src := s.actorsIn(subj.i, subj.j, false)
		if len(src) == 0 {
			return cands
		}
		v, be := start, false
		for v < len(s.toks) && v < start+5 && (haveForms[s.norm(v)] || beForms[s.norm(v)] || isAdvTag(s.tag(v))) {
			be = be || beForms[s.norm(v)]
			v++
		}
		if v >= len(s.toks) || !isVerbTag(s.tag(v)) || s.tag(v) == "MD" {
			return cands
		}
		if be && s.tag(v) == "VBN" || s.c.sets.lowered(setJointActStatives)[s.lemmaAt(v)] || s.c.sets.lowered(setJointActStatives)[s.norm(v)] {
			return cands // "is committed to", "have been hit by", "remains committed": a state, no act
		}
		g := s.analyseGroup(v)
		if g.neg || g.hypo != "" || g.future || g.gov != govNone || g.infin {
			return cands
		}
		q := &pred{v: v, vend: v + 1, g: g, subj: src, subjHow: "the speaker beside a \"together with\" phrase", subjSpan: [2]int{subj.i, subj.j}}
		seen := map[string]bool{}
		for _, t := range s.actorsIn(a, comma, true) {
			if t.code == "" || t.code == demarche.NoActor || strings.HasPrefix(t.code, "~") || strings.HasPrefix(t.code, s.doc.speaker) || seen[t.code] {
				continue
			}
			seen[t.code] = true
			if s.holds(cands, "060", src[0].code, t.code) {
				continue
			}
			cands = append(cands, candidate{p: q, code: "060", rule: "coder: placedjointacts.go, the partners of a \"together with\" phrase set off by commas (060)", src: src[0], tgt: t, verb: [2]int{v, v + 1}})
		}
		return cands
	}
	return cands
}

// verbAfter returns the verb that opens the words at k after auxiliaries
// and adverbs, or -1.
func (s *sentence) verbAfter(k int) int {
	v := k
	for v < len(s.toks) && v < k+5 && (haveForms[s.norm(v)] || beForms[s.norm(v)] || isAdvTag(s.tag(v))) {
		v++
	}
	if v >= len(s.toks) || !isVerbTag(s.tag(v)) || s.tag(v) == "MD" {
		return -1
	}
	return v
}
