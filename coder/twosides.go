package coder

import (
	"github.com/demarche-project/demarche"
)

// The two sides (issue 11, wire news): "Xi met Lula in Beijing and the two
// sides signed 15 agreements", "Putin held talks with Kim, and the two
// leaders signed a defence treaty". A later clause whose subject is "the
// two sides", "the two leaders", "both countries" acts for the pair the
// sentence has just named; its act (a signing, an agreement, a pledge) is
// the second event of the sentence, which the clause reading lost for
// want of a subject. The guide forbids recovering a pair from an earlier
// sentence ("the two countries" of a previous sentence stays unnamed); in
// the same sentence the pair is designated there.

// setPairHeads names the word set PAIR_HEADS
// (dict/data/99-wire-roots.txt): the nouns of "the two sides".
const setPairHeads = "PAIR_HEADS"

// pairSubject gives a predicate whose subject is "the two X" or "both X"
// (X of PAIR_HEADS), just before its verb, the two countries the sentence
// names before it, when it names exactly two (places after a locative
// preposition do not count), in place of whatever actor the clause
// reading took from further left.
func (s *sentence) pairSubject(p *pred) {
	if p.noun || !s.wireNews() {
		return
	}
	k := p.g.start - 1
	for k >= 0 && isAdvTag(s.tag(k)) {
		k--
	}
	if k < 1 || !s.c.sets.lowered(setPairHeads)[s.norm(k)] {
		return
	}
	h := k
	switch {
	case s.norm(h-1) == "both":
		k = h - 1
	case s.norm(h-1) == "two" && s.norm(h-2) == "the":
		k = h - 2
	default:
		return
	}
	if k > 0 && !pairOpeners[s.norm(k-1)] {
		return // "officials on both sides said": not the subject
	}
	var pair []actor
	seen := map[string]bool{}
	for j := 0; j < k; j++ {
		m := s.mentionAt(j)
		if m == nil || m.i != j || m.inTitle || m.actor == nil && m.person == nil {
			continue
		}
		if j > 0 && locatedPreps[s.norm(j-1)] {
			continue // "in Beijing": a place
		}
		code := m.code()
		c := demarche.Country(code)
		if code == "" || c == "" || c == demarche.NoActor || c == "IGO" || c == "NGO" || c == "IMG" {
			continue
		}
		if !seen[c] {
			seen[c] = true
			pair = append(pair, actor{code: code, i: m.i, j: m.j, note: "\"" + s.norm(k) + " " + s.norm(h) + "\": the pair the sentence named"})
		}
	}
	if len(pair) != 2 {
		return
	}
	p.subj, p.subjHow, p.subjSpan = pair, "\"the two "+s.norm(h)+"\" = the two countries the sentence named", [2]int{k, h + 1}
}

// pairOpeners may stand just before "the two sides" that opens a clause.
var pairOpeners = setOf(",", "and", "but", ";", "where", "while", "as", "when", "after", "before", "then", "so")
