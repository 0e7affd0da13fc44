// Lists: enumerations and coordinations of actors ("X, Y as well as Z",
// "its partners, notably X and Y", "X and Y … each other").

package coder

import (
	"strings"

	"github.com/demarche-project/demarche"
)

// setListIntroducers names the word set LIST_INTRODUCERS
// (dict/data/06-analysis-words.txt), whose words open the members of a list
// after a collective noun ("its neighbours, including Peru and Chile",
// "powers such as Russia").
const setListIntroducers = "LIST_INTRODUCERS"

// listLink returns the token where the next member of a list begins after
// the link at k — "and", "&", "as well as", ", and", ", including", "such
// as", "in particular" — or -1 when no list link stands at k.
func (s *sentence) listLink(k int) int {
	w := s.norm(k)
	switch {
	case w == "as" && s.norm(k+1) == "well" && s.norm(k+2) == "as":
		return k + 3
	case w == "such" && s.norm(k+1) == "as":
		return k + 2
	case w == "in" && s.norm(k+1) == "particular":
		return k + 2
	case s.c.sets.lowered(setListIntroducers)[w]:
		return k + 1
	case w == "," || w == "and" || w == "&":
		n := k + 1
		if w == "," {
			if l := s.listLink(n); l > 0 && s.norm(n) != "," {
				if s.norm(n) == "and" && !s.knownPhraseAt(l) {
					// ", and Tomas Alvarez, president of …": an unknown
					// name may open an apposition of its own
					return -1
				}
				return l
			}
		}
		if s.norm(n) == "to" || s.norm(n) == "and" {
			n++
		}
		return n
	}
	return -1
}

// introducesMembers reports whether the link at k names the members of a
// collective noun before it ("partners, notably …"): the members begin a
// new phrase whether or not the collective names an actor.
func (s *sentence) introducesMembers(k int) bool {
	w := s.norm(k)
	if w == "," {
		w = s.norm(k + 1)
	}
	return s.c.sets.lowered(setListIntroducers)[w] || w == "such" && s.norm(k+1) == "as" ||
		w == "in" && s.norm(k+1) == "particular"
}

// reciprocalObject reports whether the predicate's object is "each other"
// or "one another" (after the verb or its preposition): a coordinated
// subject acts toward its own members.
func (s *sentence) reciprocalObject(p *pred) bool {
	for k := p.vend; k < p.hi && k < p.vend+3; k++ {
		w := s.norm(k)
		if (w == "each" && s.norm(k+1) == "other") || (w == "one" && s.norm(k+1) == "another") {
			return true
		}
		if s.tag(k) != "IN" && s.tag(k) != "TO" && s.tag(k) != "RB" {
			return false
		}
	}
	return false
}

// placeOfGathering reports whether a target span found after a joint verb
// of a coordinated subject is where they gathered ("X and Y met in
// Madrid"): a place after "in" or "at", not a participant.
func (s *sentence) placeOfGathering(span [2]int) bool {
	if span[0] <= 0 {
		return false
	}
	w := s.norm(span[0] - 1)
	if w != "in" && w != "at" {
		if w != "the" || span[0] < 2 || s.norm(span[0]-2) != "in" && s.norm(span[0]-2) != "at" {
			return false
		}
	}
	m := s.mentionAt(span[0])
	return m != nil && m.actor != nil && m.sector == nil && m.person == nil
}

// membersEnd extends a predicate's objects ending at end over the members
// of a list that a participle or a comma cut off ("its neighbours, including
// Peru and Chile", "…, as well as the European Union").
func (s *sentence) membersEnd(end int) int {
	if end >= len(s.toks) {
		return end
	}
	n := end
	if s.norm(n) == "," {
		n++
	}
	asWell := s.norm(n) == "as" && s.norm(n+1) == "well" && s.norm(n+2) == "as"
	if !s.introducesMembers(end) && !asWell {
		return end
	}
	if l := s.listLink(end); l > end && l < len(s.toks) && s.knownPhraseAt(l) {
		// "including Britain", not "including dozens of resolutions"
		if e := s.chainRight(l, len(s.toks)); e > end {
			return e
		}
	}
	return end
}

// sharedHeadSector returns the sector of a conjunct "HEADS of X" whose
// plural head names no country of its own ("the foreign ministers of
// Spain"): the later bare names of the list share that head. It returns ""
// otherwise.
func (s *sentence) sharedHeadSector(c [2]int) string {
	segs := s.segments(c[0], c[1])
	if len(segs) < 2 || segs[1].prep != "of" {
		return ""
	}
	head := s.inspect(segs[0])
	if len(head.agents) > 0 || head.sector == "" || segs[0].j < 1 {
		return ""
	}
	w := s.norm(segs[0].j - 1)
	if t := s.tag(segs[0].j - 1); t != "NNS" && t != "NNPS" && !(isNounTag(t) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")) {
		return "" // a singular head is of its own name only
	}
	return head.sector
}

