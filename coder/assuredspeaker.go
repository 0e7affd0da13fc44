// The speaker counted on by name, and addressees named with their people:
// "the Assembly can count on Argentina", "the world may always count on
// Chile to do its part", "Colombia and its
// people can count on our support" (coder/assuredsupport.go reads the
// formula; these helpers widen what it takes as the speaker's support and
// as its addressee).

package coder

import "github.com/demarche-project/demarche"

// bareOwnEnds are the words that may follow the speaker's bare name at the
// end of "count on X": the name is then all that is counted on.
var bareOwnEnds = setOf("", ".", ",", ";", ":", "to", "in", "for", "as", "on", "at", "when", "and", "—", "-")

// bareOwnName reports whether the phrase at k is the speaking state named
// bare ("Argentina", "the Dominican Republic", "my country"), and returns
// its end.
func (s *sentence) bareOwnName(k int) (int, bool) {
	if s.doc.speaker == "" {
		return 0, false
	}
	if s.norm(k) == "the" {
		k++
	}
	end := -1
	if m := s.speakerAt(k); m != nil && m.actor != venueActor && m.i == k {
		end = m.j
	} else if m := s.mentionAt(k); m != nil && m.actor != nil && m.i <= k && demarche.Country(m.code()) == s.doc.speaker {
		end = m.j
	}
	if end < 0 || !bareOwnEnds[s.norm(end)] {
		return 0, false
	}
	if s.norm(end) == "and" && s.norm(end+1) != "its" && s.norm(end+1) != "our" {
		return 0, false // "count on Argentina and Chile": not the speaker alone
	}
	return end, true
}

// setOwnPeopleHeads names the word set OWN_PEOPLE_HEADS
// (dict/data/99-ungd-acts2.txt): "Colombia and its people".
const setOwnPeopleHeads = "OWN_PEOPLE_HEADS"

// withOwnPeople returns the head of an addressee named with its own people
// or government: at j, "people" of "Colombia and its people" gives the
// token of "Colombia".
func (s *sentence) withOwnPeople(j int) (int, bool) {
	if !s.c.sets.lowered(setOwnPeopleHeads)[s.norm(j)] {
		return 0, false
	}
	if (s.norm(j-1) == "its" || s.norm(j-1) == "their") && s.norm(j-2) == "and" && j-3 >= 0 {
		return j - 3, true
	}
	return 0, false
}

// unnamedAddressees are the heads of an addressee of many or unnamed
// states: "the international community", "Member States", "all countries",
// "the world", "everyone".
var unnamedAddressees = setOf("states", "countries", "nations", "world", "everyone", "everybody")

// unnamedAddressee reports whether the word at j ends an unnamed addressee
// of the formula ("the international community can count on Spain"): the
// support is coded toward no one named (---).
func (s *sentence) unnamedAddressee(j int) bool {
	w := s.norm(j)
	if w == "community" {
		return s.norm(j-1) == "international"
	}
	if !unnamedAddressees[w] {
		return false
	}
	if s.mentionAt(j) != nil {
		return false // "the United States", "the United Nations"
	}
	return true
}
