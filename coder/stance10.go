// The tenth stance pass (helper stance10): the forms that arcs S and T of
// analysis/arcs_stance10_test.go showed missing, by class: a neighbour
// named by its relation to the source ("accusing its neighbour of …"), a
// subject set off by a non-restrictive relative clause ("Pakistan, whose
// citizens were most of the dead, demanded …") and the bare verb of a
// mandative clause that the tagger reads as a noun ("demanded that
// Bishkek name/NN every officer"). Tried on other wordings in
// coder/stance10_test.go.

package coder

import "github.com/demarche-project/demarche"

// setNeighbourNouns names the word set NEIGHBOUR_NOUNS
// (dict/data/99-stance10.txt): the nouns that name a country by its
// relation to the source after "its" or "their" ("its neighbour").
const setNeighbourNouns = "NEIGHBOUR_NOUNS"

// neighbourObjects gives a verb whose object is "its neighbour" and that
// names no target the one country other than the source's that the
// sentence names ("Kyrgyzstan's security service planted spyware …, the
// Kazakh foreign ministry said, accusing its neighbour of …"). With two
// other countries or none the target stays unnamed.
func (s *sentence) neighbourObjects(out []candidate) {
	for i := range out {
		c := &out[i]
		if !c.noTarget || c.p == nil {
			continue
		}
		k := c.p.vend
		if w := s.norm(k); w != "its" && w != "their" || !s.c.sets.lowered(setNeighbourNouns)[s.norm(k+1)] {
			continue
		}
		own := demarche.Country(c.src.code)
		other := ""
		for _, a := range s.actorsIn(0, len(s.toks), false) {
			cc := demarche.Country(a.code)
			if cc == "" || cc == own || cc == other {
				continue
			}
			if other != "" {
				other = "-"
				break
			}
			other = cc
		}
		if own == "" || other == "" || other == "-" {
			continue
		}
		c.tgt, c.noTarget = actor{code: other, i: k, j: k + 2, note: "the one other country the sentence names"}, false
		s.note("\"" + s.norm(k) + " " + s.norm(k+1) + "\": " + other + ", the one other country the sentence names")
	}
}

// relativeWords open a non-restrictive relative clause after a comma.
var relativeWords = setOf("whose", "which", "who")

// nonRestrictiveOpen returns the comma that opens a non-restrictive
// relative clause closed by the comma at k ("Pakistan, whose citizens were
// most of the dead, demanded"), or -1: the clause holds no other comma and
// is at most 25 words long.
func (s *sentence) nonRestrictiveOpen(k int) int {
	for j := k - 1; j > 0 && j > k-26; j-- {
		switch w := s.norm(j); {
		case w == ",":
			if relativeWords[s.norm(j+1)] && j+1 < k-1 {
				return j
			}
			return -1
		case w == ";" || w == ":" || isQuote(w):
			return -1
		}
	}
	return -1
}

// setMandativeVerbs names the word set MANDATIVE_VERBS
// (dict/data/99-stance10.txt): the verbs whose "that" clause takes a bare
// verb ("demanded that Athens hand over the logs").
const setMandativeVerbs = "MANDATIVE_VERBS"

// mandativeRetags mends the bare verb of a mandative clause that the
// tagger reads as a noun: after a mandative verb, "that" (past a time
// adjunct: "demanded on Friday that") and an actor's name, a lower-case
// word tagged NN before a determiner, a possessive or a number is the
// clause's verb ("that Bishkek name/NN every officer", "that Athens
// hand/NN the logs").
func (s *sentence) mandativeRetags() {
	mand := s.c.sets.lowered(setMandativeVerbs)
	for k := 1; k+2 < len(s.toks); k++ {
		if s.norm(k) != "that" || s.at[k+1] < 0 {
			continue
		}
		v := k - 1
		if s.isTimeWord(v) {
			for v > 0 && s.norm(v) != "on" && s.norm(v) != "," && k-v < 4 {
				v--
			}
			v--
		}
		if v < 0 || !mand[s.norm(v)] {
			continue
		}
		e := s.ments[s.at[k+1]].j
		if e+1 >= len(s.toks) {
			continue
		}
		t := &s.toks[e]
		if t.Tag != "NN" || t.Capitalized() {
			continue
		}
		switch s.tag(e + 1) {
		case "DT", "PRP$", "CD", "PDT", "RP":
			t.Tag = "VB"
		}
	}
}

// absoluteSubject reads the subject of a participle in an absolute
// clause opened by "with" ("Greece backtracked on Tuesday …, with the
// shipping minister conceding that …"): an office named alone without
// its country ([a, b), a state sector) belongs to the country of the
// sentence's opening subject when that subject is one state or its
// government and a finite verb follows it.
func (s *sentence) absoluteSubject(p *pred, a, b int) {
	if a < 1 || s.norm(a-1) != "with" {
		return
	}
	if s.norm(a) == "the" {
		a++
	}
	m := s.mentionAt(b - 1)
	if m == nil || m.j != b || m.sector == nil || m.actor != nil || m.person != nil || !stateSectors[m.sector.Sector] {
		return
	}
	for j := a; j < m.i; j++ {
		if t := s.tag(j); t != "NN" && t != "JJ" || s.mentionAt(j) != nil {
			return // the office alone, or with its field ("the shipping minister"): not "with a photo of the leader acknowledging …"
		}
	}
	sector := m.sector.Sector
	if !s.startsNP(0) {
		return
	}
	e := s.chainRight(0, a)
	if e == 0 || e >= a || !s.finiteVerbAt(e) {
		return
	}
	country := ""
	for _, o := range s.actorsIn(0, e, false) {
		c := demarche.Country(o.code)
		if c == "" || country != "" && c != country || o.code != c && o.code != c+"GOV" {
			return // a state or its government: not "The Bangladeshi newspaper …"
		}
		country = c
	}
	if country == "" {
		return
	}
	p.subj = []actor{{code: country + sector, i: a, j: b, note: "an office of the opening subject's country (\"with\" … participle)"}}
	p.subjHow, p.subjSpan = "office in an absolute clause, of the opening subject's country", [2]int{a, b}
}

// attributionWithOwnTail reports whether the comma at k opens an
// attribution that a participle set off by a comma follows ("…, the
// ministry said on Monday, accusing …"; attributionWithTail, stance8.go),
// the participle's comma closing the attribution itself: no "that" stands
// between the verb and it (in "… said that the WPK, regarding …" the
// comma is inside the content).
func (s *sentence) attributionWithOwnTail(k int) bool {
	if !s.attributionWithTail(k) {
		return false
	}
	for j := k + 1; j < len(s.toks); j++ {
		switch s.norm(j) {
		case "that":
			return false
		case ",":
			if j > k+1 && s.tag(j+1) == "VBG" {
				return true
			}
		}
	}
	return false
}
