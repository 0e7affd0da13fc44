// Support assured to the addressee: in a government's own statement, "You,
// Sir, can count on the full support of Kenya", "he may rest assured of the
// full support of my delegation", "please be assured of Samoa's support",
// "the United Nations can count on my country's cooperation" tell the
// speaker's support to the one who can count on it: 051 from the speaker
// toward the addressee, as "I assure you of our support" (the first UN
// set's convention). The addressee is the subject of "count on" or "be
// assured of"; "you", "he", "she", "Sir" and "Mr. President" in such a
// statement are the Assembly's President (IGOUNO), as address.go reads
// "you". The support must be the speaker's own: "we can count on France's
// friendship" and "you can count on the Forum of Small States" tell no act
// of the speaker.

package coder

import "github.com/demarche-project/demarche"

// assuredNouns are the heads of the support a speaker assures.
var assuredNouns = setOf("support", "cooperation", "backing", "solidarity", "commitment", "collaboration", "assistance", "help", "engagement")

// assuredAddressees are the words that designate the Assembly's President
// as the subject of the formula.
var assuredAddressees = setOf("you", "he", "she", "sir", "president", "madam", "madame", "excellency")

// assuredSupport adds the speaker's 051 toward the addressee of "X can
// count on our support" and "X may rest assured of our support".
func (s *sentence) assuredSupport(cands []candidate) []candidate {
	if s.doc.speaker == "" {
		return cands
	}
	for v := range s.toks {
		after, ok := s.assuranceAt(v)
		if !ok {
			continue
		}
		end, own := s.ownSupportAfter(after)
		if !own {
			continue
		}
		tgt, ok := s.assuredAddressee(v)
		if !ok {
			continue
		}
		// the event hangs on the formula's verb, or on the support noun
		// when the tagger took "assured" for a noun
		var p *pred
		for _, q := range s.preds {
			if q.v == v || q.v >= after && q.v < end && p == nil {
				p = q
			}
		}
		if p == nil {
			continue
		}
		src := actor{code: s.speakerCode(), i: -1, j: -1, note: "the document's speaker, whose support is assured (assuredsupport.go)"}
		if demarche.Country(tgt.code) == demarche.Country(src.code) || s.holds(cands, "051", src.code, tgt.code) {
			continue
		}
		cands = append(cands, candidate{p: p, code: "051", rule: "coder: support assured to the addressee (assuredsupport.go)", src: src, tgt: tgt, noTarget: tgt.code == demarche.NoActor, verb: [2]int{v, end}})
		s.note("added: the speaker's support assured to " + tgt.code + " (assuredsupport.go)")
	}
	return cands
}

// assuranceAt returns the token after the formula whose verb is at v
// ("count on", "rely on", "rest assured of", "be assured of").
func (s *sentence) assuranceAt(v int) (int, bool) {
	switch w := s.norm(v); {
	case (w == "count" || w == "rely") && s.norm(v+1) == "on":
		return v + 2, true
	case w == "assured" && s.norm(v+1) == "of":
		switch s.norm(v - 1) {
		case "rest", "be", "is", "are", "remain", "remains", "fully", "feel":
			return v + 2, true
		}
	}
	return 0, false
}

// ownSupportAfter reports whether the phrase at k is the speaker's support
// ("the full support of my delegation", "Kenya's support", "our
// cooperation"), and returns the end of its head.
func (s *sentence) ownSupportAfter(k int) (int, bool) {
	if end, ok := s.bareOwnName(k); ok {
		return end, true // "the Assembly can count on Argentina"
	}
	own, head := false, -1
	for j := k; j < len(s.toks) && j < k+10; j++ {
		w := s.norm(j)
		switch {
		case assuredNouns[w]:
			head = j
		case w == "our" || w == "my":
			own = true // "our full support", "my delegation's cooperation"
		case w == "," || w == "." || w == ";" || w == "that" || w == "to" && head >= 0 || w == "in" && head >= 0 || w == "during" || w == "throughout":
			return head + 1, own && head >= 0
		}
		if m := s.speakerAt(j); m != nil {
			own = true
			continue
		}
		if m := s.mentionAt(j); m != nil && m.actor != nil && demarche.Country(m.code()) == s.doc.speaker {
			own = true
		}
	}
	return head + 1, own && head >= 0
}

// assuredAddressee returns the subject of the formula at v: a named actor
// just before its modal, or the Assembly's President designated by "you",
// "he", "Sir" or an imperative "please be assured".
func (s *sentence) assuredAddressee(v int) (actor, bool) {
	president := func(k int) actor {
		if k < 0 || s.norm(k) == "please" {
			return actor{code: venueActor.Code, i: -1, j: -1, note: "the Assembly's President a statement addresses (assuredsupport.go)"}
		}
		return actor{code: venueActor.Code, i: k, j: k + 1, note: "the Assembly's President a statement addresses (assuredsupport.go)"}
	}
	j := v - 1
	for j >= 0 {
		switch s.norm(j) {
		case "can", "may", "could", "will", "shall", "should", "always", "continue", "to", "rest", "be", "is", "are", "remain", "remains", "fully", "certainly", "also", "again", "once", "still", "feel", "therefore", "thus", "surely", "indeed":
			j--
			continue
		}
		break
	}
	if j < 0 {
		if s.norm(v) == "assured" {
			return president(-1), true // "Be assured of our support"
		}
		return actor{}, false
	}
	w := s.norm(j)
	switch {
	case w == "please":
		return president(j), true
	case assuredAddressees[w]:
		return president(j), true
	case w == ",":
		// "You, Sir, can count on …", "Mr. President, you may rest assured"
		for k := j - 1; k >= 0 && k > j-5; k-- {
			if s.norm(k) == "you" {
				return president(k), true
			}
		}
		return actor{}, false
	}
	if s.unnamedAddressee(j) {
		return actor{code: demarche.NoActor, i: -1, j: -1}, true // "the international community can count on …" (assuredspeaker.go)
	}
	if k, ok := s.withOwnPeople(j); ok {
		j = k // "Colombia and its people can count on …": Colombia
	}
	if m := s.mentionAt(j); m != nil && m.actor != nil || m != nil && m.person != nil {
		if sp := s.speakerAt(m.i); sp != nil && sp.actor != venueActor {
			return actor{}, false // "we can count on …": the speaker relies on others
		}
		if as := s.actorsIn(m.i, m.j, true); len(as) == 1 && !as[0].weak && as[0].code != demarche.NoActor {
			return as[0], true
		}
	}
	return actor{}, false
}
