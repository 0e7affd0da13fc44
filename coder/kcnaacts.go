// Second events and silent formulas of KCNA (issue 11, KCNA detection
// recall): the verb of a message's opening "I, on behalf of …, express"
// that the tagger reads as a noun, … Each reading is a class of wording
// found by grouping the missed events of the KCNA tune sets and a random
// draw of silent KCNA sentences; knowledge in dict/data/99-kcna-acts.txt.

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
)

// setBehalfVerbs names the word set BEHALF_VERBS
// (dict/data/99-kcna-acts.txt): the verbs a message's sender performs
// after naming whom he speaks for ("I, on behalf of the government and
// people of Cuba, express …", "We, on behalf of …, extend …").
const setBehalfVerbs = "BEHALF_VERBS"

// behalfVerbRetags tags as a verb the verb of a message's opening "I, on
// behalf of X, express deep condolences …": after the comma that closes
// the "on behalf of" phrase the tagger reads "express" as a noun or an
// adjective, and the sentence is left with no predicate. Only a sentence
// that opens with a first-person pronoun, a comma and "on behalf of" is
// read, and only the first word of the set after a comma, before any
// verb.
func (s *sentence) behalfVerbRetags() {
	k := 0
	if k < len(s.toks) && s.toks[k].Norm == "at" { // "At this moment of grief I, on behalf of …"
		for k < len(s.toks) && k < 10 && s.toks[k].Norm != "i" && s.toks[k].Norm != "we" {
			k++
		}
	}
	if k+5 >= len(s.toks) || (s.toks[k].Norm != "i" && s.toks[k].Norm != "we") || s.toks[k+1].Norm != "," ||
		s.toks[k+2].Norm != "on" || s.toks[k+3].Norm != "behalf" || s.toks[k+4].Norm != "of" {
		return
	}
	verbs := s.c.sets.lowered(setBehalfVerbs)
	for j := k + 5; j+1 < len(s.toks) && j < k+60; j++ {
		if strings.HasPrefix(s.toks[j].Tag, "VB") || s.toks[j].Norm == "." {
			return
		}
		if s.toks[j].Norm != "," {
			continue
		}
		v := j + 1
		for v < len(s.toks) && !verbs[s.toks[v].Norm] && (s.toks[v].Tag == "RB" && s.toks[v].Norm != "most" || s.toks[v].Norm == "hereby") {
			v++
		}
		if v >= len(s.toks) || !verbs[s.toks[v].Norm] {
			continue
		}
		t := &s.toks[v]
		switch {
		case strings.HasSuffix(t.Norm, "ed"):
			t.Tag = "VBD"
		case strings.HasSuffix(t.Norm, "s") && !strings.HasSuffix(t.Norm, "ss"):
			t.Tag = "VBZ"
		default:
			t.Tag = "VBP"
		}
		return
	}
}

// setDemiseNouns names the word set DEMISE_NOUNS
// (dict/data/99-kcna-acts.txt): the nouns of a person's death that a
// possessive ties to him ("expressed condolences over his demise").
const setDemiseNouns = "DEMISE_NOUNS"

// kcnaActReadings applies the readings of this file to the candidates of
// a sentence (events.go).
func (s *sentence) kcnaActReadings(out []candidate) []candidate {
	s.possessedDemises(out)
	s.behalfSelfTargets(out)
	return out
}

// behalfSelfTargets gives a message's act whose target is the very phrase
// "on behalf of" names its source by ("I would like to extend on behalf of
// the Syrian people … congratulations to you … on the anniversary of the
// foundation of the DPRK") the first actor of another country named after
// the verb, outside that phrase, or no target: the sender does not greet
// himself.
func (s *sentence) behalfSelfTargets(out []candidate) {
	for i := range out {
		c := &out[i]
		if c.noTarget || demarche.Country(c.tgt.code) != demarche.Country(c.src.code) || !s.afterBehalf(c.tgt.i) {
			continue
		}
		if c.p == nil || c.p.subjHow != behalfHow && !s.afterBehalf(c.src.i) {
			continue
		}
		c.noTarget = true
		for _, m := range s.ments {
			code := m.code()
			if m.i < c.verb[1] || code == "" || demarche.Country(code) == "" || demarche.Country(code) == demarche.Country(c.src.code) || s.afterBehalf(m.i) {
				continue
			}
			c.tgt, c.noTarget = actor{code: code, i: m.i, j: m.j}, false
			break
		}
		s.note("the target named the sender's own \"on behalf of\" phrase: the next actor of another country, or none")
	}
}

// possessedDemises gives a condolence with no target ("expressed deep
// condolences over his demise", "visited the bier of leader Kim Jong Il
// and mourned his demise") the one person the sentence names besides its
// source: the possessive designates him in the sentence itself, as the
// guide asks. A sentence that names no other person, or two, keeps no
// target.
func (s *sentence) possessedDemises(out []candidate) {
	for i := range out {
		c := &out[i]
		if !c.noTarget || !strings.HasPrefix(c.code, "01") {
			continue
		}
		if !s.possessedDemiseAfter(c.verb[1]) {
			continue
		}
		var who *mention
		n := 0
		for _, mm := range s.ments {
			inSubject := c.p != nil && mm.i >= c.p.subjSpan[0] && mm.j <= c.p.subjSpan[1]
			if mm.person == nil || mm.role.Code == "" || mm.i >= c.src.i && mm.j <= c.src.j || inSubject || s.nameInName(mm) {
				continue
			}
			if who == nil || who.person != mm.person {
				n++
			}
			who = mm
		}
		if n != 1 {
			continue
		}
		c.tgt, c.noTarget = actor{code: who.role.Code, i: who.i, j: who.j}, false
		s.note("the possessive of \"" + s.toks[who.i].Text + " …\"'s demise names whom the condolence is for")
	}
}

