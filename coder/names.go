package coder

import "strings"

// howInNameOf is the subjHow of a source found by inNameOf.
const howInNameOf = "in the name of"

// inNameOf gives a predicate with no named subject the actor it acts in the
// name of: "baskets of flowers were laid at the statues in the name of the
// city committee of the party", "a wreath was sent in the
// name of the embassy". The participants or the passive name nobody; the
// "in the name of" phrase names who sends. It looks within the clause,
// before the verb back to its start and after it up to the clause's end.
func (s *sentence) inNameOf(p *pred) {
	if len(p.subj) > 0 || p.noun {
		return
	}
	at := func(k int) bool {
		return s.norm(k) == "in" && s.norm(k+1) == "the" && s.norm(k+2) == "name" && s.norm(k+3) == "of"
	}
	try := func(k, hi int) bool {
		e := s.chainRight(k+4, hi)
		if a := s.actorsIn(k+4, e, false); len(a) > 0 {
			p.subj, p.subjHow, p.subjSpan = a, howInNameOf, [2]int{k + 4, e}
			return true
		}
		return false
	}
	for k := p.vend; k+4 < p.hi; k++ {
		if at(k) {
			try(k, p.hi)
			return
		}
	}
	for k := p.g.start - 1; k >= 0 && !s.boundaryLeft(k); k-- {
		if at(k) {
			try(k, p.g.start)
			return
		}
	}
}

// notInNameOf drops the targets that are the "in the name of" phrase itself:
// the sender is not whom the homage is paid to.
func (s *sentence) notInNameOf(p *pred, tgts []actor) []actor {
	if p.subjHow != howInNameOf {
		return tgts
	}
	var out []actor
	for _, t := range tgts {
		if t.i >= p.subjSpan[0] && t.i < p.subjSpan[1] {
			continue
		}
		out = append(out, t)
	}
	return out
}

// nounModifierAt reports whether the word at k, which could be a verb, is a
// noun modifying the noun after it: "…, state councilor of China" is an
// apposition, not ", state …" (a verb of saying).
func (s *sentence) nounModifierAt(k int) bool {
	t := s.tag(k)
	return (t == "NN" || t == "NNP") && k+1 < len(s.toks) && (s.tag(k+1) == "NN" || s.tag(k+1) == "NNS" || s.tag(k+1) == "NNP")
}

// setPlaceVerbs names the word set PLACE_VERBS
// (dict/data/06-analysis-words.txt), whose words are the participles that
// place a body somewhere: "the association headquartered in Spain" belongs to
// Spain's civic life.
const setPlaceVerbs = "PLACE_VERBS"

// setLocativeVerbs names the word set LOCATIVE_VERBS
// (dict/data/06-analysis-words.txt), whose words are the verbs whose past
// participle places a body after its noun: "the Korean Friendship Association
// headquartered in Spain", and the participles that attach a body or a person
// to something: "families of Chinese related to the struggle arrived here",
// "the ambassador accredited to the DPRK"
const setLocativeVerbs = "LOCATIVE_VERBS"

// locativeParticiples retags as participles the locative verbs that the
// tagger read as a past tense right after a noun and before "in" or "at",
// and any past form right after a noun and before "by", when a finite verb
// follows: "X, chairman of the association
// headquartered/VBD in Spain, issued a statement" has one main verb,
// "issued"; "headquartered" only places the association.
func (s *sentence) locativeParticiples() {
	for k := 1; k+1 < len(s.toks); k++ {
		t := &s.toks[k]
		if t.Tag != "VBD" || !strings.HasPrefix(s.tag(k-1), "NN") && s.at[k-1] < 0 {
			continue
		}
		n := s.toks[k+1].Norm
		switch {
		case s.c.sets.lowered(setLocativeVerbs)[t.Norm] && (n == "in" || n == "at" || n == "to" || n == "with"):
		case n == "by" && (strings.HasSuffix(t.Norm, "ed") || t.Norm == "led" || t.Norm == "sent" || t.Norm == "held" || t.Norm == "made" || t.Norm == "written"):
			// "a delegation led/VBD by the premier Wednesday visited …":
			// a reduced passive relative before the main verb
		default:
			continue
		}
		for j := k + 2; j < len(s.toks); j++ {
			if tg := s.tag(j); tg == "VBD" || tg == "VBZ" || tg == "VBP" || tg == "VBN" && s.c.sets.lowered(setIntransitives)[s.norm(j)] {
				t.Tag = "VBN"
				break
			}
			if tg := s.tag(j); tg == "VBN" && s.c.sets.lowered(setPlaceVerbs)[t.Norm] && !s.finiteFrom(j+1) && isNounTag(s.tag(j-1)) && s.norm(j+1) != "by" {
				// "the association headquartered/VBD in Spain posted/VBN
				// on its website …": the tagger swapped the two; the
				// place's participle is the one that places
				t.Tag, s.toks[j].Tag = "VBN", "VBD"
				break
			}
		}
	}
}

