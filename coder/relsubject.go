// Subjects separated from their verb by a relative clause.

package coder

import "strings"

// relativeSubject gives a finite verb with no subject the noun phrase that
// opens the sentence when the words in between are that phrase's
// appositions and a relative clause inside them ("A delegation of the CPC
// headed by Li Yuanchao, member of …, who is head of its Organization
// Department, arrived here"): the relative clause's verb cut the search.
func (s *sentence) relativeSubject(p *pred) {
	if p.noun || !p.g.finite || p.g.passive || p.g.start < 4 {
		return
	}
	for _, a := range p.subj {
		if !strings.HasPrefix(a.code, sectorOnly) {
			return
		}
	}
	rel := false
	for k := 0; k < p.g.start; k++ {
		w := s.norm(k)
		if w == "who" || w == "which" {
			rel = true
			// the relative clause runs to the next comma
			for k < p.g.start && s.norm(k) != "," {
				k++
			}
			continue
		}
		if w == ";" || w == ":" || w == "\"" || s.norm(k) == "that" {
			return
		}
		if isVerbTag(s.tag(k)) && s.tag(k) != "VBN" && s.tag(k) != "VBG" {
			return // another finite verb: another clause
		}
	}
	if !rel || s.norm(p.g.start-1) != "," {
		return
	}
	e := s.chainRight(0, p.g.start)
	if e <= 0 {
		return
	}
	acts := s.actorsIn(0, e, false)
	strong := acts[:0:0]
	for _, a := range acts {
		if !a.weak && !strings.HasPrefix(a.code, sectorOnly) {
			strong = append(strong, a)
		}
	}
	if len(strong) == 0 {
		return
	}
	p.subj, p.subjHow, p.subjSpan = strong, "the sentence's opening phrase (past a relative clause)", [2]int{0, e}
}

// pastBeforePrep reports whether a past form read as a participle is
// followed by a preposition other than "by", with no finite verb before it
// and an actor named before it: "the committee on Jan. 16 and 17 posted on
// its homepage articles …" is the main clause, not "the committee posted".
func (s *sentence) pastBeforePrep(p *pred) bool {
	if p.vend >= len(s.toks) || s.tag(p.vend) != "IN" || s.norm(p.vend) == "by" || s.finiteVerbBefore(p.v) {
		return false
	}
	for k := 0; k < p.v; k++ {
		if m := s.mentionAt(k); m != nil && (m.actor != nil || m.person != nil) && !m.inTitle {
			return true
		}
	}
	return false
}
