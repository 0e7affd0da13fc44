// Gratitude for help: a government that thanks others "for their support",
// "for the assistance", "for the outpouring of support and assistance" says
// two things in one sentence: its thanks (05x, read elsewhere) and the help
// it received from those it thanks (070, from each thanked toward the
// speaker). "We thank God for the support of the international community":
// the help is the community's, named after "of". An unnamed giver ("the
// international community") is no source: the guide codes no event whose
// source cannot be named. Found on the ungd6 sample of coder/testdata
// (event-dense UN General Debate sentences), kept with the ungd7 sample,
// where the convention was settled (testdata/CONVENTIONS.md, "Thanks for
// support").

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
)

// helpNouns are the help thanked for; a contribution is not counted: one
// thanks a Secretary-General "for his contribution as Secretary-General"
// or to principles, no help received.
// "Support" is left out: thanked for, it is as often a stance (a vote, a
// candidacy, backing on a question) as help, and the UN sets' annotators
// coded only the thanks (testdata/CONVENTIONS.md, "Thanks for support").
var helpNouns = setOf("assistance", "help", "aid", "generosity", "financing", "funding", "donations")

// politicalSupport are the words after a help noun that make it help to
// others or a stance on a question: "for its help to the refugees", "for
// their assistance towards the resolution".
var politicalSupport = setOf("for", "to", "towards", "toward", "on")

// ownPeople are thanked at home, no giver of help from abroad: "I thank my
// citizens for their support".
var ownPeople = setOf("citizens", "people", "compatriots", "nationals", "diaspora", "staff", "colleagues", "team", "volunteers", "workers", "forces")

// thankWords are the heads of a speaker's thanks.
var thankWords = setOf("thank", "thanks", "thanked", "thanking", "grateful", "gratitude", "appreciation", "appreciate", "appreciates", "indebted", "thankful")

// gratitudeForHelp adds, beside each thanks of the speaker "for" help, the
// help received: 070 from the thanked (or the giver named after "of")
// toward the speaker. It returns the candidates with those added.
func (s *sentence) gratitudeForHelp(cands []candidate) []candidate {
	if s.doc.speaker == "" || len(cands) == 0 {
		return cands
	}
	n := len(cands)
	for i := 0; i < n; i++ {
		c := cands[i]
		if !strings.HasPrefix(c.code, "05") || !s.speakerSource(&c) || !s.thanksVerb(c.verb) {
			continue
		}
		k := s.forHelpAfter(c)
		if k < 0 {
			continue
		}
		var givers []actor
		if !c.noTarget && c.tgt.code != "" && c.tgt.code != demarche.NoActor {
			givers = []actor{c.tgt}
		}
		if s.norm(k+1) == "of" {
			if a := s.actorsIn(k+2, s.chainRight(k+2, len(s.toks)), false); len(a) > 0 {
				givers = a
			} else if s.unnamedGiverAt(k + 2) {
				givers = nil // "the support of our partners": no named giver
			}
		}
		dst := actor{code: s.speakerCode(), i: -1, j: -1, note: "the document's speaker (help thanked for)"}
		for _, g := range givers {
			if g.weak || g.code == demarche.NoActor || strings.HasPrefix(g.code, sectorOnly) || demarche.Country(g.code) == demarche.Country(dst.code) || s.holds(cands, "070", g.code, dst.code) {
				continue
			}
			u := candidate{p: c.p, code: "070", rule: "coder: thanks \"for the " + s.norm(k) + "\" (gratitudeforhelp.go)", src: g, tgt: dst, verb: [2]int{k, k + 1}}
			cands = append(cands, u)
			s.note("added: the help the speaker thanks " + g.code + " for, received (gratitudeforhelp.go)")
		}
	}
	return cands
}

// helpToSpeaker reports whether the phrase at k names the speaking state ("to
// us", "to my country", "to Nepal" in Nepal's statement): help given "to"
// the speaker is help received.
func (s *sentence) helpToSpeaker(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	switch s.norm(k) {
	case "us", "me":
		return true
	}
	if s.speakerAt(k) != nil {
		return true // "to my country", "to our people"
	}
	for _, a := range s.actorsIn(k, s.chainRight(k, len(s.toks)), false) {
		if demarche.Country(a.code) == demarche.Country(s.speakerCode()) {
			return true
		}
	}
	return false
}

// thanksVerb reports whether the verb span holds a word of thanks ("thank",
// "remain grateful", "express our gratitude").
func (s *sentence) thanksVerb(v [2]int) bool {
	for k := v[0]; k < v[1] && k < v[0]+4; k++ {
		if thankWords[s.norm(k)] {
			return true
		}
	}
	return false
}

// forHelpAfter returns the aid noun of a "for … support" phrase after the
// thanks c and its addressees ("for their generous support", "for the
// outpouring of support"), or -1. A verb, a semicolon or a full stop in
// between ends the search.
func (s *sentence) forHelpAfter(c candidate) int {
	k := c.verb[1]
	if !c.noTarget && c.tgt.j > k && c.tgt.i >= 0 && c.tgt.i <= k+4 {
		k = c.tgt.j // the thanked before "for"; a giver after it ("grateful for the support of X") is read below
	}
	for end := k + 16; k < end && k < len(s.toks); k++ {
		w := s.norm(k)
		if w == "for" {
			break
		}
		if w == ";" || w == "." || w == "that" || ownPeople[w] || isVerbTag(s.tag(k)) && k >= c.verb[1] {
			return -1
		}
	}
	if s.norm(k) != "for" {
		return -1
	}
	for n, j := 0, k+1; n < 6 && j < len(s.toks); n, j = n+1, j+1 {
		w := s.norm(j)
		switch {
		case helpNouns[w]:
			if politicalSupport[s.norm(j+1)] && !s.helpToSpeaker(j+2) {
				return -1 // help "to" or "for" others, or support for a question
			}
			return j
		case w == "the" || w == "their" || w == "its" || w == "his" || w == "her" || w == "your" || w == "all" || w == "continued" || w == "outpouring" || w == "of" || isAdjTag(s.tag(j)) || isAdvTag(s.tag(j)):
		default:
			return -1
		}
	}
	return -1
}

// setUnnamedGivers names the knowledge's word set of the heads of unnamed
// givers of help ("the international community", "our partners").
const setUnnamedGivers = "UNNAMED_GIVERS"

// unnamedGiverAt reports whether an unnamed giver ("the international
// community", "our partners", "friendly countries") begins at token k.
func (s *sentence) unnamedGiverAt(k int) bool {
	for j := k; j < k+5 && j < len(s.toks); j++ {
		if s.c.sets.lowered(setUnnamedGivers)[s.norm(j)] {
			return true
		}
	}
	return false
}

// holds reports whether cands already hold an event of that code from src
// to dst.
func (s *sentence) holds(cands []candidate, code, src, dst string) bool {
	for _, h := range cands {
		if h.code == code && h.src.code == src && h.tgt.code == dst {
			return true
		}
	}
	return false
}
