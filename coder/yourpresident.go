package coder

import "strings"

// yourPresident gives the Assembly's President (IGOUNO) as the target of
// an endorsement (05) or a commitment (03) that names no one, when its
// object is the President's own ("we support your proposal, Mr.
// President", "my delegation endorses your choice of theme, Mr.
// President", "allow me to extend to you, Mr. President, our
// congratulations on your election", "we commit ourselves to supporting
// you"), in a government's statement that addresses the President in the
// sentence. The guide codes the actor addressed, and the UN sets code
// congratulations and support to the Assembly's officers toward IGOUNO
// (coder/testdata/CONVENTIONS.md); address.go reads "you" right after the
// verb, this reads "your" and "you" further in the object.
func (s *sentence) yourPresident(out []candidate) {
	if s.doc.speaker == "" || !s.addressesPresident() {
		return
	}
	for i := range out {
		c := &out[i]
		if c.unnamed || c.p == nil || !c.noTarget && c.tgt.code != "" && c.tgt.code != "---" || !s.speakerSource(c) {
			continue
		}
		if r := c.code[:min(2, len(c.code))]; r != "05" && r != "03" {
			continue
		}
		if k := s.yourInObject(c.verb[1]); k >= 0 {
			c.noTarget = false
			c.tgt = actor{code: venueActor.Code, i: k, j: k + 1, note: "\"" + s.norm(k) + "\", the Assembly's President the statement addresses (yourpresident.go)"}
			s.note("the object is the addressed President's own (\"" + s.norm(k) + "\"): target the United Nations (yourpresident.go)")
		}
	}
}

// addressesPresident reports whether the sentence addresses the
// Assembly's President: "Mr. President", "Madam President" set off by
// punctuation (a vocative, not "Mr. President Biden").
func (s *sentence) addressesPresident() bool {
	for k := 1; k < len(s.toks); k++ {
		if s.norm(k) != "president" {
			continue
		}
		switch s.norm(k - 1) {
		case "mr.", "mr", "madam", "madame", "mister":
		default:
			continue
		}
		if k+1 >= len(s.toks) {
			return true
		}
		switch s.norm(k + 1) {
		case ",", ".", ":", ";", ")", "!":
			return true
		}
	}
	return false
}

// yourInObject finds "your" or "you" in the object of the verb ending at
// k, within fifteen tokens and before the clause ends (a finite verb, a
// subordinator, a semicolon or colon): its index, or -1. "you" right
// after the verb is left to address.go (youAddressee), which also drops
// the closing "I thank you, Mr. President".
func (s *sentence) yourInObject(k int) int {
	for j := k; j < len(s.toks) && j < k+15; j++ {
		w, t := s.norm(j), s.tag(j)
		switch w {
		case "your", "you":
			if j == k && w == "you" {
				return -1 // "congratulate you", "I thank you": address.go's
			}
			return j
		case ";", ":", "that", "which", "who", "because", "since", "while", "when", "if", "as", "but":
			return -1
		}
		if t == "VBZ" || t == "VBP" || t == "VBD" || t == "MD" || strings.HasPrefix(t, "W") {
			return -1
		}
	}
	return -1
}