// setNameParticles names the word set NAME_PARTICLES
// (dict/data/06-analysis-words.txt), whose words join the parts of a person's
// full name: "Hamad Bin Jassim Bin Jabr Al-Thani", "Cao de Benos".
const setNameParticles = "NAME_PARTICLES"

// nameGoesOn reports whether the capitalised words after a person's mention
// m are the rest of the person's full name rather than a noun the name
// modifies ("Kim Il Sung Square"): they start with a name particle ("Bin",
// "de", "Al-…"), or run to a later mention of the same person.
func (s *sentence) nameGoesOn(m *mention, end int) bool {
	n := m.j
	if n >= end {
		return false
	}
	w := s.norm(n)
	if s.c.sets.lowered(setNameParticles)[w] || strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-") {
		return true
	}
	for k := n; k < end && k < n+4; k++ {
		if o := s.mentionAt(k); o != nil {
			return o.person != nil && o.person == m.person
		}
		if s.tag(k) != "NNP" || !s.toks[k].Capitalized() {
			return false
		}
	}
	// "Joseph Kabila Kabange, president of Democratic Congo": one or two
	// more names, then an apposition that gives the person's title
	for k := n; k < n+3 && k < len(s.toks); k++ {
		if s.norm(k) == "," {
			return k > n && s.titleAt(k+1)
		}
		if s.tag(k) != "NNP" || !s.toks[k].Capitalized() || s.mentionAt(k) != nil {
			return false
		}
	}
	return false
}

// titleAt reports whether a person's title starts at k ("president of",
// "the prime minister of", "former chairman of"): a sector word with a
// title, or a generic head such as "chairman", "secretary", "director".
func (s *sentence) titleAt(k int) bool {
	for j := k; j < k+3 && j < len(s.toks); j++ {
		if m := s.mentionAt(j); m != nil {
			return m.sector != nil && (m.sector.Title != "" || s.c.sets.genericHeads[s.norm(m.j-1)])
		}
		if w := s.norm(j); s.c.sets.genericHeads[w] {
			return true
		} else if w != "the" && w != "a" && w != "former" && w != "acting" && w != "first" && w != "vice" && w != "deputy" {
			return false
		}
	}
	return false
}

// setStatehoodHeads names the word set STATEHOOD_HEADS
// (dict/data/06-analysis-words.txt), whose words are the nouns that, after a
// country's adjective, name the country itself: "the Moldovan Republic", "the
// Spanish Kingdom".
const setStatehoodHeads = "STATEHOOD_HEADS"

// leftPlace reports whether the token at k names the place left: "left
// Dar-Es-Salaam after wrapping up his visit to Tanzania" ends the visit,
// which is the news (a bare "left" names no place and asserts nothing).
func (s *sentence) leftPlace(k int) bool {
	if m := s.mentionAt(k); m != nil && m.actor != nil {
		return true
	}
	return s.tag(k) == "NNP" && k < len(s.toks) && s.toks[k].Capitalized() && !timeWords[s.norm(k)] && !months[s.norm(k)]
}

// quantifierLen returns the length of a quantifier that opens a noun phrase
// before its number ("at least 30 organizations", "more than 200
// personages", "about 50 groups"), or 0.
func (s *sentence) quantifierLen(k int) int {
	switch w := s.norm(k); {
	case w == "at" && (s.norm(k+1) == "least" || s.norm(k+1) == "most"):
		return 2
	case (w == "more" || w == "fewer" || w == "less") && s.norm(k+1) == "than":
		return 2
	case w == "about" || w == "over" || w == "nearly" || w == "almost" || w == "around" || w == "some":
		return 1
	case w == "up" && s.norm(k+1) == "to":
		return 2
	}
	return 0
}

// namedPlaceAt reports whether a proper name starts at k (after an optional
// "the"): "arrived at Wonsan Port" reaches a place, "arrived at a
// conclusion" does not.
func (s *sentence) namedPlaceAt(k int) bool {
	if s.norm(k) == "the" {
		k++
	}
	return k < len(s.toks) && s.tag(k) == "NNP" && s.toks[k].Capitalized() && !timeWords[s.norm(k)] && !months[s.norm(k)]
}

// romanNumerals retags as a proper noun the "I" that numbers a monarch or a
// namesake after a name ("Juan Carlos I, king of Spain"): it is no pronoun.
func (s *sentence) romanNumerals() {
	for k := 1; k < len(s.toks); k++ {
		t := &s.toks[k]
		if t.Text != "I" || s.tag(k-1) != "NNP" {
			continue
		}
		if k+1 == len(s.toks) || s.norm(k+1) == "," || s.norm(k+1) == "." || s.norm(k+1) == "of" {
			t.Tag = "NNP"
		}
	}
}

// pastAfterSubject reports whether the participle-tagged verb at k is the
// past tense of a content clause's verb: right after a noun or a pronoun,
// and not a passive's participle with its agent ("said the U.S. and its
// lackeys sought/VBN to paint …", not "the feats performed by …").
func (s *sentence) pastAfterSubject(k int) bool {
	if s.tag(k) != "VBN" || k == 0 || s.norm(k+1) == "by" {
		return false
	}
	prev := s.tag(k - 1)
	return prev == "NN" || prev == "NNS" || prev == "NNP" || prev == "NNPS" || prev == "PRP"
}

