package coder

import (
	"github.com/demarche-project/demarche/dict"
)

// match is a successful pattern match: where its target and source slots
// landed, and the tokens its words covered.
type match struct {
	pat     *dict.Pattern
	target  [2]int // chain span of the '+' slot; target[0] < 0 if none
	source  [2]int // chain span of the '$' slot
	end     int    // first token after the match
	begin   int    // first token of the match
	negWord bool   // the pattern itself spells a negation ("neither … nor")
}

// skippable reports whether token k may be skipped between two pattern
// elements: determiners, possessives, adjectives, adverbs, numbers and quotes.
func (s *sentence) skippable(k int) bool {
	t := s.tag(k)
	switch t {
	case "DT", "PDT", "PRP$", "POS", "CD", "``", "''", "RB", "RBR", "RBS", "JJ", "JJR", "JJS":
		return s.mentionAt(k) == nil || s.mentionAt(k).sector == nil
	}
	return false
}

// matchPattern tries pattern p on predicate pr, whose verb for p's class
// ends at vend, within the clause [lo, hi).
func (s *sentence) matchPattern(p *dict.Pattern, pr *pred, vend, lo, hi int) (match, bool) {
	vi := 0
	for i, e := range p.Elems {
		if e.Kind == dict.ElemVerb {
			vi = i
			break
		}
	}
	m := match{pat: p, target: [2]int{-1, -1}, source: [2]int{-1, -1}, begin: pr.v}
	// elements before the verb, matched right to left from the verb (the
	// verb group's own words, "neither", "not", count)
	if vi > 0 {
		k := pr.v - 1
		for i := vi - 1; i >= 0; i-- {
			e := p.Elems[i]
			switch e.Kind {
			case dict.ElemSource, dict.ElemTarget:
				var span [2]int
				if i == vi-1 && !pr.noun {
					// the slot right before a verb is its subject: "+ *
					// &GIFT from $" reads "Kim received a gift from X"
					if len(pr.subj) == 0 {
						return m, false
					}
					span = pr.subjSpan
				} else {
					if s.norm(k) == "," {
						k-- // "…, chairman of the Lebanese Youth Group, on a visit to"
					}
					if k >= 2 && s.norm(k) == ")" && s.norm(k-2) == "(" {
						k -= 3 // "the Finnish Communists' League (FCL) on a visit to": a gloss
					}
					k = s.skipCompanions(k) // kcnaacts.go
					end := k + 1
					start := s.chainLeft(end)
					if start == end {
						return m, false
					}
					span = [2]int{start, end}
				}
				if e.Kind == dict.ElemSource {
					m.source = span
				} else {
					m.target = span
				}
				k = span[0] - 1
			case dict.ElemWords:
				for k >= lo && s.skippable(k) && !s.wordsEndAt(e, k) {
					k--
				}
				n, ok := s.wordsEndingAt(e, k)
				if !ok {
					return m, false
				}
				for _, w := range s.toks[k-n+1 : k+1] {
					if negations[w.Norm] {
						m.negWord = true
					}
				}
				k -= n
			case dict.ElemGap:
				// "&AGREEMENT ... *": the nearest words of the element
				// before the gap, within three times GapLen tokens (a subject
				// with its "between X and Y", each with its complements) and
				// the clause
				if i == 0 || p.Elems[i-1].Kind != dict.ElemWords || pr.noun || !s.beforeBe(pr) {
					// only a passive with its "be" ("talks were held"),
					// not "the meeting held at …"
					return m, false
				}
				j := k
				for j >= lo && j >= k-3*dict.GapLen && !s.wordsEndAt(p.Elems[i-1], j) {
					if s.norm(j) == "," || s.norm(j) == ";" {
						return m, false
					}
					j--
				}
				if j < lo || j < k-3*dict.GapLen {
					return m, false
				}
				k = j
			default:
				return m, false
			}
		}
		m.begin = k + 1
	}
	end, ok := s.matchRight(p.Elems[vi+1:], vend, hi, &m)
	if !ok && vi+1 < len(p.Elems) {
		if after := s.interposedPP(vend); after > 0 && after < hi {
			// "called in a statement on Monday for …" (interposed.go)
			end, ok = s.matchRight(p.Elems[vi+1:], after, hi, &m)
		} else if after := s.parentheticalEnd(vend); after > 0 && after < len(s.toks) {
			// "congratulate, once again, the Government of …"
			end, ok = s.matchRight(p.Elems[vi+1:], after, max(hi, s.clauseEndFrom(after)), &m)
		}
	}
	if !ok {
		return m, false
	}
	m.end = end
	return m, true
}

