// Wire news: readings of material conflict and stance that the verb
// classes alone get wrong.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/cameo"
	"github.com/demarche-project/demarche/dict"
)

// wireReadings corrects two codes by their actors: a bombing by armed
// forces is the use of aerial weapons (195), not a non-military bombing
// (18x); regret over another's act ("regret over Japan's decision") is a
// pessimistic comment (012), not an apology (055).
func (s *sentence) wireReadings(out []candidate) {
	for i := range out {
		c := &out[i]
		switch {
		case (cameo.Root(c.code) == "18" || cameo.Root(c.code) == "20") && strings.HasSuffix(c.src.code, "MIL") && s.firedBy(c.src):
			// "an Israeli air strike killed five people": aerial or
			// missile force, whatever the verb
			c.code, c.rule = "195", c.rule+" (killing by strikes or missiles: 195)"
		case cameo.Root(c.code) == "18" && strings.HasPrefix(c.code, "183") && strings.HasSuffix(c.src.code, "MIL"):
			c.code, c.rule = "195", c.rule+" (bombing by armed forces: 195)"
		case !c.noTarget && c.tgt.j < len(s.toks) && s.tag(c.tgt.j) == "POS" && demarche.Country(c.tgt.code) == demarche.Country(c.src.code) && cameo.Root(c.code) == "03":
			// "reaffirm the Nigerian Government's commitment": the owner
			// of the stated intention is its source, not its target
			c.noTarget, c.rule = true, c.rule+" (the intention's owner: no target)"
		case cameo.Root(c.code) == "15" && !c.noTarget && demarche.Country(c.tgt.code) == demarche.Country(c.src.code):
			// "put its forces on alert": its own forces are no target
			c.noTarget, c.rule = true, c.rule+" (own forces: no target)"
		case (c.code == "015" || c.code == "016" || c.code == "011") && c.noTarget:
			// "Manila admitted that its coast guard had fired on a Chinese
			// vessel": the admission is about the other state
			if t, ok := s.otherCountryAfter(c.verb[1], demarche.Country(c.src.code)); ok {
				c.tgt, c.noTarget, c.rule = t, false, c.rule+" (target: the other state of its content)"
			}
		case (c.code == "015" || c.code == "016" || c.code == "011") && !c.noTarget && demarche.Country(c.tgt.code) == demarche.Country(c.src.code):
			// "Iran acknowledged that its military had shot down the
			// Ukrainian airliner": the admission is about the other state
			// (a plain statement about one's own side is not: "the
			// publishing house brought out the leader's memoirs in Spanish")
			if t, ok := s.otherCountryAfter(c.tgt.j, demarche.Country(c.src.code)); ok {
				c.tgt, c.rule = t, c.rule+" (target: the other state of its content)"
			}
		case c.code == "055" && !c.noTarget && c.tgt.j < len(s.toks) && s.tag(c.tgt.j) == "POS":
			c.code, c.rule = "012", c.rule+" (regret over another's act: 012)"
		}
	}
}

// otherCountryAfter returns the first actor from token k on whose country is
// neither from nor empty.
func (s *sentence) otherCountryAfter(k int, from string) (actor, bool) {
	for ; k < len(s.toks); k++ {
		if s.c.sets.lowered(setReferredQuestions)[s.norm(k)] && s.norm(k+1) == "to" {
			break // "… and referred questions to NATO": not what it is about
		}
		m := s.mentionAt(k)
		if m == nil || m.i != k || m.speaker {
			continue
		}
		if code := m.code(); code != "" && demarche.Country(code) != from && demarche.Country(code) != "" {
			return actor{code: code, i: m.i, j: m.j, note: "the other state of the content"}, true
		}
	}
	return actor{}, false
}

// setReferredQuestions names the word set REFERRED_QUESTIONS
// (dict/data/06-analysis-words.txt), whose words are the nouns of "referred
// questions to X": X is where the questions go, not what the statement is
// about.
const setReferredQuestions = "REFERRED_QUESTIONS"

// setAttributionVerbs names the word set ATTRIBUTION_VERBS
// (dict/data/06-analysis-words.txt), whose words end a wire sentence with its
// sourcing (", officials said").
const setAttributionVerbs = "ATTRIBUTION_VERBS"

// trailingAttribution reports whether the comma at k opens the sentence's
// closing attribution: a short phrase and a verb of saying, then at most a
// time ("…, defense officials said on Saturday.").
func (s *sentence) trailingAttribution(k int) bool {
	for j := k + 1; j < len(s.toks) && j <= k+10; j++ {
		if s.c.sets.lowered(setAttributionVerbs)[s.norm(j)] {
			rest := len(s.toks) - j - 1
			if rest > 0 && !s.toks[len(s.toks)-1].IsWord() {
				rest--
			}
			return rest <= 4 && j > k+1
		}
		if s.norm(j) == "," || s.norm(j) == "that" || s.tag(j) == "MD" {
			return false
		}
	}
	return false
}

// setGerundCompounds names the word set GERUND_COMPOUNDS
// (dict/data/06-analysis-words.txt), whose words are gerunds fixed with the
// noun after them: not verbs.
const setGerundCompounds = "GERUND_COMPOUNDS"

// wordsStartAt reports whether one of e's phrases starts at token k.
func (s *sentence) wordsStartAt(e dict.Elem, k int) bool {
	for _, ph := range e.Phrases {
		if s.phraseAt(ph, k, len(s.toks)) {
			return true
		}
	}
	return false
}

// pronounObjects gives a verb whose object is a pronoun ("expelled two
// Iranian diplomats, accusing them of espionage") the target of the same
// source's earlier event in the sentence.
func (s *sentence) pronounObjects(out []candidate) {
	for i := range out {
		c := &out[i]
		if !c.noTarget || !s.pronounObject(c.p) || s.norm(c.p.vend) == "us" || s.norm(c.p.vend) == "you" {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if d := out[j]; !d.noTarget && d.src.code == c.src.code && d.p.v < c.p.v {
				c.tgt, c.noTarget = d.tgt, false
				s.note("\"" + s.norm(c.p.vend) + "\": the target of \"" + s.norm(d.p.v) + "\" before it")
				break
			}
		}
	}
}

// setFiredWeapons names the word set FIRED_WEAPONS
// (dict/data/06-analysis-words.txt), whose words are the sector words of
// 21-sectors-wire.txt that name what is fired rather than who fires it.
const setFiredWeapons = "FIRED_WEAPONS"

// firedBy reports whether the actor's phrase ends in a fired weapon.
func (s *sentence) firedBy(a actor) bool {
	return a.j > a.i && a.j <= len(s.toks) && s.c.sets.lowered(setFiredWeapons)[s.norm(a.j-1)]
}

// deniedContents drops the events of what a denial denies ("Turkey denied
// that its jets had violated Greek airspace": no violation is asserted).
func (s *sentence) deniedContents(out []candidate) []candidate {
	keep := out[:0]
	for _, d := range out {
		denied := false
		for _, c := range out {
			that := s.deniedThat(c.p.vend) // located.go
			if !strings.HasPrefix(c.code, "016") || that < 0 || d.p.v <= that || d.p == c.p {
				continue
			}
			end := len(s.toks)
			for k := that; k < len(s.toks); k++ {
				if s.norm(k) == ";" {
					end = k
					break
				}
			}
			if d.p.v < end {
				denied = true
				s.note("\"" + s.norm(d.p.v) + "\" is what \"" + s.norm(c.p.v) + "\" denies: not asserted")
				break
			}
		}
		if !denied {
			keep = append(keep, d)
		}
	}
	return keep
}