// conjoinedSubject reports whether the "and" at b, which ended the clause
// of a verb of saying whose content starts at a without "that", joins two
// parts of the content's subject: the content has no verb before it, and
// the phrase after it is followed by a finite verb or a modal ("said the
// great feats … for the revolution and global independence would always be
// remembered").
func (s *sentence) conjoinedSubject(a, b int) bool {
	if !s.startsNP(a) {
		return false
	}
	e := s.npEndRight(b + 1)
	return e > b+1 && e < len(s.toks) && (s.finiteVerbAt(e) || s.tag(e) == "MD")
}

// actorBeforeSubject reports whether the subject phrase the heuristics
// found for p names no actor while an actor is named earlier in the same
// clause, before the verb: the phrase may be the tail of a longer subject
// ("Members of the council for checking … in south Korea held …"), which
// the parse's second reading can attach (coder/tree.go).
func (s *sentence) actorBeforeSubject(p *pred) bool {
	a, b := p.subjSpan[0], p.subjSpan[1]
	if b <= a || s.hasMention(a, b) || s.pronounSubject(p) {
		return false
	}
	for k := a - 1; k >= 0; k-- {
		if s.boundaryLeft(k) {
			return false
		}
		if m := s.mentionAt(k); m != nil && (m.actor != nil || m.person != nil) {
			return true
		}
	}
	return false
}

// setAwardVerbs names the word set AWARD_VERBS
// (dict/data/06-analysis-words.txt), whose words are the verbs by which a
// state confers its orders and titles.
const setAwardVerbs = "AWARD_VERBS"

// setOrderWords names the word set ORDER_WORDS
// (dict/data/06-analysis-words.txt), whose words name the decorations a state
// confers.
const setOrderWords = "ORDER_WORDS"

// awardingState returns the state that confers a decoration named after it,
// when a passive tells the award without an agent: "Order of DPRK
// Friendship 2nd Class was awarded to X", "the Kim Il Sung Order was
// conferred on Y" — only the DPRK's government awards the DPRK's orders
// and the orders named after its leaders (the official gold codes PRKGOV →
// the recipient, 051). A title with no state in its name names no one.
func (s *sentence) awardingState(p *pred) []actor {
	award := false
	for _, f := range s.c.lx.forms[s.norm(p.v)] {
		award = award || s.c.sets.lowered(setAwardVerbs)[f.lemma] && !f.noun
	}
	if !award {
		return nil
	}
	a, b := p.subjSpan[0], p.subjSpan[1]
	if b <= a {
		return nil
	}
	order := false
	for k := a; k < b; k++ {
		if s.c.sets.lowered(setOrderWords)[s.norm(k)] {
			order = true
		}
	}
	if !order {
		return nil
	}
	for k := a; k < b; k++ {
		m := s.mentionAt(k)
		if m == nil {
			continue
		}
		switch {
		case m.actor != nil && m.actor.Code == "PRK":
			return []actor{{code: "PRKGOV", i: m.i, j: m.j, note: "the state whose order is awarded"}}
		case m.person != nil && strings.HasPrefix(m.person.Name, "Kim ") && strings.HasPrefix(m.role.Code, "PRK"):
			return []actor{{code: "PRKGOV", i: m.i, j: m.j, note: "the state whose leader names the order"}}
		}
		k = m.j - 1
	}
	return nil
}

// notHostOf drops, from a subject of unnamed countries, the countries that
// only say where its members serve: "diplomatic envoys of different
// countries to Cuba, Peru and Mexico paid condolatory visits" names no
// sender (the guide: groups of unnamed countries give nothing), and Cuba is
// where the envoys are accredited, not whom they represent.
func (s *sentence) notHostOf(p *pred, srcs []actor) []actor {
	a, b := p.subjSpan[0], p.subjSpan[1]
	if b <= a || len(srcs) == 0 {
		return srcs
	}
	unnamed := -1 // the "to"/"in" after "of different countries"
	for k := a; k+2 < b; k++ {
		if (s.norm(k) == "different" || s.norm(k) == "various" || s.norm(k) == "many" || s.norm(k) == "several" || s.norm(k) == "foreign") && s.norm(k+1) == "countries" {
			if w := s.norm(k + 2); w == "to" || w == "in" || w == "accredited" {
				unnamed = k + 2
				break
			}
		}
	}
	if unnamed < 0 {
		return srcs
	}
	var out []actor
	for _, x := range srcs {
		if x.i > unnamed && x.i < b {
			continue
		}
		out = append(out, x)
	}
	return out
}

// finiteFrom reports whether a finite verb stands at or after k.
func (s *sentence) finiteFrom(k int) bool {
	for ; k < len(s.toks); k++ {
		if t := s.tag(k); t == "VBD" || t == "VBZ" || t == "VBP" {
			return true
		}
	}
	return false
}