// wordsEndAt reports whether one of e's phrases ends at token k.
func (s *sentence) wordsEndAt(e dict.Elem, k int) bool {
	_, ok := s.wordsEndingAt(e, k)
	return ok
}

func (s *sentence) wordsEndingAt(e dict.Elem, k int) (int, bool) {
	if k < 0 || k >= len(s.toks) || !e.MayEnd(s.toks[k].Norm) {
		return 0, false
	}
	for _, ph := range e.Phrases {
		n := len(ph)
		if k-n+1 < 0 {
			continue
		}
		ok := true
		for i, w := range ph {
			if s.norm(k-n+1+i) != w {
				ok = false
				break
			}
		}
		if ok {
			return n, true
		}
	}
	return 0, false
}

// matchRight matches elems from token k, before hi; it returns the end.
func (s *sentence) matchRight(elems []dict.Elem, k, hi int, m *match) (int, bool) {
	if len(elems) == 0 {
		return k, true
	}
	e := elems[0]
	switch e.Kind {
	case dict.ElemWords:
		for j := k; j < hi || j == hi && s.closesClause(j); j++ {
			phrases := e.Phrases
			if !e.MayStart(s.toks[j].Norm) {
				phrases = nil // none of them begins here
			}
			for _, ph := range phrases {
				if s.phraseAt(ph, j, hi) || j == hi && len(ph) == 1 && ph[0] == s.norm(j) {
					// the word that closes the clause ("welcomed X who
					// arrived", "welcomed X.") may end a pattern
					for _, w := range ph {
						if negations[w] {
							m.negWord = true
						}
					}
					if end, ok := s.matchRight(elems[1:], j+len(ph), hi, m); ok {
						return end, true
					}
				}
			}
			if !s.skippable(j) {
				if e := s.possessorEnd(j); e > j {
					j = e - 1 // "express Namibia's appreciation to": the owner is skipped
					continue
				}
				if m := s.mentionAt(j); m != nil && m.i == j && m.j < hi && s.tag(m.j) == "NNS" && s.wordsStartAt(e, m.j) {
					j = m.j - 1 // "struck Hamas targets in": a name modifying a plural noun
					continue
				}
				break
			}
		}
		return k, false
	case dict.ElemTarget, dict.ElemSource:
		j := k
		for j < hi && (s.skippable(j) && s.mentionAt(j) == nil || s.quantityWord(j) /* coder/located.go */) {
			j++
		}
		if j > k && (s.tag(j) == "VBG" || s.tag(j) == "VBN") {
			j = k // "from the visiting delegation": the phrase starts at "the"
		}
		if j >= hi {
			return k, false
		}
		end := s.chainRight(j, hi)
		if end > j && !s.hasActor(j, end) && s.norm(end) == "," {
			// "with Abebe Bekele, Ethiopian ambassador to the DPRK": the
			// unknown name's apposition names the actor
			if ae := s.chainRight(end+1, hi); ae > end+1 && s.hasActor(end+1, ae) {
				end = ae
			}
		}
		if ae, ok := s.namedApposition(j, end, hi); ok {
			j, end = end+1, ae // coder/titleappositions.go
		}
		if end == j || !s.hasActor(j, end) {
			// a slot wants an actor: "defended socialism" is not "defended X"
			return k, false
		}
		saved := *m
		if e.Kind == dict.ElemTarget {
			m.target = [2]int{j, end}
		} else {
			m.source = [2]int{j, end}
		}
		// the slot may be followed by more elements inside the chain's
		// reach ("urge + to …"): try the shortest chain that lets the rest match
		if len(elems) == 1 {
			return end, true
		}
		// A chain that starts with a bare sector ("the government", "the
		// leaders") first tries the lengths that reach the actor naming
		// it: in "accused the governments of Chile and Peru of spying"
		// the slot is "the governments of Chile and Peru", not "the
		// governments" with "of Chile …" taken for the pattern's "of".
		lengths := func(naming bool) (int, bool) {
			for e2 := s.npEndRight(j); e2 <= end; e2++ {
				if naming && !s.hasMention(j, e2) {
					continue
				}
				if e.Kind == dict.ElemTarget {
					m.target[1] = e2
				} else {
					m.source[1] = e2
				}
				if r, ok := s.matchRight(elems[1:], e2, hi, m); ok {
					return r, true
				}
			}
			return 0, false
		}
		if s.sectorHead(j, end) {
			if r, ok := lengths(true); ok {
				return r, true
			}
		}
		if r, ok := lengths(false); ok {
			return r, true
		}
		*m = saved
		return k, false
	case dict.ElemGap:
		for j := k; j <= k+dict.GapLen && j <= hi; j++ {
			if r, ok := s.matchRight(elems[1:], j, hi, m); ok {
				return r, true
			}
		}
		return k, false
	case dict.ElemOptional:
		sub := append(append([]dict.Elem{}, e.Sub...), elems[1:]...)
		if r, ok := s.matchRight(sub, k, hi, m); ok {
			return r, true
		}
		return s.matchRight(elems[1:], k, hi, m)
	}
	return k, false
}

