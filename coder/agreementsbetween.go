// Agreements between two named parties: "a border treaty was concluded
// between Chile and Argentina", "a watershed treaty between
// Tuvalu and Australia titled …". Each party signed with the other (057
// both ways). The clause reading loses such parties when a complement
// stands between the noun and "between" or when a participle after the
// second party is read as a finite verb; this pass reads the "between"
// phrase itself. A goal is no agreement made: "we call for a peace
// agreement between …", "to conclude a treaty between …" (the words of
// AGREEMENT_BETWEEN_GOALS before the noun); an agreement with "a" counts
// only when a participle says it was made ("a deal reached between") or
// an adjective says it is recent or historic. Word sets in
// dict/data/91-agreements-between.txt. Found across the seven UN tune
// halves (issue 11), where it was the most frequent class of missed
// two-party events.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
)

const (
	setAgreementBetweenNouns = "AGREEMENT_BETWEEN_NOUNS"
	setAgreementBetweenMade  = "AGREEMENT_BETWEEN_MADE"
	setAgreementBetweenGoals = "AGREEMENT_BETWEEN_GOALS"
	setAgreementBetweenCited = "AGREEMENT_BETWEEN_CITED"
)

// madeAgreementAdjectives say an agreement "a"/"an" introduces was made.
var madeAgreementAdjectives = setOf("recent", "historic", "historical", "landmark", "watershed", "milestone")

// agreementsBetween adds the mutual signing of each agreement named with
// its two parties after "between". It returns the candidates with those
// added.
func (s *sentence) agreementsBetween(cands []candidate) []candidate {
	nouns := s.c.sets.lowered(setAgreementBetweenNouns)
	if len(nouns) == 0 {
		return cands
	}
	made := s.c.sets.lowered(setAgreementBetweenMade)
	for k := 1; k+3 < len(s.toks); k++ {
		if !nouns[s.norm(k)] {
			continue
		}
		b, participle := s.betweenAfterAgreement(k, made)
		if b < 0 {
			continue
		}
		if !s.agreementMade(k, participle) {
			continue
		}
		end := s.chainRight(b+1, len(s.toks))
		parties := s.actorsIn(b+1, end, false)
		if len(parties) == 1 && s.unnamedSecondParty(parties[0], b, end) {
			// "peace agreements between Israel and two Arab countries were
			// signed": the named party signed, with no one the guide can name
			x := parties[0]
			if !s.holdsUntargeted(cands, "057", x.code) {
				cands = append(cands, candidate{p: s.predAt(k), code: "057", rule: "coder: an agreement \"between\" two parties, one unnamed (agreementsbetween.go)", src: x, noTarget: true, verb: [2]int{k, k + 1}})
				s.note("added: the agreement between " + x.code + " and an unnamed party (agreementsbetween.go)")
			}
			continue
		}
		if len(parties) != 2 {
			continue
		}
		x, y := parties[0], parties[1]
		if !plainParty(x) || !plainParty(y) || x.code == y.code || !s.partiesSide(x, y) {
			continue
		}
		p := s.predAt(k)
		for _, d := range [][2]actor{{x, y}, {y, x}} {
			if s.holds(cands, "057", d[0].code, d[1].code) {
				continue
			}
			cands = append(cands, candidate{p: p, code: "057", rule: "coder: an agreement \"between\" two parties (agreementsbetween.go)", src: d[0], tgt: d[1], verb: [2]int{k, k + 1}})
			s.note("added: the agreement between " + d[0].code + " and " + d[1].code + " (agreementsbetween.go)")
		}
	}
	return cands
}

// plainParty reports whether a is a named party that can sign.
func plainParty(a actor) bool {
	return !a.weak && a.code != "" && a.code != demarche.NoActor && !strings.HasPrefix(a.code, sectorOnly)
}

// partiesSide reports whether x and y are the two sides of one "X and Y":
// the second begins within three words of the end of the first (a place
// further on, "… and the head of the rebellion in Addis Ababa", is no
// party), and a state's bare name is not set against a body of the same
// state ("the Government of Colombia and the Fuerzas Armadas
// Revolucionarias de Colombia", the second read as the country).
func (s *sentence) partiesSide(x, y actor) bool {
	if x.j >= 0 && y.i >= 0 && y.i-x.j > 3 {
		return false
	}
	cx, cy := demarche.Country(x.code), demarche.Country(y.code)
	return cx == "" || cx != cy || (x.code != cx && y.code != cy)
}

// holdsUntargeted reports whether cands hold an event of that code from src
// with no target.
func (s *sentence) holdsUntargeted(cands []candidate, code, src string) bool {
	for _, h := range cands {
		if h.code == code && h.src.code == src && (h.noTarget || h.tgt.code == "" || h.tgt.code == demarche.NoActor) {
			return true
		}
	}
	return false
}

// unnamedSecondParty reports whether x, the one actor of the "between"
// phrase [b+1, end), is its first side and "and" follows it with a phrase
// naming no actor ("Israel and two Arab countries").
func (s *sentence) unnamedSecondParty(x actor, b, end int) bool {
	if !plainParty(x) || x.i < 0 || x.i > b+2 || x.j >= end || s.norm(x.j) != "and" {
		return false
	}
	return end > x.j+1
}

// betweenAfterAgreement returns the index of "between" after the agreement
// noun at k, across at most four words ("of arbitration", "was signed",
// "reached"), and whether a participle of making with its auxiliary came
// in between ("was signed"); -1 when none.
func (s *sentence) betweenAfterAgreement(k int, made map[string]bool) (int, bool) {
	participle, aux := false, false
	for j := k + 1; j < k+6 && j < len(s.toks); j++ {
		w := s.norm(j)
		switch {
		case w == "between":
			return j, participle
		case made[w]:
			// "a treaty was signed between": with its auxiliary; a bare
			// participle after "a" is as often a wish ("… and a peace
			// treaty concluded between X and Y")
			participle = aux
		case w == "was" || w == "were" || w == "has" || w == "have" || w == "been":
			aux = true
		case w == "of" || w == "recently" || w == "finally" || w == "just":
		case j == k+2 && s.norm(k+1) == "of" && isNounTag(s.tag(j)):
			// "a treaty of friendship", "the accord of peace"
		default:
			return -1, false
		}
	}
	return -1, false
}

// agreementMade reports whether the agreement noun at k names one made,
// not a goal nor a norm cited: no goal word in the six words before it, no
// word citing a norm in the fourteen before it, and with "a"/"an"
// a participle of making after it or a word of a recent act before it.
func (s *sentence) agreementMade(k int, participle bool) bool {
	goals, cited := s.c.sets.lowered(setAgreementBetweenGoals), s.c.sets.lowered(setAgreementBetweenCited)
	indefinite, recent := false, false
	for j := k - 1; j >= 0 && j >= k-14; j-- {
		w := s.norm(j)
		if w == "." || w == ";" || w == ":" {
			break
		}
		if cited[w] || j >= k-6 && goals[w] {
			return false
		}
		if madeAgreementAdjectives[w] {
			recent = true
		}
		if (w == "a" || w == "an") && j >= k-4 {
			indefinite = true
		}
	}
	return !indefinite || participle || recent
}

// predAt returns the predicate of the word at k, or a noun predicate made
// for it.
func (s *sentence) predAt(k int) *pred {
	for _, p := range s.preds {
		if p.v == k {
			return p
		}
	}
	return &pred{v: k, vend: k + 1, noun: true, hi: len(s.toks)}
}