// nameInName reports whether a person's name is part of a longer proper
// name: a prize, an order, a university or a square named after him ("Kim
// Il Sung Prize winner", "Order of Kim Il Sung"), which names no one.
func (s *sentence) nameInName(m *mention) bool {
	if m.j < len(s.toks) && s.toks[m.j].Capitalized() {
		return true
	}
	return m.i >= 2 && s.norm(m.i-1) == "of" && s.toks[m.i-2].Capitalized()
}

// possessedDemiseAfter reports whether "his/her" and a noun of
// DEMISE_NOUNS follow the verb ending at k in its clause.
func (s *sentence) possessedDemiseAfter(k int) bool {
	nouns := s.c.sets.lowered(setDemiseNouns)
	for j := k; j+1 < len(s.toks) && j < k+8; j++ {
		if w := s.norm(j); w == "." || w == ";" || w == "," && j > k {
			return false
		}
		if w := s.norm(j); (w == "his" || w == "her") && nouns[s.norm(j+1)] {
			return true
		}
	}
	return false
}

// setCompanionNouns names the word set COMPANION_NOUNS
// (dict/data/99-kcna-acts.txt): the nouns of those who travel with a
// visitor ("X and his party", "Y and her entourage").
const setCompanionNouns = "COMPANION_NOUNS"

// skipCompanions steps back over "and his party" ending at k, so that a
// source slot before "on a visit to" reads the visitor they travel with:
// "received Meng Jianzhu, state councilor of China, and his party on a
// visit to the DPRK" is Meng's visit (042), not a visit of "his party".
func (s *sentence) skipCompanions(k int) int {
	if k < 3 || !s.c.sets.lowered(setCompanionNouns)[s.norm(k)] {
		return k
	}
	if w := s.norm(k - 1); w != "his" && w != "her" && w != "their" || s.norm(k-2) != "and" {
		return k
	}
	k -= 3
	if k >= 0 && s.norm(k) == "," {
		k--
	}
	return k
}

// behalfWish reports whether the wish governing p at gi is the first
// person's of a quoted message that names whom it speaks for: "I, on
// behalf of the people of Bangladesh, would like to extend the warmest
// congratulations …", "On behalf of the people of Kazakhstan, I would like
// to extend our condolences …". The wish performs the act, as a
// government's own "I would like to thank" does, and its source is the
// actor "on behalf of" names (behalfSubjects).
func (s *sentence) behalfWish(p *pred, gi int) bool {
	if len(p.subj) == 0 || p.subjHow != behalfHow && !s.afterBehalf(p.subj[0].i) {
		return false
	}
	for k := gi - 1; k >= 0 && k >= gi-40; k-- {
		if w := s.norm(k); (w == "i" || w == "we") && s.tag(k) == "PRP" {
			return true
		}
		if s.norm(k) == "." || s.norm(k) == ";" {
			break
		}
	}
	return false
}

// afterBehalf reports whether token k lies in an "on behalf of" phrase:
// within a few words after its "of", with no verb or stop between.
func (s *sentence) afterBehalf(k int) bool {
	for j := k - 1; j >= 2 && j >= k-12; j-- {
		if s.norm(j) == "of" && s.norm(j-1) == "behalf" && s.norm(j-2) == "on" {
			return true
		}
		if w := s.norm(j); w == "." || w == ";" || isVerbTag(s.tag(j)) {
			return false
		}
	}
	return false
}

// openingPair returns the two sides of a hyphenated pair that opens a
// headline's claim before token end ("U.S.-S. Korea Naval Exercise Is
// a Threat to Peace: Nepalese Party"): the claim is about the
// pair's joint thing, so both sides are its targets, as the guide splits
// compound targets. The pair must be followed by nouns or adjectives (the
// thing) and then a verb; nil otherwise.
func (s *sentence) openingPair(end int) []actor {
	m := s.mentionAt(0)
	if m == nil || m.j >= end || s.norm(m.j) != "-" {
		return nil
	}
	m2 := s.mentionAt(m.j + 1)
	if m2 == nil || m2.i != m.j+1 || m2.j >= end {
		return nil
	}
	a, b := m.code(), m2.code()
	if a == "" || b == "" || demarche.Country(a) == "" || demarche.Country(b) == "" || demarche.Country(a) == demarche.Country(b) {
		return nil
	}
	k := m2.j
	for k < end && (isAdjTag(s.tag(k)) || strings.HasPrefix(s.tag(k), "NN")) {
		k++
	}
	if k == m2.j || k >= end || !isVerbTag(s.tag(k)) {
		return nil
	}
	return []actor{{code: a, i: m.i, j: m.j}, {code: b, i: m2.i, j: m2.j}}
}