// hasActor reports whether the chain [a, b) names an actor, or a sector.
func (s *sentence) hasActor(a, b int) bool {
	for k := a; k < b; k++ {
		if s.mentionAt(k) != nil {
			return true
		}
	}
	return false
}

// phraseAt reports whether the phrase ph occurs at token j.
func (s *sentence) phraseAt(ph []string, j, hi int) bool {
	if j+len(ph) > hi {
		return false
	}
	for i, w := range ph {
		if s.toks[j+i].Norm != w {
			return false
		}
	}
	return true
}

// closesClause reports whether token k is the word that ends a clause: a
// relative pronoun or the final punctuation.
func (s *sentence) closesClause(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	t := s.tag(k)
	return t == "WP" || t == "WDT" || k == len(s.toks)-1 && !s.toks[k].IsWord()
}

// beforeBe reports whether the verb group of predicate pr is a passive with
// a form of "be" ("was signed"), or a headline's passive ("Accord Signed").
func (s *sentence) beforeBe(pr *pred) bool {
	if !pr.g.passive {
		return false
	}
	if s.headline {
		return true
	}
	for j := pr.g.start; j < pr.v; j++ {
		if beForms[s.norm(j)] {
			return true
		}
	}
	return false
}

// sectorHead reports whether the chain [a, b) opens with a noun phrase that
// names only sectors ("the governments", "the leaders") and goes on to name
// an actor or a person ("… of Japan and the U.S.").
func (s *sentence) sectorHead(a, b int) bool {
	e := s.npEndRight(a)
	return e < b && !s.hasMention(a, e) && s.hasActor(a, e) && s.hasMention(e, b)
}

// parentheticalMax bounds a parenthetical adverbial between a verb and its
// complement, in tokens.
const parentheticalMax = 4

// parentheticalEnd returns the token after a short parenthetical set off
// by commas at k — ", once again,", ", in particular,", ", above all," —
// or -1: one to parentheticalMax adverbs, prepositions, determiners,
// adjectives or nouns between two commas, naming no actor.
func (s *sentence) parentheticalEnd(k int) int {
	if s.norm(k) != "," {
		return -1
	}
	for j := k + 1; j < len(s.toks) && j <= k+parentheticalMax+1; j++ {
		if s.norm(j) == "," {
			if j == k+1 {
				return -1
			}
			return j + 1
		}
		if s.mentionAt(j) != nil {
			return -1
		}
		switch s.tag(j) {
		case "RB", "RBR", "RBS", "IN", "DT", "JJ", "JJS", "CC", "CD", "NN":
		default:
			return -1
		}
	}
	return -1
}

// clauseEndFrom returns the end of the clause that runs on from token k:
// the next semicolon, colon or the end of the sentence.
func (s *sentence) clauseEndFrom(k int) int {
	for j := k; j < len(s.toks); j++ {
		if w := s.norm(j); w == ";" || w == ":" {
			return j
		}
	}
	return len(s.toks)
}
