// Welcome told by the speaker's feeling: in a government's own statement,
// "we are encouraged by the efforts of the African Union", "Belize is
// pleased by the decision of CELAC", "we are heartened to see the role of
// the United Nations mission", "I am delighted that France responded" are
// praise of the named party whose act pleases (051 from the speaker), as
// "we welcome X's decision" is (CONVENTIONS.md). The verb reading would
// take "encouraged by X" for a passive whose agent acts on the speaker;
// here the speaker is the source. The feeling words are PLEASED_WORDS, the
// nouns of the acts that please PLEASED_ACT_NOUNS
// (dict/data/99-ungd-acts2.txt).

package coder

import "github.com/demarche-project/demarche"

const (
	// setPleasedWords names the word set PLEASED_WORDS: the adjectives and
	// participles of a speaker's satisfaction.
	setPleasedWords = "PLEASED_WORDS"
	// setPleasedActNouns names the word set PLEASED_ACT_NOUNS: the nouns
	// of another's act that the speaker is pleased by.
	setPleasedActNouns = "PLEASED_ACT_NOUNS"
	// setPleasedSeeingVerbs names the word set PLEASED_SEEING_VERBS: "pleased
	// to see / note …"
	setPleasedSeeingVerbs = "PLEASED_SEEING_VERBS"
)

// pleasedBy adds the speaker's 051 toward the named party whose act
// pleases it.
func (s *sentence) pleasedBy(cands []candidate) []candidate {
	if s.doc.speaker == "" {
		return cands
	}
	words := s.c.sets.lowered(setPleasedWords)
	if len(words) == 0 {
		return cands
	}
	for k := 2; k+2 < len(s.toks); k++ {
		if !words[s.norm(k)] {
			continue
		}
		subj, ok := s.pleasedSubject(k)
		if !ok {
			continue
		}
		tgts := s.pleasingParty(k + 1)
		if len(tgts) == 0 {
			continue
		}
		src := s.actorsIn(subj.i, subj.j, false)
		if len(src) == 0 {
			continue
		}
		// the passive reading of "encouraged by X" made X the source and
		// the speaker the target: the feeling is the speaker's own
		kept := cands[:0:0]
		for _, c := range cands {
			if c.p != nil && c.p.v == k && demarche.Country(c.tgt.code) == s.doc.speaker {
				s.note("dropped: " + c.src.code + " → " + c.tgt.code + " " + c.code + ", the speaker's own feeling read as a passive (pleasedby.go)")
				continue
			}
			kept = append(kept, c)
		}
		cands = kept
		q := &pred{v: k, vend: k + 1, g: s.analyseGroup(k), subj: src, subjHow: "the speaker who is pleased (pleasedby.go)", subjSpan: [2]int{subj.i, subj.j}}
		for _, t := range tgts {
			if t.code == "" || t.code == demarche.NoActor || demarche.Country(t.code) == demarche.Country(src[0].code) || s.holds(cands, "051", src[0].code, t.code) {
				continue
			}
			cands = append(cands, candidate{p: q, code: "051", rule: "coder: the speaker pleased by a named party's act (pleasedby.go)", src: src[0], tgt: t, verb: [2]int{k, k + 1}})
			s.note("added: the speaker pleased by the act of " + t.code + " (pleasedby.go)")
		}
	}
	return cands
}

// pleasedSubject returns the speaker's own subject of "SUBJ be [adverbs]
// pleased" ("we are greatly encouraged", "Belize is very pleased", "my
// delegation is pleased"); a negation or a modal before the feeling gives
// none.
func (s *sentence) pleasedSubject(k int) (*mention, bool) {
	j := k - 1
	for j >= 0 && j > k-4 && isAdvTag(s.tag(j)) && !negations[s.norm(j)] {
		j--
	}
	if j < 1 || !beForms[s.norm(j)] {
		return nil, false
	}
	m := s.mentionAt(j - 1)
	if m == nil || m.j != j {
		return nil, false
	}
	if !(m.speaker && m.actor != venueActor || m.actor != nil && demarche.Country(m.code()) == s.doc.speaker) {
		return nil, false
	}
	return m, true
}

// pleasingParty reads what pleases after the feeling at k: "by/with the
// ACT of X", "by/with X's ACT", "to see/note the ACT of X", "to see/note
// X's ACT", "that X …" (X the first words of the clause); it returns X.
func (s *sentence) pleasingParty(k int) []actor {
	nouns := s.c.sets.lowered(setPleasedActNouns)
	switch w := s.norm(k); {
	case w == "by" || w == "with":
		k++
	case w == "to" && s.c.sets.lowered(setPleasedSeeingVerbs)[s.norm(k+1)]:
		k += 2
	case w == "that":
		st := k + 1
		if s.norm(st) == "in" && s.tag(st+1) == "CD" {
			st += 2 // "that in 2012 France responded"
			if s.norm(st) == "," {
				st++
			}
		}
		if s.norm(st) == "the" {
			st++
		}
		if m := s.mentionAt(st); m != nil && m.i == st && m.actor != nil && !m.speaker {
			if v := s.verbAfter(m.j); v >= 0 && !(s.tag(v) == "VBN" && s.beBetween(m.j, v)) {
				return s.actorsIn(m.i, m.j, true) // not "that X was admitted": X did nothing
			}
		}
		return nil
	default:
		return nil
	}
	// "X's ACT": a named possessor before the act's noun
	st := k
	if s.norm(st) == "the" {
		st++
	}
	if m := s.mentionAt(st); m != nil && m.i == st && m.actor != nil && !m.speaker {
		e := m.j
		if s.norm(e) == "'s" || s.norm(e) == "’s" {
			e++
			for e < len(s.toks) && e < m.j+5 && !nouns[s.norm(e)] && (isAdjTag(s.tag(e)) || isAdvTag(s.tag(e))) {
				e++
			}
			if nouns[s.norm(e)] {
				return s.actorsIn(m.i, m.j, true)
			}
		}
		return nil
	}
	// "the ACT of X", "the ACT made by X"
	for j := k; j < len(s.toks) && j < k+6; j++ {
		if !nouns[s.norm(j)] {
			continue
		}
		a := j + 1
		// "the role already being played by", "the efforts made by"
		for a < len(s.toks) && a < j+5 && (isAdvTag(s.tag(a)) || s.norm(a) == "being" || s.tag(a) == "VBN") {
			a++
		}
		if s.norm(a) != "of" && s.norm(a) != "by" {
			return nil
		}
		// the first named party within the phrase ("the Governments of Cuba
		// and the United States")
		for b := a + 1; b < len(s.toks) && b < a+5; b++ {
			if s.norm(b) == "," || s.norm(b) == "." || s.norm(b) == "to" {
				return nil
			}
			if m := s.mentionAt(b); m != nil && m.actor != nil && !m.speaker {
				e := m.j
				for e+1 < len(s.toks) && (s.norm(e) == "and" || s.norm(e) == "of") && s.mentionAt(e+1) != nil || e+2 < len(s.toks) && s.norm(e) == "and" && s.norm(e+1) == "the" && s.mentionAt(e+2) != nil {
					n := s.mentionAt(e + 1)
					if n == nil {
						n = s.mentionAt(e + 2)
					}
					e = n.j
				}
				return s.actorsIn(m.i, e, true)
			}
		}
		return nil
	}
	return nil
}

// beBetween reports whether a form of "be" stands in [a, b).
func (s *sentence) beBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if beForms[s.norm(k)] {
			return true
		}
	}
	return false
}
