package coder

import "github.com/demarche-project/demarche"

// setConveyedNouns names the word set CONVEYED_NOUNS
// (dict/data/97-ungd-precision2.txt).
const setConveyedNouns = "CONVEYED_NOUNS"

// sentPraise gives a target to the praise, sympathy or commitment (05,
// 018, 03) the speaking state conveys "of" itself "to" another: "I express
// the solidarity of the people of Benin to the people of Haiti", "I convey the gratitude of my Government to the
// Secretary-General", "the greetings of His Majesty the King to the
// General Assembly". The "of" phrase names the sender, the speaker's own
// country, and the phrase after "to", "for" or "with" the addressee; the
// noun phrase reading, which runs the sender's phrase on into the
// addressee's, found no target or the sender's own country.
func (s *sentence) sentPraise(out []candidate) {
	if s.doc.speaker == "" {
		return
	}
	for i := range out {
		c := &out[i]
		own := c.noTarget || c.tgt.code == "" || c.tgt.code == "---" || demarche.Country(c.tgt.code) == s.doc.speaker
		if c.unnamed || c.p == nil || !own || !s.speakerSource(c) {
			continue
		}
		if r := c.code[:min(2, len(c.code))]; r != "05" && r != "03" && c.code != "018" {
			continue
		}
		prep := s.conveyedTo(c.verb[1])
		if prep < 0 {
			continue
		}
		tgts, _ := s.targetSearch(prep+1, s.clauseStop(prep+1), [2]int{-1, -1})
		for _, t := range tgts {
			if t.weak || demarche.Country(t.code) == s.doc.speaker {
				continue
			}
			c.tgt, c.noTarget = t, false
			s.note("\"" + s.norm(prep) + " " + s.spanText(t.i, t.j) + "\" after a sender of the speaker's own: the addressee (sentpraise.go)")
			break
		}
	}
}

// conveyedTo finds, after the verb ending at k, a conveyed noun
// ("solidarity") with an "of" phrase naming the speaking state, and the
// "to", "for" or "with" that follows it: the preposition's index, or -1.
func (s *sentence) conveyedTo(k int) int {
	of := -1
	for j := k; j < len(s.toks) && j < k+6; j++ {
		if s.norm(j) == "to" {
			return -1 // "express to Member States the gratitude of …": addressed already
		}
		if s.c.sets.lowered(setConveyedNouns)[s.norm(j)] && s.norm(j+1) == "of" {
			of = j + 1
			break
		}
	}
	if of < 0 {
		return -1
	}
	own := false
	for j := of + 1; j < len(s.toks) && j < of+16; j++ {
		switch s.norm(j) {
		case "to", "for", "with":
			if own && s.tag(j+1) != "VB" && s.tag(j+1) != "VBG" {
				return j
			}
			return -1 // "the commitment of Bahrain to continue its efforts": an aim, no addressee
		case ";", ":", ".", "that", "which", "who":
			return -1
		}
		if m := s.mentionAt(j); m != nil && (m.speaker || m.code() != "" && demarche.Country(m.code()) == s.doc.speaker) {
			own = true
		}
	}
	return -1
}

// clauseStop returns the index where the phrase starting at k ends for a
// target search: a semicolon, a colon, a relative pronoun or the end.
func (s *sentence) clauseStop(k int) int {
	for j := k; j < len(s.toks); j++ {
		switch s.norm(j) {
		case ";", ":", "which", "who", "whom", "that":
			return j
		}
	}
	return len(s.toks)
}