// knownPhraseAt reports whether the phrase at k opens with a known name, or
// a determiner before one ("the European Union").
func (s *sentence) knownPhraseAt(k int) bool {
	for j := k; j < len(s.toks) && j < k+3; j++ {
		if s.mentionAt(j) != nil {
			return true
		}
		if t := s.tag(j); t != "DT" && t != "JJ" {
			// not "his party": an entourage, no new actor
			return false
		}
	}
	return false
}

// memberOfPrevious reports whether the conjunct at k is introduced as a
// member of the phrase before it ("members of the embassy including
// Ambassador X"): a title without a country is then of the collective's
// country, not the publication's.
func (s *sentence) memberOfPrevious(k int) bool {
	w := s.norm(k - 1)
	return s.c.sets.lowered(setListIntroducers)[w] || w == "as" && s.norm(k-2) == "such" || w == "particular" && s.norm(k-2) == "in"
}

// party returns the side an actor code stands for in one pair of a list:
// its country, or for a transnational body (IGO, NGO, MNC …) the body
// itself ("the World Bank and the African Development Bank" are two).
func party(code string) string {
	c := demarche.Country(code)
	if len(code) >= 6 && (c == "IGO" || c == "NGO" || c == "MNC" || c == "IMG" || c == "UIS") {
		return code[:6]
	}
	return c
}

// noAgentsAfter reports whether the complements of a phrase name no actor
// ("Norway for their assistance"): the phrase may share a list's sector.
func noAgentsAfter(infos []segmentInfo) bool {
	for _, in := range infos[1:] {
		if len(in.agents) > 0 || len(in.weak) > 0 || in.sector != "" {
			return false
		}
	}
	return true
}

// coSubject returns where the co-subject begins in an inserted phrase
// [a, b) that joins another actor to the subject ("together with X",
// "along with X", "as well as X"), or -1.
func (s *sentence) coSubject(a, b int) int {
	w, n := s.norm(a), s.norm(a+1)
	k := -1
	switch {
	case (w == "together" || w == "along" || w == "jointly") && n == "with":
		k = a + 2
	case w == "as" && n == "well" && s.norm(a+2) == "as":
		k = a + 3
	}
	if k < 0 || k >= b || !s.hasMention(k, b) {
		return -1
	}
	return k
}

// coordinatedStart widens a clause-initial subject [a, e) over a first
// conjunct the clause split cut off ("China as well as Russia") and over an
// inserted co-subject ("Cuba, together with Venezuela, …"), not past hi.
// co is where the co-subject begins, or -1.
func (s *sentence) coordinatedStart(a, e, hi int) (int, int, int) {
	if a >= 4 && s.norm(a-1) == "as" && s.norm(a-2) == "well" && s.norm(a-3) == "as" {
		x := a - 3
		if s.norm(x-1) == "," {
			x-- // "Japan and the U.S., as well as south Korea, …"
		}
		if ls := s.chainLeft(x); ls < x && s.hasMention(ls, x) {
			a = ls
		}
	}
	if e < hi && s.norm(e) == "," {
		if co := s.coSubject(e+1, hi); co > 0 {
			if ce := s.chainRight(co, hi); ce > co && ce < hi && s.norm(ce) == "," {
				return a, ce, co
			}
		}
	}
	return a, e, -1
}

// respectively reports whether a clause pairs its coordinated sources with
// its coordinated targets in order ("X and Y praised A and B
// respectively"): as many sources as targets, none a modifier.
func (s *sentence) respectively(p *pred, srcs, tgts []actor) bool {
	if len(srcs) < 2 || len(srcs) != len(tgts) {
		return false
	}
	for _, a := range srcs {
		if a.weak {
			return false
		}
	}
	for k := max(0, min(p.subjSpan[0], p.v)); k < p.hi && k < len(s.toks); k++ {
		if s.norm(k) == "respectively" { // "X and Y, respectively, praised A and B"
			return true
		}
	}
	return p.hi < len(s.toks) && s.norm(p.hi) == "respectively"
}

// clauseAfter reports whether the noun phrase chain at k is the subject of
// a finite verb ("…, and Y released a statement"): a coordinated clause,
// not one more member of a list.
func (s *sentence) clauseAfter(k, limit int) bool {
	e := s.chainRight(k, limit)
	if e <= k || e >= limit {
		return false
	}
	t := s.tag(e)
	return t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD"
}

// narrated reports whether a subject is a person who had died by the
// document's date: "Kim Il Sung, together with Chinese comrades, waged …" is
// history, and so is what the co-subject did.
func (s *sentence) narrated(subj []actor) bool {
	for _, a := range subj {
		if m := s.mentionAt(a.i); m != nil && m.person != nil && m.person.DeadOn(s.doc.date) {
			return true
		}
	}
	return false
}
