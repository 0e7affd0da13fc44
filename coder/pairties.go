package coder

import (
	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
)

// The other side of named ties: "called for improving the north-south
// relations", "expressing the belief that the relations between the two
// countries will grow stronger" (after "wished the president of Ghana
// success"), "explore ways of enhancing bilateral cooperation". The ties
// words (TIES_WORDS) of a pair designate the pair's other member: of the
// two Koreas, the one that is not the source's; of "the two countries",
// "both countries" or "bilateral" ties, the one country the sentence names
// besides the source's, when it names exactly one. The guide forbids a
// pair recovered from an earlier sentence; inside the sentence the pair is
// named there. An event that already has a target keeps it.

// pairTiesWindow bounds how far after its verb the ties phrase is looked
// for, in tokens.
const pairTiesWindow = 24

// pairTiesReach bounds, in tokens, how far the pair's marker ("bilateral",
// "the two countries") may stand from the ties word it qualifies.
const pairTiesReach = 4

// pairTies gives an event with no target the other member of the pair whose
// ties the words after its verb, in its clause, name.
func (s *sentence) pairTies(cands []candidate) {
	ties := s.c.sets.lowered(setTiesWords)
	eachUntargeted(cands, pairTiesRoot, func(c *candidate, home string) {
		end := min(c.verb[1]+pairTiesWindow, len(s.toks))
		for k := c.verb[1]; k < end; k++ {
			if s.norm(k) == ";" || c.p != nil && k >= c.p.hi && s.finiteVerbAt(k) {
				break // the ties must be the event's own
			}
			if !ties[s.norm(k)] {
				continue
			}
			if t, ok := s.pairOther(k, home); ok {
				c.tgt, c.noTarget, c.pairTies = t, false, true
				c.rule += " (target: the other side of the pair's ties, pairties.go)"
			}
			break
		}
	})
}

// eachUntargeted calls fill with each candidate that has no target, is
// no unnamed addressee's event, has a code that roots admits and a source
// of a country, and that country.
func eachUntargeted(cands []candidate, roots func(code string) bool, fill func(c *candidate, home string)) {
	for i := range cands {
		c := &cands[i]
		if !c.noTarget || c.unnamed || !roots(c.code) {
			continue
		}
		if home := demarche.Country(c.src.code); home != "" && home != demarche.NoActor {
			fill(c, home)
		}
	}
}

// pairTiesRoot reports whether an event of code may take its target from
// ties it names: comments, appeals, intentions, consultations, praise,
// cooperation, demands, disapproval, rejection and threats, not acts on the
// ground, and not a bare statement (010), whose addressee is not the topic
// of what it says ("Lee told his cohorts that the inter-Korean relations …").
func pairTiesRoot(code string) bool {
	if code == "010" {
		return false
	}
	switch cameo.Root(code) {
	case "01", "02", "03", "04", "05", "06", "10", "11", "12", "13":
		return true
	}
	return false
}

// pairOther returns the other member of the pair whose ties the ties word
// at token k names, for a source of country home: the other Korea after
// "north-south", "inter-Korean", or before "between the north and the
// south"; the one other country the sentence names after "bilateral",
// before "between the two countries" or "the two countries' …".
func (s *sentence) pairOther(k int, home string) (actor, bool) {
	if s.koreanPair(k) {
		switch home {
		case "PRK":
			return actor{code: "KOR", i: k, j: k + 1, note: "the other Korea of inter-Korean ties"}, true
		case "KOR":
			return actor{code: "PRK", i: k, j: k + 1, note: "the other Korea of inter-Korean ties"}, true
		}
		return actor{}, false
	}
	if !s.namedPair(k) {
		return actor{}, false
	}
	return s.onlyOtherCountry(home)
}

// koreanPair reports whether the ties word at k are those of the two
// Koreas: "north-south relations", "inter-Korean ties", "relations between
// the north and the south", "between the two halves of Korea".
func (s *sentence) koreanPair(k int) bool {
	for j := k - 1; j >= 0 && j >= k-pairTiesReach; j-- {
		switch w := s.norm(j); {
		case w == "north-south" || w == "inter-korean":
			return true
		case w == "korean" && s.norm(j-1) == "-" && s.norm(j-2) == "inter":
			return true
		case w == "," || w == "." || w == ";":
			return false
		}
	}
	if s.norm(k+1) != "between" {
		return false
	}
	next := func(j int) int { // skips "the"
		if s.norm(j) == "the" {
			return j + 1
		}
		return j
	}
	j := next(k + 2)
	if s.norm(j) == "north" && s.norm(j+1) == "and" && s.norm(next(j+2)) == "south" {
		return true
	}
	if s.norm(j) == "two" && (s.norm(j+1) == "halves" || s.norm(j+1) == "parts") && s.norm(j+2) == "of" && s.norm(j+3) == "korea" {
		return true
	}
	return false
}

// namedPair reports whether the ties word at k are a pair's that the
// sentence names: "bilateral relations", "relations between the two
// countries", "the two countries' ties", "ties of friendship between both
// nations". In a government's own statement the pair must be the
// speaker's ("our two countries", "our bilateral relations", or
// "bilateral" said of its own ties): there "the two countries" are as
// often a pair the speaker watches ("welcome the restored relations
// between the two countries").
func (s *sentence) namedPair(k int) bool {
	heads := s.c.sets.lowered(setPairHeads)
	pairOK := func(det int) bool { // the word before "two" or "both"
		return s.doc.speaker == "" || s.norm(det) == "our"
	}
	for j := k - 1; j >= 0 && j >= k-pairTiesReach; j-- {
		w := s.norm(j)
		if w == "bilateral" {
			return true
		}
		if (w == "'" || w == "'s") && heads[s.norm(j-1)] && (s.norm(j-2) == "two" || s.norm(j-2) == "both") {
			return pairOK(j - 3)
		}
		if w == "," || w == "." || w == ";" || isVerbTag(s.tag(j)) {
			break
		}
	}
	for j := k + 1; j < len(s.toks) && j <= k+pairTiesReach+2; j++ {
		w := s.norm(j)
		if heads[w] && (s.norm(j-1) == "two" || s.norm(j-1) == "both") && s.norm(j+1) != "of" {
			return pairOK(j - 2)
		}
		if w == "," || w == "." || w == ";" || isVerbTag(s.tag(j)) {
			break
		}
	}
	return false
}

// onlyOtherCountry returns the actor of the one country other than home
// that the sentence names, when it names exactly one (the speaker's voice
// and "here" are the home side).
func (s *sentence) onlyOtherCountry(home string) (actor, bool) {
	var other actor
	found := ""
	for k := 0; k < len(s.toks); k++ {
		m := s.mentionAt(k)
		if m == nil || m.here || m.speaker || m.actor == nil && m.person == nil {
			continue
		}
		k = m.j - 1
		c := demarche.Country(m.code())
		if c == "" || c == demarche.NoActor || c == home {
			continue
		}
		if found != "" && found != c {
			return actor{}, false
		}
		if found == "" {
			found = c
			other = actor{code: m.code(), i: m.i, j: m.j, note: "the one other country of the pair the sentence names"}
			if t, ok := s.firstNamed(s.actorsIn(m.i, m.j, true)); ok && demarche.Country(t.code) == c {
				other = t
			}
		}
	}
	return other, found != ""
}
